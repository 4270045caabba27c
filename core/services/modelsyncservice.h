#pragma once

#include "core/common/result.h"
#include "core/engine/job.h"
#include "core/engine/snapshot.h"
#include "core/onboarding/modellisting.h"
#include "core/services/modelsynctypes.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>

namespace ul {

class ClockSchedule;
class EngineCore;
class HttpClient;

// The model sync loop (uni-load-behaviour.md §15.3). Owned by EngineCore, engine thread only.
//
// A QTimer on the engine's clock: the first run kFirstRunDelaySecs after start when the loop is
// on, then every MODEL_SYNC_INTERVAL minutes. Start/stop is persisted in the store (setting
// "modelSync".enabled) and wins over ENABLE_MODEL_SYNC, which only gives the initial state.
// Every run is a "sync" job in the engine's job queue (dedupe key "sync"), so a run never
// overlaps another one, nor any other job that changes gpt-load or api.yaml. Approved review
// decisions run as "sync-approve" jobs.
class ModelSyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelSyncService)

public:
    static constexpr int kFirstRunDelaySecs = 60;  // lets the first instance health check finish
    static constexpr char kJobKind[] = "sync";
    static constexpr char kApproveJobKind[] = "sync-approve";

    explicit ModelSyncService(EngineCore &core, QObject *parent = nullptr);
    ~ModelSyncService() override;

    // Reads the stored state (start/stop, last run, queue size) and arms the timer.
    void initialize();
    // Stops the timer and ends this service's requests; later continuations do nothing.
    void shutdown();

    // A sync job now (`trigger`: manual, timer, start). Conflict JOB_IN_PROGRESS (409) while a
    // sync is queued or running; `jobId` receives the id of a queued job.
    QFuture<Result<ModelSyncReport>> runNow(const QString &trigger, QString *jobId = nullptr);

    // Inside the caller's job (an update of a site): syncs just these site groups with the lists
    // the update has fetched, as a model sync would (manual models kept, removal after misses,
    // review mode), with history rows under the trigger "update". Not the loop's "last run".
    QFuture<Result<ModelSyncReport>> syncListed(const QHash<qint64, DiscoveredModels> &lists, const JobContextPtr &context);

    // start: persisted; runs a sync now (unless one is queued or running) and schedules the next
    // one an interval later. stop: persisted; the timer stops (a running sync finishes).
    Status setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    QDateTime nextRun() const;

    // The timer's slot: runs a sync when the scheduled time has come on the engine's clock, else
    // re-arms. Public so that tests with a ManualClock drive the loop without waiting.
    void onTimer();

    Result<QList<PendingChange>> pendingChanges() const;
    // Checks every decision first (400 contradicting, 404 not queued; nothing happens then).
    // Rejections apply at once; approvals are queued as one "sync-approve" job.
    Result<SyncDecisionOutcome> decide(const QList<SyncDecision> &decisions);
    Result<QList<SyncHistoryEntry>> history(int limit) const;

    Result<ModelSyncSettingsView> settingsView() const;
    // {reviewMode?, removalAfterMisses?, siteOverrides?: {<site name>: true|false|null}}; unknown
    // keys and bad values are Validation errors, unknown sites NotFound; nothing is saved then.
    Result<ModelSyncSettingsView> updateSettings(const QJsonObject &patch);

    void fillSnapshot(EngineSnapshot &snapshot) const;

private:
    void onDue();
    void runFinished(const Result<ModelSyncReport> &result);
    void refreshPendingCount();
    Status persistEnabled(bool enabled);
    qint64 intervalMs() const;

    EngineCore &m_core;
    ClockSchedule *m_schedule;
    HttpClient *m_siteHttp;
    std::shared_ptr<bool> m_alive;
    bool m_enabled = false;
    bool m_running = false;
    ModelSyncSettings m_settings;
    ModelSyncRunView m_lastRun;
    int m_pendingCount = 0;
};

} // namespace ul
