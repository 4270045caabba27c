#pragma once

#include "core/common/result.h"
#include "core/engine/job.h"
#include "core/onboarding/futurechain.h"
#include "core/onboarding/modellisting.h"
#include "core/services/modelsyncapply.h"
#include "core/services/modelsyncdiff.h"
#include "core/services/modelsyncstate.h"
#include "core/services/modelsynctypes.h"
#include "core/sites/filterrules.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QPromise>
#include <QSet>

#include <memory>
#include <optional>

namespace ul {

class EngineCore;
class HttpClient;

// One model sync over every site group (uni-load-behaviour.md §15.3), run as the body of a
// "sync" job:
//  1. re-discover each site group's models in its own format through its L1 group's proxy with
//     the hop key, falling back to a direct request with one of the group's keys read from
//     gpt-load (never stored); at most `concurrency` site groups at a time;
//  2. filter with the current rules and compare with the stored list case-insensitively;
//  3. record missing counters, proposals (review mode), rejections and the raw lists;
//  4. apply the accepted changes (store, then one scoped reconciliation);
//  5. history rows, events, journal.
// A failed discovery (including an empty list) changes nothing for that site group.
class ModelSyncRun final : public std::enable_shared_from_this<ModelSyncRun>
{
public:
    struct Setup
    {
        EngineCore *core = nullptr;
        HttpClient *siteHttp = nullptr;  // direct requests to the sites
        AliveFlag alive;
        QString trigger;                 // timer | manual | start | update
        int concurrency = 10;
        // An update of a site (process-ai-site): only these site groups, with the lists its
        // discovery has just fetched, so nothing is listed twice.
        QHash<qint64, DiscoveredModels> listed;
    };

    static QFuture<Result<ModelSyncReport>> run(const Setup &setup, JobContextPtr context);

private:
    struct Target
    {
        SiteGroupRecord group;
        SiteRecord site;
        bool reviewMode = false;
    };

    ModelSyncRun(const Setup &setup, JobContextPtr context);

    Status prepare();
    QFuture<Status> discoverAll();
    void launch(int index);
    void discovered(int index, const Result<DiscoveredModels> &result);
    QFuture<Result<DiscoveredModels>> discover(const Target &target);
    QFuture<Result<DiscoveredModels>> discoverDirect(const Target &target, const QString &proxyFailure);
    QFuture<Result<ModelSyncReport>> afterDiscovery();
    Status recordBookkeeping();  // counters, proposals, rejections, raw lists
    ModelSyncReport finish(const ModelApplyOutcome &applied);
    bool cancelled() const { return m_context && m_context->isCancelled(); }

    Setup m_setup;
    JobContextPtr m_context;
    ModelSyncReport m_report;
    ModelSyncSettings m_settings;
    FilterRules m_rules;
    SyncRejections m_rejections;
    bool m_rejectionsChanged = false;
    QList<PendingChange> m_pending;
    QList<Target> m_targets;
    QList<std::optional<Result<DiscoveredModels>>> m_results;
    // Per target, filled after discovery.
    QList<SiteSyncOutcome> m_outcomes;
    QList<SiteSyncDecisions> m_decisions;
    QList<SiteModelDiff> m_diffs;

    // Instances that stopped answering during this run: the registry still calls them healthy
    // until its next check, but their other site groups are not asked through their retries.
    QSet<QString> m_lostInstances;
    void noteLost(const QString &instanceId, const Error &error, bool siteMayBeTheCause);

    int m_next = 0;
    int m_inFlight = 0;
    std::shared_ptr<QPromise<Status>> m_discoveryDone;
};

// History rows and events for a report whose site outcomes are final (shared by sync runs and
// approvals). Also used to journal the per-site result.
void publishModelSyncReport(EngineCore &core, const ModelSyncReport &report, const JobContextPtr &context);

} // namespace ul
