#include "core/onboarding/modellisting.h"

#include "core/gptload/channelauth.h"
#include "core/gptload/gptloadclient.h"
#include "core/gptload/httpclient.h"
#include "core/sites/baseurl.h"
#include "core/sites/modellistparser.h"

#include <QUrlQuery>

namespace ul {

namespace {

using PageFetcher = std::function<QFuture<Result<HttpResponse>>(const QString &cursor)>;

Error emptyListError(const QString &where)
{
    Error error = Error::make(ErrorKind::Upstream,
                              QStringLiteral("%1 returned an empty model list (a discovery failure, not \"no models\")").arg(where));
    error.code = QLatin1String(kModelListEmptyCode);
    return error;
}

// Fetches pages until the format's cursor ends, the cursor repeats, or 20 pages were read.
QFuture<Result<QList<ModelListPage>>> fetchPages(PageFetcher fetch, ChannelType type, AliveFlag alive,
                                                 QList<ModelListPage> pages, const QString &cursor, const QString &where)
{
    return andThen(fetch(cursor), alive,
                   [fetch, type, alive, pages, cursor, where](HttpResponse response) mutable -> QFuture<Result<QList<ModelListPage>>> {
                       Result<ModelListPage> page = parseModelListPage(response.body, type);
                       if (!page.ok()) {
                           Error error = page.error().withContext(where);
                           error.kind = ErrorKind::Upstream;
                           return readyError<QList<ModelListPage>>(error);
                       }
                       const QString next = page->nextCursor;
                       pages.append(page.value());
                       if (!page->hasMore() || next == cursor || pages.size() >= kMaxModelListPages)
                           return readyResult<QList<ModelListPage>>(pages);
                       return fetchPages(fetch, type, alive, pages, next, where);
                   });
}

QFuture<Result<DiscoveredModels>> discover(PageFetcher fetch, ChannelType type, AliveFlag alive, const QString &where,
                                           DiscoveredModels base)
{
    return andThen(fetchPages(std::move(fetch), type, alive, {}, QString(), where), alive,
                   [where, base](QList<ModelListPage> pages) -> QFuture<Result<DiscoveredModels>> {
                       const ModelListPage merged = mergeModelListPages(pages);
                       if (merged.isEmpty() || merged.models.isEmpty())
                           return readyError<DiscoveredModels>(emptyListError(where));
                       DiscoveredModels out = base;
                       out.raw = merged.raw;
                       out.models = merged.models;
                       out.pages = int(pages.size());
                       return readyResult<DiscoveredModels>(out);
                   });
}

} // namespace

QFuture<Result<DiscoveredModels>> listModelsDirect(HttpClient *http, AliveFlag alive, const QString &baseUrl,
                                                   ChannelType type, const QString &apiKey, int timeoutMs,
                                                   std::optional<int> retryAttempts)
{
    const QString firstUrl = modelListUrl(baseUrl, type).toString(QUrl::RemoveQuery);
    const QString where = QStringLiteral("site %1").arg(firstUrl);
    PageFetcher fetch = [http, baseUrl, type, apiKey, timeoutMs, retryAttempts, where](const QString &cursor) {
        HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Get, modelListUrl(baseUrl, type, cursor));
        spec.route = modelListPath(type);
        spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
        setChannelAuthHeaders(spec, type, apiKey.toUtf8());
        if (timeoutMs > 0)
            spec.timeoutMs = timeoutMs;
        spec.retryAttempts = retryAttempts;
        return http->send(spec).then([where](Result<HttpResponse> response) -> Result<HttpResponse> {
            if (!response.ok()) {
                if (response.error().kind == ErrorKind::Cancelled)
                    return response.error();
                Error error = response.error().withContext(where);
                error.kind = ErrorKind::Upstream;
                if (error.code.isEmpty())
                    error.code = QStringLiteral("SITE_UNREACHABLE");
                return error;
            }
            if (!response->isSuccess()) {
                Error error = httpStatusError(response.value(), where);
                error.kind = ErrorKind::Upstream;
                error.code = QStringLiteral("SITE_HTTP_%1").arg(response->status);
                return error;
            }
            return response;
        });
    };
    DiscoveredModels base;
    base.source = QStringLiteral("direct");
    base.endpoint = firstUrl;
    return discover(std::move(fetch), type, std::move(alive), where, base);
}

QFuture<Result<DiscoveredModels>> listModelsViaProxy(GptLoadClient *client, AliveFlag alive, const QString &groupName,
                                                     ChannelType type, const SecretText &proxyKey)
{
    const InstanceRef instance = InstanceRef::of(client->instance());
    const QString where = QStringLiteral("gpt-load %1 proxy of group %2").arg(instance.label(), groupName);
    PageFetcher fetch = [client, groupName, type, proxyKey](const QString &cursor) {
        // The paging parameters of the format, exactly as a direct request would send them.
        const QUrl shape = modelListUrl(QStringLiteral("http://placeholder.invalid"), type, cursor);
        return client->proxyGet(groupName, modelListPath(type), proxyKey, type,
                                QUrlQuery(shape.query(QUrl::FullyEncoded)));
    };
    DiscoveredModels base;
    base.source = QStringLiteral("proxy:") + groupName;
    base.endpoint = client->instance().proxyUrl(groupName) + modelListPath(type);
    base.instance = instance;
    return discover(std::move(fetch), type, std::move(alive), where, base);
}

} // namespace ul
