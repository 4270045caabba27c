// Layer planner: site groups (L1 touch-ups and removal) and model-channel groups (L2).
#include "core/layers/grouppayloads.h"
#include "core/layers/planner_p.h"

namespace ul::planning {

namespace {
bool inScope(const PlannerInput &in, const QSet<QString> &extra, const QString &model)
{
    return in.scope.contains(model) || extra.contains(model);
}
} // namespace

void PlanBuilder::planSiteGroupTouchUps()
{
    // L1 groups belong to onboarding; the reconciliation only keeps the hop key in their
    // proxy_keys (the L2 pools present it) and the layer-1 settings in their config.
    for (const SiteGroupRecord &sg : m_in.siteGroups) {
        if (m_in.removedSiteGroups.contains(sg.id))
            continue;
        bool relevant = m_in.scope.isEverything();
        for (const QString &model : sg.models)
            relevant = relevant || inScope(m_in, m_extraScope, model);
        if (!relevant || !reachable(sg.instanceId))
            continue;
        const GroupInfo *group = listed(sg.instanceId, sg.name);
        if (!group)
            continue;  // reported where its L2 groups are planned
        ManagedFields wanted;
        wanted.config = m_in.settings.l1.config();
        wanted.requiredProxyKey = m_in.keys.hop;
        FieldDiff diff = diffManagedFields(*group, wanted);
        if (diff.isEmpty())
            continue;
        PlannedOperation op = updateOperation(Layer::SiteGroup, sg.instanceId, sg.name, QString(), group->id, diff);
        op.detail = QStringLiteral("set %1").arg(diff.fields.join(QStringLiteral(", ")));
        addOp(std::move(op));
    }
}

L2Plan PlanBuilder::planL2(const QString &model, const SiteGroupRecord &sg, const QString &name)
{
    L2Plan p;
    p.name = name;
    p.model = model;
    p.siteGroup = &sg;
    p.record = m_l2ByName.value(name, nullptr);

    const PlanInstance *l1Instance = instance(sg.instanceId);
    QString l1Problem;
    if (!l1Instance)
        l1Problem = QStringLiteral("site group %1 is recorded on unknown instance %2").arg(sg.name, sg.instanceId);
    else if (reachable(sg.instanceId) && !listed(sg.instanceId, sg.name))
        l1Problem = QStringLiteral("site group %1 does not exist on instance %2").arg(sg.name, sg.instanceId);

    const Location loc = locate(name, p.record ? p.record->instanceId : QString());
    switch (loc.where) {
    case Where::Unplaceable:
        skip(Layer::ModelChannel, name, model, QString(), QStringLiteral("no healthy instance to create it on"));
        return p;
    case Where::Unreachable:
        p.instanceId = loc.instanceId;
        p.url = instance(loc.instanceId)->proxyUrl(name);
        p.state = L2State::Unknown;
        skip(Layer::ModelChannel, name, model, loc.instanceId, QStringLiteral("instance %1 is unreachable; not checked").arg(loc.instanceId));
        return p;
    case Where::Missing:
        if (!l1Problem.isEmpty()) {
            skip(Layer::ModelChannel, name, model, loc.instanceId, l1Problem);
            return p;
        }
        break;
    case Where::Listed:
        if (!p.record && !adoptable(*loc.group, Layer::ModelChannel, model)) {
            skip(Layer::ModelChannel, name, model, loc.instanceId, notOursReason(*loc.group, loc.instanceId));
            return p;
        }
        break;
    }

    p.instanceId = loc.instanceId;
    p.url = instance(loc.instanceId)->proxyUrl(name);
    const LayerSettings &settings = m_in.settings.l2;

    if (loc.where == Where::Missing) {
        L2Record record = p.record ? *p.record : L2Record();
        record.name = name;
        record.model = model;
        record.siteGroupId = sg.id;
        record.instanceId = loc.instanceId;
        record.groupId = 0;
        record.channelType = sg.channelType;
        record.poolKeyFingerprint.clear();  // a new group has an empty pool

        PlannedOperation op = groupOperation(OpKind::CreateGroup, Layer::ModelChannel, loc.instanceId, name, model);
        op.create = modelChannelGroupPayload(name, model, sg.name, sg.channelType, sg.validationEndpoint,
                                             l1Instance->proxyUrl(sg.name), settings, m_in.keys.hop);
        op.upstreams = {PlannedUpstream{op.create.upstreams.first(), QString(), -1}};
        op.detail = QStringLiteral("%1 via %2 → %3").arg(model, sg.name, op.create.upstreams.first().url);
        op.patches = {RecordPatch::upsertL2(record)};
        p.createOp = addOp(std::move(op));
        p.state = L2State::Created;
        const int upload = planPoolKey(Layer::ModelChannel, name, loc.instanceId, 0, p.createOp, QString());
        m_poolGroups.append(PoolGroup{Layer::ModelChannel, name, loc.instanceId, 0, p.createOp, upload});
        return p;
    }

    const GroupInfo &group = *loc.group;
    p.state = L2State::Exists;
    if (!l1Problem.isEmpty()) {
        p.keepAsIs = true;
        skip(Layer::ModelChannel, name, model, loc.instanceId, l1Problem);
        return p;
    }

    const std::optional<ChannelType> listedType = group.channel();
    if (!p.record || p.record->instanceId != loc.instanceId || p.record->groupId != qint64(group.id) || p.record->model != model
        || p.record->siteGroupId != sg.id || p.record->channelType != sg.channelType) {
        L2Record record = p.record ? *p.record : L2Record();
        record.name = name;
        record.model = model;
        record.siteGroupId = sg.id;
        record.instanceId = loc.instanceId;
        record.groupId = qint64(group.id);
        record.channelType = sg.channelType;
        addRecordOp(Layer::ModelChannel, loc.instanceId, name, {RecordPatch::upsertL2(record)});
    }

    ManagedFields wanted;
    wanted.channelType = sg.channelType;
    wanted.testModel = model;
    wanted.validationEndpoint = sg.validationEndpoint;
    wanted.sort = layerSort(Layer::ModelChannel);
    wanted.config = settings.config();
    wanted.requiredProxyKey = m_in.keys.hop;
    FieldDiff diff = diffManagedFields(group, wanted);

    // An L2 has exactly one upstream: its L1's proxy URL on the L1's own instance.
    const QString l1Url = l1Instance->proxyUrl(sg.name);
    int weight = 1;
    for (const Upstream &u : group.upstreams) {
        if (sameUpstreamUrl(u.url, l1Url) && u.weight > 0)
            weight = u.weight;
    }
    const QList<Upstream> wantedUpstreams{Upstream{l1Url, weight}};
    const bool upstreamOk = group.upstreams.size() == 1 && sameUpstreamUrl(group.upstreams.first().url, l1Url)
                            && group.upstreams.first().weight > 0;

    if (!diff.isEmpty() || !upstreamOk) {
        PlannedOperation op = updateOperation(Layer::ModelChannel, loc.instanceId, name, model, group.id, diff);
        if (!upstreamOk) {
            op.setsUpstreams = true;
            op.upstreams = {PlannedUpstream{wantedUpstreams.first(), QString(), -1}};
            op.currentUpstreams = group.upstreams;
            op.fields.prepend(QStringLiteral("upstreams"));
        }
        op.detail = QStringLiteral("set %1").arg(op.fields.join(QStringLiteral(", ")));
        if (listedType && *listedType != sg.channelType)
            op.detail += QStringLiteral(" (channel type %1 → %2)").arg(channelTypeName(*listedType), channelTypeName(sg.channelType));
        addOp(std::move(op));
    }

    const int upload = planPoolKey(Layer::ModelChannel, name, loc.instanceId, group.id, -1,
                                   p.record ? p.record->poolKeyFingerprint : QString());
    m_poolGroups.append(PoolGroup{Layer::ModelChannel, name, loc.instanceId, group.id, -1, upload});
    return p;
}

int PlanBuilder::planPoolKey(Layer layer, const QString &name, const QString &instanceId, quint64 groupId, int createOp,
                             const QString &recordFingerprint)
{
    if (createOp < 0 && recordFingerprint == m_hopFingerprint)
        return -1;  // uploaded before: no key listing, no call
    PlannedOperation op = groupOperation(OpKind::UploadPoolKey, layer, instanceId, name, QString(), groupId);
    op.groupCreatedBy = createOp;
    if (createOp >= 0)
        op.dependsOn = {createOp};
    op.keys = {SecretText(m_in.keys.hop)};
    op.detail = QStringLiteral("hop key into the pool");
    op.patches = {RecordPatch::setPoolKey(layer, name, m_hopFingerprint)};
    return addOp(std::move(op));
}

void PlanBuilder::planL2Deletions(bool teardown)
{
    for (const L2Record &r : m_in.l2Groups) {
        const bool removedSite = m_in.removedSiteGroups.contains(r.siteGroupId);
        if (!teardown) {
            if (m_desiredL2Names.contains(r.name))
                continue;
            if (!removedSite && !inScope(m_in, m_extraScope, r.model))
                continue;
        }
        // An L3 we could not examine may still point at this L2: deleting it now would leave a
        // dead upstream that no later run recognises. Keep it (and its record) until then.
        if (!teardown && m_uncheckedL3Models.contains(r.model)) {
            skip(Layer::ModelChannel, r.name, r.model, r.instanceId,
                 QStringLiteral("deletion deferred: the layer-3 group of %1 could not be checked").arg(r.model));
            m_siteGroupsWithDeferredL2.insert(r.siteGroupId);
            continue;
        }
        const QList<int> after = m_opsRemovingL2.value(r.name);
        if (instance(r.instanceId) && !reachable(r.instanceId)) {
            skip(Layer::ModelChannel, r.name, r.model, r.instanceId,
                 QStringLiteral("deletion deferred: instance %1 is unreachable").arg(r.instanceId));
            m_siteGroupsWithDeferredL2.insert(r.siteGroupId);
            continue;
        }
        const GroupInfo *group = instance(r.instanceId) ? listed(r.instanceId, r.name) : nullptr;
        if (!group) {
            m_l2RemovalsBySiteGroup[r.siteGroupId].append(
                addRecordOp(Layer::ModelChannel, r.instanceId, r.name, {RecordPatch::removeL2(r.name)}, after));
            continue;
        }
        PlannedOperation op = groupOperation(OpKind::DeleteGroup, Layer::ModelChannel, r.instanceId, r.name, r.model, group->id);
        op.dependsOn = after;
        op.detail = teardown ? QStringLiteral("maintenance: delete every managed model group")
                  : removedSite ? QStringLiteral("its site group is being deleted")
                                : QStringLiteral("no longer a member of %1").arg(r.model);
        op.patches = {RecordPatch::removeL2(r.name)};
        m_l2RemovalsBySiteGroup[r.siteGroupId].append(addOp(std::move(op)));
    }
}

void PlanBuilder::planSiteGroupRemovals()
{
    for (const SiteGroupRecord &sg : m_in.siteGroups) {
        if (!m_in.removedSiteGroups.contains(sg.id))
            continue;
        if (m_siteGroupsWithDeferredL2.contains(sg.id)) {
            skip(Layer::SiteGroup, sg.name, QString(), sg.instanceId,
                 QStringLiteral("kept until its model-channel groups on unreachable instances are deleted"));
            continue;
        }
        const QList<int> after = m_l2RemovalsBySiteGroup.value(sg.id);
        if (instance(sg.instanceId) && !reachable(sg.instanceId)) {
            skip(Layer::SiteGroup, sg.name, QString(), sg.instanceId,
                 QStringLiteral("deletion deferred: instance %1 is unreachable").arg(sg.instanceId));
            continue;
        }
        const GroupInfo *group = instance(sg.instanceId) ? listed(sg.instanceId, sg.name) : nullptr;
        if (!group) {
            addRecordOp(Layer::SiteGroup, sg.instanceId, sg.name, {RecordPatch::removeSiteGroup(sg.name)}, after);
            continue;
        }
        PlannedOperation op = groupOperation(OpKind::DeleteGroup, Layer::SiteGroup, sg.instanceId, sg.name, QString(), group->id);
        op.dependsOn = after;
        op.detail = QStringLiteral("site group deleted");
        op.patches = {RecordPatch::removeSiteGroup(sg.name)};
        addOp(std::move(op));
    }
}

} // namespace ul::planning
