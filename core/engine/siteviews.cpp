#include "core/engine/siteviews.h"

#include "core/instances/instanceregistry.h"
#include "core/services/channelhealthtypes.h"
#include "core/store/statestore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ul {

namespace {

QString instanceName(const InstanceRegistry *instances, const QString &id)
{
    if (!instances || id.isEmpty())
        return id;
    const std::optional<InstanceConfig> instance = instances->instance(id);
    return instance ? instance->name : id;
}

QString combinedState(const QList<SiteGroupView> &groups)
{
    if (groups.isEmpty())
        return QStringLiteral("pending");
    const QString first = groups.first().state;
    const bool same = std::all_of(groups.cbegin(), groups.cend(), [&](const SiteGroupView &g) { return g.state == first; });
    return same ? first : QStringLiteral("partial");
}

// Order-independent (a sum of per-record hashes): the store's list order carries no meaning.
quint64 layoutFingerprint(const QList<L2Record> &l2, const QList<L3Record> &l3, const QList<L3MemberRecord> &members)
{
    quint64 sum = 0;
    for (const L2Record &r : l2)
        sum += qHashMulti(1, r.id, r.siteGroupId, r.name, r.instanceId);
    for (const L3Record &r : l3)
        sum += qHashMulti(2, r.id, r.name, r.instanceId, r.noHealthyMember);
    for (const L3MemberRecord &m : members)
        sum += qHashMulti(3, m.l3Id, m.l2Id, m.weight, m.weightSource, int(m.state));
    return sum;
}

} // namespace

SiteSnapshotPart buildSiteSnapshotPart(const StateStore &store, const InstanceRegistry *instances)
{
    SiteSnapshotPart out;
    if (!store.isOpen())
        return out;
    const Result<QList<SiteRecord>> sites = store.sites();
    const Result<QList<SiteGroupRecord>> groups = store.siteGroups();
    const Result<QList<L2Record>> l2 = store.l2Groups();
    const Result<QList<L3Record>> l3 = store.l3Groups();
    const Result<QList<L3MemberRecord>> members = store.l3Members();
    const Result<QList<ChannelHealthRecord>> health = store.channelHealth();
    QHash<qint64, ChannelHealthRecord> healthBySiteGroup;
    if (health.ok()) {
        for (const ChannelHealthRecord &h : health.value())
            healthBySiteGroup.insert(h.siteGroupId, h);
    }
    if (!sites.ok() || !groups.ok())
        return out;

    QHash<qint64, int> l2PerSiteGroup;
    QHash<qint64, qint64> siteGroupOfL2;
    if (l2.ok()) {
        for (const L2Record &r : l2.value()) {
            ++l2PerSiteGroup[r.siteGroupId];
            siteGroupOfL2.insert(r.id, r.siteGroupId);
        }
    }
    QHash<qint64, QSet<qint64>> l3PerSiteGroup;  // site group → L3 ids it feeds
    if (members.ok()) {
        for (const L3MemberRecord &m : members.value()) {
            if (siteGroupOfL2.contains(m.l2Id))
                l3PerSiteGroup[siteGroupOfL2.value(m.l2Id)].insert(m.l3Id);
        }
    }

    QHash<qint64, QList<SiteGroupRecord>> groupsBySite;
    for (const SiteGroupRecord &g : groups.value())
        groupsBySite[g.siteId].append(g);
    const QHash<QString, QString> assignments = store.siteAssignments();

    for (const SiteRecord &site : sites.value()) {
        SiteView view;
        view.id = site.id;
        view.name = site.name;
        view.baseUrl = site.baseUrl;
        view.strippedSuffix = site.strippedSuffix;
        view.manualModels = site.manualModels;
        view.deepProbe = site.deepProbe;
        QSet<QString> models;
        QSet<qint64> aggregates;
        for (const SiteGroupRecord &g : groupsBySite.value(site.id)) {
            SiteGroupView gv;
            gv.id = g.id;
            gv.name = g.name;
            gv.channelType = channelTypeName(g.channelType);
            gv.instanceId = g.instanceId;
            gv.instanceName = instanceName(instances, g.instanceId);
            gv.groupId = quint64(g.groupId);
            gv.modelCount = int(g.models.size());
            gv.rawModelCount = int(g.rawModels.size());
            gv.manualModelCount = int(g.manualModels.size());
            gv.keysCount = g.keysCount;
            gv.state = channelStateName(g.state);
            const auto healthIt = healthBySiteGroup.constFind(g.id);
            const ChannelHealthRecord *healthRecord = healthIt != healthBySiteGroup.cend() ? &healthIt.value() : nullptr;
            gv.health = channelHealthLabel(g, healthRecord);
            gv.failures = healthRecord ? healthRecord->failures : 0;
            gv.testModel = g.effectiveTestModel();
            gv.testModelOverride = g.testModelOverride;
            gv.deepProbe = site.deepProbe;
            gv.discoverySource = g.discoverySource;
            gv.discoveredAt = g.discoveredAt;
            gv.syncedAt = g.syncedAt;
            gv.syncError = g.syncError;
            gv.modelChannelGroups = l2PerSiteGroup.value(g.id);
            view.groups.append(gv);
            view.channelTypes.append(gv.channelType);
            for (const QString &m : g.models)
                models.insert(m);
            aggregates.unite(l3PerSiteGroup.value(g.id));
            view.keysCount = std::max(view.keysCount, g.keysCount);
            view.modelChannelGroups += gv.modelChannelGroups;
            if (!view.lastDiscovery.isValid() || g.discoveredAt > view.lastDiscovery)
                view.lastDiscovery = g.discoveredAt;
            if (g.syncedAt.isValid() && (!view.lastSync.isValid() || g.syncedAt > view.lastSync))
                view.lastSync = g.syncedAt;
            if (!g.syncError.isEmpty())
                view.syncErrors.append(QStringLiteral("%1: %2").arg(g.name, g.syncError));
        }
        view.instanceId = view.groups.isEmpty() ? assignments.value(site.baseUrl) : view.groups.first().instanceId;
        view.instanceName = instanceName(instances, view.instanceId);
        view.modelCount = int(models.size());
        view.siteGroups = int(view.groups.size());
        view.aggregateGroups = int(aggregates.size());
        view.state = combinedState(view.groups);
        out.sites.append(view);
    }

    out.layers.siteGroups = int(groups->size());
    out.layers.modelChannelGroups = l2.ok() ? int(l2->size()) : 0;
    out.layers.aggregateGroups = l3.ok() ? int(l3->size()) : 0;
    if (l3.ok()) {
        QSet<QString> l3Models;
        for (const L3Record &r : l3.value())
            l3Models.insert(r.model);
        out.layers.models = int(l3Models.size());
    }
    if (l2.ok() && l3.ok() && members.ok())
        out.layers.layoutFingerprint = layoutFingerprint(l2.value(), l3.value(), members.value());
    return out;
}

} // namespace ul
