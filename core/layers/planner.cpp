// Layer planner: indices, desired state, lookups and the api.yaml provider set.
#include "core/layers/planner_p.h"

#include "core/layers/adoption.h"
#include "core/layers/modelgroupnames.h"

#include "core/sites/channelcompat.h"
#include "core/sites/groupnameclash.h"

#include <QCryptographicHash>
#include <QMap>

#include <algorithm>

namespace ul {

ReconcileScope ReconcileScope::forModels(const QStringList &models)
{
    ReconcileScope s;
    s.m_models = QSet<QString>(models.begin(), models.end());
    return s;
}

QStringList ReconcileScope::models() const
{
    if (!m_models)
        return {};
    QStringList out(m_models->begin(), m_models->end());
    std::sort(out.begin(), out.end());
    return out;
}

QString choosePlacementInstance(const QList<PlanInstance> &instances, const QHash<QString, QList<GroupInfo>> &listings)
{
    const PlanInstance *best = nullptr;
    for (const PlanInstance &i : instances) {
        if (!i.healthy || !listings.contains(i.id))
            continue;
        if (!best || i.priority < best->priority)
            best = &i;
    }
    return best ? best->id : QString();
}

QString poolKeyFingerprint(const QString &key)
{
    if (key.isEmpty())
        return {};
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(digest.left(16));
}

Plan planReconcile(const PlannerInput &input)
{
    return planning::PlanBuilder(input).reconcile();
}

Plan planTeardown(const PlannerInput &input)
{
    return planning::PlanBuilder(input).teardown();
}

namespace planning {

PlannedOperation groupOperation(OpKind kind, Layer layer, const QString &instanceId, const QString &name, const QString &model,
                                quint64 groupId)
{
    PlannedOperation op;
    op.kind = kind;
    op.layer = layer;
    op.instanceId = instanceId;
    op.group = name;
    op.model = model;
    op.groupId = groupId;
    return op;
}

PlannedOperation updateOperation(Layer layer, const QString &instanceId, const QString &name, const QString &model,
                                 quint64 groupId, const FieldDiff &diff)
{
    PlannedOperation op = groupOperation(OpKind::UpdateGroup, layer, instanceId, name, model, groupId);
    op.update = diff.update;
    op.fields = diff.fields;
    return op;
}

PlanBuilder::PlanBuilder(const PlannerInput &input) : m_in(input), m_hopFingerprint(poolKeyFingerprint(input.keys.hop))
{
}

Plan PlanBuilder::reconcile()
{
    index();
    computeDesired();
    planSiteGroupTouchUps();
    for (const QString &model : std::as_const(m_models)) {
        if (m_in.scope.contains(model) || m_extraScope.contains(model))
            planModel(model);
    }
    planL3Deletions(false);
    planL2Deletions(false);
    planSiteGroupRemovals();
    if (m_in.migrateAdminKeys)
        planKeyMigration();
    planProvidersOutOfScope();
    planProviderOps();
    return std::move(m_plan);
}

Plan PlanBuilder::teardown()
{
    index();
    planL3Deletions(true);
    planL2Deletions(true);
    planProviderOps();
    return std::move(m_plan);
}

void PlanBuilder::index()
{
    for (const PlanInstance &i : m_in.instances) {
        m_instances.insert(i.id, &i);
        m_instanceByBaseUrl.insert(trimmedUrl(i.url), i.id);
        if (!m_in.listings.contains(i.id))
            m_plan.unreachableInstances.append(i.id);
    }
    for (auto it = m_in.listings.begin(); it != m_in.listings.end(); ++it) {
        QHash<QString, const GroupInfo *> &byName = m_listed[it.key()];
        byName.reserve(it.value().size());
        for (const GroupInfo &g : it.value()) {
            byName.insert(g.name, &g);
            if (!g.isAggregate() && g.sort == layerSort(Layer::SiteGroup))
                m_siteGroupNames.insert(g.name);
        }
    }
    for (const SiteGroupRecord &sg : m_in.siteGroups) {
        m_siteGroups.insert(sg.id, &sg);
        m_siteGroupNames.insert(sg.name);
    }
    for (const L2Record &r : m_in.l2Groups) {
        m_l2ByName.insert(r.name, &r);
        if (m_in.removedSiteGroups.contains(r.siteGroupId))
            m_extraScope.insert(r.model);
    }
    for (const L3Record &r : m_in.l3Groups)
        m_l3ByName.insert(r.name, &r);
    for (const L3MemberRecord &m : m_in.members)
        m_members.insert(qMakePair(m.l3Id, m.l2Id), &m);
    for (const SiteGroupRecord &sg : m_in.siteGroups) {
        if (m_in.removedSiteGroups.contains(sg.id)) {
            for (const QString &model : sg.models)
                m_extraScope.insert(model);
        }
    }
}

void PlanBuilder::computeDesired()
{
    QStringList order;
    QHash<QString, QList<const SiteGroupRecord *>> candidates;
    for (const SiteGroupRecord &sg : m_in.siteGroups) {
        if (m_in.removedSiteGroups.contains(sg.id))
            continue;
        for (const QString &model : sg.models) {
            if (!channelTypeAcceptsModel(sg.channelType, model))
                continue;  // the stored list is type-filtered; ignore anything that slipped through
            QList<const SiteGroupRecord *> &list = candidates[model];
            if (list.isEmpty())
                order.append(model);
            if (!list.contains(&sg))
                list.append(&sg);
        }
    }

    // Per model the formats serving it, T(M) first (uni-load-behaviour.md §11.3): each gets an L3.
    QStringList withMembers;
    QHash<QString, QList<ChannelType>> formatsByModel;
    for (const QString &model : std::as_const(order)) {
        QList<ChannelType> types;
        for (const SiteGroupRecord *sg : candidates.value(model)) {
            if (!types.contains(sg->channelType))
                types.append(sg->channelType);
        }
        const std::optional<ChannelType> preferred = aggregateChannelType(model, types);
        if (!preferred)
            continue;
        std::sort(types.begin(), types.end());
        types.removeOne(*preferred);
        types.prepend(*preferred);
        formatsByModel.insert(model, types);
        withMembers.append(model);
    }

    // Names: store records own their names; among new models the first one wins (§6.2).
    QHash<QString, QString> l3Owners;
    QHash<QString, QList<const L3Record *>> recordsByModel;
    for (const L3Record &r : m_in.l3Groups) {
        l3Owners.insert(r.name, r.model);
        recordsByModel[r.model].append(&r);
    }
    const ModelGroupAssignment l3Names = assignModelGroupNames(withMembers, l3Owners);
    m_plan.clashes.append(l3Names.clashes);
    QHash<QString, QString> owners = l3Owners;
    for (auto it = l3Names.groupByModel.cbegin(); it != l3Names.groupByModel.cend(); ++it)
        owners.insert(it.value(), it.key());

    QList<ModelChannel> channels;
    for (const QString &model : std::as_const(withMembers)) {
        if (!l3Names.groupByModel.contains(model))
            continue;
        m_models.append(model);
        const QList<ChannelType> formats = formatsByModel.value(model);
        const QMap<ChannelType, QString> names =
            nameModelGroupsByFormat(model, l3Names.groupByModel.value(model), formats, recordsByModel.value(model), owners);
        for (const ChannelType type : formats) {
            L3Slot slot{model, type, names.value(type), {}};
            for (const SiteGroupRecord *sg : candidates.value(model)) {
                if (sg->channelType == type)
                    slot.members.append(sg);
            }
            if (slot.name.isEmpty()) {  // both names it could take belong to other models
                if (m_in.scope.contains(model)) {  // a scoped run reports its own models only
                    QStringList leftOut;
                    for (const SiteGroupRecord *sg : std::as_const(slot.members))
                        leftOut.append(sg->name);
                    const FormatConflict conflict{model, formats.first(), type, leftOut};
                    m_plan.formatConflicts.append(conflict);
                    m_plan.warnings.append(conflict.message());
                }
                continue;
            }
            for (const SiteGroupRecord *sg : std::as_const(slot.members))
                channels.append(ModelChannel{model, sg->name});
            m_desiredL3Names.insert(slot.name);
            m_slotsByModel[model].append(int(m_slots.size()));
            m_slots.append(slot);
        }
    }
    QHash<QString, ModelChannel> l2Owners;
    for (const L2Record &r : m_in.l2Groups)
        l2Owners.insert(r.name, ModelChannel{r.model, siteGroupName(r.siteGroupId)});
    const ModelChannelAssignment l2Names = assignModelChannelGroupNames(channels, l2Owners);
    m_plan.clashes.append(l2Names.clashes);
    QHash<QString, qint64> siteGroupIdByName;
    for (const SiteGroupRecord &sg : m_in.siteGroups)
        siteGroupIdByName.insert(sg.name, sg.id);
    for (const ModelChannelAssignment::Entry &e : l2Names.assigned) {
        const qint64 siteGroupId = siteGroupIdByName.value(e.channel.siteGroup);
        m_l2NameByMember.insert(qMakePair(e.channel.model, siteGroupId), e.groupName);
        m_desiredL2Names.insert(e.groupName);
        if (const SiteGroupRecord *sg = m_siteGroups.value(siteGroupId, nullptr))
            m_desiredL2Types.insert(e.groupName, sg->channelType);
    }
}

const PlanInstance *PlanBuilder::instance(const QString &id) const
{
    return m_instances.value(id, nullptr);
}

bool PlanBuilder::reachable(const QString &id) const
{
    return m_listed.contains(id);
}

const GroupInfo *PlanBuilder::listed(const QString &instanceId, const QString &name) const
{
    const auto it = m_listed.constFind(instanceId);
    return it == m_listed.constEnd() ? nullptr : it->value(name, nullptr);
}

Location PlanBuilder::locate(const QString &name, const QString &recordInstanceId) const
{
    const bool recorded = !recordInstanceId.isEmpty() && instance(recordInstanceId);
    if (recorded && !reachable(recordInstanceId))
        return Location{Where::Unreachable, recordInstanceId, nullptr};
    if (recorded) {
        if (const GroupInfo *g = listed(recordInstanceId, name))
            return Location{Where::Listed, recordInstanceId, g};
    }
    // Not where the store says (or not recorded): it may exist on another reachable instance.
    for (const PlanInstance &i : m_in.instances) {
        if (const GroupInfo *g = listed(i.id, name))
            return Location{Where::Listed, i.id, g};
    }
    if (recorded)
        return Location{Where::Missing, recordInstanceId, nullptr};
    if (!m_in.placementInstanceId.isEmpty() && reachable(m_in.placementInstanceId))
        return Location{Where::Missing, m_in.placementInstanceId, nullptr};
    return Location{Where::Unplaceable, QString(), nullptr};
}

bool PlanBuilder::adoptable(const GroupInfo &group, Layer layer, const QString &model) const
{
    if (group.isAggregate() || group.sort != layerSort(layer) || group.testModel != model)
        return false;
    // The original's two-layer model groups (sort 40 too, upstreams straight at site groups) are
    // listed for deletion, never taken over as an L3: one named like a per-format L3
    // (`<model>-anthropic`) would otherwise become one with raw site-group upstreams.
    return layer != Layer::Aggregate || !isLegacyModelGroup(group, m_in.instances, m_siteGroupNames);
}

QString PlanBuilder::notOursReason(const GroupInfo &group, const QString &instanceId) const
{
    return QStringLiteral("a group named %1 exists on instance %2 that uni-load does not own (sort %3, test model \"%4\")")
        .arg(group.name, instanceId)
        .arg(group.sort)
        .arg(group.testModel);
}

std::optional<UrlOwner> PlanBuilder::urlOwner(const QString &url) const
{
    const std::optional<ProxyUrlParts> parts = splitProxyUrl(url);
    if (!parts || !m_instanceByBaseUrl.contains(parts->base))
        return std::nullopt;
    if (m_desiredL2Names.contains(parts->group))
        return UrlOwner{parts->group, false};
    if (m_l2ByName.contains(parts->group))
        return UrlOwner{parts->group, true};
    return std::nullopt;
}

QString PlanBuilder::siteGroupName(qint64 id) const
{
    const SiteGroupRecord *sg = m_siteGroups.value(id, nullptr);
    return sg ? sg->name : QString();
}

int PlanBuilder::addOp(PlannedOperation op)
{
    op.id = int(m_plan.operations.size());
    m_plan.operations.append(std::move(op));
    return m_plan.operations.last().id;
}

int PlanBuilder::addRecordOp(Layer layer, const QString &instanceId, const QString &group, const QList<RecordPatch> &patches,
                             const QList<int> &dependsOn)
{
    PlannedOperation op = groupOperation(OpKind::RecordStore, layer, instanceId, group);
    op.patches = patches;
    op.dependsOn = dependsOn;
    QStringList parts;
    for (const RecordPatch &p : patches)
        parts.append(p.describe());
    op.detail = parts.join(QStringLiteral("; "));
    return addOp(std::move(op));
}

void PlanBuilder::skip(Layer layer, const QString &group, const QString &model, const QString &instanceId, const QString &reason)
{
    m_plan.skipped.append(SkippedItem{layer, group, model, instanceId, reason});
}

void PlanBuilder::addProvider(const PlannedProvider &provider)
{
    if (m_providerNames.contains(provider.l3Name))
        return;
    m_providerNames.insert(provider.l3Name);
    m_plan.providers.append(provider);
}

void PlanBuilder::planProvidersOutOfScope()
{
    const auto consider = [this](const QString &name, const QString &model, const L3Record *record, ChannelType desired) {
        if (m_providerNames.contains(name))
            return;
        const Location loc = locate(name, record ? record->instanceId : QString());
        PlannedProvider p;
        p.l3Name = name;
        p.model = model;
        p.instanceId = loc.instanceId;
        p.desiredType = desired;
        if (loc.where == Where::Listed && (record || adoptable(*loc.group, Layer::Aggregate, model))) {
            p.existsNow = true;
            p.currentType = loc.group->channel().value_or(desired);
        } else if (loc.where == Where::Unreachable && record && record->groupId != 0) {
            p.existsNow = true;
            p.currentType = record->channelType;
        } else {
            return;
        }
        addProvider(p);
    };
    for (const L3Slot &slot : std::as_const(m_slots))
        consider(slot.name, slot.model, m_l3ByName.value(slot.name, nullptr), slot.type);
    for (const L3Record &r : m_in.l3Groups)
        consider(r.name, r.model, &r, r.channelType);
}

void PlanBuilder::planProviderOps()
{
    if (!m_in.currentProviders) {
        m_plan.providersKnown = false;
        return;
    }
    m_plan.providersKnown = true;
    QHash<QString, const CurrentProvider *> current;
    for (const CurrentProvider &c : *m_in.currentProviders)
        current.insert(c.name, &c);

    QSet<QString> wanted;
    for (const PlannedProvider &p : std::as_const(m_plan.providers)) {
        const bool willExist = (p.existsNow && p.deleteOp < 0) || p.createOp >= 0;
        if (!willExist)
            continue;
        const PlanInstance *inst = instance(p.instanceId);
        if (!inst)
            continue;
        const ChannelType type = p.typeOp >= 0 || !p.existsNow ? p.desiredType : p.currentType;
        const QString name = QStringLiteral("gptload-") + p.l3Name;
        const QString base = trimmedUrl(inst->uniApiBaseUrl.isEmpty() ? inst->url : inst->uniApiBaseUrl);
        const QString baseUrl = base + QStringLiteral("/proxy/") + p.l3Name + uniApiBaseUrlSuffix(type);
        wanted.insert(name);
        const CurrentProvider *c = current.value(name, nullptr);
        QString detail;
        if (!c) {
            detail = QStringLiteral("add: %1").arg(p.model);
        } else if (c->handWritten) {
            m_plan.warnings.append(QStringLiteral("provider %1 is reserved by a hand-written api.yaml entry; it is not written").arg(name));
            continue;
        } else {
            QStringList changed;
            if (trimmedUrl(c->baseUrl) != baseUrl)
                changed.append(QStringLiteral("base_url"));
            if (c->models != QStringList{p.model})
                changed.append(QStringLiteral("model"));
            if (changed.isEmpty())
                continue;
            detail = QStringLiteral("change: %1").arg(changed.join(QStringLiteral(", ")));
        }
        PlannedOperation op;
        op.kind = OpKind::UpsertProvider;
        op.layer = Layer::Aggregate;
        op.instanceId = p.instanceId;
        op.group = name;
        op.model = p.model;
        op.detail = detail;
        addOp(std::move(op));
    }
    for (const CurrentProvider &c : *m_in.currentProviders) {
        if (c.handWritten || wanted.contains(c.name))
            continue;
        PlannedOperation op;
        op.kind = OpKind::RemoveProvider;
        op.layer = Layer::Aggregate;
        op.group = c.name;
        op.detail = QStringLiteral("its layer-3 group is gone");
        addOp(std::move(op));
    }
}

} // namespace planning
} // namespace ul
