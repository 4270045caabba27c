#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QString>

namespace ul {

// Site names are capped below gpt-load's 100 characters so that `<site>-anthropic` still fits
// (uni-load-behaviour.md §6.1, defect 13).
inline constexpr int kMaxSiteNameLength = 90;

// The original's `generateSiteNameFromUrl` with our cap: strip trailing '/', prepend https://
// when there is no http(s) scheme, take the host name, lowercase, '.' and every character outside
// [a-z0-9-] → '-', trim and collapse '-', append "-ai" below 3 characters, cut to 90 and trim a
// trailing '-'. Port and path are ignored. Validation error (field `baseUrl`) when unparsable.
Result<QString> siteNameFromUrl(const QString &baseUrl);

// A name the operator may give a site: 3–90 characters of [a-z0-9-], starting and ending with a
// letter or digit, no "--" (exactly what siteNameFromUrl can produce).
bool isValidSiteName(const QString &name);

// Existing sites by name → their normalized base URL (from the local store).
using SiteUrlIndex = QHash<QString, QString>;

enum class SiteNameSource {
    Computed,      // the name from the URL was free, or already this site's
    ExistingSite,  // this URL is already onboarded under another name: that name
    Requested,     // the request's `siteName`
    HostAndPort,   // `localhost-4000`
    PathSlug,      // host (and port) plus a short slug of the path
    Numbered,      // last resort: `-2`, `-3`, …
};

struct SiteNameChoice
{
    QString name;
    SiteNameSource source = SiteNameSource::Computed;
    bool disambiguated = false;  // name differs from the computed one
    bool existingSite = false;   // `name` already belongs to this very URL (an update target)
};

// Chooses the name a site will actually get (§6.1, defect 14). A name is usable when no site has
// it or the site that has it has the same normalized base URL. Order: the site that already
// has this URL (under any name); the computed name; the request's `siteName` (trimmed,
// lowercased, must be valid); host plus explicit port; host (and port) plus a path slug; the
// last candidate with a numeric suffix. Every result is valid and at most 90 characters.
SiteNameChoice chooseSiteName(const QString &computedName, const QString &normalizedBaseUrl,
                              const QString &requestedSiteName, const SiteUrlIndex &existingSites);

} // namespace ul
