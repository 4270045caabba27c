#include "core/services/cleanupimpact.h"

#include <algorithm>

namespace ul {

QList<AffectedModelGroup> predictCleanupImpact(const CleanupLayers &layers, const QSet<qint64> &removedSiteGroups)
{
    QHash<qint64, const SiteGroupRecord *> siteGroups;
    for (const SiteGroupRecord &g : layers.siteGroups)
        siteGroups.insert(g.id, &g);
    QHash<qint64, const L2Record *> l2ById;
    for (const L2Record &r : layers.l2Groups)
        l2ById.insert(r.id, &r);

    QList<AffectedModelGroup> out;
    for (const L3Record &l3 : layers.l3Groups) {
        QStringList removed;
        int remaining = 0;
        for (const L3MemberRecord &m : layers.members) {
            if (m.l3Id != l3.id || m.state != ChannelState::Active)
                continue;
            const L2Record *l2 = l2ById.value(m.l2Id, nullptr);
            const SiteGroupRecord *group = l2 ? siteGroups.value(l2->siteGroupId, nullptr) : nullptr;
            if (!l2 || !group || group->state != ChannelState::Active)
                continue;
            if (removedSiteGroups.contains(group->id))
                removed.append(layers.instanceUrls.value(l2->instanceId) + QStringLiteral("/proxy/") + l2->name);
            else
                ++remaining;
        }
        if (removed.isEmpty())
            continue;
        removed.sort();
        AffectedModelGroup affected;
        affected.groupName = l3.name;
        affected.remainingUpstreams = remaining;
        if (remaining == 0) {
            // The last-member rule keeps one of them in the list (gpt-load needs an upstream):
            // it is not removed, and it is what remains.
            affected.keptLastMember = true;
            removed.removeFirst();
            affected.remainingUpstreams = 1;
        }
        affected.removedUpstreams = removed;
        out.append(affected);
    }
    std::sort(out.begin(), out.end(), [](const AffectedModelGroup &a, const AffectedModelGroup &b) { return a.groupName < b.groupName; });
    return out;
}

int countCleanedUpstreams(const QList<AffectedModelGroup> &groups)
{
    int n = 0;
    for (const AffectedModelGroup &g : groups)
        n += int(g.removedUpstreams.size());
    return n;
}

} // namespace ul
