#pragma once

#include "core/common/channeltype.h"
#include "core/common/result.h"
#include "core/gptload/secrettext.h"
#include "core/onboarding/futurechain.h"
#include "core/onboarding/onboardingtypes.h"

#include <QFuture>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

class GptLoadClient;
class HttpClient;

// A site's model list as discovered (uni-load-behaviour.md §7.1): every page fetched (Gemini
// `pageToken`, Anthropic `after_id`; at most 20 pages), parsed, never filtered.
struct DiscoveredModels
{
    QStringList raw;        // ids as the site sent them, all pages
    QStringList models;     // trimmed, `models/` stripped for Gemini, deduplicated, sorted
    int pages = 0;
    QString source;         // "direct", "proxy:<group>", "temp-group:<instance id>", "manual"
    QString endpoint;       // URL of the first page (no secrets)
    InstanceRef instance;   // the gpt-load instance the list came through, if any
};

// Error code of an empty list: a discovery failure, never "the site has no models".
inline constexpr char kModelListEmptyCode[] = "MODEL_LIST_EMPTY";

// GET <base>/v1/models (openai, anthropic) or <base>/v1beta/models (gemini) straight from the
// site with `apiKey` in the format's auth style (Bearer; x-api-key + anthropic-version;
// x-goog-api-key, which keeps the key out of URLs). Any non-2xx answer, an unparsable body or an
// empty list is an Upstream error. `timeoutMs` 0 = the client's default; `retryAttempts` unset =
// the client's RETRY_ATTEMPTS.
QFuture<Result<DiscoveredModels>> listModelsDirect(HttpClient *http, AliveFlag alive, const QString &baseUrl,
                                                   ChannelType type, const QString &apiKey, int timeoutMs = 0,
                                                   std::optional<int> retryAttempts = std::nullopt);

// The same list through a gpt-load group's proxy (`/proxy/<group>/v1/models` …) with a proxy key
// (the hop key). gpt-load's cache lag right after a create is retried by the client.
QFuture<Result<DiscoveredModels>> listModelsViaProxy(GptLoadClient *client, AliveFlag alive, const QString &groupName,
                                                     ChannelType type, const SecretText &proxyKey);

} // namespace ul
