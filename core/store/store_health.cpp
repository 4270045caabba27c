// StateStore: channel health counters and health history.
#include "core/store/sqlutil.h"
#include "core/store/statestore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace ul {

Result<QList<ChannelHealthRecord>> StateStore::channelHealth() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT site_group_id, failures, last_verdict, last_detail, last_check, recovery_streak, "
                               "next_recovery_probe, recovery_backoff_secs, recovery_failures FROM channel_health")))
        return sqlError(QStringLiteral("listing channel health"), q);
    QList<ChannelHealthRecord> out;
    while (q.next()) {
        ChannelHealthRecord r;
        r.siteGroupId = q.value(0).toLongLong();
        r.failures = q.value(1).toInt();
        r.lastVerdict = q.value(2).toString();
        r.lastDetail = q.value(3).toString();
        r.lastCheck = sql::parseTime(q.value(4));
        r.recoveryStreak = q.value(5).toInt();
        r.nextRecoveryProbe = sql::parseTime(q.value(6));
        r.recoveryBackoffSecs = q.value(7).toInt();
        r.recoveryFailures = q.value(8).toInt();
        out.append(r);
    }
    return out;
}

Status StateStore::saveChannelHealth(const ChannelHealthRecord &r)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO channel_health (site_group_id, failures, last_verdict, last_detail, last_check, recovery_streak, "
        "next_recovery_probe, recovery_backoff_secs, recovery_failures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(site_group_id) DO UPDATE SET failures = excluded.failures, last_verdict = excluded.last_verdict, "
        "last_detail = excluded.last_detail, last_check = excluded.last_check, recovery_streak = excluded.recovery_streak, "
        "next_recovery_probe = excluded.next_recovery_probe, recovery_backoff_secs = excluded.recovery_backoff_secs, "
        "recovery_failures = excluded.recovery_failures"));
    q.addBindValue(r.siteGroupId);
    q.addBindValue(r.failures);
    q.addBindValue(r.lastVerdict);
    q.addBindValue(r.lastDetail);
    q.addBindValue(sql::timeValue(r.lastCheck));
    q.addBindValue(r.recoveryStreak);
    q.addBindValue(sql::timeValue(r.nextRecoveryProbe));
    q.addBindValue(r.recoveryBackoffSecs);
    q.addBindValue(r.recoveryFailures);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("saving channel health"), q);
    return {};
}

Status StateStore::deleteChannelHealth(qint64 siteGroupId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM channel_health WHERE site_group_id = ?"));
    q.addBindValue(siteGroupId);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("deleting channel health"), q);
    return {};
}

Status StateStore::appendHealthHistory(const HealthHistoryEntry &e)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO health_history (channel, time, verdict, detail, success_rate, latency_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.channel);
    q.addBindValue(sql::timeText(e.time.isValid() ? e.time : QDateTime::currentDateTimeUtc()));
    q.addBindValue(e.verdict);
    q.addBindValue(e.detail);
    q.addBindValue(e.successRate);
    q.addBindValue(e.latencyMs);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("appending health history"), q);
    return {};
}

Result<QList<HealthHistoryEntry>> StateStore::healthHistory(const QString &channel, const QDateTime &since, int limit) const
{
    QString sqlText = QStringLiteral("SELECT id, channel, time, verdict, detail, success_rate, latency_ms FROM health_history WHERE 1 = 1");
    if (!channel.isEmpty())
        sqlText += QStringLiteral(" AND channel = :channel");
    if (since.isValid())
        sqlText += QStringLiteral(" AND time >= :since");
    sqlText += QStringLiteral(" ORDER BY time DESC, id DESC LIMIT :limit");
    QSqlQuery q(db());
    q.prepare(sqlText);
    if (!channel.isEmpty())
        q.bindValue(QStringLiteral(":channel"), channel);
    if (since.isValid())
        q.bindValue(QStringLiteral(":since"), sql::timeText(since));
    q.bindValue(QStringLiteral(":limit"), limit > 0 ? limit : 1000);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("reading health history"), q);
    QList<HealthHistoryEntry> out;
    while (q.next()) {
        HealthHistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.channel = q.value(1).toString();
        e.time = sql::parseTime(q.value(2));
        e.verdict = q.value(3).toString();
        e.detail = q.value(4).toString();
        e.successRate = q.value(5).toDouble();
        e.latencyMs = q.value(6).toInt();
        out.append(e);
    }
    return out;
}

Status StateStore::pruneHealthHistory(const QDateTime &olderThan)
{
    if (const Result<int> deleted = deleteOlderThan("health_history", olderThan, QStringLiteral("pruning health history")); !deleted.ok())
        return deleted.error();
    return {};
}

} // namespace ul
