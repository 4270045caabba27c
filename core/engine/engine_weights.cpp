// Engine facade: the L3 member weights (the models page) set by the operator or by the weight
// optimization, stored and then applied to gpt-load by reconciling the affected models, as one
// queued job.
#include "core/engine/engine.h"

#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/engine/queuedjob.h"
#include "core/services/weightoptimizerservice.h"
#include "core/store/statestore.h"

namespace ul {

namespace {
Result<MemberWeightPlan> storeWeights(EngineCore &core, const QList<MemberWeightChange> &changes, const JobContextPtr &context)
{
    if (!core.storeReady())
        return StateStore::notOpenError();
    auto members = core.store().l3Members();
    if (!members.ok())
        return members.error();
    auto groups = core.store().l3Groups();
    if (!groups.ok())
        return groups.error();
    Result<MemberWeightPlan> plan = planMemberWeights(*members, *groups, changes);
    if (!plan.ok())
        return plan;
    if (const Status saved = core.store().saveL3Members(plan->updated); !saved.ok())
        return saved.error();
    for (const L3MemberRecord &m : plan->updated)
        context->journal(QStringLiteral("set-weight"), QString(), QStringLiteral("%1/%2").arg(m.l3Id).arg(m.l2Id),
                         QStringLiteral("ok"), QStringLiteral("weight %1 (operator)").arg(m.weight));
    return plan;
}
} // namespace

QFuture<Result<MemberWeightResult>> Engine::setMemberWeights(const QList<MemberWeightChange> &changes)
{
    return invoke<MemberWeightResult>([changes](EngineCore &core) {
        return core.jobs().enqueue<MemberWeightResult>(
            // No dedupe key: every change is queued (jobs run one at a time anyway).
            QStringLiteral("set-weights"), QStringLiteral("Set model group weights"), QString(),
            [&core, changes](const JobContextPtr &context) -> QFuture<Result<MemberWeightResult>> {
                Result<MemberWeightPlan> plan = storeWeights(core, changes, context);
                if (!plan.ok())
                    return readyError<MemberWeightResult>(plan.error());
                MemberWeightResult result;
                result.changed = static_cast<int>(plan->updated.size());
                result.models = plan->models;
                if (result.changed == 0)
                    return readyResult(result);
                return core.reconcileModels(result.models, context).then([result](const Result<ReconcileResult> &r) mutable {
                    // The store holds the weights; the next reconciliation applies what is missing.
                    result.errors = reconcileProblems(r);
                    if (r.ok())
                        result.reconcile = *r;
                    return Result<MemberWeightResult>(result);
                });
            },
            [](const MemberWeightResult &r) { return r.toJson(); });
    });
}

QFuture<Result<WeightOptimizationReport>> Engine::optimizeWeights(const WeightOptimizationRequest &request)
{
    return invoke<WeightOptimizationReport>([request](EngineCore &core) { return core.weightOptimizer().run(request); });
}

QFuture<Result<QString>> Engine::startOptimizeWeights(const WeightOptimizationRequest &request)
{
    return invoke<QString>([request](EngineCore &core) {
        return queuedJobId<WeightOptimizationReport>([&core, request](QString *id) { return core.weightOptimizer().run(request, id); });
    });
}

} // namespace ul
