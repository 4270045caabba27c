#include "core/engine/enginecore.h"

#include "core/engine/jobqueue.h"
#include "core/engine/notifier.h"
#include "core/layers/layerreconciler.h"
#include "core/common/future.h"
#include "core/engine/siteviews.h"
#include "core/gptload/httpclient.h"
#include "core/gptload/requestscheduler.h"
#include "core/gptload/wirethread.h"
#include "core/instances/instancefile.h"
#include "core/instances/instancefilewatcher.h"
#include "core/instances/instanceregistry.h"
#include "core/log/categories.h"
#include "core/onboarding/siteonboarding.h"
#include "core/services/channelhealthservice.h"
#include "core/services/channelops.h"
#include "core/services/cleanupservice.h"
#include "core/services/modelsyncservice.h"
#include "core/services/weightoptimizerservice.h"
#include "core/sites/testmodel.h"
#include "core/store/statestore.h"
#include "core/uniapi/uniapireloader.h"
#include "core/uniapi/uniapiwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QThread>

#include <algorithm>

namespace ul {

EngineCore::EngineCore(EngineOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_clock(m_options.clock ? m_options.clock : Clock::system())
{
}

EngineCore::~EngineCore()
{
    // The child objects go first, newest first: services before the reconciler, the reconciler
    // before the instance registry. Deleting the registry cancels requests, and their
    // continuations run at once; guarded by their (then deleted) owners they do nothing, where
    // otherwise they would read the api.yaml writer and the store, members destroyed before
    // QObject deletes the children.
    QList<QPointer<QObject>> owned;
    for (QObject *child : children())
        owned.append(child);
    for (auto it = owned.crbegin(); it != owned.crend(); ++it)
        delete it->data();  // null when deleting an earlier one took it along
}

void EngineCore::initialize()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_startedAt = m_clock->now();
    m_publishTimer = new QTimer(this);
    m_publishTimer->setSingleShot(true);
    m_publishTimer->setInterval(20);  // coalesce bursts of changes (onboarding) into one snapshot
    connect(m_publishTimer, &QTimer::timeout, this, &EngineCore::publish);

    m_network = new QNetworkAccessManager(this);
    m_wire = new WireThread(this);
    m_store = std::make_unique<StateStore>();
    m_jobs = new JobQueue(m_store.get(), m_clock, this);
    connect(m_jobs, &JobQueue::jobsChanged, this, &EngineCore::schedulePublish);
    m_notifier = new Notifier(m_clock, this);
    connect(m_notifier, &Notifier::posted, this, &EngineCore::schedulePublish);

    QString storePath = m_options.stateStorePath;
    if (storePath.isEmpty())
        storePath = QDir(m_options.dataDir).filePath(QStringLiteral("uni-load.db"));
    if (Status s = m_store->open(storePath); !s.ok()) {
        m_startupError = s.error().message;
        qCCritical(lcStore).noquote() << "cannot open the state store:" << s.error().message;
    } else {
        qCInfo(lcStore).noquote() << "state store" << storePath << "schema version" << m_store->schemaVersion();
        Result<ProxyKeys> keys = ensureProxyKeys(*m_store);
        if (keys.ok())
            m_proxyKeys = keys.value();
        else
            m_startupError = keys.error().message;
    }

    GptLoadClientOptions clientOptions;
    clientOptions.timeoutMs = m_options.requestTimeoutMs;
    clientOptions.retryAttempts = m_options.retryAttempts;
    clientOptions.maxConcurrent = m_options.maxConcurrentRequests;
    clientOptions.retryBaseDelayMs = m_options.retryBaseDelayMs;
    clientOptions.wireLogging = m_options.wireLogging;
    m_instances = new InstanceRegistry(m_network, clientOptions, m_clock, this);
    m_instances->setWire(m_wire);
    connect(m_instances, &InstanceRegistry::changed, this, &EngineCore::schedulePublish);
    connect(m_instances, &InstanceRegistry::instanceHealthChanged, this, [this](const QString &id, bool healthy, const QString &error) {
        const auto config = m_instances->instance(id);
        const QString name = config ? config->name : id;
        if (healthy) {
            m_notifier->post(QStringLiteral("instance-up"), EngineEvent::Severity::Info, id,
                             QStringLiteral("gpt-load instance %1 is up").arg(name));
            if (m_firstCheckDone)
                queueCatchUpReconcile(QStringLiteral("Reconcile the three layers after gpt-load instance %1 came back").arg(name));
        } else
            m_notifier->post(QStringLiteral("instance-down"), EngineEvent::Severity::Warning, id,
                             QStringLiteral("gpt-load instance %1 is down: %2").arg(name, error));
    });
    connect(m_jobs, &JobQueue::jobFinished, this, &EngineCore::markSitesChanged);
    m_onboarding = new SiteOnboarding(*this, this);

    uniapi::UniApiWriterSettings writerSettings;
    writerSettings.path = m_options.uniApiYamlPath;
    writerSettings.mode = m_options.uniApiWriteInPlace ? uniapi::WriteMode::InPlace : uniapi::WriteMode::Atomic;
    writerSettings.writeEngine = m_options.uniApiEngineField;
    writerSettings.maxBackups = m_options.uniApiBackups;  // BackupStore::prune keeps at least one
    m_uniApi = std::make_unique<uniapi::UniApiWriter>(writerSettings, m_clock);
    startUniApiReloader();
    m_uniApiStatusTimer = new QTimer(this);
    m_uniApiStatusTimer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_uniApiStatusTimer, &QTimer::timeout, this, &EngineCore::refreshUniApiStatus);
    m_uniApiStatusTimer->start(30 * 1000);  // notices edits made outside uni-load
    // Whoever wrote (a reconciliation, a deletion, a restore…), a write that failed or the first
    // one that succeeded again shows in the status at once, and arms or ends the retry. Queued:
    // the writer's caller finishes first.
    m_uniApi->setWriteErrorObserver([this](const QString &) {
        QMetaObject::invokeMethod(this, [this]() { refreshUniApiStatus(); }, Qt::QueuedConnection);
    });
    m_uniApiRetryTimer = new QTimer(this);
    m_uniApiRetryTimer->setSingleShot(true);
    connect(m_uniApiRetryTimer, &QTimer::timeout, this,
            [this]() { queueCatchUpReconcile(QStringLiteral("Write api.yaml again after a failed write")); });
    refreshUniApiStatus();
    // Which api.yaml this run edits, and whether it can, said once in the start-up log.
    if (m_uniApiStatus.path.isEmpty())
        qCWarning(lcUniApi).noquote() << "no api.yaml path is configured (UNI_API_YAML_PATH): no provider is published to uni-api";
    else if (!m_uniApiStatus.error.isEmpty())
        qCWarning(lcUniApi).noquote() << QStringLiteral("api.yaml %1 cannot be used: %2; it is left alone until fixed")
                                             .arg(m_uniApiStatus.path, m_uniApiStatus.error);
    else if (!m_uniApiStatus.exists)
        qCInfo(lcUniApi).noquote() << QStringLiteral("api.yaml %1 does not exist yet; the first write creates it").arg(m_uniApiStatus.path);
    else
        qCInfo(lcUniApi).noquote() << QStringLiteral("api.yaml %1 with %2 provider(s)").arg(m_uniApiStatus.path, QString::number(m_uniApiStatus.providersCount));

