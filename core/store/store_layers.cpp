// StateStore: L2 and L3 records and L3 membership with weights.
#include "core/store/sqlutil.h"
#include "core/store/statestore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace ul {

Result<QList<L2Record>> StateStore::l2Groups() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, model, site_group_id, instance_id, group_id, channel_type, pool_key_fp "
                               "FROM l2_groups ORDER BY id")))
        return sqlError(QStringLiteral("listing L2 groups"), q);
    QList<L2Record> out;
    while (q.next()) {
        L2Record r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.model = q.value(2).toString();
        r.siteGroupId = q.value(3).toLongLong();
        r.instanceId = q.value(4).toString();
        r.groupId = q.value(5).toLongLong();
        r.channelType = parseChannelType(q.value(6).toString()).value_or(ChannelType::OpenAI);
        r.poolKeyFingerprint = q.value(7).toString();
        out.append(r);
    }
    return out;
}

Result<L2Record> StateStore::saveL2(L2Record r)
{
    QSqlQuery q(db());
    if (r.id == 0)
        q.prepare(QStringLiteral("INSERT INTO l2_groups (name, model, site_group_id, instance_id, group_id, channel_type, pool_key_fp) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("UPDATE l2_groups SET name = ?, model = ?, site_group_id = ?, instance_id = ?, "
                                 "group_id = ?, channel_type = ?, pool_key_fp = ? WHERE id = ?"));
    q.addBindValue(r.name);
    q.addBindValue(r.model);
    q.addBindValue(r.siteGroupId);
    q.addBindValue(r.instanceId);
    q.addBindValue(r.groupId);
    q.addBindValue(channelTypeName(r.channelType));
    q.addBindValue(r.poolKeyFingerprint);
    if (r.id != 0)
        q.addBindValue(r.id);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("saving L2 group ") + r.name, q);
    if (r.id == 0)
        r.id = q.lastInsertId().toLongLong();
    return r;
}

Status StateStore::deleteL2(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM l2_groups WHERE id = ?"));
    q.addBindValue(id);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("deleting an L2 group"), q);
    return {};
}

Result<QList<L3Record>> StateStore::l3Groups() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, model, instance_id, group_id, channel_type, no_healthy_member, pool_key_fp "
                               "FROM l3_groups ORDER BY id")))
        return sqlError(QStringLiteral("listing L3 groups"), q);
    QList<L3Record> out;
    while (q.next()) {
        L3Record r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.model = q.value(2).toString();
        r.instanceId = q.value(3).toString();
        r.groupId = q.value(4).toLongLong();
        r.channelType = parseChannelType(q.value(5).toString()).value_or(ChannelType::OpenAI);
        r.noHealthyMember = q.value(6).toBool();
        r.poolKeyFingerprint = q.value(7).toString();
        out.append(r);
    }
    return out;
}

Result<L3Record> StateStore::saveL3(L3Record r)
{
    QSqlQuery q(db());
    if (r.id == 0)
        q.prepare(QStringLiteral("INSERT INTO l3_groups (name, model, instance_id, group_id, channel_type, no_healthy_member, pool_key_fp) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("UPDATE l3_groups SET name = ?, model = ?, instance_id = ?, group_id = ?, "
                                 "channel_type = ?, no_healthy_member = ?, pool_key_fp = ? WHERE id = ?"));
    q.addBindValue(r.name);
    q.addBindValue(r.model);
    q.addBindValue(r.instanceId);
    q.addBindValue(r.groupId);
    q.addBindValue(channelTypeName(r.channelType));
    q.addBindValue(r.noHealthyMember);
    q.addBindValue(r.poolKeyFingerprint);
    if (r.id != 0)
        q.addBindValue(r.id);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("saving L3 group ") + r.name, q);
    if (r.id == 0)
        r.id = q.lastInsertId().toLongLong();
    return r;
}

Status StateStore::deleteL3(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM l3_groups WHERE id = ?"));
    q.addBindValue(id);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("deleting an L3 group"), q);
    return {};
}

Result<QList<L3MemberRecord>> StateStore::l3Members() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT l3_id, l2_id, weight, weight_source, state FROM l3_members")))
        return sqlError(QStringLiteral("listing L3 members"), q);
    QList<L3MemberRecord> out;
    while (q.next()) {
        L3MemberRecord m;
        m.l3Id = q.value(0).toLongLong();
        m.l2Id = q.value(1).toLongLong();
        m.weight = q.value(2).toInt();
        m.weightSource = q.value(3).toString();
        m.state = parseChannelState(q.value(4).toString());
        out.append(m);
    }
    return out;
}

Status StateStore::saveL3Member(const L3MemberRecord &m)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO l3_members (l3_id, l2_id, weight, weight_source, state) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT(l3_id, l2_id) DO UPDATE SET weight = excluded.weight, "
                             "weight_source = excluded.weight_source, state = excluded.state"));
    q.addBindValue(m.l3Id);
    q.addBindValue(m.l2Id);
    q.addBindValue(m.weight);
    q.addBindValue(m.weightSource.isEmpty() ? QStringLiteral("default") : m.weightSource);
    q.addBindValue(channelStateName(m.state));
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("saving an L3 member"), q);
    return {};
}

Status StateStore::saveL3Members(const QList<L3MemberRecord> &members)
{
    return transaction([&]() -> Status {
        for (const L3MemberRecord &m : members) {
            if (Status s = saveL3Member(m); !s.ok())
                return s;
        }
        return {};
    });
}

Status StateStore::deleteL3Member(qint64 l3Id, qint64 l2Id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM l3_members WHERE l3_id = ? AND l2_id = ?"));
    q.addBindValue(l3Id);
    q.addBindValue(l2Id);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("deleting an L3 member"), q);
    return {};
}

} // namespace ul
