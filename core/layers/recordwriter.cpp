#include "core/layers/recordwriter.h"

#include "core/log/categories.h"
#include "core/store/statestore.h"

namespace ul {

RecordWriter::RecordWriter(StateStore *store) : m_store(store)
{
}

Status RecordWriter::load()
{
    m_l2.clear();
    m_l3.clear();
    m_siteGroups.clear();
    Result<QList<L2Record>> l2 = m_store->l2Groups();
    if (!l2.ok())
        return l2.error();
    for (const L2Record &r : l2.value())
        m_l2.insert(r.name, r);
    Result<QList<L3Record>> l3 = m_store->l3Groups();
    if (!l3.ok())
        return l3.error();
    for (const L3Record &r : l3.value())
        m_l3.insert(r.name, r);
    Result<QList<SiteGroupRecord>> groups = m_store->siteGroups();
    if (!groups.ok())
        return groups.error();
    for (const SiteGroupRecord &g : groups.value())
        m_siteGroups.insert(g.name, g);
    return {};
}

Status RecordWriter::upsertL2(L2Record record, quint64 producedGroupId)
{
    const auto it = m_l2.constFind(record.name);
    record.id = it == m_l2.constEnd() ? 0 : it->id;
    if (record.groupId == 0)
        record.groupId = qint64(producedGroupId);
    Result<L2Record> saved = m_store->saveL2(record);
    if (!saved.ok())
        return saved.error();
    m_l2.insert(saved->name, saved.value());
    return {};
}

Status RecordWriter::upsertL3(L3Record record, quint64 producedGroupId)
{
    const auto it = m_l3.constFind(record.name);
    record.id = it == m_l3.constEnd() ? 0 : it->id;
    if (record.groupId == 0)
        record.groupId = qint64(producedGroupId);
    Result<L3Record> saved = m_store->saveL3(record);
    if (!saved.ok())
        return saved.error();
    m_l3.insert(saved->name, saved.value());
    return {};
}

Status RecordWriter::removeSiteGroup(const QString &name)
{
    const auto it = m_siteGroups.constFind(name);
    if (it == m_siteGroups.constEnd())
        return {};
    const qint64 siteId = it->siteId;
    const qint64 id = it->id;
    if (Status s = m_store->deleteSiteGroup(id); !s.ok())
        return s;
    m_siteGroups.remove(name);
    // The store cascades to the site group's L2 records; drop them from the index too.
    m_l2.removeIf([id](const QHash<QString, L2Record>::iterator &e) { return e->siteGroupId == id; });
    bool siteHasOthers = false;
    for (const SiteGroupRecord &g : std::as_const(m_siteGroups))
        siteHasOthers = siteHasOthers || g.siteId == siteId;
    if (!siteHasOthers)
        return m_store->deleteSite(siteId);
    return {};
}

Status RecordWriter::apply(const RecordPatch &patch, quint64 producedGroupId)
{
    using Kind = RecordPatch::Kind;
    switch (patch.kind) {
    case Kind::UpsertL2: return upsertL2(patch.l2, producedGroupId);
    case Kind::UpsertL3: return upsertL3(patch.l3, producedGroupId);
    case Kind::SetPoolKey:
        if (patch.layer == Layer::Aggregate) {
            if (!m_l3.contains(patch.name))
                return {};
            L3Record r = m_l3.value(patch.name);
            r.poolKeyFingerprint = patch.fingerprint;
            return upsertL3(r, 0);
        } else {
            if (!m_l2.contains(patch.name))
                return {};
            L2Record r = m_l2.value(patch.name);
            r.poolKeyFingerprint = patch.fingerprint;
            return upsertL2(r, 0);
        }
    case Kind::RemoveL2: {
        const auto it = m_l2.constFind(patch.name);
        if (it == m_l2.constEnd())
            return {};
        if (Status s = m_store->deleteL2(it->id); !s.ok())
            return s;
        m_l2.remove(patch.name);
        return {};
    }
    case Kind::RemoveL3: {
        const auto it = m_l3.constFind(patch.name);
        if (it == m_l3.constEnd())
            return {};
        if (Status s = m_store->deleteL3(it->id); !s.ok())
            return s;
        m_l3.remove(patch.name);
        return {};
    }
    case Kind::UpsertMember:
    case Kind::RemoveMember: {
        const auto l3 = m_l3.constFind(patch.name);
        const auto l2 = m_l2.constFind(patch.member.l2Name);
        if (l3 == m_l3.constEnd() || l2 == m_l2.constEnd()) {
            qCDebug(lcLayers).noquote() << "member" << patch.member.l2Name << "of" << patch.name << "not recorded: a group is unknown";
            return {};
        }
        if (patch.kind == Kind::RemoveMember)
            return m_store->deleteL3Member(l3->id, l2->id);
        L3MemberRecord m;
        m.l3Id = l3->id;
        m.l2Id = l2->id;
        m.weight = patch.member.weight;
        m.weightSource = patch.member.weightSource;
        m.state = patch.member.state;
        return m_store->saveL3Member(m);
    }
    case Kind::SetNoHealthyMember: {
        if (!m_l3.contains(patch.name))
            return {};
        L3Record r = m_l3.value(patch.name);
        r.noHealthyMember = patch.flag;
        return upsertL3(r, 0);
    }
    case Kind::RemoveSiteGroup: return removeSiteGroup(patch.name);
    }
    return {};
}

} // namespace ul