    m_layers = new LayerReconciler(m_store.get(), m_instances, m_uniApi.get(), this);
    // process-ai-site ends with a reconciliation scoped to the site's models (§9.3 step 7).
    m_onboarding->setReconcileHook([this](const QStringList &models, const JobContextPtr &context) {
        return reconcileModels(models, context).then([](const Result<ReconcileResult> &r) -> Result<QJsonObject> {
            if (!r.ok())
                return r.error();
            return r->toJson();
        });
    });

    m_modelSync = new ModelSyncService(*this, this);
    // An update re-lists recorded site groups: their lists change as a model sync changes them.
    m_onboarding->setModelSyncHook([this](const QHash<qint64, DiscoveredModels> &lists, const JobContextPtr &context) {
        return m_modelSync->syncListed(lists, context).then([](const Result<ModelSyncReport> &r) -> Result<QJsonObject> {
            if (!r.ok())
                return r.error();
            return r->toJson();
        });
    });
    m_weightOptimizer = new WeightOptimizerService(*this, this);
    m_channelHealth = new ChannelHealthService(*this, this);
    m_cleanup = new CleanupService(*this, &m_channelHealth->actions(), this);
    m_channelOps = new ChannelOperations(*this, &m_channelHealth->actions(), this);

    applyInstanceFile();
    startInstanceFileWatcher();
    m_ready = true;
    m_modelSync->initialize();
    m_weightOptimizer->initialize();
    m_channelHealth->initialize();
    m_cleanup->initialize();
    publish();

