#pragma once

#include "core/common/future.h"
#include "core/engine/engineoptions.h"
#include "core/engine/snapshot.h"
#include "core/layers/layerreconciler.h"
#include "core/layers/memberweights.h"
#include "core/uniapi/uniapiwriter.h"
#include "core/onboarding/filterrulesstore.h"
#include "core/onboarding/onboardingtypes.h"
#include "core/onboarding/siteprobe.h"
#include "core/onboarding/siterequest.h"
#include "core/services/channelhealthsettings.h"
#include "core/services/channelhealthtypes.h"
#include "core/services/channeloptionstypes.h"
#include "core/services/channelopstypes.h"
#include "core/services/cleanuptypes.h"
#include "core/services/modelsynctypes.h"
#include "core/services/weightoptimizationtypes.h"
#include "core/store/proxykeys.h"
#include "core/store/records.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QReadWriteLock>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace ul {

class EngineCore;

// {hopKeyPreview, gatewayKeyPreview}: the keys masked ("sk-a…9f3c"), safe for logs and responses.
QJsonObject proxyKeyPreviews(const ProxyKeys &keys);

// The facade every front end uses (UI, HTTP API, tray, tests). It owns the engine thread and the
// EngineCore living in it. Commands are queued calls into that thread returning
// QFuture<Result<T>>; state comes back as value snapshots (snapshot(), snapshotChanged()).
// Callers never block on the engine and never touch engine objects.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(EngineOptions options, QObject *parent = nullptr);
    ~Engine() override;  // shuts down if still running

    // Starts the engine thread and initialises the core there (store, instance file, loops).
    void start();
    // Cancels jobs, stops timers, aborts requests, closes the store and joins the thread.
    // Idempotent. Blocks the caller only for the core's own shutdown work.
    void shutdown();
    bool isRunning() const { return m_thread.isRunning(); }

    // Latest published snapshot (thread-safe copy).
    EngineSnapshot snapshot() const;

    // --- Commands -------------------------------------------------------------------------------

    // Checks every gpt-load instance now; yields the number of healthy ones.
    QFuture<Result<int>> checkInstances();
    // Re-reads the instance file (after the operator edited it).
    QFuture<Result<int>> reloadInstanceFile();

    // Settings saved from the console or the API (state store "settings" table, JSON values).
    QFuture<Result<QJsonObject>> storedSettings();
    // Sets the given keys; a null value removes a key.
    QFuture<Result<QJsonObject>> saveStoredSettings(const QJsonObject &values);
    // A job by id (running, queued, or finished within the last hour); NotFound otherwise.
    QFuture<Result<JobView>> job(const QString &id);
    // Running and queued jobs, then those finished within the hour, from the queue itself.
    QFuture<Result<QList<JobView>>> jobs();
    // Operations journal: entries after `afterId` (oldest first), or the newest when afterId < 0.
    QFuture<Result<QList<JournalEntry>>> journal(qint64 afterId, int limit);
    // Cancels a queued job, or flags a running one (it stops at its next step). NotFound when
    // no queued or running job has this id.
    QFuture<Status> cancelJob(const QString &jobId);

    // --- Sites (engine_sites.cpp; uni-load-behaviour.md §7–§9, §18) ---------------------------

    // Onboards or updates a site as a "process-site" job and yields its report when it is done.
    // Input errors fail at once (Validation → 400, Unavailable → 503, Conflict JOB_IN_PROGRESS →
    // 409 while a job for the same site is queued or running); later failures carry a JSON
    // `details` object with the step, the instance, gpt-load's code and what was created.
    QFuture<Result<ProcessSiteReport>> processAiSite(const SiteRequest &request);
    // The same, answering with the job id as soon as the job is queued (`?async=1`).
    QFuture<Result<QString>> startProcessAiSite(const SiteRequest &request);
    // OpenAI-compatible model-list probe (`POST /api/probe-api`).
    QFuture<Result<ProbeReport>> probeApi(const ProbeRequest &request);
    // The name a site would get now (`POST /api/preview-site-name`).
    QFuture<Result<SiteNamePreview>> previewSiteName(const QString &baseUrl, const QString &requestedSiteName = {});
    QFuture<Result<TempGroupStats>> tempGroupStats();
    // A "temp-group-cleanup" job: all temporary groups, or those older than `hoursOld` hours.
    QFuture<Result<TempGroupCleanupReport>> cleanupTempGroups(std::optional<double> hoursOld = std::nullopt);
    // Sort-20 groups as the healthy instances report them (proxy keys stay in the objects:
    // callers that pass them on use LiveSiteGroups::toJson(), which redacts them).
    QFuture<Result<LiveSiteGroups>> liveSiteGroups();
    // Filter rules (§8): stored, effective and the environment switches.
    QFuture<Result<FilterRulesView>> filterRules();
    QFuture<Result<FilterRulesView>> saveFilterRules(const FilterRules &rules);
    // Partial update from JSON (absent keys unchanged); 400 naming the field when invalid.
    QFuture<Result<FilterRulesView>> updateFilterRules(const QJsonObject &patch);

    // --- Layers, architecture, api.yaml (engine_layers.cpp) ---------------------------------

    // Reconciles every model (a queued job) and writes api.yaml; POST /api/initialize-architecture.
    QFuture<Result<ReconcileResult>> initializeArchitecture();
    QFuture<Result<QString>> startInitializeArchitecture();  // the job id (?async=1)
    QFuture<Result<Plan>> reconcilePlan();                   // dry run, GET /api/plan
    QFuture<Result<ArchitectureStatus>> architectureStatus();
    QFuture<Result<AdoptionPreview>> previewAdoption();      // layout left by the original uni-load
    QFuture<Result<AdoptionResult>> importAdoption();
    QFuture<Result<ReconcileResult>> migrateAdoptedKeys();
    QFuture<Result<QString>> startMigrateAdoptedKeys();  // the job id (?async=1)
    QFuture<Result<LegacyDeletionResult>> deleteLegacyGroups(const QStringList &names);
    QFuture<Result<QList<uniapi::BackupInfo>>> uniApiBackups();
    QFuture<Result<uniapi::WriteOutcome>> restoreUniApiBackup(const QString &name);
    // The client key of an api.yaml uni-load created (uniapi-config.md §6.7), once: NotFound
    // when none is waiting (none created, or shown already — it is in api.yaml's api_keys).
    QFuture<Result<QString>> takeNewUniApiClientKey();
    // Previews (no job, nothing written; WritePlan::diff is a unified diff with every key masked,
    // uniapi-config.md §6.13): the api.yaml write a reconciliation would make now (Validation when
    // no path is configured, Unavailable when no instance is reachable, UNIAPI_PARSE & co. when
    // the file cannot be read), and what restoring a backup would change (current → backup;
    // NotFound UNIAPI_BACKUP_NOT_FOUND for an unknown name).
    QFuture<Result<uniapi::WritePlan>> previewUniApiWrite();
    QFuture<Result<uniapi::WritePlan>> previewUniApiRestore(const QString &name);
    QFuture<Result<QList<uniapi::ManagedEntryView>>> uniApiManagedEntries();
    QFuture<Result<QList<EngineEvent>>> events(qint64 sinceId);

    // --- Weights of model group members (engine_weights.cpp) -------------------------------------

    // Stores the operator's weights (a "set-weights" job; Validation/NotFound for bad changes,
    // nothing stored then) and reconciles the affected models so gpt-load gets them.
    QFuture<Result<MemberWeightResult>> setMemberWeights(const QList<MemberWeightChange> &changes);
    // Weight optimization now (uni-load-behaviour.md §12.2): a dry run reads the stats and
    // proposes; otherwise an "optimize-weights" job stores and applies the changes. Conflict
    // JOB_IN_PROGRESS (409) while a run is queued or running. Works with the loop on or off.
    QFuture<Result<WeightOptimizationReport>> optimizeWeights(const WeightOptimizationRequest &request);
    QFuture<Result<QString>> startOptimizeWeights(const WeightOptimizationRequest &request);  // the job id

    // --- Channel health and cleanup (engine_health.cpp; uni-load-behaviour.md §12.2, §16, §17) --

    // Runs a health cycle as a "channel-health" job and yields its report. Conflict
    // JOB_IN_PROGRESS (409) while a cycle is queued or running.
    QFuture<Result<HealthCycleReport>> checkChannels();
    // The same, yielding the job id as soon as it is queued (POST /api/check-channels).
    QFuture<Result<QString>> startCheckChannels();
    // Starts (with a cycle now) or stops the monitor; persisted. Yields the loop's state.
    QFuture<Result<ServiceView>> controlChannelHealth(bool start);
    QFuture<Result<QList<FailedChannel>>> failedChannels();
    // Resets one channel's failure counter (NotFound when unknown) or every one (empty name);
    // yields how many were reset.
    QFuture<Result<int>> resetChannelFailures(const QString &channelName = {});
    // Immediate recovery attempt for the L2 group of (model, site group) (§12.2).
    QFuture<Result<ManualRecoveryResult>> manualRecovery(const QString &model, const QString &channel);
    QFuture<Result<QList<HealthHistoryEntry>>> healthHistory(const QString &channel = {}, const QDateTime &since = {});
    // The verdict and recovery thresholds (§16.3) and a partial update of them (known keys,
    // values in range, null = the default); used from the next cycle.
    QFuture<Result<HealthSettingsView>> healthSettings();
    QFuture<Result<HealthSettingsView>> updateHealthSettings(const QJsonObject &patch);
    // The operator's "disable" (never re-enabled automatically) and "re-enable now".
    QFuture<Result<ChannelStateChange>> disableChannel(const QString &channel);
    QFuture<Result<ChannelStateChange>> enableChannel(const QString &channel);
    // Billable deep probe on or off for a site (§16.3).
    QFuture<Result<SiteRecord>> setDeepProbe(const QString &siteName, bool enabled);
    // Connectivity cleanup: preview (no job, no change), a queued run (the job id, or yield the
    // report), manual removal of named channels, the last runs (newest first).
    QFuture<Result<CleanupReport>> previewCleanup(const CleanupOptions &options);
    QFuture<Result<QString>> startCleanup(const CleanupOptions &options);
    QFuture<Result<CleanupReport>> cleanupChannels(const CleanupOptions &options);
    QFuture<Result<ManualCleanupReport>> manualCleanup(const QStringList &channelNames, bool dryRun);
    QFuture<Result<QList<QJsonObject>>> cleanupHistory();

    // --- Per-channel options (engine_channeloptions.cpp; uni-load-behaviour.md §8.5, §16.2, §16.3) -

    // Deep probe on or off for the site of a channel (or the site named `name`); the setting is
    // the site's, so it applies to every channel of that site. NotFound when unknown.
    QFuture<Result<DeepProbeChange>> setChannelDeepProbe(const QString &name, bool enabled);
    // The channel's models, its test model, the override and what automatic selection picks.
    QFuture<Result<TestModelOptions>> testModelOptions(const QString &channel);
    // Stores the test-model override ("" = automatic) and PUTs the effective one as the L1 group's
    // test_model, as a "set-test-model" job. Validation when the channel does not serve `model`.
    QFuture<Result<TestModelChange>> setTestModel(const QString &channel, const QString &model);
    // gpt-load's validate-group task on the channel's L1 group as a "validate-keys" job, polled to
    // its end; yields valid/invalid counts. Checked before queueing: NotFound; Conflict
    // HIGH_COST_CONFIRMATION_REQUIRED when the test model is high cost and not confirmed;
    // Conflict JOB_IN_PROGRESS while a validation of the channel is queued or running.
    QFuture<Result<KeyValidationReport>> validateKeys(const QString &channel, bool confirmHighCost);
    QFuture<Result<QString>> startValidateKeys(const QString &channel, bool confirmHighCost);  // the job id
    // gpt-load's clear-all-invalid on the channel's L1 group as a "clear-invalid-keys" job: the
    // keys gpt-load took out of the pool are deleted; the pool is read back. NotFound; Unavailable
    // (no group yet, instance unreachable); Conflict JOB_IN_PROGRESS while one runs for the channel.
    QFuture<Result<InvalidKeyRemoval>> removeInvalidKeys(const QString &channel);
    QFuture<Result<QString>> startRemoveInvalidKeys(const QString &channel);  // the job id

    // --- Channel operations (engine_channels.cpp; uni-load-behaviour.md §5.5, §19–§21) --------

    // Deletes a site group with its L2 groups, L3 memberships, emptied L3 groups and providers;
    // the site record too when it was its last site group. NotFound for an unknown name.
    QFuture<Result<ChannelDeletionResult>> deleteChannel(const QString &channelName);
    // Promote / demote to the neighbouring instance (journaled, resumable by running it again).
    QFuture<Result<ReassignResult>> reassignChannel(const QString &channelName, ReassignAction action);
    // Persists (or clears) the instance future site groups of a site URL go to.
    QFuture<Result<SiteAssignmentChange>> reassignSite(const QString &siteUrl, const QString &instanceId = {});
    // Deletes every L2/L3 group and managed provider the store owns (§21).
    QFuture<Result<ModelGroupTeardownResult>> deleteManagedModelGroups();
    QFuture<Result<QString>> startDeleteManagedModelGroups();  // the job id (?async=1)
    // What deleteManagedModelGroups() would delete now (dryRun); changes nothing.
    QFuture<Result<ModelGroupTeardownResult>> previewDeleteManagedModelGroups();

    // --- Model sync (engine_sync.cpp; uni-load-behaviour.md §15.3, §22.2, §22.4) ------------

    // Runs a "sync" job and yields its report when it is done. Conflict JOB_IN_PROGRESS (409)
    // while a sync is queued or running.
    QFuture<Result<ModelSyncReport>> syncModels();
    // The same, yielding the job id as soon as it is queued (POST /api/sync-models).
    QFuture<Result<QString>> startModelSync();
    // Starts (with a run now) or stops the periodic sync; persisted. Yields the loop's state.
    QFuture<Result<ServiceView>> setModelSyncEnabled(bool enabled);
    // Changes waiting for review (GET /api/sync/pending).
    QFuture<Result<QList<PendingChange>>> pendingModelChanges();
    // Rejections at once; approvals as a "sync-approve" job (its id in the outcome). 400 for
    // contradicting decisions, 404 when one names no queued change (then nothing happens).
    QFuture<Result<SyncDecisionOutcome>> decideModelChanges(const QList<SyncDecision> &decisions);
    QFuture<Result<QList<SyncHistoryEntry>>> modelSyncHistory(int limit = 100);  // newest first
    QFuture<Result<ModelSyncSettingsView>> modelSyncSettings();
    // {reviewMode?, removalAfterMisses?, siteOverrides?: {<site>: true|false|null}}
    QFuture<Result<ModelSyncSettingsView>> updateModelSyncSettings(const QJsonObject &patch);

    // --- Proxy keys (engine_keys.cpp; uni-load-behaviour.md §1.2) --------------------------------

    // Replaces the hop and/or gateway key as a "rotate-keys" job: new keys are stored and added
    // next to the old ones (groups, pools, api.yaml), then the old ones are removed. Yields the
    // new keys (never log them: proxyKeyPreviews()). Validation when neither is chosen.
    QFuture<Result<ProxyKeys>> rotateProxyKeys(bool hop, bool gateway);

    // Runs fn(core) in the engine thread; the returned future finishes with fn's result.
    // If the engine stops first, the future finishes with a Cancelled error.
    template <typename T>
    QFuture<Result<T>> invoke(std::function<QFuture<Result<T>>(EngineCore &)> fn);

