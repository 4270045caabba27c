#include "core/services/weightoptimizationrun.h"

#include "core/common/future.h"
#include "core/engine/enginecore.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/store/statestore.h"

#include <QHash>

namespace ul {

namespace {

Result<WeightOptimizationInput> loadInput(EngineCore &core, bool includeOperatorWeights)
{
    if (!core.storeReady())
        return StateStore::notOpenError();
    WeightOptimizationInput input;
    input.includeOperatorWeights = includeOperatorWeights;
    auto l3 = core.store().l3Groups();
    if (!l3.ok())
        return l3.error();
    auto l2 = core.store().l2Groups();
    if (!l2.ok())
        return l2.error();
    auto members = core.store().l3Members();
    if (!members.ok())
        return members.error();
    input.l3Groups = l3.value();
    input.l2Groups = l2.value();
    input.members = members.value();
    return input;
}

// What was read for the measured L2 groups.
struct Measurements
{
    QHash<qint64, RequestWindow> traffic;
    QHash<qint64, QString> errors;
};

QFuture<Measurements> measure(EngineCore &core, const QObject *owner, const WeightOptimizationInput &input)
{
    QHash<qint64, const L2Record *> l2ById;
    for (const L2Record &r : input.l2Groups)
        l2ById.insert(r.id, &r);
    auto out = std::make_shared<Measurements>();
    QList<qint64> asked;
    QList<QFuture<Result<GroupStats>>> reads;
    for (const qint64 id : l2GroupsToMeasure(input)) {
        const L2Record *l2 = l2ById.value(id);
        GptLoadClient *client = core.instances().client(l2->instanceId);
        if (!client || !core.instances().isHealthy(l2->instanceId)) {
            out->errors.insert(id, QStringLiteral("gpt-load instance %1 is unreachable").arg(l2->instanceId));
            continue;
        }
        if (l2->groupId <= 0) {
            out->errors.insert(id, QStringLiteral("group %1 is not created yet").arg(l2->name));
            continue;
        }
        asked.append(id);
        reads.append(client->groupStats(quint64(l2->groupId)));
    }
    return guardedThen(whenAllResults(reads), owner, [out, asked](const QList<Result<GroupStats>> &results) -> Result<Measurements> {
               for (qsizetype i = 0; i < results.size(); ++i) {
                   if (results.at(i).ok())
                       out->traffic.insert(asked.at(i), results.at(i)->recent);
                   else
                       out->errors.insert(asked.at(i), results.at(i).error().message);
               }
               return *out;
           })
        .then([](const Result<Measurements> &r) { return r.ok() ? r.value() : Measurements(); });
}

WeightOptimizationReport reportOf(const WeightOptimizationRequest &request, const WeightOptimizationPlan &plan, const Measurements &m,
                                  const QDateTime &startedAt)
{
    WeightOptimizationReport report;
    report.trigger = request.trigger;
    report.dryRun = request.dryRun;
    report.includeOperatorWeights = request.includeOperatorWeights;
    report.startedAt = startedAt;
    report.proposals = plan.proposals;
    report.models = plan.models;
    report.changed = int(plan.updated.size());
    report.statsRead = int(m.traffic.size());
    report.statsFailed = int(m.errors.size());
    QSet<qint64> groups;
    for (const WeightProposal &p : plan.proposals)
        groups.insert(p.l3Id);
    report.modelGroups = int(groups.size());
    return report;
}

Status storeWeights(EngineCore &core, const WeightOptimizationPlan &plan, const JobContextPtr &context)
{
    const Status saved = core.store().saveL3Members(plan.updated);
    if (!saved.ok() || !context)
        return saved;
    for (const WeightProposal &p : plan.proposals) {
        if (p.decision != WeightDecision::Change)
            continue;
        const QString detail = QStringLiteral("weight %1 → %2 by the optimizer; %3 of %4 request(s) failed")
                                   .arg(p.currentWeight)
                                   .arg(p.proposedWeight)
                                   .arg(p.traffic ? p.traffic->failed : 0)
                                   .arg(p.traffic ? p.traffic->total : 0);
        context->journal(QStringLiteral("set-weight"), QString(), QStringLiteral("%1/%2").arg(p.modelGroup, p.modelChannel),
                         QStringLiteral("ok"), detail);
    }
    return saved;
}

} // namespace

QFuture<Result<WeightOptimizationReport>> runWeightOptimization(EngineCore &core, const QObject *owner,
                                                                const WeightOptimizationRequest &request,
                                                                const JobContextPtr &context)
{
    Result<WeightOptimizationInput> input = loadInput(core, request.includeOperatorWeights);
    if (!input.ok())
        return readyError<WeightOptimizationReport>(input.error());
    const QDateTime startedAt = core.clock()->now();
    if (context)
        context->setStep(QStringLiteral("reading the stats of the model channel groups"));
    EngineCore *corePtr = &core;
    return guardedThen(
               measure(core, owner, input.value()), owner,
               [corePtr, owner, request, context, input = input.value(), startedAt](const Measurements &m)
                   -> QFuture<Result<WeightOptimizationReport>> {
                   if (context && context->isCancelled())
                       return readyError<WeightOptimizationReport>(Error::cancelled(QStringLiteral("weight optimization cancelled")));
                   const WeightOptimizationPlan plan = planOptimizedWeights(input, m.traffic, m.errors);
                   WeightOptimizationReport report = reportOf(request, plan, m, startedAt);
                   if (request.dryRun || plan.updated.isEmpty()) {
                       report.finishedAt = corePtr->clock()->now();
                       return readyResult(report);
                   }
                   if (Status s = storeWeights(*corePtr, plan, context); !s.ok())
                       return readyError<WeightOptimizationReport>(s.error());
                   if (context)
                       context->setStep(QStringLiteral("applying the weights to gpt-load"));
                   return guardedThen(corePtr->reconcileModels(plan.models, context), owner,
                                      [corePtr, report](const Result<ReconcileResult> &r) mutable -> Result<WeightOptimizationReport> {
                                          // The store holds the weights; the next reconciliation applies what is missing.
                                          report.errors = reconcileProblems(r);
                                          if (r.ok())
                                              report.reconcile = r.value();
                                          report.finishedAt = corePtr->clock()->now();
                                          return report;
                                      });
               })
        .unwrap();
}

} // namespace ul