    connect(m_jobs, &JobQueue::jobFinished, this, &EngineCore::refreshUniApiStatus);

    pruneHistories();
    m_historyPruneTimer = new QTimer(this);
    m_historyPruneTimer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_historyPruneTimer, &QTimer::timeout, this, &EngineCore::pruneHistories);
    m_historyPruneTimer->start(24 * 60 * 60 * 1000);

    if (!m_instances->instances().isEmpty()) {
        // Jobs that arrive before the first health check has answered wait for it: until then
        // every instance counts as unhealthy, and an onboarding sent right after start would
        // fail with "no healthy instance" (the original waited for one check before serving).
        m_jobs->hold();
        QFuture<Result<int>> firstCheck = m_instances->checkAll();
        (void)guardedThen(firstCheck, this, [this](const Result<int> &healthy) -> Result<int> {
            // Bring the layers in line with the store once the instances' health is known (a
            // no-op run makes no mutating call). With every instance down it waits for one to
            // come up.
            m_firstCheckDone = true;
            if (healthy.ok() && healthy.value() > 0) {
                queueCatchUpReconcile(QStringLiteral("Reconcile the three layers at startup"));
                offerAdoption();
            }
            m_jobs->release();
            return healthy;
        });
        m_instances->startTimer(m_options.instanceHealthIntervalSecs, m_options.instanceHealthMaxBackoffSecs);
    }
}

QString EngineCore::takeNewClientKey()
{
    const QString key = std::exchange(m_newClientKey, QString());
    if (!key.isEmpty()) {
        refreshUniApiStatus();
        publishNow();  // the snapshot stops offering it before the answer leaves
    }
    return key;
}

void EngineCore::pruneHistories()
{
    if (!m_store->isOpen())
        return;
    const Result<int> removed = m_store->pruneJournalAndSyncHistory(m_clock->now().addDays(-kHistoryRetentionDays));
    if (!removed.ok())
        qCWarning(lcStore).noquote() << "cannot prune the journal and sync history:" << removed.error().message;
    else if (removed.value() > 0)
        qCInfo(lcStore).noquote() << "pruned" << removed.value() << "journal and sync-history row(s) older than" << kHistoryRetentionDays
                                  << "days";
}

QFuture<Result<ReconcileResult>> EngineCore::reconcileModels(const QStringList &models, const std::shared_ptr<JobContext> &context)
{
    markSitesChanged();
    return guardedThen(m_layers->reconcile(ReconcileScope::forModels(models), context), this, [this](const Result<ReconcileResult> &r) {
        refreshUniApiStatus();
        markSitesChanged();
        return r;
    });
}

void EngineCore::queueCatchUpReconcile(const QString &title)
{
    if (!m_options.enableModelOptimizer || !hasSiteGroups() || m_jobs->hasJobWithKey(QStringLiteral("reconcile")))
        return;
    (void)m_jobs->enqueue<ReconcileResult>(
        QStringLiteral("reconcile"), title, QStringLiteral("reconcile"),
        [this](const JobContextPtr &context) { return m_layers->reconcile(ReconcileScope::everything(), context); },
        [](const ReconcileResult &r) { return r.toJson(); });
}

void EngineCore::offerAdoption()
{
    // Only for a store that manages nothing yet: an operator coming from the original uni-load
    // sees at once that its layout can be imported (one group listing per instance).
    if (!m_options.enableModelOptimizer || !storeReady() || hasSiteGroups())
        return;
    (void)guardedThen(m_layers->previewAdoption(), this, [this](const Result<AdoptionPreview> &preview) {
        if (!preview.ok() || !preview->hasSomethingToImport())
            return;
        m_notifier->post(QStringLiteral("adoption-available"), EngineEvent::Severity::Info, QString(),
                         QStringLiteral("gpt-load holds %1 group(s) left by the original uni-load; import them on the Architecture "
                                        "page (Import) or with POST /api/adoption/import")
                             .arg(preview->newRecordCount()));
    });
}