signals:
    void snapshotChanged(const ul::EngineSnapshot &snapshot);
    void started();

private:
    void acceptSnapshot(const EngineSnapshot &snapshot);

    QThread m_thread;
    EngineCore *m_core = nullptr;
    mutable QReadWriteLock m_snapshotLock;
    EngineSnapshot m_snapshot;
    bool m_announcePending = false;  // snapshotChanged is queued for the newest snapshot
    bool m_shutDown = false;
};

template <typename T>
QFuture<Result<T>> Engine::invoke(std::function<QFuture<Result<T>>(EngineCore &)> fn)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    if (!m_core || m_shutDown || !m_thread.isRunning()) {
        promise->addResult(Result<T>(Error::make(ErrorKind::Unavailable, QStringLiteral("the engine is not running"))));
        promise->finish();
        return future;
    }
    // A promise that is never resolved (engine stopped before running fn) resolves as Cancelled.
    struct Resolver
    {
        std::shared_ptr<QPromise<Result<T>>> promise;
        bool done = false;
        ~Resolver()
        {
            if (!done) {
                promise->addResult(Result<T>(Error::cancelled(QStringLiteral("the engine stopped"))));
                promise->finish();
            }
        }
    };
    auto resolver = std::make_shared<Resolver>();  // built in place: a temporary's destructor would resolve
    resolver->promise = promise;
    EngineCore *core = m_core;
    QMetaObject::invokeMethod(
        m_core,
        [core, fn = std::move(fn), resolver]() {
            QFuture<Result<T>> inner = fn(*core);
            inner
                .then([resolver](const Result<T> &r) {
                    resolver->done = true;
                    resolver->promise->addResult(r);
                    resolver->promise->finish();
                })
                .onCanceled([resolver]() {});  // the Resolver's destructor reports it
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace ul
