#pragma once

#include "core/common/channeltype.h"
#include "core/common/result.h"

#include <QString>
#include <QUrl>

namespace ul {

// A site base URL after normalisation (uni-load-behaviour.md §7.4). gpt-load forwards to
// "upstream + request path", so the stored base must not end in the API version segment.
struct NormalizedBaseUrl
{
    QString url;              // e.g. "https://openrouter.ai/api"
    QString strippedSegment;  // "v1" / "V1BETA" as typed; empty when nothing was stripped
    QString warning;          // set only under VersionSegmentPolicy::Warn (see below)

    bool versionStripped() const { return !strippedSegment.isEmpty(); }
};

// What to do with a base URL whose last path segment is another API version (`/api/paas/v4`):
// gpt-load would send `/api/paas/v4/v1/chat/completions`, so such a site cannot be proxied.
enum class VersionSegmentPolicy {
    Reject,  // validation error (creating a site)
    Warn,    // keep the URL and fill NormalizedBaseUrl::warning (previews)
};

// Trims, removes trailing '/', strips one trailing `v1`/`v1beta` segment (case-insensitive) and
// the '/' before it. Scheme and host are lowercased (they are case-insensitive); the path is kept
// as typed; a URL without "://" gets "https://" in front (as the original reads it), nothing else
// is added. Errors are validation errors on field `baseUrl` with a stable code
// (BASE_URL_EMPTY, BASE_URL_INVALID, BASE_URL_SCHEME, BASE_URL_NO_HOST, BASE_URL_CREDENTIALS,
// BASE_URL_QUERY, BASE_URL_VERSION_PATH). Messages never echo the input (it may hold a key).
Result<NormalizedBaseUrl> normalizeBaseUrl(const QString &input,
                                           VersionSegmentPolicy policy = VersionSegmentPolicy::Reject);

// Model-list paging (§7.1): Gemini `pageSize`/`pageToken`, Anthropic `limit`/`after_id`.
inline constexpr int kModelListPageSize = 1000;
inline constexpr int kMaxModelListPages = 20;

// URL of a site's model list: `<base>/v1/models` (openai, anthropic) or `<base>/v1beta/models`
// (gemini), with the paging parameters of the format and, when given, the cursor of the next
// page. Authentication is the caller's business. `base` may also be a gpt-load proxy URL
// (`<instance>/proxy/<group>`).
QUrl modelListUrl(const QString &normalizedBaseUrl, ChannelType type, const QString &pageCursor = QString());

} // namespace ul
