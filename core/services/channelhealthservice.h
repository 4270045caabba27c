#pragma once

#include "core/engine/job.h"
#include "core/engine/snapshot.h"
#include "core/services/channelhealthactions.h"
#include "core/services/channelhealthcheck.h"
#include "core/services/channelhealthtypes.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace ul {

class EngineCore;
class GptLoadClient;
class HttpClient;

// The channel health monitor (uni-load-behaviour.md §12.2, §16): a QTimer loop in the engine
// thread (CHANNEL_CHECK_INTERVAL minutes) whose cycles run as "channel-health" jobs with the
// dedupe key "health", so a cycle never overlaps itself and never interleaves with other writes.
//
// A cycle: one verdict per active site group (checkChannel(), bounded concurrency); at most one
// failure counted per channel; at CHANNEL_FAILURE_THRESHOLD the channel is taken out of rotation
// (ChannelStateActions::takeOut); then every channel removed by health or cleanup whose recovery
// probe is due gets a free probe, and after `successesRequired` consecutive successes it is put
// back. Backoff after a failed recovery probe: 5 min doubling to 1 h. Counters, removal records
// and the recovery schedule live in the state store (channel_health); the history records verdict
// changes plus at most one sample per channel and hour. A cycle where nothing changed writes
// nothing and makes no mutating call.
//
// Owned by EngineCore; engine thread only.
class ChannelHealthService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelHealthService)

public:
    static constexpr int kConcurrentChecks = 8;
    static constexpr int kHistorySampleSecs = 3600;
    static constexpr int kHistoryRetentionDays = 30;
    static inline const QString kJobKind = QStringLiteral("channel-health");
    static inline const QString kDedupeKey = QStringLiteral("health");
    // Store setting that persists start/stop (bool).
    static inline const QString kEnabledSetting = QStringLiteral("channelHealthEnabled");

    explicit ChannelHealthService(EngineCore &core, QObject *parent = nullptr);
    ~ChannelHealthService() override;

    // Reads the counters and the persisted start/stop; starts the timer when enabled (the stored
    // choice, else ENABLE_CHANNEL_HEALTH). The first cycle comes one interval later.
    void initialize();
    void shutdown();

    // `POST /api/check-channels/control`: persisted. start() also runs a cycle now (as the
    // original's start()); Conflict from that cycle (already running) is not an error here.
    Status start();
    Status stop();
    bool isEnabled() const { return m_timer && m_timer->isActive(); }

    // Queues a cycle (Conflict JOB_IN_PROGRESS while one is queued or running); the future
    // finishes with the report when the cycle is done. `jobId` receives the job's id.
    QFuture<Result<HealthCycleReport>> runNow(QString *jobId = nullptr);
    // The cycle itself, inside a job (tests and runNow()).
    QFuture<Result<HealthCycleReport>> runCycle(const JobContextPtr &context);

    // `GET /api/failed-channels`: site groups with a non-zero counter, by name.
    QList<FailedChannel> failedChannels() const;
    // `POST /api/reset-channel-failures`: one channel (NotFound when unknown) or every one
    // (empty name). Yields the number of counters reset.
    Result<int> resetFailures(const QString &channelName);
    // `GET /api/health/history`.
    Result<QList<HealthHistoryEntry>> history(const QString &channel, const QDateTime &since, int limit = 1000) const;

    // `POST /api/manual-recovery/:model/:channel` (§12.2), as a job: restore the invalid keys of
    // the L2 group; if the channel is out of rotation by health or cleanup, probe now and put it
    // back on success, else schedule the next attempt with the backoff.
    QFuture<Result<ManualRecoveryResult>> manualRecovery(const QString &model, const QString &channel);

    // Operator actions (§16.4, §23.2), as jobs: "disable" (disabled-by-user, never re-enabled
    // automatically) and "re-enable now" (the restore steps at once, whatever the cause).
    QFuture<Result<ChannelStateChange>> disableByUser(const QString &channel);
    QFuture<Result<ChannelStateChange>> enableNow(const QString &channel);
    // Deep probe (billable) on or off for a site (§16.3). NotFound for an unknown site.
    Result<SiteRecord> setDeepProbe(const QString &siteName, bool enabled);

    ChannelStateActions &actions() { return *m_actions; }
    HealthThresholds thresholds() const { return m_thresholds; }
    RecoveryPolicy recoveryPolicy() const { return m_recovery; }
    int failureThreshold() const { return m_failureThreshold; }

    // Snapshot fields: channelHealth (ServiceView), channelFailures, channelFailureThreshold.
    void fillSnapshot(EngineSnapshot &snapshot) const;
    // Puts each channel's latest check (time, verdict, detail) and key pool on its site group view.
    void annotateSiteGroups(QList<SiteView> &sites) const;
    // Reads a site group's key pool from its stats outside a health check (after a key
    // validation or removal, which change it) and shows it at once; the error when the stats
    // cannot be read, the pool shown staying as it was.
    QFuture<Result<KeyCounts>> readKeyPool(GptLoadClient *client, const QString &channel, quint64 groupId);

