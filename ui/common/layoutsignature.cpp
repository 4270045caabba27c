#include "ui/common/layoutsignature.h"

#include "core/engine/snapshot.h"

namespace ul {

QString layoutSignature(const EngineSnapshot &s, WithHealth health)
{
    QString sig = QStringLiteral("%1/%2/%3/%4/%5")
                      .arg(s.layers.siteGroups)
                      .arg(s.layers.modelChannelGroups)
                      .arg(s.layers.aggregateGroups)
                      .arg(s.layers.models)
                      .arg(s.layers.layoutFingerprint);
    for (const SiteView &site : s.sites) {
        sig += QLatin1Char('|') + site.name + site.lastDiscovery.toString(Qt::ISODate);
        for (const SiteGroupView &g : site.groups)
            sig += QLatin1Char(';') + g.name + g.instanceId + (health == WithHealth::Yes ? g.health : QString()) + QString::number(g.modelCount);
    }
    return sig;
}

} // namespace ul
