#include "core/services/modelsyncservice.h"

#include "core/services/clockschedule.h"
#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/engine/notifier.h"
#include "core/gptload/httpclient.h"
#include "core/log/categories.h"
#include "core/services/modelsyncreview.h"
#include "core/services/modelsyncrun.h"
#include "core/services/modelsyncstate.h"
#include "core/store/statestore.h"

#include <QPointer>
#include <QSet>

#include <algorithm>

namespace ul {

namespace {

Error storeClosed()
{
    return StateStore::notOpenError();
}

} // namespace

ModelSyncService::ModelSyncService(EngineCore &core, QObject *parent)
    : QObject(parent), m_core(core), m_schedule(new ClockSchedule(core.clock(), [this]() { onDue(); }, this)),
      m_alive(std::make_shared<bool>(true))
{

    m_siteHttp = core.createSiteHttpClient(core.siteHttpOptions(), this);
}

ModelSyncService::~ModelSyncService()
{
    *m_alive = false;
}

void ModelSyncService::initialize()
{
    bool enabled = m_core.options().enableModelSync;
    if (m_core.store().isOpen()) {
        Result<ModelSyncSettings> settings = loadModelSyncSettings(m_core.store());
        if (settings.ok())
            m_settings = settings.value();
        else
            qCWarning(lcSync).noquote() << "model sync settings:" << settings.error().message << "- using the defaults";
        if (m_settings.enabled && !m_core.options().modelSyncForced)
            enabled = *m_settings.enabled;
        else if (m_settings.enabled && *m_settings.enabled != enabled)
            qCInfo(lcSync).noquote() << "ENABLE_MODEL_SYNC is set outside the stored settings and overrides the stored"
                                     << (enabled ? "stop" : "start") << "for this run";
        if (const std::optional<ModelSyncRunView> last = loadLastModelSyncRun(m_core.store()))
            m_lastRun = *last;
        refreshPendingCount();
    }
    m_enabled = enabled;
    if (m_enabled) {
        m_schedule->setNext(m_core.clock()->now().addSecs(kFirstRunDelaySecs));
        qCInfo(lcSync).noquote() << "model sync every" << m_core.options().modelSyncIntervalMinutes << "min; first run at"
                                 << m_schedule->next().toString(Qt::ISODate);
    } else {
        qCInfo(lcSync) << "model sync is stopped";
    }
}

void ModelSyncService::shutdown()
{
    *m_alive = false;
    m_schedule->clear();
    m_siteHttp->cancelAll();
}

qint64 ModelSyncService::intervalMs() const
{
    return qint64(qMax(1, m_core.options().modelSyncIntervalMinutes)) * 60 * 1000;
}

QDateTime ModelSyncService::nextRun() const
{
    return m_enabled ? m_schedule->next() : QDateTime();
}

void ModelSyncService::onTimer()
{
    m_schedule->check();
}

void ModelSyncService::onDue()
{
    if (!m_enabled || !*m_alive)
        return;
    m_schedule->setNext(m_core.clock()->now().addMSecs(intervalMs()));
    m_core.schedulePublish();
    QFuture<Result<ModelSyncReport>> run = runNow(QStringLiteral("timer"));
    if (run.isFinished() && run.resultCount() > 0 && !run.result().ok() && run.result().error().kind == ErrorKind::Conflict)
        qCInfo(lcSync) << "scheduled model sync skipped: a sync is already queued or running";
}

QFuture<Result<ModelSyncReport>> ModelSyncService::runNow(const QString &trigger, QString *jobId)
{
    if (!*m_alive)
        return readyError<ModelSyncReport>(shutdownError());
    if (!m_core.storeReady())
        return readyError<ModelSyncReport>(storeClosed());
    QPointer<ModelSyncService> guard(this);
    return m_core.jobs().enqueue<ModelSyncReport>(
        QLatin1String(kJobKind), QStringLiteral("Sync the model lists of every site"), QLatin1String(kJobKind),
        [guard, trigger](const JobContextPtr &context) -> QFuture<Result<ModelSyncReport>> {
            if (!guard || !*guard->m_alive)
                return readyError<ModelSyncReport>(shutdownError());
            guard->m_running = true;
            guard->m_core.schedulePublish();
            ModelSyncRun::Setup setup;
            setup.core = &guard->m_core;
            setup.siteHttp = guard->m_siteHttp;
            setup.alive = guard->m_alive;
            setup.trigger = trigger;
            setup.concurrency = guard->m_core.options().maxConcurrentRequests;
            return ModelSyncRun::run(setup, context).then([guard](const Result<ModelSyncReport> &result) {
                if (guard)
                    guard->runFinished(result);
                return result;
            });
        },
        [](const ModelSyncReport &report) { return report.toJson(); }, jobId);
}

QFuture<Result<ModelSyncReport>> ModelSyncService::syncListed(const QHash<qint64, DiscoveredModels> &lists, const JobContextPtr &context)
{
    if (!*m_alive)
        return readyError<ModelSyncReport>(shutdownError());
    ModelSyncRun::Setup setup;
    setup.core = &m_core;
    setup.siteHttp = m_siteHttp;
    setup.alive = m_alive;
    setup.trigger = QStringLiteral("update");
    setup.concurrency = m_core.options().maxConcurrentRequests;
    setup.listed = lists;
    QPointer<ModelSyncService> guard(this);
    return ModelSyncRun::run(setup, context).then([guard](const Result<ModelSyncReport> &result) {
        if (guard && result.ok()) {
            guard->refreshPendingCount();  // review mode may have queued proposals
            guard->m_core.schedulePublish();
        }
        return result;
    });
}

void ModelSyncService::runFinished(const Result<ModelSyncReport> &result)
{
    m_running = false;
    if (!*m_alive)
        return;
    if (result.ok()) {
        m_lastRun = result->summary();
    } else {
        const Error &error = result.error();
        ModelSyncRunView failed;
        failed.finishedAt = m_core.clock()->now();
        failed.startedAt = failed.finishedAt;
        failed.outcome = error.kind == ErrorKind::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
        failed.errors = {error.message};
        m_lastRun = failed;
        if (error.kind != ErrorKind::Cancelled)
            m_core.notifier().post(QStringLiteral("sync-failed"), EngineEvent::Severity::Error, QStringLiteral("model-sync"),
                                   QStringLiteral("model sync failed: %1").arg(error.message));
    }
    if (m_core.store().isOpen()) {
        if (Status s = saveLastModelSyncRun(m_core.store(), m_lastRun); !s.ok())
            qCWarning(lcSync).noquote() << "cannot store the model sync summary:" << s.error().message;
    }
    refreshPendingCount();
    m_core.markSitesChanged();
}

Status ModelSyncService::persistEnabled(bool enabled)
{
    if (!m_core.store().isOpen())
        return storeClosed();
    Result<ModelSyncSettings> stored = loadModelSyncSettings(m_core.store());
    ModelSyncSettings settings = stored.ok() ? stored.value() : m_settings;
    settings.enabled = enabled;
    if (Status s = saveModelSyncSettings(m_core.store(), settings); !s.ok())
        return s;
    m_settings = settings;
    return {};
}

Status ModelSyncService::setEnabled(bool enabled)
{
    if (Status s = persistEnabled(enabled); !s.ok())
        return s;
    if (enabled == m_enabled)
        return {};
    m_enabled = enabled;
    if (!enabled) {
        m_schedule->clear();
        qCInfo(lcSync) << "model sync stopped";
        m_core.schedulePublish();
        return {};
    }
    // As the original's start(): a run now, then one every interval.
    m_schedule->setNext(m_core.clock()->now().addMSecs(intervalMs()));
    qCInfo(lcSync).noquote() << "model sync started; next scheduled run at" << m_schedule->next().toString(Qt::ISODate);
    (void)runNow(QStringLiteral("start"));
    m_core.schedulePublish();
    return {};
}

Result<QList<PendingChange>> ModelSyncService::pendingChanges() const
{
    if (!m_core.store().isOpen())
        return storeClosed();
    return m_core.store().pendingChanges();
}

Result<SyncDecisionOutcome> ModelSyncService::decide(const QList<SyncDecision> &decisions)
{
    if (!*m_alive)
        return shutdownError();
    if (!m_core.storeReady())
        return storeClosed();
    QHash<QString, SyncDecision::Kind> seen;
    for (const SyncDecision &d : decisions) {
        const QString key = d.siteGroup + QLatin1Char('\n') + d.model;
        const auto earlier = seen.constFind(key);
        if (earlier != seen.constEnd() && earlier.value() != d.kind)
            return Error::validation(QStringLiteral("decision"),
                                     QStringLiteral("%1/%2 is both approved and rejected").arg(d.siteGroup, d.model));
        seen.insert(key, d.kind);
    }
    if (Status s = checkDecisions(m_core.store(), decisions); !s.ok())
        return s.error();

    QList<SyncDecision> approvals;
    QList<SyncDecision> rejections;
    for (const SyncDecision &d : decisions)
        (d.kind == SyncDecision::Kind::Approve ? approvals : rejections).append(d);
    SyncDecisionOutcome outcome;
    if (!rejections.isEmpty()) {
        Result<int> rejected = rejectQueuedChanges(m_core.store(), rejections);
        if (!rejected.ok())
            return rejected.error();
        outcome.rejected = rejected.value();
    }
    if (!approvals.isEmpty()) {
        QPointer<ModelSyncService> guard(this);
        QFuture<Result<ModelSyncReport>> job = m_core.jobs().enqueue<ModelSyncReport>(
            QLatin1String(kApproveJobKind), QStringLiteral("Apply %1 approved model change(s)").arg(approvals.size()), QString(),
            [guard, approvals](const JobContextPtr &context) -> QFuture<Result<ModelSyncReport>> {
                if (!guard || !*guard->m_alive)
                    return readyError<ModelSyncReport>(shutdownError());
                return applyApprovedChanges(guard->m_core, guard->m_alive, approvals, context)
                    .then([guard](const Result<ModelSyncReport> &result) {
                        if (guard && *guard->m_alive) {
                            guard->refreshPendingCount();
                            guard->m_core.markSitesChanged();
                        }
                        return result;
                    });
            },
            [](const ModelSyncReport &report) { return report.toJson(); }, &outcome.jobId);
        if (outcome.jobId.isEmpty())
            return job.isFinished() && job.resultCount() > 0 ? job.result().error()
                                                              : Error::internal(QStringLiteral("the approvals were not queued"));
        outcome.approved = int(approvals.size());
    }
    refreshPendingCount();
    m_core.schedulePublish();
    return outcome;
}

Result<QList<SyncHistoryEntry>> ModelSyncService::history(int limit) const
{
    if (!m_core.store().isOpen())
        return storeClosed();
    return m_core.store().syncHistory(std::clamp(limit, 1, 1000));
}

Result<ModelSyncSettingsView> ModelSyncService::settingsView() const
{
    if (!m_core.store().isOpen())
        return storeClosed();
    Result<ModelSyncSettings> settings = loadModelSyncSettings(m_core.store());
    if (!settings.ok())
        return settings.error();
    Result<QList<SiteRecord>> sites = m_core.store().sites();
    if (!sites.ok())
        return sites.error();
    ModelSyncSettingsView view;
    view.enabled = m_enabled;
    view.intervalMinutes = m_core.options().modelSyncIntervalMinutes;
    view.reviewMode = settings->reviewMode;
    view.removalAfterMisses = settings->removalAfterMisses;
    for (const SiteRecord &s : sites.value()) {
        if (s.reviewMode)
            view.siteOverrides.insert(s.name, *s.reviewMode);
    }
    return view;
}

Result<ModelSyncSettingsView> ModelSyncService::updateSettings(const QJsonObject &patch)
{
    if (!m_core.store().isOpen())
        return storeClosed();
    static const QSet<QString> known{QStringLiteral("reviewMode"), QStringLiteral("removalAfterMisses"), QStringLiteral("siteOverrides")};
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (!known.contains(it.key()))
            return Error::validation(it.key(), QStringLiteral("unknown model sync setting %1").arg(it.key()));
    }
    StateStore &store = m_core.store();
    Result<ModelSyncSettings> current = loadModelSyncSettings(store);
    if (!current.ok())
        return current.error();
    QJsonObject merged = current->toJson();
    for (const QString &key : {QStringLiteral("reviewMode"), QStringLiteral("removalAfterMisses")}) {
        if (patch.contains(key))
            merged.insert(key, patch.value(key));
    }
    Result<ModelSyncSettings> settings = ModelSyncSettings::fromJson(merged);
    if (!settings.ok())
        return settings.error();

