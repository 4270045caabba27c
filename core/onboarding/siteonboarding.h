#pragma once

#include "core/onboarding/filterrulesstore.h"
#include "core/onboarding/onboardingservices.h"
#include "core/onboarding/onboardingtypes.h"
#include "core/onboarding/processsitejob.h"
#include "core/onboarding/siteprobe.h"
#include "core/onboarding/siterequest.h"

#include <QFuture>
#include <QObject>

#include <memory>
#include <optional>

namespace ul {

class EngineCore;
class HttpClient;

// Site onboarding in the engine (uni-load-behaviour.md §7, §8, §9, §18): the process-site job,
// probe, site-name preview, temp-group statistics and cleanup, the filter-rules store and the
// live list of site groups. Owned by EngineCore, engine thread only.
//
// Jobs that change gpt-load (process-site, temp-group cleanup) go through the engine's job queue;
// reads (probe, preview, stats, site groups) run directly. At shutdown() every pending chain
// stops touching the store; temp groups that could not be deleted any more are recorded and
// deleted when their instance is next seen healthy.
class SiteOnboarding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteOnboarding)

public:
    explicit SiteOnboarding(EngineCore &core, QObject *parent = nullptr);
    ~SiteOnboarding() override;

    // Awaited at the end of every process-site job once the L1 groups and the store are written.
    // Unset: `modelGroups` is the number of L3 records in the store.
    void setReconcileHook(ReconcileHook hook) { m_hooks.reconcile = std::move(hook); }
    bool hasReconcileHook() const { return bool(m_hooks.reconcile); }
    // Awaited before that reconciliation when a run re-lists site groups the store already has.
    void setModelSyncHook(ModelSyncHook hook) { m_hooks.modelSync = std::move(hook); }

    // `POST /api/process-ai-site`. Checked before queueing (400 bad input, 503 no healthy
    // instance; 409 JOB_IN_PROGRESS while a job for the same site is queued or running), then run
    // as a "process-site" job; `jobId` receives its id.
    QFuture<Result<ProcessSiteReport>> processSite(const SiteRequest &request, QString *jobId = nullptr);

    QFuture<Result<ProbeReport>> probe(const ProbeRequest &request);
    // The name a site with this URL would get now (store and live groups; §6.1).
    QFuture<Result<SiteNamePreview>> previewSiteName(const QString &baseUrl, const QString &requestedSiteName = {});

    QFuture<Result<TempGroupStats>> tempGroupStats();
    // A "temp-group-cleanup" job: every temp group, or those older than `hoursOld` hours.
    QFuture<Result<TempGroupCleanupReport>> cleanupTempGroups(std::optional<double> hoursOld, QString *jobId = nullptr);

    // Sort-20 groups of every healthy instance (`GET /api/channels/site-groups`).
    QFuture<Result<LiveSiteGroups>> liveSiteGroups();

    Result<FilterRulesView> filterRules() const;
    Result<FilterRulesView> saveFilterRules(const FilterRules &rules);
    Result<FilterRulesView> updateFilterRules(const QJsonObject &patch);
    Result<FilterRules> effectiveFilterRules() const;

    // Called by EngineCore::shutdown() before requests are cancelled.
    void shutdown();

private:
    void onInstanceHealthChanged(const QString &instanceId, bool healthy);
    OnboardingServices services() const;
    FilterRulesStore rulesStore() const;

    EngineCore &m_core;
    HttpClient *m_siteHttp;
    std::shared_ptr<bool> m_alive;
    std::shared_ptr<qint64> m_lastTempGroupMs;
    OnboardingHooks m_hooks;
};

} // namespace ul
