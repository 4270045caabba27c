#pragma once

#include "core/common/result.h"
#include "core/store/records.h"

#include <QHash>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace ul {

// The SQLite state store (uni-load.db in the data directory). Owned and used by the engine
// thread only (a QSqlDatabase connection belongs to the thread that opened it). Every write is
// transactional; schema changes are versioned migrations (PRAGMA user_version).
class StateStore final
{
public:
    StateStore();
    ~StateStore();
    StateStore(const StateStore &) = delete;
    StateStore &operator=(const StateStore &) = delete;

    // Opens (creating when missing, mode 0600) and migrates. ":memory:" gives a private
    // in-memory database for tests.
    Status open(const QString &path);
    // Opens an existing store for reading only (`uni-load --check`, possibly beside a running
    // uni-load): nothing is created, migrated or changed; every write fails.
    Status openReadOnly(const QString &path);
    void close();
    bool isOpen() const;
    // The error of every operation that needs the store while it is not open.
    static Error notOpenError() { return Error::make(ErrorKind::Unavailable, QStringLiteral("the state store is not open")); }
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Runs fn inside one transaction; rolls back when it returns an error.
    Status transaction(const std::function<Status()> &fn);

    // Settings: JSON values by key (layer settings, rules, intervals set in the UI, …).
    std::optional<QJsonValue> setting(const QString &key) const;
    Status setSetting(const QString &key, const QJsonValue &value);
    Status removeSetting(const QString &key);
    QHash<QString, QJsonValue> allSettings() const;

    // Secrets (hop key, gateway key, stored API token). The database file is 0600.
    QString secret(const QString &name) const;
    Status setSecret(const QString &name, const QString &value);

    // Sites (store_sites.cpp).
    Result<QList<SiteRecord>> sites() const;
    Result<SiteRecord> saveSite(SiteRecord site);           // insert (id 0) or update by id
    Status deleteSite(qint64 siteId);                        // cascades to its site groups, L2s, members
    Result<QList<SiteGroupRecord>> siteGroups() const;
    Result<SiteGroupRecord> saveSiteGroup(SiteGroupRecord group);
    // Reads the stored row, applies `change` and saves it: a writer that held a copy across
    // network calls changes only its own fields (NotFound when the row is gone).
    Result<SiteGroupRecord> modifySiteGroup(qint64 siteGroupId, const std::function<void(SiteGroupRecord &)> &change);
    Status deleteSiteGroup(qint64 siteGroupId);
    QHash<QString, QString> siteAssignments() const;         // normalized base URL → instance id
    Status setSiteAssignment(const QString &baseUrl, const QString &instanceId);  // empty id clears
    QHash<QString, int> missingCounters(qint64 siteGroupId) const;  // model → consecutive misses
    Status setMissingCounter(qint64 siteGroupId, const QString &model, int count);  // 0 removes

    // Layers (store_layers.cpp).
    Result<QList<L2Record>> l2Groups() const;
    Result<L2Record> saveL2(L2Record record);
    Status deleteL2(qint64 id);
    Result<QList<L3Record>> l3Groups() const;
    Result<L3Record> saveL3(L3Record record);
    Status deleteL3(qint64 id);
    Result<QList<L3MemberRecord>> l3Members() const;
    Status saveL3Member(const L3MemberRecord &member);
    Status saveL3Members(const QList<L3MemberRecord> &members);  // all or none (one transaction)
    Status deleteL3Member(qint64 l3Id, qint64 l2Id);

    // Health (store_health.cpp).
    Result<QList<ChannelHealthRecord>> channelHealth() const;
    Status saveChannelHealth(const ChannelHealthRecord &record);
    Status deleteChannelHealth(qint64 siteGroupId);
    Status appendHealthHistory(const HealthHistoryEntry &entry);
    Result<QList<HealthHistoryEntry>> healthHistory(const QString &channel, const QDateTime &since, int limit) const;
    Status pruneHealthHistory(const QDateTime &olderThan);

    // Journal and histories (store_history.cpp).
    Result<qint64> appendJournal(const JournalEntry &entry);
    Result<QList<JournalEntry>> journal(qint64 afterId, int limit) const;     // oldest first
    Result<QList<JournalEntry>> recentJournal(int limit) const;               // newest first
    Status appendSyncHistory(const SyncHistoryEntry &entry);
    Result<QList<SyncHistoryEntry>> syncHistory(int limit) const;             // newest first
    Result<QList<PendingChange>> pendingChanges() const;
    Status addPendingChange(const PendingChange &change);
    Status removePendingChange(const QString &siteGroup, const QString &model);
    Status appendCleanupHistory(const QJsonObject &run, int keep);
    Result<QList<QJsonObject>> cleanupHistory() const;                        // newest first
    // Deletes journal and sync-history rows older than `olderThan` (one transaction); the
    // number of rows deleted. Both grow with every job and sync run and are only read recent.
    Result<int> pruneJournalAndSyncHistory(const QDateTime &olderThan);

private:
    Status openConnection(const QString &path, const QString &connectOptions);
    Status migrate();
    Status exec(const QString &sql) const;
    Error sqlError(const QString &what, const QSqlQuery &query) const;
    // Deletes the rows of `table` whose `time` column is before `olderThan`; how many. `what`
    // names the work in the error ("pruning health history").
    Result<int> deleteOlderThan(const char *table, const QDateTime &olderThan, const QString &what);
    QSqlDatabase db() const;

    QString m_connectionName;
    QString m_path;
};

} // namespace ul
