#include "tests/layers/plannerworld.h"

#include "core/layers/apiyamlpublisher.h"
#include "core/layers/planner.h"

#include <QJsonArray>

namespace ul::test {

namespace {
QJsonArray upstreamJson(const QList<PlannedUpstream> &upstreams)
{
    QJsonArray a;
    for (const PlannedUpstream &u : upstreams)
        a.append(u.upstream.toJson());
    return a;
}
} // namespace

PlannerWorld::PlannerWorld()
{
    state.keys = ProxyKeys{kHop, kGateway};
    state.settings = LayerSettingsSet::defaults();
    state.currentProviders = QList<CurrentProvider>();
}

PlanInstance &PlannerWorld::addInstance(const QString &id, int priority, bool reachable)
{
    PlanInstance i;
    i.id = id;
    i.name = id;
    i.url = QStringLiteral("http://%1:3001").arg(id);
    i.uniApiBaseUrl = QStringLiteral("http://%1-uni:3001").arg(id);
    i.priority = priority;
    i.healthy = reachable;
    state.instances.append(i);
    std::sort(state.instances.begin(), state.instances.end(),
              [](const PlanInstance &a, const PlanInstance &b) { return a.priority < b.priority; });
    state.listings.insert(id, {});
    if (!reachable)
        setReachable(id, false);
    for (PlanInstance &p : state.instances) {
        if (p.id == id)
            return p;
    }
    return state.instances.last();
}

void PlannerWorld::setReachable(const QString &id, bool reachable)
{
    for (PlanInstance &p : state.instances) {
        if (p.id == id)
            p.healthy = reachable;
    }
    if (reachable && hiddenListings.contains(id))
        state.listings.insert(id, hiddenListings.take(id));
    else if (!reachable && state.listings.contains(id))
        hiddenListings.insert(id, state.listings.take(id));
}

SiteGroupRecord &PlannerWorld::addSiteGroup(const QString &name, ChannelType type, const QString &instanceId,
                                            const QStringList &models, bool listed)
{
    SiteGroupRecord sg;
    sg.id = m_nextRecordId++;
    sg.siteId = sg.id;
    sg.name = name;
    sg.channelType = type;
    sg.instanceId = instanceId;
    sg.models = models;
    sg.rawModels = models;
    state.siteGroups.append(sg);
    if (listed) {
        const QJsonObject body{{QStringLiteral("name"), name},
                               {QStringLiteral("channel_type"), channelTypeName(type)},
                               {QStringLiteral("sort"), 20},
                               {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("https://%1.example").arg(name)},
                                                                                    {QStringLiteral("weight"), 1}}}},
                               {QStringLiteral("test_model"), models.value(0)},
                               {QStringLiteral("proxy_keys"), kHop},
                               {QStringLiteral("config"), state.settings.l1.config()}};
        GroupInfo &g = addListedGroup(instanceId, body);
        state.siteGroups.last().groupId = qint64(g.id);
    }
    return state.siteGroups.last();
}

SiteGroupRecord *PlannerWorld::siteGroup(const QString &name)
{
    for (SiteGroupRecord &sg : state.siteGroups) {
        if (sg.name == name)
            return &sg;
    }
    return nullptr;
}

void PlannerWorld::removeSiteGroupRecord(const QString &name)
{
    const SiteGroupRecord *sg = siteGroup(name);
    if (!sg)
        return;
    const qint64 id = sg->id;
    QSet<qint64> l2Ids;
    for (const L2Record &r : state.l2Groups) {
        if (r.siteGroupId == id)
            l2Ids.insert(r.id);
    }
    state.l2Groups.removeIf([id](const L2Record &r) { return r.siteGroupId == id; });
    state.members.removeIf([&](const L3MemberRecord &m) { return l2Ids.contains(m.l2Id); });
    state.siteGroups.removeIf([id](const SiteGroupRecord &g) { return g.id == id; });
}

GroupInfo *PlannerWorld::listedGroup(const QString &name, QString *instanceId)
{
    for (auto *listings : {&state.listings, &hiddenListings}) {
        for (auto it = listings->begin(); it != listings->end(); ++it) {
            for (GroupInfo &g : it.value()) {
                if (g.name == name) {
                    if (instanceId)
                        *instanceId = it.key();
                    return &g;
                }
            }
        }
    }
    return nullptr;
}

GroupInfo &PlannerWorld::addListedGroup(const QString &instanceId, const QJsonObject &body)
{
    QJsonObject o = body;
    o.insert(QStringLiteral("id"), m_nextGroupId++);
    QList<GroupInfo> &list = state.listings.contains(instanceId) ? state.listings[instanceId] : hiddenListings[instanceId];
    list.append(GroupInfo::fromJson(o).value());
    return list.last();
}

void PlannerWorld::setUpstreamWeight(const QString &l3Name, const QString &l2Name, int weight)
{
    GroupInfo *g = listedGroup(l3Name);
    if (!g)
        return;
    QJsonObject raw = g->raw;
    QJsonArray ups;
    for (const Upstream &u : g->upstreams)
        ups.append(Upstream{u.url, u.url.endsWith(QStringLiteral("/proxy/") + l2Name) ? weight : u.weight}.toJson());
    raw.insert(QStringLiteral("upstreams"), ups);
    *g = GroupInfo::fromJson(raw).value();
}

L3MemberRecord *PlannerWorld::member(const QString &l3Name, const QString &l2Name)
{
    const L3Record *a = l3(l3Name);
    const L2Record *b = l2(l2Name);
    if (!a || !b)
        return nullptr;
    for (L3MemberRecord &m : state.members) {
        if (m.l3Id == a->id && m.l2Id == b->id)
            return &m;
    }
    return nullptr;
}

