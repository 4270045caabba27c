// LayerReconciler: adoption, site-group removal, maintenance and legacy groups.
#include "core/layers/layerreconciler.h"
#include "core/layers/layerreconciler_p.h"

#include "core/common/future.h"
#include "core/layers/planner.h"
#include "core/layers/runlistings.h"
#include "core/store/statestore.h"

#include <QSet>

namespace ul {

namespace {
QString failureText(const OperationOutcome &o)
{
    return QStringLiteral("%1 %2 on %3: %4").arg(opKindName(o.kind), o.group, o.instanceId, o.error.message);
}

bool noReachableInstance(const PlannerInput &input)
{
    return input.listings.isEmpty();
}

QSet<QString> recordedNames(const PlannerInput &input)
{
    QSet<QString> names;
    for (const SiteGroupRecord &g : input.siteGroups)
        names.insert(g.name);
    for (const L2Record &r : input.l2Groups)
        names.insert(r.name);
    for (const L3Record &r : input.l3Groups)
        names.insert(r.name);
    return names;
}
} // namespace

QFuture<Result<AdoptionPreview>> LayerReconciler::previewAdoption()
{
    return guardedThen(gather(ReconcileScope::everything(), nullptr), this,
                       [](const Result<std::shared_ptr<RunInputs>> &inputs) -> Result<AdoptionPreview> {
                           if (!inputs.ok())
                               return inputs.error();
                           inputs.value()->listings->deleteLater();
                           const PlannerInput &in = inputs.value()->input;
                           return detectAdoptableLayout(in.instances, in.listings, recordedNames(in));
                       });
}

QFuture<Result<AdoptionResult>> LayerReconciler::importAdoption(JobContextPtr context)
{
    return guardedThen(gather(ReconcileScope::everything(), context), this,
                       [this, context](const Result<std::shared_ptr<RunInputs>> &gathered) -> QFuture<Result<AdoptionResult>> {
                           if (!gathered.ok())
                               return readyError<AdoptionResult>(gathered.error());
                           std::shared_ptr<RunInputs> inputs = gathered.value();
                           if (noReachableInstance(inputs->input)) {
                               inputs->listings->deleteLater();
                               return readyError<AdoptionResult>(unreachableError());
                           }
                           const AdoptionPreview preview =
                               detectAdoptableLayout(inputs->input.instances, inputs->input.listings, recordedNames(inputs->input));
                           Result<AdoptionImportSummary> imported = importAdoptedLayout(*m_store, preview);
                           if (!imported.ok()) {
                               inputs->listings->deleteLater();
                               return readyError<AdoptionResult>(imported.error());
                           }
                           if (context)
                               context->journal(QStringLiteral("import-layout"), QString(), QString(), QStringLiteral("ok"),
                                                QStringLiteral("%1 site groups, %2 model-channel groups, %3 model groups")
                                                    .arg(imported->siteGroups)
                                                    .arg(imported->modelChannelGroups)
                                                    .arg(imported->modelGroups));
                           // The same listings serve the repair run: only the records changed.
                           if (Status s = loadRecords(inputs->input); !s.ok()) {
                               inputs->listings->deleteLater();
                               return readyError<AdoptionResult>(s.error());
                           }
                           const AdoptionImportSummary summary = imported.value();
                           return guardedThen(run(inputs, planReconcile, context), this,
                                              [this, summary](const Result<RunOutput> &output) -> Result<AdoptionResult> {
                                                  if (!output.ok())
                                                      return output.error();
                                                  Result<ReconcileResult> result = toResult(output.value());
                                                  if (!result.ok())
                                                      return result.error();
                                                  return AdoptionResult{summary, result.value()};
                                              });
                       })
        .unwrap();
}

QFuture<Result<ReconcileResult>> LayerReconciler::migrateAdoptedKeys(JobContextPtr context)
{
    return guardedThen(gather(ReconcileScope::everything(), context), this,
                       [this, context](const Result<std::shared_ptr<RunInputs>> &gathered) -> QFuture<Result<ReconcileResult>> {
                           if (!gathered.ok())
                               return readyError<ReconcileResult>(gathered.error());
                           std::shared_ptr<RunInputs> inputs = gathered.value();
                           if (noReachableInstance(inputs->input)) {
                               inputs->listings->deleteLater();
                               return readyError<ReconcileResult>(unreachableError());
                           }
                           inputs->input.migrateAdminKeys = true;
                           inputs->input.adminTokens = inputs->adminTokens;
                           return guardedThen(run(inputs, planReconcile, context), this,
                                              [this](const Result<RunOutput> &output) -> Result<ReconcileResult> {
                                                  if (!output.ok())
                                                      return output.error();
                                                  return toResult(output.value());
                                              });
                       })
        .unwrap();
}

QFuture<Result<LegacyDeletionResult>> LayerReconciler::deleteLegacyGroups(const QStringList &names, JobContextPtr context)
{
    return guardedThen(
               gather(ReconcileScope::everything(), context), this,
               [this, names, context](const Result<std::shared_ptr<RunInputs>> &gathered) -> QFuture<Result<LegacyDeletionResult>> {
                   if (!gathered.ok())
                       return readyError<LegacyDeletionResult>(gathered.error());
                   std::shared_ptr<RunInputs> inputs = gathered.value();
                   const PlannerInput &in = inputs->input;
                   const QSet<QString> recorded = recordedNames(in);
                   QSet<QString> siteGroupNames;
                   for (const SiteGroupRecord &g : in.siteGroups)
                       siteGroupNames.insert(g.name);
                   for (const QList<GroupInfo> &groups : in.listings) {
                       for (const GroupInfo &g : groups) {
                           if (g.sort == layerSort(Layer::SiteGroup))
                               siteGroupNames.insert(g.name);
                       }
                   }
                   // Ownership: only groups that are still legacy two-layer groups and that the
                   // store does not manage.
                   auto result = std::make_shared<LegacyDeletionResult>();
                   Plan plan;
                   for (const QString &name : names) {
                       bool found = false;
                       for (const PlanInstance &i : in.instances) {
                           for (const GroupInfo &g : in.listings.value(i.id)) {
                               if (g.name != name || found)
                                   continue;
                               found = true;
                               if (recorded.contains(name) || !isLegacyModelGroup(g, in.instances, siteGroupNames)) {
                                   result->errors.append(QStringLiteral("%1 is not a legacy two-layer group").arg(name));
                                   continue;
                               }
                               PlannedOperation op;
                               op.id = int(plan.operations.size());
                               op.kind = OpKind::DeleteGroup;
                               op.layer = Layer::Aggregate;
                               op.instanceId = i.id;
                               op.group = name;
                               op.groupId = g.id;
                               op.detail = QStringLiteral("legacy two-layer group");
                               plan.operations.append(op);
                           }
                       }
                       if (!found)
                           result->errors.append(QStringLiteral("%1 was not found on a reachable instance").arg(name));
                   }
                   // Delete, then reconcile: its api.yaml publish drops the legacy providers.
                   return guardedThen(run(inputs, [plan](const PlannerInput &) { return plan; }, context, false), this,
                                      [this, result, context](const Result<RunOutput> &output) -> QFuture<Result<LegacyDeletionResult>> {
                                          if (!output.ok())
                                              return readyError<LegacyDeletionResult>(output.error());
                                          for (const OperationOutcome &o : output->report.outcomes) {
                                              if (o.isSuccess())
                                                  result->deleted.append(o.group);
                                              else
                                                  result->errors.append(failureText(o));
                                          }
                                          return guardedThen(reconcile(ReconcileScope::everything(), context), this,
                                                             [result](const Result<ReconcileResult> &reconciled) -> Result<LegacyDeletionResult> {
                                                                 if (!reconciled.ok())
                                                                     result->errors.append(reconciled.error().message);
                                                                 else
                                                                     result->uniApi = reconciled->uniApi;
                                                                 return *result;
                                                             });
                                      })
                       .unwrap();
               })
        .unwrap();
}

QFuture<Result<SiteGroupRemovalResult>> LayerReconciler::removeSiteGroup(const QString &siteGroupName, JobContextPtr context)
{
    return guardedThen(
               gather(ReconcileScope::forModels({}), context), this,
               [this, siteGroupName, context](const Result<std::shared_ptr<RunInputs>> &gathered) -> QFuture<Result<SiteGroupRemovalResult>> {
                   if (!gathered.ok())
                       return readyError<SiteGroupRemovalResult>(gathered.error());
                   std::shared_ptr<RunInputs> inputs = gathered.value();
                   const SiteGroupRecord *target = nullptr;
                   for (const SiteGroupRecord &g : inputs->input.siteGroups) {
                       if (g.name == siteGroupName)
                           target = &g;
                   }
                   if (!target) {
                       inputs->listings->deleteLater();
                       return readyError<SiteGroupRemovalResult>(Error::notFound(QStringLiteral("unknown site group %1").arg(siteGroupName)));
                   }
                   if (noReachableInstance(inputs->input)) {
                       inputs->listings->deleteLater();
                       return readyError<SiteGroupRemovalResult>(unreachableError());
                   }
                   // The planner widens the scope to every model the site group touches.
                   inputs->input.removedSiteGroups.insert(target->id);
                   QSet<QString> ownL2;
                   for (const L2Record &r : inputs->input.l2Groups) {
                       if (r.siteGroupId == target->id)
                           ownL2.insert(r.name);
                   }
                   return guardedThen(run(inputs, planReconcile, context), this,
                                      [siteGroupName, ownL2](const Result<RunOutput> &output) -> Result<SiteGroupRemovalResult> {
                                          if (!output.ok())
                                              return output.error();
                                          SiteGroupRemovalResult r;
                                          r.uniApi = output->uniApi;
                                          for (const OperationOutcome &o : output->report.outcomes) {
                                              const PlannedOperation &op = output->plan.operations.at(o.opId);
                                              if (!o.isSuccess()) {
                                                  if (o.state == OpState::Failed || o.state == OpState::Blocked)
                                                      r.errors.append(failureText(o));
                                                  continue;
                                              }
                                              const bool removesSite = std::any_of(op.patches.begin(), op.patches.end(), [](const RecordPatch &p) {
                                                  return p.kind == RecordPatch::Kind::RemoveSiteGroup;
                                              });
                                              if (removesSite)
                                                  r.deletedSiteGroup = siteGroupName;
                                              else if (o.kind == OpKind::DeleteGroup)
                                                  r.deletedModelGroups.append(o.group);
                                              else if (o.kind == OpKind::UpdateGroup && o.layer == Layer::Aggregate)
                                                  r.updatedModelGroups.append(o.group);
                                          }
                                          for (const SkippedItem &s : output->plan.skipped) {
                                              if (s.group == siteGroupName || ownL2.contains(s.group))
                                                  r.errors.append(QStringLiteral("%1: %2").arg(s.group, s.reason));
                                          }
                                          if (!r.uniApi.ok())
                                              r.errors.append(QStringLiteral("api.yaml: %1").arg(r.uniApi.error->message));
                                          return r;
                                      });
               })
        .unwrap();
}

QFuture<Result<ModelGroupTeardownResult>> LayerReconciler::deleteManagedModelGroups(JobContextPtr context)
{
    return guardedThen(gather(ReconcileScope::everything(), context), this,
                       [this, context](const Result<std::shared_ptr<RunInputs>> &gathered) -> QFuture<Result<ModelGroupTeardownResult>> {
                           if (!gathered.ok())
                               return readyError<ModelGroupTeardownResult>(gathered.error());
                           std::shared_ptr<RunInputs> inputs = gathered.value();
                           if (noReachableInstance(inputs->input)) {
                               inputs->listings->deleteLater();
                               return readyError<ModelGroupTeardownResult>(unreachableError());
                           }
                           return guardedThen(run(inputs, planTeardown, context), this,
                                              [](const Result<RunOutput> &output) -> Result<ModelGroupTeardownResult> {
                                                  if (!output.ok())
                                                      return output.error();
                                                  ModelGroupTeardownResult r;
                                                  r.uniApi = output->uniApi;
                                                  for (const OperationOutcome &o : output->report.outcomes) {
                                                      if (o.kind != OpKind::DeleteGroup)
                                                          continue;
                                                      if (o.isSuccess()) {
                                                          ++r.deletedGroups;
                                                          r.deletedGroupNames.append(o.group);
                                                      } else {
                                                          ++r.failedGroups;
                                                          r.errors.append(failureText(o));
                                                      }
                                                  }
                                                  for (const SkippedItem &s : output->plan.skipped)
                                                      r.errors.append(QStringLiteral("%1: %2").arg(s.group, s.reason));
                                                  r.cleanedProviders = int(r.uniApi.plan.removed.size());
                                                  if (!r.uniApi.ok())
                                                      r.errors.append(QStringLiteral("api.yaml: %1").arg(r.uniApi.error->message));
                                                  return r;
                                              });
                       })
        .unwrap();
}

QFuture<Result<ModelGroupTeardownResult>> LayerReconciler::previewManagedModelGroupDeletion()
{
    return guardedThen(gather(ReconcileScope::everything(), nullptr), this,
                       [this](const Result<std::shared_ptr<RunInputs>> &gathered) -> Result<ModelGroupTeardownResult> {
                           if (!gathered.ok())
                               return gathered.error();
                           const RunInputs &in = *gathered.value();
                           in.listings->deleteLater();
                           if (noReachableInstance(in.input))
                               return unreachableError();
                           const Plan plan = planTeardown(in.input);
                           ModelGroupTeardownResult r;
                           r.dryRun = true;
                           for (const PlannedOperation &op : plan.operations) {
                               if (op.kind == OpKind::DeleteGroup)
                                   r.deletedGroupNames.append(op.group);
                           }
                           r.deletedGroups = int(r.deletedGroupNames.size());
                           for (const SkippedItem &s : plan.skipped)
                               r.errors.append(QStringLiteral("%1: %2").arg(s.group, s.reason));
                           if (!m_uniApi || m_uniApi->settings().path.isEmpty())
                               return r;  // no api.yaml to clean
                           const Result<uniapi::WritePlan> yaml =
                               previewProviders(m_uniApi, providersAfterRun(plan, nullptr, in.input.instances, in.input.keys.gateway),
                                                in.knownUrls);
                           if (yaml.ok())
                               r.cleanedProviders = int(yaml->removed.size());
                           else
                               r.errors.append(QStringLiteral("api.yaml: %1").arg(yaml.error().message));
                           return r;
                       });
}

} // namespace ul
