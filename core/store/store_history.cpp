// StateStore: operations journal, sync history, pending model changes, cleanup history.
#include "core/store/sqlutil.h"
#include "core/store/statestore.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace ul {

namespace {
JournalEntry readJournal(const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.time = sql::parseTime(q.value(1));
    e.jobId = q.value(2).toString();
    e.kind = q.value(3).toString();
    e.op = q.value(4).toString();
    e.instanceId = q.value(5).toString();
    e.target = q.value(6).toString();
    e.outcome = q.value(7).toString();
    e.detail = q.value(8).toString();
    return e;
}
const char *kJournalColumns = "id, time, job_id, kind, op, instance_id, target, outcome, detail";

// Runs a prepared journal query (its values bound) and reads every row; nothing when it failed.
std::optional<QList<JournalEntry>> readJournalRows(QSqlQuery &q)
{
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return std::nullopt;
    QList<JournalEntry> out;
    while (q.next())
        out.append(readJournal(q));
    return out;
}
} // namespace

Result<qint64> StateStore::appendJournal(const JournalEntry &e)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO journal (time, job_id, kind, op, instance_id, target, outcome, detail) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sql::timeText(e.time.isValid() ? e.time : QDateTime::currentDateTimeUtc()));
    q.addBindValue(e.jobId);
    q.addBindValue(e.kind);
    q.addBindValue(e.op);
    q.addBindValue(e.instanceId);
    q.addBindValue(e.target);
    q.addBindValue(e.outcome);
    q.addBindValue(e.detail);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("appending to the journal"), q);
    return q.lastInsertId().toLongLong();
}

Result<QList<JournalEntry>> StateStore::journal(qint64 afterId, int limit) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM journal WHERE id > ? ORDER BY id LIMIT ?").arg(QLatin1String(kJournalColumns)));
    q.addBindValue(afterId);
    q.addBindValue(limit > 0 ? limit : 1000);
    if (std::optional<QList<JournalEntry>> rows = readJournalRows(q))
        return *rows;
    return sqlError(QStringLiteral("reading the journal"), q);
}

Result<QList<JournalEntry>> StateStore::recentJournal(int limit) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM journal ORDER BY id DESC LIMIT ?").arg(QLatin1String(kJournalColumns)));
    q.addBindValue(limit > 0 ? limit : 100);
    if (std::optional<QList<JournalEntry>> rows = readJournalRows(q))
        return *rows;
    return sqlError(QStringLiteral("reading the journal"), q);
}

Status StateStore::appendSyncHistory(const SyncHistoryEntry &e)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO sync_history (time, site, added, removed, outcome, error) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sql::timeText(e.time.isValid() ? e.time : QDateTime::currentDateTimeUtc()));
    q.addBindValue(e.site);
    q.addBindValue(sql::listText(e.added));
    q.addBindValue(sql::listText(e.removed));
    q.addBindValue(e.outcome);
    q.addBindValue(e.error);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("appending sync history"), q);
    return {};
}

Result<QList<SyncHistoryEntry>> StateStore::syncHistory(int limit) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, time, site, added, removed, outcome, error FROM sync_history ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit > 0 ? limit : 200);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("reading sync history"), q);
    QList<SyncHistoryEntry> out;
    while (q.next()) {
        SyncHistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.time = sql::parseTime(q.value(1));
        e.site = q.value(2).toString();
        e.added = sql::parseList(q.value(3));
        e.removed = sql::parseList(q.value(4));
        e.outcome = q.value(5).toString();
        e.error = q.value(6).toString();
        out.append(e);
    }
    return out;
}

Result<QList<PendingChange>> StateStore::pendingChanges() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT site_group, model, change, detected_at FROM pending_changes ORDER BY site_group, model")))
        return sqlError(QStringLiteral("reading pending changes"), q);
    QList<PendingChange> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), sql::parseTime(q.value(3))});
    return out;
}

Status StateStore::addPendingChange(const PendingChange &c)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO pending_changes (site_group, model, change, detected_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(site_group, model) DO UPDATE SET change = excluded.change"));
    q.addBindValue(c.siteGroup);
    q.addBindValue(c.model);
    q.addBindValue(c.change);
    q.addBindValue(sql::timeText(c.detectedAt.isValid() ? c.detectedAt : QDateTime::currentDateTimeUtc()));
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("saving a pending change"), q);
    return {};
}

Status StateStore::removePendingChange(const QString &siteGroup, const QString &model)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM pending_changes WHERE site_group = ? AND model = ?"));
    q.addBindValue(siteGroup);
    q.addBindValue(model);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("removing a pending change"), q);
    return {};
}

Status StateStore::appendCleanupHistory(const QJsonObject &run, int keep)
{
    return transaction([&]() -> Status {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO cleanup_history (time, run) VALUES (?, ?)"));
        q.addBindValue(sql::timeText(QDateTime::currentDateTimeUtc()));
        q.addBindValue(QString::fromUtf8(QJsonDocument(run).toJson(QJsonDocument::Compact)));
        sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
            return sqlError(QStringLiteral("appending cleanup history"), q);
        QSqlQuery prune(db());
        prune.prepare(QStringLiteral("DELETE FROM cleanup_history WHERE id NOT IN "
                                     "(SELECT id FROM cleanup_history ORDER BY id DESC LIMIT ?)"));
        prune.addBindValue(keep > 0 ? keep : 10);
        if (!prune.exec())
            return sqlError(QStringLiteral("pruning cleanup history"), prune);
        return {};
    });
}

Result<int> StateStore::pruneJournalAndSyncHistory(const QDateTime &olderThan)
{
    int removed = 0;
    const Status s = transaction([&]() -> Status {
        for (const char *table : {"journal", "sync_history"}) {
            const Result<int> deleted = deleteOlderThan(table, olderThan, QStringLiteral("pruning %1").arg(QLatin1String(table)));
            if (!deleted.ok())
                return deleted.error();
            removed += deleted.value();
        }
        return {};
    });
    if (!s.ok())
        return s.error();
    return removed;
}

Result<QList<QJsonObject>> StateStore::cleanupHistory() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT run FROM cleanup_history ORDER BY id DESC")))
        return sqlError(QStringLiteral("reading cleanup history"), q);
    QList<QJsonObject> out;
    while (q.next())
        out.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return out;
}

} // namespace ul
