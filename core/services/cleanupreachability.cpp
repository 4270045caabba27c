#include "core/services/cleanupreachability.h"

#include "core/common/future.h"
#include "core/gptload/channelauth.h"
#include "core/gptload/gptloadclient.h"
#include "core/gptload/httpclient.h"
#include "core/sites/baseurl.h"

namespace ul {

namespace {

// One active key of the group, or an empty string (no key is not a failure: any answer counts).
QFuture<Result<QString>> siteKey(const ReachabilityTarget &target)
{
    if (!target.client || target.group.groupId == 0)
        return readyResult<QString>(QString());
    KeyQuery query;
    query.status = KeyStatusFilter::Active;
    query.pageSize = 1;
    return target.client->listKeys(quint64(target.group.groupId), query).then([](const Result<KeyPage> &page) -> Result<QString> {
        if (!page.ok() || page->items.isEmpty())
            return QString();
        return page->items.first().keyValue.reveal();
    });
}

} // namespace

QFuture<Result<ReachabilityOutcome>> testSiteReachability(HttpClient *http, const ReachabilityTarget &target,
                                                          const CleanupOptions &options, const QObject *owner)
{
    const QUrl url = modelListUrl(target.baseUrl, target.group.channelType);
    const ChannelType type = target.group.channelType;
    return guardedThen(siteKey(target), owner,
                       [http, url, type, options](const Result<QString> &key) -> QFuture<Result<ReachabilityOutcome>> {
                           HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Get, url);
                           spec.route = QStringLiteral("cleanup:") + modelListPath(type);
                           spec.timeoutMs = options.timeoutMs;
                           spec.retryAttempts = std::max(0, options.retryCount - 1);
                           // Any answer is what we wanted to know: only transport failures are retried.
                           spec.answerRetryVerdict = [](const HttpResponse &) { return RetryVerdict::DoNotRetry; };
                           spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
                           const QString keyValue = key.ok() ? key.value() : QString();
                           setChannelAuthHeaders(spec, type, keyValue.toUtf8());
                           const QString shownUrl = url.toString(QUrl::RemoveQuery);
                           const bool withKey = !keyValue.isEmpty();
                           const int attempts = std::max(1, options.retryCount);
                           return http->send(spec).then([shownUrl, withKey, attempts](const Result<HttpResponse> &answer)
                                                            -> Result<ReachabilityOutcome> {
                               if (!answer.ok() && answer.error().kind == ErrorKind::Cancelled)
                                   return answer.error();
                               ReachabilityOutcome out;
                               out.url = shownUrl;
                               out.withKey = withKey;
                               if (answer.ok()) {
                                   out.reachable = true;
                                   out.status = answer->status;
                                   out.attempts = answer->attempts;
                               } else {
                                   out.reachable = false;
                                   out.attempts = attempts;
                                   out.error = answer.error().message;
                               }
                               return out;
                           });
                       })
        .unwrap();
}

} // namespace ul
