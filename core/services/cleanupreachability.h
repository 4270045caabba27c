#pragma once

#include "core/services/cleanuptypes.h"
#include "core/store/records.h"

#include <QFuture>
#include <QString>

class QObject;

namespace ul {

class GptLoadClient;
class HttpClient;

// One site group whose site is tested.
struct ReachabilityTarget
{
    SiteGroupRecord group;
    QString baseUrl;                 // the site's normalized base URL
    GptLoadClient *client = nullptr; // the group's instance when it can be asked (for a site key); may be null
};

struct ReachabilityOutcome
{
    bool reachable = false;
    int status = 0;                  // HTTP status of the answer (any status counts)
    int attempts = 0;
    QString url;                     // the model-list URL tried (no secrets)
    QString error;                   // the transport error when unreachable (redacted)
    bool withKey = false;            // a site key from gpt-load was sent
};

// The reachability test of a cleanup (uni-load-behaviour.md §17.2): GET the site's model-list
// URL with one of the site group's active keys when gpt-load can give one, so that a working
// site answers 200 — but ANY HTTP answer (401, 404, 5xx …) counts as reachable. Only no answer at
// all (DNS, connect, TLS, timeout) on each of `retryCount` attempts means disconnected. `http`
// retries transport failures only (its backoff unit spaces the attempts).
QFuture<Result<ReachabilityOutcome>> testSiteReachability(HttpClient *http, const ReachabilityTarget &target,
                                                          const CleanupOptions &options, const QObject *owner);

} // namespace ul
