#pragma once

#include "core/engine/engineoptions.h"
#include "core/common/filesnapshot.h"
#include "core/common/result.h"
#include "core/engine/snapshot.h"
#include "core/store/proxykeys.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace ul {

class ChannelHealthService;
class HttpClient;
struct HttpClientOptions;
class ChannelOperations;
class CleanupService;
class InstanceFileWatcher;
class InstanceRegistry;
class JobContext;
struct ReconcileResult;
struct InstanceFileLoad;
class JobQueue;
class LayerReconciler;
class ModelSyncService;
class WeightOptimizerService;
class Notifier;
class SiteOnboarding;
class WireThread;
class StateStore;
namespace uniapi {
class UniApiReloader;
class UniApiWriter;
struct ReloadResult;
}

// The engine proper. Lives in the engine thread (moved there by Engine); every object it owns
// (network access manager, timers, database connection) is created in that thread during
// initialize() and destroyed in shutdown(). Nothing outside the engine thread calls it directly.
class EngineCore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineCore)

public:
    // How long the operations journal and the sync history are kept (the Operations page, the
    // web console's activity view and GET /api/journal read recent rows only).
    static constexpr int kHistoryRetentionDays = 90;

    explicit EngineCore(EngineOptions options, QObject *parent = nullptr);
    ~EngineCore() override;

    void initialize();   // engine thread: open the store, read the instance file, start loops
    void shutdown();     // engine thread: cancel jobs, stop timers, abort requests, close the store

    const EngineOptions &options() const { return m_options; }
    Clock *clock() const { return m_clock; }
    StateStore &store() { return *m_store; }
    JobQueue &jobs() { return *m_jobs; }
    QNetworkAccessManager *network() { return m_network; }
    // The thread that carries every outbound HTTP attempt (see core/gptload/wirethread.h).
    WireThread *wire() { return m_wire; }
    // Options for requests straight to AI sites: REQUEST_TIMEOUT_MS, RETRY_ATTEMPTS, the backoff
    // and wire logging of the engine. Callers change what differs (a probe is sent once, …).
    HttpClientOptions siteHttpOptions() const;
    // A client for AI sites with its own MAX_CONCURRENT_REQUESTS scheduler, on the wire thread,
    // owned by `owner` (so each service's site calls queue apart from the others').
    HttpClient *createSiteHttpClient(const HttpClientOptions &options, QObject *owner);
    InstanceRegistry &instances() { return *m_instances; }
    // The hop and gateway keys (generated at first start, kept in the store's secrets).
    const ProxyKeys &proxyKeys() const { return m_proxyKeys; }
    void setProxyKeys(const ProxyKeys &keys) { m_proxyKeys = keys; }
    bool storeReady() const;
    bool hasSiteGroups() const;
    // ENABLE_MODEL_OPTIMIZER: one full reconcile job (skipped when one is queued or running, or
    // when there is nothing to reconcile). Runs once the first instance check has answered and
    // again whenever an instance comes back, so work an outage held back is done then.
    void queueCatchUpReconcile(const QString &title);
    // ENABLE_MODEL_OPTIMIZER, store without site groups: an "adoption-available" event when
    // gpt-load holds a layout of the original uni-load.
    void offerAdoption();
    uniapi::UniApiWriter &uniApi() { return *m_uniApi; }
    // Site onboarding: process-site jobs, probe, name preview, temp groups, filter rules.
    SiteOnboarding &onboarding() { return *m_onboarding; }
    // The three-layer reconciliation, dry runs, architecture status, adoption, removals.
    LayerReconciler &layers() { return *m_layers; }
    // Events for the tray, the notification area, the log and GET /api/events.
    Notifier &notifier() { return *m_notifier; }
    // The model sync loop (core/services/modelsyncservice.h).
    ModelSyncService &modelSync() { return *m_modelSync; }
    // The optional weight optimization loop (core/services/weightoptimizerservice.h).
    WeightOptimizerService &weightOptimizer() { return *m_weightOptimizer; }
    // Channel health with recovery, connectivity cleanup, channel operations (core/services).
    ChannelHealthService &channelHealth() { return *m_channelHealth; }
    CleanupService &cleanup() { return *m_cleanup; }
    ChannelOperations &channelOps() { return *m_channelOps; }

    // A reconciliation scoped to `models` after their desired state changed in the store (an
    // onboarding, stored weights); api.yaml's status and the site views are refreshed after it.
    QFuture<Result<ReconcileResult>> reconcileModels(const QStringList &models, const std::shared_ptr<JobContext> &context);
    // Re-reads the instance file and applies it (instances added, changed, removed).
    void reloadInstanceFile();
    // Re-reads api.yaml's status for the snapshot (after writes; also on a slow timer).
    void refreshUniApiStatus();
    // The client key of an api.yaml uni-load created, once (empty when there is none or it was
    // taken already).
    QString takeNewClientKey();

    // Marks the snapshot dirty; a new one is published from the event loop (coalesced).
    void schedulePublish();
    // Publishes at once, for commands whose caller reads the snapshot right after the answer
    // (a service switched on or off): the snapshot is queued to the owner before the result.
    void publishNow();
    // Sites, site groups or layer records changed in the store: the next snapshot re-reads them
    // (also done whenever a job finishes). Schedules a publish.
    void markSitesChanged();

