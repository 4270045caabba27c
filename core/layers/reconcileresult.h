#pragma once

#include "core/layers/apiyamlpublisher.h"
#include "core/layers/plan.h"
#include "core/layers/planexecutor.h"
#include "core/common/result.h"
#include "core/store/records.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ul {

class StateStore;

// One group a run created, updated or deleted.
struct GroupChange
{
    Layer layer = Layer::ModelChannel;
    QString group;
    QString instanceId;
    QString detail;

    QJsonObject toJson() const;  // {layer, group, instance, detail}
};

// Layer totals after a run, from the store (the original's result object).
struct LayerTotals
{
    int siteGroups = 0;
    int modelChannelGroups = 0;
    int aggregateGroups = 0;
    int totalModels = 0;  // distinct models with an L3 record

    static Result<LayerTotals> fromStore(const StateStore &store);
};

// What a reconciliation did: the original's {siteGroups, modelChannelGroups, aggregateGroups,
// totalModels} (totals after the run) plus the operation lists and the api.yaml outcome.
struct ReconcileResult
{
    LayerTotals totals;
    PlanSummary planned;
    QList<GroupChange> created;
    QList<GroupChange> updated;   // group fields or upstreams changed, pool keys added or removed
    QList<GroupChange> deleted;
    QList<SkippedItem> skipped;   // planner skips (unreachable instance, missing site group, …)
    QList<OperationOutcome> failed;  // failed and blocked operations
    QList<GroupNameClash> clashes;
    QStringList warnings;
    QList<FormatConflict> formatConflicts;
    QStringList unreachableInstances;
    PublishOutcome uniApi;

    bool hasFailures() const { return !failed.isEmpty() || !uniApi.ok(); }
    // {siteGroups, modelChannelGroups, aggregateGroups, totalModels, planned, created, updated,
    //  deleted, skipped, failed, clashes, warnings, formatConflicts, unreachableInstances, uniApi}
    QJsonObject toJson() const;
    // The original's `result` of POST /api/initialize-architecture.
    QJsonObject totalsJson() const;

    static ReconcileResult from(const Plan &plan, const ExecutionReport &report, const PublishOutcome &uniApi,
                                const LayerTotals &totals);
};

// Why a reconciliation did not fully apply, one line each (empty when it did): the run's own
// error, every failed operation, an api.yaml write error. For callers that stored an intent
// first: the store keeps it and the next reconciliation applies what is missing.
QStringList reconcileProblems(const Result<ReconcileResult> &result);

// DELETE /api/channels/:channelName (uni-load-behaviour.md §20): the original's data object.
struct SiteGroupRemovalResult
{
    QString deletedSiteGroup;        // empty when the site group itself could not be deleted yet
    QStringList updatedModelGroups;  // L3 groups that lost the site's upstreams
    QStringList deletedModelGroups;  // L2 and L3 groups deleted
    QStringList errors;
    PublishOutcome uniApi;

    bool complete() const { return !deletedSiteGroup.isEmpty() && errors.isEmpty(); }
    QJsonObject toJson() const;  // {deletedSiteGroup, updatedModelGroups, deletedModelGroups, errors, uniApi}
};

// POST /api/maintenance/delete-model-groups (§21): the original's results object.
struct ModelGroupTeardownResult
{
    int deletedGroups = 0;
    int failedGroups = 0;
    int cleanedProviders = 0;   // managed providers removed from api.yaml
    QStringList deletedGroupNames;
    QStringList errors;
    PublishOutcome uniApi;
    bool dryRun = false;        // a preview: the counts and names say what would go

    // {deletedGroups, failedGroups, cleanedProviders, errors, deletedGroupNames, uniApi}, plus
    // dryRun: true for a preview.
    QJsonObject toJson() const;
};

} // namespace ul

Q_DECLARE_METATYPE(ul::ReconcileResult)
