#include "core/gptload/gptloadclient.h"

#include "core/common/redactor.h"
#include "core/gptload/channelauth.h"
#include "core/gptload/gptloadclient_p.h"

#include <QSet>

// Logs, settings and the data-plane proxy (gptload-api.md §8, §10.1, §11).

namespace ul {

QFuture<Result<LogPage>> GptLoadClient::logs(const LogQuery &query)
{
    LogQuery bounded = query;
    bounded.page = std::max(1, query.page);
    bounded.pageSize = std::clamp(query.pageSize, 1, kMaxPageSize);
    const QString route = QStringLiteral("/api/logs");
    const QString where = context(HttpMethod::Get, route);
    const QString exactName = query.exactGroupName ? query.groupName : QString();
    // Log items may carry key values and request bodies: the wire log shows sizes only.
    return guardedThen(call(HttpMethod::Get, route, route, bounded.toUrlQuery(), {}, SecretResponse), this,
                       [where, exactName](Result<Envelope> envelope) -> Result<LogPage> {
                           if (!envelope.ok())
                               return envelope.error();
                           Result<LogPage> page = LogPage::fromJson(envelope->data);
                           if (!page.ok())
                               return page.error().withContext(where);
                           // group_name is a substring filter on the server (§8.2).
                           if (!exactName.isEmpty())
                               page->items = filterLogsByExactGroup(page->items, exactName);
                           return page;
                       });
}

QFuture<Result<LogCollection>> GptLoadClient::allLogs(const LogQuery &query)
{
    LogQuery first = query;
    first.page = 1;
    first.pageSize = kMaxPageSize;
    return collectLogPages(first, {});
}

QFuture<Result<LogCollection>> GptLoadClient::collectLogPages(LogQuery query, LogCollection collected)
{
    return guardedThen(logs(query), this,
                       [this, query, collected](Result<LogPage> page) mutable -> QFuture<Result<LogCollection>> {
                           if (!page.ok())
                               return readyError<LogCollection>(page.error());
                           collected.items += page->items;
                           collected.serverTotal = page->pagination.totalItems;
                           ++collected.pagesRead;
                           const bool lastPage = query.page >= page->pagination.totalPages;
                           if (!lastPage && collected.pagesRead >= m_options.maxLogPages)
                               collected.truncated = true;
                           if (lastPage || collected.truncated) {
                               // New entries arriving while paging shift older ones onto the next page.
                               QSet<QString> seen;
                               collected.items.removeIf([&seen](const LogItem &item) {
                                   if (item.id.isEmpty())
                                       return false;
                                   if (seen.contains(item.id))
                                       return true;
                                   seen.insert(item.id);
                                   return false;
                               });
                               return readyResult(Result<LogCollection>(std::move(collected)));
                           }
                           ++query.page;
                           return collectLogPages(query, std::move(collected));
                       })
        .unwrap();
}

QFuture<Result<QList<SettingsCategory>>> GptLoadClient::settings()
{
    const QString route = QStringLiteral("/api/settings");
    const QString where = context(HttpMethod::Get, route);
    // The answer holds the global proxy_keys as a plain "value".
    return guardedThen(call(HttpMethod::Get, route, route, {}, {}, SecretResponse), this,
                       [where](Result<Envelope> envelope) -> Result<QList<SettingsCategory>> {
                           if (!envelope.ok())
                               return envelope.error();
                           Result<QList<SettingsCategory>> settings = parseSettings(envelope->data);
                           if (!settings.ok())
                               return settings.error().withContext(where);
                           return settings;
                       });
}

QFuture<Result<HttpResponse>> GptLoadClient::proxyGet(const QString &groupName, const QString &path,
                                                      const SecretText &proxyKey, ChannelType authStyle,
                                                      const QUrlQuery &query)
{
    Redactor::registerSecret(proxyKey.reveal());
    const QString relative = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Get, apiUrl(QStringLiteral("/proxy/") + groupName + relative, query));
    spec.route = QStringLiteral("/proxy/:group") + relative;
    spec.schedulerKey = m_instance.id.isEmpty() ? m_instance.url : m_instance.id;
    spec.tls = TlsSettings{m_instance.caCertificate, m_instance.tlsInsecure};
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // gpt-load accepts the header form on every channel; it keeps the key out of URLs.
    setChannelAuthHeaders(spec, authStyle, proxyKey.reveal().toUtf8());
    // The cache-lag answer has its own schedule below; generic 5xx retries would only add to it.
    // gpt-load's proxy verdicts are final: it has retried the keys itself (a wrong site URL
    // otherwise costs 7 s of backoff per instance before the operator sees the error).
    spec.answerRetryVerdict = [](const HttpResponse &response) {
        const bool settled = isProxyGroupLagAnswer(response) || isProxyVerdictAnswer(response);
        return settled ? RetryVerdict::DoNotRetry : RetryVerdict::Default;
    };
    const QString where = label() + QStringLiteral(": GET /proxy/") + groupName + relative;
    auto attempt = [this, spec, groupName, where]() { return proxyAttempt(spec, groupName, where); };
    auto isLag = [](const Result<HttpResponse> &result) {
        return !result.ok() && result.error().kind == ErrorKind::NotFound && result.error().httpStatus == 500;
    };
    return withCacheLagRetry<HttpResponse>(attempt, isLag);
}

QFuture<Result<HttpResponse>> GptLoadClient::proxyAttempt(const HttpRequestSpec &spec, const QString &groupName,
                                                          const QString &where)
{
    return guardedThen(sendRaw(spec), this, [this, where, groupName](Result<HttpResponse> response) -> Result<HttpResponse> {
        if (!response.ok())
            return response.error().withContext(label());
        if (response->isSuccess())
            return response;
        if (isProxyGroupLagAnswer(response.value())) {
            Error error = Error::make(ErrorKind::NotFound,
                                      where + QStringLiteral(": gpt-load does not know proxy group '%1' (yet)").arg(groupName));
            error.httpStatus = response->status;
            error.code = QStringLiteral("INTERNAL_SERVER_ERROR");
            return error;
        }
        // gpt-load's own refusals carry a string code; anything else is the upstream's answer.
        Result<Envelope> envelope = decodeEnvelope(response.value(), where);
        if (!envelope.ok() && !envelope.error().code.isEmpty())
            return envelope.error();
        Error error = httpStatusError(response.value(), where);
        error.kind = ErrorKind::Upstream;
        return error;
    });
}

} // namespace ul