signals:
    void snapshotReady(const ul::EngineSnapshot &snapshot);

private:
    void publish();
    EngineSnapshot buildSnapshot();
    // Drops journal and sync-history rows older than kHistoryRetentionDays: at start, then daily.
    void pruneHistories();
    // testModelHighCost of every site group, by the effective filter rules (§8.3).
    void markHighCostTestModels(QList<SiteView> &sites) const;

    // enginecore_instancefile.cpp: the instance file at start, after uni-load's own edits
    // (reloadInstanceFile) and after edits made outside uni-load (the watcher).
    void applyInstanceFile();
    void applyInstanceFileLoad(const InstanceFileLoad &load);
    void restartInstanceChecks();
    void startInstanceFileWatcher();
    void onInstanceFileChangedOnDisk();
    // enginecore_uniapi.cpp: the reload after each api.yaml write, its events and snapshot part.
    void startUniApiReloader();
    void onUniApiReloaded(const uniapi::ReloadResult &result);
    // Arms (failing) or clears the retry of a failed api.yaml write; answers when it runs.
    QDateTime scheduleUniApiWriteRetry(bool failing);

    EngineOptions m_options;
    Clock *m_clock;
    std::unique_ptr<StateStore> m_store;
    JobQueue *m_jobs = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    WireThread *m_wire = nullptr;
    QTimer *m_publishTimer = nullptr;
    QTimer *m_uniApiStatusTimer = nullptr;
    QTimer *m_historyPruneTimer = nullptr;
    QTimer *m_uniApiRetryTimer = nullptr;
    int m_uniApiRetryDelaySecs = 0;  // the delay of the armed retry; 0 while api.yaml writes succeed
    QDateTime m_uniApiRetryAt;
    InstanceRegistry *m_instances = nullptr;
    LayerReconciler *m_layers = nullptr;
    Notifier *m_notifier = nullptr;
    SiteOnboarding *m_onboarding = nullptr;
    ModelSyncService *m_modelSync = nullptr;
    WeightOptimizerService *m_weightOptimizer = nullptr;
    ChannelHealthService *m_channelHealth = nullptr;
    CleanupService *m_cleanup = nullptr;
    ChannelOperations *m_channelOps = nullptr;
    std::unique_ptr<uniapi::UniApiWriter> m_uniApi;
    uniapi::UniApiReloader *m_uniApiReloader = nullptr;
    InstanceFileView m_instanceFile;
    FileSnapshot m_instanceFileRead;  // the bytes the instance file had when last read
    // An edit made outside uni-load that does not load, while the instances loaded before stay
    // in use: shown after the file's own warnings until a load replaces them.
    QString m_instanceFileEditProblem;
    InstanceFileWatcher *m_instanceFileWatcher = nullptr;
    ProxyKeys m_proxyKeys;
    UniApiFileView m_uniApiStatus;
    QString m_newClientKey;  // never logged, never in a snapshot
    QList<SiteView> m_siteViews;     // cached between publishes until markSitesChanged()
    LayerCounts m_layerCounts;
    bool m_sitesDirty = true;
    quint64 m_revision = 0;
    QDateTime m_startedAt;
    bool m_ready = false;
    bool m_firstCheckDone = false;  // instance-up events before it are the first check's
    QString m_startupError;
};

} // namespace ul