L2Record *PlannerWorld::l2(const QString &name)
{
    for (L2Record &r : state.l2Groups) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

L3Record *PlannerWorld::l3(const QString &name)
{
    for (L3Record &r : state.l3Groups) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

PlannerInput PlannerWorld::input() const
{
    PlannerInput in = state;
    in.placementInstanceId = choosePlacementInstance(in.instances, in.listings);
    return in;
}

Plan PlannerWorld::plan() const
{
    return planReconcile(input());
}

void PlannerWorld::apply(const Plan &plan)
{
    QHash<int, quint64> produced;
    for (const PlannedOperation &op : plan.operations) {
        quint64 groupId = op.groupId;
        if (groupId == 0 && op.groupCreatedBy >= 0)
            groupId = produced.value(op.groupCreatedBy);
        switch (op.kind) {
        case OpKind::CreateGroup: {
            QJsonObject body = op.create.toJson();
            body.insert(QStringLiteral("upstreams"), upstreamJson(op.upstreams));
            groupId = addListedGroup(op.instanceId, body).id;
            produced.insert(op.id, groupId);
            break;
        }
        case OpKind::UpdateGroup: {
            GroupInfo *g = listedGroup(op.group);
            QJsonObject raw = g->raw;
            const QJsonObject fields = op.update.toJson();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                raw.insert(it.key(), it.value());
            if (op.setsUpstreams)
                raw.insert(QStringLiteral("upstreams"), upstreamJson(op.upstreams));
            *g = GroupInfo::fromJson(raw).value();
            break;
        }
        case OpKind::DeleteGroup:
            for (QList<GroupInfo> &list : state.listings)
                list.removeIf([&](const GroupInfo &g) { return g.name == op.group; });
            break;
        default: break;
        }
        for (const RecordPatch &p : op.patches) {
            using Kind = RecordPatch::Kind;
            switch (p.kind) {
            case Kind::UpsertL2: {
                L2Record r = p.l2;
                if (r.groupId == 0)
                    r.groupId = qint64(groupId);
                if (L2Record *existing = l2(r.name)) {
                    r.id = existing->id;
                    *existing = r;
                } else {
                    r.id = m_nextRecordId++;
                    state.l2Groups.append(r);
                }
                break;
            }
            case Kind::UpsertL3: {
                L3Record r = p.l3;
                if (r.groupId == 0)
                    r.groupId = qint64(groupId);
                if (L3Record *existing = l3(r.name)) {
                    r.id = existing->id;
                    *existing = r;
                } else {
                    r.id = m_nextRecordId++;
                    state.l3Groups.append(r);
                }
                break;
            }
            case Kind::SetPoolKey:
                if (p.layer == Layer::Aggregate && l3(p.name))
                    l3(p.name)->poolKeyFingerprint = p.fingerprint;
                if (p.layer == Layer::ModelChannel && l2(p.name))
                    l2(p.name)->poolKeyFingerprint = p.fingerprint;
                break;
            case Kind::RemoveL2:
                if (const L2Record *r = l2(p.name)) {
                    const qint64 id = r->id;
                    state.members.removeIf([id](const L3MemberRecord &m) { return m.l2Id == id; });
                    state.l2Groups.removeIf([id](const L2Record &x) { return x.id == id; });
                }
                break;
            case Kind::RemoveL3:
                if (const L3Record *r = l3(p.name)) {
                    const qint64 id = r->id;
                    state.members.removeIf([id](const L3MemberRecord &m) { return m.l3Id == id; });
                    state.l3Groups.removeIf([id](const L3Record &x) { return x.id == id; });
                }
                break;
            case Kind::UpsertMember: {
                const L3Record *a = l3(p.name);
                const L2Record *b = l2(p.member.l2Name);
                if (!a || !b)
                    break;
                L3MemberRecord m{a->id, b->id, p.member.weight, p.member.weightSource, p.member.state};
                if (L3MemberRecord *existing = member(p.name, p.member.l2Name))
                    *existing = m;
                else
                    state.members.append(m);
                break;
            }
            case Kind::RemoveMember: {
                const L3Record *a = l3(p.name);
                const L2Record *b = l2(p.member.l2Name);
                if (a && b)
                    state.members.removeIf([&](const L3MemberRecord &m) { return m.l3Id == a->id && m.l2Id == b->id; });
                break;
            }
            case Kind::SetNoHealthyMember:
                if (L3Record *r = l3(p.name))
                    r->noHealthyMember = p.flag;
                break;
            case Kind::RemoveSiteGroup: removeSiteGroupRecord(p.name); break;
            }
        }
    }
    QList<CurrentProvider> providers;
    for (const uniapi::ManagedProvider &p : providersAfterRun(plan, nullptr, state.instances, state.keys.gateway)) {
        CurrentProvider c;
        c.name = p.providerName();
        c.baseUrl = p.baseUrl();
        for (const uniapi::ManagedModel &m : p.models)
            c.models.append(m.upstreamName);
        providers.append(c);
    }
    state.currentProviders = providers;
    state.removedSiteGroups.clear();
}

int PlannerWorld::converge(int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        const Plan p = plan();
        if (p.isEmpty())
            return i;
        apply(p);
    }
    return rounds;
}

QStringList opSignatures(const Plan &plan, bool withRecords)
{
    QStringList out;
    for (const PlannedOperation &op : plan.operations) {
        if (!withRecords && op.kind == OpKind::RecordStore)
            continue;
        out.append(opKindName(op.kind) + QLatin1Char(' ') + op.group);
    }
    return out;
}

const PlannedOperation *findOp(const Plan &plan, OpKind kind, const QString &group)
{
    for (const PlannedOperation &op : plan.operations) {
        if (op.kind == kind && op.group == group)
            return &op;
    }
    return nullptr;
}

} // namespace ul::test
