#include "core/engine/demosites.h"

#include "core/sites/baseurl.h"

#include <algorithm>

namespace ul::DemoSites {

bool isOnboarded(const QJsonObject &demoSite, const EngineSnapshot &snapshot)
{
    const Result<NormalizedBaseUrl> url = normalizeBaseUrl(demoSite.value(QStringLiteral("baseUrl")).toString());
    return url.ok() && std::any_of(snapshot.sites.cbegin(), snapshot.sites.cend(), [&url](const SiteView &s) { return s.baseUrl == url->url; });
}

int firstToAdd(const QList<QJsonObject> &demoSites, const EngineSnapshot &snapshot)
{
    for (int i = 0; i < demoSites.size(); ++i) {
        if (!isOnboarded(demoSites.at(i), snapshot))
            return i;
    }
    return -1;
}

} // namespace ul::DemoSites