    QList<SiteRecord> siteUpdates;
    if (patch.contains(QStringLiteral("siteOverrides"))) {
        const QJsonValue overrides = patch.value(QStringLiteral("siteOverrides"));
        if (!overrides.isObject())
            return Error::validation(QStringLiteral("siteOverrides"), QStringLiteral("siteOverrides must map site names to true, false or null"));
        Result<QList<SiteRecord>> sites = store.sites();
        if (!sites.ok())
            return sites.error();
        const QJsonObject bySite = overrides.toObject();
        for (auto it = bySite.begin(); it != bySite.end(); ++it) {
            const auto site = std::find_if(sites->cbegin(), sites->cend(), [&it](const SiteRecord &s) { return s.name == it.key(); });
            if (site == sites->cend())
                return Error::notFound(QStringLiteral("unknown site %1").arg(it.key()));
            if (!it.value().isBool() && !it.value().isNull())
                return Error::validation(QStringLiteral("siteOverrides.") + it.key(), QStringLiteral("a site's review mode must be true, false or null"));
            SiteRecord updated = *site;
            updated.reviewMode = it.value().isNull() ? std::nullopt : std::optional<bool>(it.value().toBool());
            updated.updatedAt = m_core.clock()->now();
            siteUpdates.append(updated);
        }
    }
    Status saved = store.transaction([&]() -> Status {
        if (Status s = saveModelSyncSettings(store, settings.value()); !s.ok())
            return s;
        for (const SiteRecord &site : std::as_const(siteUpdates)) {
            if (Result<SiteRecord> r = store.saveSite(site); !r.ok())
                return r.error();
        }
        return {};
    });
    if (!saved.ok())
        return saved.error();
    m_settings = settings.value();
    m_core.markSitesChanged();
    return settingsView();
}

