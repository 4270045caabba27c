#pragma once

#include "core/onboarding/grouplistings.h"
#include "core/onboarding/modellisting.h"
#include "core/onboarding/onboardingservices.h"
#include "core/onboarding/sitegroupconfig.h"
#include "core/onboarding/siterequest.h"
#include "core/sites/baseurl.h"
#include "core/sites/filterrules.h"
#include "core/store/records.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace ul {

class InstanceRegistry;
class StateStore;

// Reconciles the layers after onboarding: receives the models whose L2/L3 membership may have
// changed (the site's old and new lists) and yields a JSON summary; "modelGroups" in it, when
// present, is reported as the number of L3 groups.
using ReconcileHook = std::function<QFuture<Result<QJsonObject>>(const QStringList &affectedModels, const JobContextPtr &)>;

// Brings recorded site groups' model lists up to date from an update's fresh listing, as a model
// sync does (uni-load-behaviour.md §9.2 #24, §15.3): manual models stay, a model leaves only after
// missing from enough listings, review mode queues instead. Keyed by site-group record id; yields
// the model-sync report's JSON ({sites:[{site, outcome, added, removed, queued, missing, error}]}).
using ModelSyncHook =
    std::function<QFuture<Result<QJsonObject>>(const QHash<qint64, DiscoveredModels> &lists, const JobContextPtr &)>;

struct OnboardingHooks
{
    ReconcileHook reconcile;
    ModelSyncHook modelSync;  // unset: a recorded group's list is replaced by the new listing
};

// A request checked against the store before it is queued, so that bad input answers 400, an
// unknown target 404 and a busy site 409 without a job.
struct PreparedSiteRequest
{
    SiteRequest request;
    NormalizedBaseUrl url;                         // create mode; update: the stored site's URL
    std::optional<SiteRecord> storedSite;          // the site with this URL, or the target's site
    std::optional<SiteGroupRecord> storedTarget;   // update mode, when the store knows the target
    QString provisionalName;                       // for the job title; the job decides finally
    QString dedupeKey;                             // one job per site at a time

    QString title() const;
};

// Create: normalizes `baseUrl` (400), requires keys for a site the store does not know (400),
// needs a healthy instance (503). Update: finds the target in the store (a target only gpt-load
// knows is looked up by the job; unknown everywhere → 404 from the job).
Result<PreparedSiteRequest> prepareSiteRequest(const SiteRequest &request, const StateStore &store,
                                               const InstanceRegistry &instances);

// The process-site job (uni-load-behaviour.md §9.3): discovery (§7.2, §7.3), filters (§8),
// instance choice (§5.3), L1 create/update with keys (§10.2), the store, then the reconcile hook.
// Every step is journaled; on failure the error's `details` (JSON) lists the steps and what was
// created, which stays recorded in the store so that a rerun completes the site.
class ProcessSiteJob final : public std::enable_shared_from_this<ProcessSiteJob>
{
public:
    static QFuture<Result<ProcessSiteReport>> run(const OnboardingServices &services, const PreparedSiteRequest &prepared,
                                                  const OnboardingHooks &hooks, const JobContextPtr &context);

    ProcessSiteJob(const OnboardingServices &services, const PreparedSiteRequest &prepared, const OnboardingHooks &hooks,
                   const JobContextPtr &context);

private:
    // One L1 group of the site.
    struct Target
    {
        ChannelType type = ChannelType::OpenAI;
        QString groupName;
        std::optional<SiteGroupRecord> record;        // the store's record
        std::optional<GroupListings::Located> live;   // found in the listings
    };

    using ReportFuture = QFuture<Result<ProcessSiteReport>>;

    ReportFuture start();
    Status loadSettings();
    ReportFuture afterListing(const GroupListings &listings);
    Status resolveCreate();
    Status resolveUpdate();
    void addTarget(ChannelType type, const QString &groupName);

    // processsitejob_discovery.cpp
    QFuture<Result<DiscoveredModels>> discover();
    QFuture<Result<DiscoveredModels>> discoverThroughGroup(const Target &target);
    QFuture<Result<DiscoveredModels>> discoverNewSite();
    // The last resort after gpt-load could not list the models. `siteJudged`: a gpt-load proxy
    // already reached out to the site and gave its verdict after its own retries, so one direct
    // attempt confirms or contradicts it (no backoff: a wrong URL fails in a second, not seven).
    QFuture<Result<DiscoveredModels>> discoverDirect(ChannelType type, const QString &key, const QStringList &earlierFailures,
                                                     bool siteJudged);
    QFuture<Result<QString>> firstActiveKey(const Target &target);
    const Target *discoveryTarget() const;

    // processsitejob_write.cpp
    ReportFuture afterDiscovery(const DiscoveredModels &discovered);
    Status filterModels();
    Status chooseInstance();
    Status saveSite();
    ReportFuture writeFrom(qsizetype index);
    Status recordGroup(const Target &target, const SiteGroupOutcome &outcome);
    ReportFuture finishWrites();
    // Recorded groups whose listing was kept aside by recordGroup(): through the model-sync hook.
    ReportFuture syncRecordedModels();
    void takeSyncOutcome(const QJsonObject &syncReport);
    ReportFuture reconcile();
    // What the reconcile's formatConflicts mean for this site's groups: one warning per group
    // whose models got no L3 group in its format (the name it would take belongs to another model).
    OnboardingWarnings formatConflictWarnings(const QJsonArray &conflicts) const;
    ProcessSiteReport report();
    Error failure(Error error) const;  // adds steps and what was created to `details`
    bool cancelled() const;

    OnboardingServices m_services;
    PreparedSiteRequest m_prepared;
    ReconcileHook m_reconcile;
    ModelSyncHook m_modelSync;
    JobContextPtr m_context;
    StepLogPtr m_steps;

    FilterRules m_rules;
    SiteGroupConfig m_config;
    GroupListings m_listings;
    SiteRecord m_site;
    QString m_siteNameSource;
    QList<Target> m_targets;
    DiscoveredModels m_discovered;
    FilterReport m_filter;
    QMap<ChannelType, QStringList> m_modelsByType;
    QStringList m_previousModels;
    std::optional<InstanceChoice> m_choice;
    QList<SiteGroupOutcome> m_outcomes;
    QHash<qint64, DiscoveredModels> m_syncLists;  // recorded groups left to the model-sync hook
    QStringList m_syncGroupNames;
    bool m_syncedRecorded = false;                // their stored lists are the report's
    QJsonObject m_reconcileResult;
    int m_modelGroups = 0;
    OnboardingWarnings m_warnings;
};

// sha256 (hex) over the sorted keys joined by '\n': identifies a key set without storing keys.
QString keysFingerprint(const QStringList &keys);

} // namespace ul
