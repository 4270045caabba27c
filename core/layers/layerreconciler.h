#pragma once

#include "core/common/result.h"
#include "core/engine/job.h"
#include "core/layers/adoption.h"
#include "core/layers/architecturestatus.h"
#include "core/layers/plan.h"
#include "core/layers/plannerinput.h"
#include "core/layers/reconcileresult.h"
#include "core/uniapi/writeplan.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

namespace ul {

class InstanceRegistry;
class PlanExecutor;
class RunListings;
class StateStore;
namespace uniapi {
class UniApiWriter;
}

// Adopting an original-made layout: what was imported and the reconciliation that followed.
struct AdoptionResult
{
    AdoptionImportSummary imported;
    ReconcileResult reconcile;

    QJsonObject toJson() const;  // {imported:{…}, result:{…}}
};

// Deleting the original's legacy two-layer groups (offered by the adoption preview).
struct LegacyDeletionResult
{
    QStringList deleted;
    QStringList errors;
    PublishOutcome uniApi;  // of the reconciliation that follows the deletion

    QJsonObject toJson() const;  // {deleted, errors, uniApi}
};

// The three-layer reconciliation as the engine uses it (uni-load-behaviour.md §11): reads the
// groups of every reachable instance once per run (cached for the run), plans with the pure
// planner, executes, then publishes api.yaml. Also the dry run (GET /api/plan), the
// architecture status (§13), adoption (§11.4), site-group deletion (§20) and maintenance (§21).
//
// Lives in the engine thread; every command is a job step (the engine's job queue runs one at a
// time, so two runs never interleave). `context` may be null (no journal or progress).
class LayerReconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerReconciler)

public:
    LayerReconciler(StateStore *store, InstanceRegistry *instances, uniapi::UniApiWriter *uniApi, QObject *parent = nullptr);
    ~LayerReconciler() override;

    void setUniApiWriter(uniapi::UniApiWriter *writer) { m_uniApi = writer; }

    // Plans and applies; ends with the api.yaml write. Unavailable when no instance is reachable,
    // Cancelled when the job was cancelled (steps already done stay done and recorded).
    QFuture<Result<ReconcileResult>> reconcile(const ReconcileScope &scope, JobContextPtr context);
    // Dry run: what reconcile() would do now (GET /api/plan: Plan::toJson()). Changes nothing.
    QFuture<Result<Plan>> plan(const ReconcileScope &scope = ReconcileScope::everything());
    // What the api.yaml write of reconcile() would change now: the dry run's providers (every
    // operation assumed to succeed) through UniApiWriter::preview(), with its redacted diff.
    // Writes nothing. Validation when no api.yaml path is configured, Unavailable when no
    // instance is reachable, the writer's error (e.g. UNIAPI_PARSE) when the file cannot be read.
    QFuture<Result<uniapi::WritePlan>> previewApiYaml();
    // Layer counts from the store, confirmed by the listings.
    QFuture<Result<ArchitectureStatus>> architectureStatus();

    // Adoption: what an import would record; the import itself (then one reconciliation); and,
    // after the operator confirms, the key migration (hop key in, admin key out of L2/L3 pools).
    QFuture<Result<AdoptionPreview>> previewAdoption();
    QFuture<Result<AdoptionResult>> importAdoption(JobContextPtr context);
    QFuture<Result<ReconcileResult>> migrateAdoptedKeys(JobContextPtr context);
    QFuture<Result<LegacyDeletionResult>> deleteLegacyGroups(const QStringList &names, JobContextPtr context);

    // Cascade for one site group: its L2 groups leave their L3 groups (an L3 left without a
    // member is deleted with its provider), the L2 groups and the L1 group are deleted, the
    // records removed, api.yaml written. NotFound for an unknown site group.
    QFuture<Result<SiteGroupRemovalResult>> removeSiteGroup(const QString &siteGroupName, JobContextPtr context);
    // Maintenance: delete every L2/L3 group the store owns, and their providers.
    QFuture<Result<ModelGroupTeardownResult>> deleteManagedModelGroups(JobContextPtr context);
    // What deleteManagedModelGroups() would delete and remove now; changes nothing (dryRun set).
    QFuture<Result<ModelGroupTeardownResult>> previewManagedModelGroupDeletion();

private:
    struct RunInputs;
    struct RunOutput;
    using Planner = std::function<Plan(const PlannerInput &)>;

    QFuture<Result<std::shared_ptr<RunInputs>>> gather(const ReconcileScope &scope, JobContextPtr context);
    Status loadRecords(PlannerInput &input) const;
    QFuture<Result<RunOutput>> run(std::shared_ptr<RunInputs> inputs, const Planner &planner, JobContextPtr context,
                                   bool publish = true);
    Result<ReconcileResult> toResult(const RunOutput &output) const;
    void journalPublish(const JobContextPtr &context, const PublishOutcome &outcome) const;

    StateStore *m_store;
    InstanceRegistry *m_instances;
    uniapi::UniApiWriter *m_uniApi;
};

} // namespace ul