void EngineCore::refreshUniApiStatus()
{
    if (!m_uniApi)
        return;
    const uniapi::UniApiStatus status = m_uniApi->status();
    UniApiFileView view;
    view.path = status.path;
    view.exists = status.exists;
    view.directoryExists = status.directoryExists;
    view.providersCount = status.providersCount;
    view.error = status.error;
    view.writeError = m_uniApi->lastWriteError();
    // A missing api.yaml is created with a new client key: uni-api's clients need to know. The
    // key waits in memory until a console shows it (once); it is in api.yaml's api_keys anyway.
    if (QString created = m_uniApi->takeCreatedClientKey(); !created.isEmpty()) {
        m_newClientKey = std::move(created);
        m_notifier->post(QStringLiteral("uniapi-created"), EngineEvent::Severity::Warning, view.path,
                         QStringLiteral("api.yaml did not exist; uni-load created %1 with a new client key for uni-api's clients").arg(view.path));
    }
    view.newClientKeyWaiting = !m_newClientKey.isEmpty();
    if (!view.writeError.isEmpty() && view.writeError != m_uniApiStatus.writeError)
        m_notifier->post(QStringLiteral("uniapi-write-failed"), EngineEvent::Severity::Error, view.path,
                         QStringLiteral("api.yaml was not written: %1").arg(view.writeError));
    if (status.exists && status.error.isEmpty()) {
        QStringList urls;
        for (const InstanceConfig &i : m_instances->instances())
            urls << i.url << i.effectiveUniApiBaseUrl();
        if (const auto entries = m_uniApi->managedEntries(urls); entries.ok()) {
            view.managedCount = int(std::count_if(entries->cbegin(), entries->cend(), [](const uniapi::ManagedEntryView &e) {
                return e.ownership == uniapi::ProviderOwnership::Managed;
            }));
        }
    }
    view.writeRetryAt = scheduleUniApiWriteRetry(!view.writeError.isEmpty());
    const bool changed = view.writeRetryAt != m_uniApiStatus.writeRetryAt || view.exists != m_uniApiStatus.exists || view.providersCount != m_uniApiStatus.providersCount
                         || view.managedCount != m_uniApiStatus.managedCount || view.error != m_uniApiStatus.error
                         || view.path != m_uniApiStatus.path || view.directoryExists != m_uniApiStatus.directoryExists
                         || view.writeError != m_uniApiStatus.writeError || view.newClientKeyWaiting != m_uniApiStatus.newClientKeyWaiting;
    view.reload = m_uniApiStatus.reload;  // kept current by the reloader (enginecore_uniapi.cpp)
    m_uniApiStatus = view;
    if (changed)
        schedulePublish();
}

bool EngineCore::hasSiteGroups() const
{
    if (!m_store || !m_store->isOpen())
        return false;
    const auto groups = m_store->siteGroups();
    return groups.ok() && !groups->isEmpty();
}

bool EngineCore::storeReady() const
{
    return m_store && m_store->isOpen() && !m_proxyKeys.hop.isEmpty();
}

void EngineCore::shutdown()
{
    Q_ASSERT(QThread::currentThread() == thread());
    // First: pending onboarding chains must stop touching the store before requests are cancelled.
    if (m_onboarding)
        m_onboarding->shutdown();
    if (m_modelSync)
        m_modelSync->shutdown();
    if (m_weightOptimizer)
        m_weightOptimizer->shutdown();
    if (m_channelHealth)
        m_channelHealth->shutdown();
    if (m_cleanup)
        m_cleanup->shutdown();
    if (m_jobs)
        m_jobs->cancelAll();
    delete m_instanceFileWatcher;  // no reload from here on
    m_instanceFileWatcher = nullptr;
    if (m_instances) {
        m_instances->stopTimer();
        m_instances->cancelAll();
    }
    if (m_uniApiStatusTimer)
        m_uniApiStatusTimer->stop();
    if (m_historyPruneTimer)
        m_historyPruneTimer->stop();
    if (m_uniApiRetryTimer)
        m_uniApiRetryTimer->stop();
    if (m_uniApiReloader)
        m_uniApiReloader->shutdown();
    if (m_publishTimer)
        m_publishTimer->stop();
    if (m_store)
        m_store->close();
}