void ModelSyncService::refreshPendingCount()
{
    if (!m_core.store().isOpen())
        return;
    Result<QList<PendingChange>> pending = m_core.store().pendingChanges();
    if (pending.ok())
        m_pendingCount = int(pending->size());
}

void ModelSyncService::fillSnapshot(EngineSnapshot &s) const
{
    s.modelSync.enabled = m_enabled;
    s.modelSync.busy = m_running || m_core.jobs().hasJobWithKey(QLatin1String(kJobKind));
    s.modelSync.intervalMinutes = m_core.options().modelSyncIntervalMinutes;
    s.modelSync.nextRun = nextRun();
    s.modelSync.lastRun = m_lastRun.finishedAt;
    if (m_lastRun.finishedAt.isValid())
        s.modelSync.lastResult = m_lastRun.errors.isEmpty()
                                     ? QStringLiteral("%1 site group(s): %2 added, %3 removed, %4 queued")
                                           .arg(m_lastRun.siteGroups)
                                           .arg(m_lastRun.added)
                                           .arg(m_lastRun.removed)
                                           .arg(m_lastRun.queued)
                                     : QStringLiteral("%1: %2").arg(m_lastRun.outcome, m_lastRun.errors.first());
    s.modelSyncDetails.reviewMode = m_settings.reviewMode;
    s.modelSyncDetails.removalAfterMisses = m_settings.removalAfterMisses;
    s.modelSyncDetails.pendingChanges = m_pendingCount;
    s.modelSyncDetails.lastRun = m_lastRun;
}

} // namespace ul