private:
    void noteKeyPool(const QString &channel, const KeyCounts &keys, const QDateTime &time);
    struct CycleState;

    void onTimer();
    void scheduleNext();
    QFuture<Result<HealthCycleReport>> checkAll(std::shared_ptr<CycleState> cycle);
    QFuture<Result<HealthCycleReport>> applyVerdicts(std::shared_ptr<CycleState> cycle, const QList<Result<ChannelCheck>> &checks);
    QFuture<Result<HealthCycleReport>> disableFailed(std::shared_ptr<CycleState> cycle);
    QFuture<Result<HealthCycleReport>> recover(std::shared_ptr<CycleState> cycle);
    QFuture<Result<HealthCycleReport>> restoreNext(std::shared_ptr<CycleState> cycle);
    Result<HealthCycleReport> finishCycle(std::shared_ptr<CycleState> cycle);

    // Counter and history bookkeeping of one verdict; returns the rows written.
    int recordVerdict(ChannelCheck &check, QDateTime now, QStringList *errors);
    void recordHistory(const ChannelCheck &check, const QDateTime &now, bool force, int *writes, QStringList *errors);
    // Recovery probe bookkeeping; returns whether the channel is ready to be put back.
    bool recordRecoveryProbe(const SiteGroupRecord &group, const ChannelCheck &probe, RecoveryAttempt *attempt, int *writes,
                             QStringList *errors);
    void reloadCounters();
    ChannelCheckTools tools(std::shared_ptr<QSet<QString>> lostInstances = {}) const;
    // Manual recovery once the L2's keys were restored (channelhealthservice_manual.cpp).
    QFuture<Result<ManualRecoveryResult>> recoverAfterKeys(ManualRecoveryResult base, const SiteGroupRecord &siteGroup,
                                                           const L2Record &l2Record, const QString &keysNote,
                                                           const JobContextPtr &context);

    EngineCore &m_core;
    ChannelStateActions *m_actions;
    HttpClient *m_probeHttp;
    QTimer *m_timer = nullptr;
    HealthThresholds m_thresholds;
    RecoveryPolicy m_recovery;
    int m_failureThreshold = 3;
    int m_intervalMinutes = 10;
    QHash<QString, int> m_failures;              // site group → consecutive failures (non-zero only)
    QHash<QString, QString> m_lastVerdict;       // site group → last verdict in the history
    QHash<QString, QDateTime> m_lastSample;      // site group → time of its last history row
    struct LatestCheck
    {
        QDateTime time;
        QString verdict;
        QString detail;
    };
    // Site group → its latest check or recovery probe, for the views. Kept in memory (a cycle
    // where nothing changed writes nothing); seeded from the store's records at start.
    QHash<QString, LatestCheck> m_latest;
    QHash<QString, KeyPoolView> m_keyPools;  // site group → its key pool when last read (memory only)
    void noteLatest(const ChannelCheck &check, const QDateTime &time);
    QDateTime m_nextRun;
    QDateTime m_lastRun;
    QDateTime m_lastPrune;
    QString m_lastResult;
    bool m_busy = false;
};

} // namespace ul