void EngineCore::schedulePublish()
{
    if (m_publishTimer && !m_publishTimer->isActive())
        m_publishTimer->start();
}

void EngineCore::publishNow()
{
    if (m_publishTimer)
        m_publishTimer->stop();
    publish();
}

void EngineCore::markSitesChanged()
{
    m_sitesDirty = true;
    schedulePublish();
}

void EngineCore::publish()
{
    emit snapshotReady(buildSnapshot());
}

void EngineCore::markHighCostTestModels(QList<SiteView> &sites) const
{
    const Result<FilterRules> rules = m_onboarding ? m_onboarding->effectiveFilterRules() : Result<FilterRules>(FilterRules::defaults());
    const FilterRules &effective = rules.ok() ? rules.value() : FilterRules::defaults();
    for (SiteView &site : sites) {
        for (SiteGroupView &g : site.groups)
            g.testModelHighCost = !g.testModel.isEmpty() && isCostlyTestModel(g.testModel, effective);
    }
}

EngineSnapshot EngineCore::buildSnapshot()
{
    EngineSnapshot s;
    s.revision = ++m_revision;
    s.startedAt = m_startedAt;
    s.ready = m_ready;
    s.startupError = m_startupError;
    s.instanceFile = m_instanceFile;
    if (!m_instanceFileEditProblem.isEmpty())
        s.instanceFile.warnings.append(m_instanceFileEditProblem);
    s.uniApi = m_uniApiStatus;
    s.channelFailureThreshold = m_options.channelFailureThreshold;
    s.modelSync.intervalMinutes = m_options.modelSyncIntervalMinutes;
    if (m_modelSync)
        m_modelSync->fillSnapshot(s);
    if (m_weightOptimizer)
        m_weightOptimizer->fillSnapshot(s);
    s.channelHealth.intervalMinutes = m_options.channelCheckIntervalMinutes;
    if (m_channelHealth)
        m_channelHealth->fillSnapshot(s);
    if (m_cleanup)
        m_cleanup->fillSnapshot(s);
    if (m_instances) {
        s.instances = m_instances->views();
        s.instanceHealth = m_instances->serviceView();
    }
    if (m_store && m_store->isOpen()) {
        const auto assignments = m_store->siteAssignments();
        for (auto it = assignments.cbegin(); it != assignments.cend(); ++it) {
            const auto instance = m_instances ? m_instances->instance(it.value()) : std::nullopt;
            s.siteAssignments.insert(it.key(), {it.value(), instance ? instance->name : it.value()});
        }
    }
    if (m_store && m_store->isOpen() && m_sitesDirty) {
        SiteSnapshotPart part = buildSiteSnapshotPart(*m_store, m_instances);
        m_siteViews = std::move(part.sites);
        m_layerCounts = part.layers;
        markHighCostTestModels(m_siteViews);
        m_sitesDirty = false;
    }
    s.sites = m_siteViews;
    if (m_channelHealth)
        m_channelHealth->annotateSiteGroups(s.sites);
    s.layers = m_layerCounts;
    if (m_jobs)
        s.jobs = m_jobs->jobs();
    if (m_notifier)
        s.events = m_notifier->recent(50);
    return s;
}

HttpClientOptions EngineCore::siteHttpOptions() const
{
    HttpClientOptions http;
    http.timeoutMs = m_options.requestTimeoutMs;
    http.retryAttempts = m_options.retryAttempts;
    http.retryBaseDelayMs = m_options.retryBaseDelayMs;
    http.wireLogging = m_options.wireLogging;
    return http;
}

HttpClient *EngineCore::createSiteHttpClient(const HttpClientOptions &options, QObject *owner)
{
    auto *scheduler = new RequestScheduler(std::max(1, m_options.maxConcurrentRequests), owner);
    auto *client = new HttpClient(m_network, scheduler, options, owner);
    client->setWire(m_wire);
    return client;
}

} // namespace ul
