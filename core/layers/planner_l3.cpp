// Layer planner: model groups (L3), their deletion, and the adoption key migration.
#include "core/layers/grouppayloads.h"
#include "core/layers/planner_p.h"

namespace ul::planning {

namespace {
bool isFixedWeightSource(const QString &source)
{
    return source == QLatin1String("operator") || source == QLatin1String("optimizer");
}

QString upstreamChangeSummary(const QList<Upstream> &before, const QList<Upstream> &after)
{
    int added = 0;
    int removed = 0;
    int reweighted = 0;
    for (const Upstream &a : after) {
        bool found = false;
        for (const Upstream &b : before) {
            if (sameUpstreamUrl(a.url, b.url)) {
                found = true;
                reweighted += a.weight != b.weight ? 1 : 0;
                break;
            }
        }
        added += found ? 0 : 1;
    }
    for (const Upstream &b : before) {
        bool found = false;
        for (const Upstream &a : after)
            found = found || sameUpstreamUrl(a.url, b.url);
        removed += found ? 0 : 1;
    }
    QStringList parts;
    if (added)
        parts.append(QStringLiteral("+%1").arg(added));
    if (removed)
        parts.append(QStringLiteral("-%1").arg(removed));
    if (reweighted)
        parts.append(QStringLiteral("%1 reweighted").arg(reweighted));
    return QStringLiteral("upstreams %1 (%2 → %3)").arg(parts.join(QLatin1Char(' '))).arg(before.size()).arg(after.size());
}
} // namespace

void PlanBuilder::planModel(const QString &model)
{
    for (const int index : m_slotsByModel.value(model))
        planSlot(m_slots.at(index));
}

void PlanBuilder::planSlot(const L3Slot &slot)
{
    const QString &model = slot.model;
    const L3Record *record = m_l3ByName.value(slot.name, nullptr);
    const Location loc = locate(slot.name, record ? record->instanceId : QString());

    // A foreign group holds the L3 name: creating L2 groups for the model would be pointless.
    if (loc.where == Where::Listed && !record && !adoptable(*loc.group, Layer::Aggregate, model)) {
        skip(Layer::Aggregate, slot.name, model, loc.instanceId, notOursReason(*loc.group, loc.instanceId));
        m_uncheckedL3Models.insert(model);
        return;
    }

    QList<L2Plan> plans;
    for (const SiteGroupRecord *sg : slot.members) {
        const QString l2Name = m_l2NameByMember.value(qMakePair(model, sg->id));
        if (l2Name.isEmpty())
            continue;  // name clash, reported
        plans.append(planL2(model, *sg, l2Name));
    }
    planL3(slot, loc, plans);
}

void PlanBuilder::planL3(const L3Slot &slot, const Location &loc, const QList<L2Plan> &plans)
{
    const QString &name = slot.name;
    const QString &model = slot.model;
    const ChannelType type = slot.type;
    const L3Record *record = m_l3ByName.value(name, nullptr);

    if (loc.where == Where::Unplaceable) {
        skip(Layer::Aggregate, name, model, QString(), QStringLiteral("no healthy instance to create it on"));
        m_uncheckedL3Models.insert(model);
        return;
    }
    if (loc.where == Where::Unreachable) {
        skip(Layer::Aggregate, name, model, loc.instanceId, QStringLiteral("instance %1 is unreachable; not checked").arg(loc.instanceId));
        m_uncheckedL3Models.insert(model);
        PlannedProvider provider;
        provider.l3Name = name;
        provider.model = model;
        provider.instanceId = loc.instanceId;
        provider.currentType = record ? record->channelType : type;
        provider.desiredType = type;
        provider.existsNow = record && record->groupId != 0;
        addProvider(provider);
        return;
    }

    QList<MergeMember> members;
    for (const L2Plan &p : plans) {
        if (p.state == L2State::Skipped)
            continue;
        const L3MemberRecord *m = record && p.record ? m_members.value(qMakePair(record->id, p.record->id), nullptr) : nullptr;
        MergeMember mm;
        mm.l2Name = p.name;
        mm.url = p.url;
        mm.active = p.siteGroup->state == ChannelState::Active && (!m || m->state == ChannelState::Active);
        mm.canAdd = p.state == L2State::Exists || p.state == L2State::Created
                    || (p.state == L2State::Unknown && p.record && p.record->groupId != 0);
        mm.keepAsIs = p.keepAsIs;
        mm.createdBy = p.createOp;
        if (m && isFixedWeightSource(m->weightSource))
            mm.fixedWeight = m->weight;
        else if (m)
            mm.storedWeight = m->weight;
        members.append(mm);
    }
    // Our L2 of another format in this L3's list (left from a format change) would get requests
    // in the wrong format: it goes, even though it stays wanted in its own format's L3.
    const auto ownerOf = [this, type](const QString &url) {
        std::optional<UrlOwner> owner = urlOwner(url);
        if (owner && !owner->obsolete && m_desiredL2Types.value(owner->l2Name, type) != type)
            owner->obsolete = true;
        return owner;
    };
    const QList<Upstream> existing = loc.where == Where::Listed ? loc.group->upstreams : QList<Upstream>();
    const MergeResult merge = mergeL3Upstreams(existing, members, ownerOf);
    if (merge.raisedZeroWeight)
        m_plan.warnings.append(QStringLiteral("%1: every upstream had weight 0; the first member gets weight 1").arg(name));

    // Member records follow what gpt-load will have: weights adopted from gpt-load (or kept from
    // the store) for active members.
    QList<RecordPatch> memberPatches;
    QHash<QString, const L2Plan *> planByName;
    for (const L2Plan &p : plans)
        planByName.insert(p.name, &p);
    for (auto it = merge.memberWeights.begin(); it != merge.memberWeights.end(); ++it) {
        const L2Plan *p = planByName.value(it.key(), nullptr);
        const L3MemberRecord *m = record && p && p->record ? m_members.value(qMakePair(record->id, p->record->id), nullptr) : nullptr;
        if (m && m->weight == it.value() && m->state == ChannelState::Active)
            continue;
        RecordPatch::Member member;
        member.l2Name = it.key();
        member.weight = it.value();
        member.weightSource = m ? m->weightSource : QStringLiteral("default");
        member.state = ChannelState::Active;
        memberPatches.append(RecordPatch::upsertMember(name, member));
    }
    // Stable order for deterministic plans.
    std::sort(memberPatches.begin(), memberPatches.end(),
              [](const RecordPatch &a, const RecordPatch &b) { return a.member.l2Name < b.member.l2Name; });

    PlannedProvider provider;
    provider.l3Name = name;
    provider.model = model;
    provider.instanceId = loc.instanceId;
    provider.desiredType = type;

    if (loc.where == Where::Missing) {
        if (merge.upstreams.isEmpty()) {
            skip(Layer::Aggregate, name, model, loc.instanceId, QStringLiteral("no model-channel group is available yet"));
            return;
        }
        L3Record newRecord = record ? *record : L3Record();
        newRecord.name = name;
        newRecord.model = model;
        newRecord.instanceId = loc.instanceId;
        newRecord.groupId = 0;
        newRecord.channelType = type;
        newRecord.noHealthyMember = merge.noHealthyMember;
        newRecord.poolKeyFingerprint.clear();

        PlannedOperation op = groupOperation(OpKind::CreateGroup, Layer::Aggregate, loc.instanceId, name, model);
        op.create = modelGroupPayload(name, model, type, m_in.settings.l3, m_in.keys.gateway);
        op.upstreams = merge.upstreams;
        op.create.upstreams = merge.plainUpstreams();
        for (const PlannedUpstream &u : merge.upstreams) {
            if (u.createdBy >= 0 && !op.awaits.contains(u.createdBy))
                op.awaits.append(u.createdBy);
        }
        op.detail = QStringLiteral("%1 (%2) with %3 upstream(s)").arg(model, channelTypeName(type)).arg(merge.upstreams.size());
        op.patches = {RecordPatch::upsertL3(newRecord)};
        op.patches.append(memberPatches);
        const int create = addOp(std::move(op));
        provider.createOp = create;
        addProvider(provider);
        const int upload = planPoolKey(Layer::Aggregate, name, loc.instanceId, 0, create, QString());
        m_poolGroups.append(PoolGroup{Layer::Aggregate, name, loc.instanceId, 0, create, upload});
        return;
    }

    const GroupInfo &group = *loc.group;
    provider.existsNow = true;
    provider.currentType = group.channel().value_or(type);

    if (!record || record->instanceId != loc.instanceId || record->groupId != qint64(group.id) || record->model != model) {
        L3Record adopted = record ? *record : L3Record();
        adopted.name = name;
        adopted.model = model;
        adopted.instanceId = loc.instanceId;
        adopted.groupId = qint64(group.id);
        adopted.channelType = provider.currentType;
        addRecordOp(Layer::Aggregate, loc.instanceId, name, {RecordPatch::upsertL3(adopted)});
    }

    ManagedFields wanted;
    wanted.channelType = type;
    wanted.testModel = model;
    wanted.validationEndpoint = QString();
    wanted.sort = layerSort(Layer::Aggregate);
    wanted.config = m_in.settings.l3.config();
    wanted.requiredProxyKey = m_in.keys.gateway;
    const FieldDiff diff = diffManagedFields(group, wanted);

    const bool keepUpstreams = merge.upstreams.isEmpty();
    if (keepUpstreams) {
        skip(Layer::Aggregate, name, model, loc.instanceId, QStringLiteral("no member can be an upstream; upstreams left as they are"));
        m_uncheckedL3Models.insert(model);  // its list may still name L2 groups we would delete
    }
    const bool upstreamsChanged = !keepUpstreams && merge.plainUpstreams() != group.upstreams;

    QList<RecordPatch> patches = memberPatches;
    const bool flagBefore = record ? record->noHealthyMember : false;
    if (!keepUpstreams && flagBefore != merge.noHealthyMember)
        patches.append(RecordPatch::setNoHealthyMember(name, merge.noHealthyMember));
    if (merge.noHealthyMember && !keepUpstreams)
        m_plan.warnings.append(QStringLiteral("%1 has no healthy member").arg(name));

    if (upstreamsChanged || !diff.isEmpty()) {
        PlannedOperation op = updateOperation(Layer::Aggregate, loc.instanceId, name, model, group.id, diff);
        QStringList details;
        if (upstreamsChanged) {
            op.setsUpstreams = true;
            op.upstreams = merge.upstreams;
            op.currentUpstreams = group.upstreams;
            op.fields.prepend(QStringLiteral("upstreams"));
            details.append(upstreamChangeSummary(group.upstreams, merge.plainUpstreams()));
            for (const PlannedUpstream &u : merge.upstreams) {
                if (u.createdBy >= 0 && !op.awaits.contains(u.createdBy))
                    op.awaits.append(u.createdBy);
            }
        }
        if (!diff.isEmpty())
            details.append(QStringLiteral("set %1").arg(diff.fields.join(QStringLiteral(", "))));
        if (diff.fields.contains(QStringLiteral("channel_type"))) {
            details.append(QStringLiteral("channel type %1 → %2").arg(group.channelType, channelTypeName(type)));
            L3Record typed = record ? *record : L3Record();
            typed.name = name;
            typed.model = model;
            typed.instanceId = loc.instanceId;
            typed.groupId = qint64(group.id);
            typed.channelType = type;
            typed.noHealthyMember = merge.noHealthyMember;
            patches.prepend(RecordPatch::upsertL3(typed));
        }
        op.detail = details.join(QStringLiteral("; "));
        op.patches = patches;
        const int id = addOp(std::move(op));
        if (diff.fields.contains(QStringLiteral("channel_type")))
            provider.typeOp = id;
        if (upstreamsChanged) {
            for (const QString &removed : merge.removedL2s)
                m_opsRemovingL2[removed].append(id);
        }
    } else if (!patches.isEmpty()) {
        addRecordOp(Layer::Aggregate, loc.instanceId, name, patches);
    }
    addProvider(provider);

    const int upload = planPoolKey(Layer::Aggregate, name, loc.instanceId, group.id, -1, record ? record->poolKeyFingerprint : QString());
    m_poolGroups.append(PoolGroup{Layer::Aggregate, name, loc.instanceId, group.id, -1, upload});
}

void PlanBuilder::planL3Deletions(bool teardown)
{
    for (const L3Record &r : m_in.l3Groups) {
        if (!teardown) {
            if (m_desiredL3Names.contains(r.name))
                continue;
            if (!m_in.scope.contains(r.model) && !m_extraScope.contains(r.model))
                continue;
        }
        PlannedProvider provider;
        provider.l3Name = r.name;
        provider.model = r.model;
        provider.instanceId = r.instanceId;
        provider.currentType = r.channelType;
        provider.desiredType = r.channelType;

        if (instance(r.instanceId) && !reachable(r.instanceId)) {
            skip(Layer::Aggregate, r.name, r.model, r.instanceId,
                 QStringLiteral("deletion deferred: instance %1 is unreachable").arg(r.instanceId));
            m_uncheckedL3Models.insert(r.model);
            provider.existsNow = r.groupId != 0;
            addProvider(provider);
            continue;
        }
        const GroupInfo *group = instance(r.instanceId) ? listed(r.instanceId, r.name) : nullptr;
        if (!group) {
            addRecordOp(Layer::Aggregate, r.instanceId, r.name, {RecordPatch::removeL3(r.name)});
            continue;
        }
        PlannedOperation op = groupOperation(OpKind::DeleteGroup, Layer::Aggregate, r.instanceId, r.name, r.model, group->id);
        op.detail = teardown ? QStringLiteral("maintenance: delete every managed model group")
                             : QStringLiteral("no member left for %1").arg(r.model);
        op.patches = {RecordPatch::removeL3(r.name)};
        const int id = addOp(std::move(op));
        for (const Upstream &u : group->upstreams) {
            if (const std::optional<ProxyUrlParts> parts = splitProxyUrl(u.url))
                m_opsRemovingL2[parts->group].append(id);
        }
        provider.existsNow = true;
        provider.deleteOp = id;
        addProvider(provider);
    }
}

void PlanBuilder::planKeyMigration()
{
    if (m_in.adminTokens.isEmpty())
        return;
    QList<SecretText> tokens;
    for (const QString &t : m_in.adminTokens) {
        if (!t.isEmpty() && t != m_in.keys.hop && t != m_in.keys.gateway)
            tokens.append(SecretText(t));
    }
    if (tokens.isEmpty())
        return;
    for (const PoolGroup &g : std::as_const(m_poolGroups)) {
        PlannedOperation op = groupOperation(OpKind::DeletePoolKey, g.layer, g.instanceId, g.name, QString(), g.groupId);
        op.groupCreatedBy = g.createOp;
        if (g.uploadOp >= 0)
            op.dependsOn.append(g.uploadOp);
        else if (g.createOp >= 0)
            op.dependsOn.append(g.createOp);
        op.keys = tokens;
        op.detail = QStringLiteral("remove the admin key from the pool (key migration)");
        addOp(std::move(op));
    }
}

} // namespace ul::planning
