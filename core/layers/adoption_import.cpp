// Adoption of an original-made layout: writing the store records.
#include "core/layers/adoption.h"

#include "core/sites/channelcompat.h"
#include "core/store/statestore.h"

#include <QDateTime>

namespace ul {

Result<AdoptionImportSummary> importAdoptedLayout(StateStore &store, const AdoptionPreview &preview)
{
    AdoptionImportSummary summary;
    const Status written = store.transaction([&]() -> Status {
        Result<QList<SiteRecord>> sites = store.sites();
        if (!sites.ok())
            return sites.error();
        QHash<QString, qint64> siteIds;
        for (const SiteRecord &s : sites.value())
            siteIds.insert(s.name, s.id);
        Result<QList<SiteGroupRecord>> groups = store.siteGroups();
        if (!groups.ok())
            return groups.error();
        QHash<QString, qint64> siteGroupIds;
        for (const SiteGroupRecord &g : groups.value())
            siteGroupIds.insert(g.name, g.id);
        const QHash<QString, QString> assignments = store.siteAssignments();
        const QDateTime now = QDateTime::currentDateTimeUtc();

        for (const AdoptedSiteGroup &a : preview.siteGroups) {
            if (a.recorded || siteGroupIds.contains(a.name))
                continue;
            if (!siteIds.contains(a.siteName)) {
                SiteRecord site;
                site.name = a.siteName;
                site.baseUrl = a.baseUrl;
                Result<SiteRecord> saved = store.saveSite(site);
                if (!saved.ok())
                    return saved.error();
                siteIds.insert(saved->name, saved->id);
                ++summary.sites;
            }
            SiteGroupRecord g;
            g.siteId = siteIds.value(a.siteName);
            g.name = a.name;
            g.channelType = a.channelType;
            g.instanceId = a.instanceId;
            g.groupId = qint64(a.groupId);
            g.validationEndpoint = a.validationEndpoint;
            g.testModel = a.testModel;
            g.rawModels = a.models;
            g.models = modelsForChannelType(a.models, a.channelType);
            g.discoveredAt = now;
            g.discoverySource = QStringLiteral("adopted");
            g.state = ChannelState::Active;
            g.stateSince = now;
            Result<SiteGroupRecord> saved = store.saveSiteGroup(g);
            if (!saved.ok())
                return saved.error();
            siteGroupIds.insert(saved->name, saved->id);
            if (!assignments.contains(a.baseUrl)) {
                if (Status s = store.setSiteAssignment(a.baseUrl, a.instanceId); !s.ok())
                    return s;
            }
            ++summary.siteGroups;
        }

        Result<QList<L2Record>> l2s = store.l2Groups();
        if (!l2s.ok())
            return l2s.error();
        QHash<QString, qint64> l2Ids;
        for (const L2Record &r : l2s.value())
            l2Ids.insert(r.name, r.id);
        for (const AdoptedModelChannel &a : preview.modelChannelGroups) {
            if (a.recorded || l2Ids.contains(a.name) || !siteGroupIds.contains(a.siteGroup))
                continue;
            L2Record r;
            r.name = a.name;
            r.model = a.model;
            r.siteGroupId = siteGroupIds.value(a.siteGroup);
            r.instanceId = a.instanceId;
            r.groupId = qint64(a.groupId);
            r.channelType = a.channelType;
            Result<L2Record> saved = store.saveL2(r);
            if (!saved.ok())
                return saved.error();
            l2Ids.insert(saved->name, saved->id);
            ++summary.modelChannelGroups;
        }

        Result<QList<L3Record>> l3s = store.l3Groups();
        if (!l3s.ok())
            return l3s.error();
        QSet<QString> l3Names;
        for (const L3Record &r : l3s.value())
            l3Names.insert(r.name);
        for (const AdoptedModelGroup &a : preview.modelGroups) {
            if (a.recorded || l3Names.contains(a.name))
                continue;
            L3Record r;
            r.name = a.name;
            r.model = a.model;
            r.instanceId = a.instanceId;
            r.groupId = qint64(a.groupId);
            r.channelType = a.channelType;
            Result<L3Record> saved = store.saveL3(r);
            if (!saved.ok())
                return saved.error();
            ++summary.modelGroups;
            for (const AdoptedMember &m : a.members) {
                if (!l2Ids.contains(m.l2Name))
                    continue;
                // gpt-load's weight is adopted as it is ("default": the store does not pin it).
                L3MemberRecord member;
                member.l3Id = saved->id;
                member.l2Id = l2Ids.value(m.l2Name);
                member.weight = m.weight;
                member.weightSource = QStringLiteral("default");
                member.state = ChannelState::Active;
                if (Status s = store.saveL3Member(member); !s.ok())
                    return s;
                ++summary.members;
            }
        }
        return {};
    });
    if (!written.ok())
        return written.error().withContext(QStringLiteral("importing the existing layout"));
    return summary;
}

} // namespace ul
