#pragma once

#include "core/common/result.h"
#include "core/engine/job.h"
#include "core/services/weightoptimizationtypes.h"

#include <QFuture>

class QObject;

namespace ul {

class EngineCore;

// One weight optimization run: read the recent stats of every L2 group that is a member worth
// balancing (per instance, within MAX_CONCURRENT_REQUESTS), plan (core/layers/weightoptimization.h)
// and, unless a dry run, store the new weights as the optimizer's, journal them and reconcile the
// affected models so gpt-load and api.yaml follow. `context` may be null for a dry run.
// Continuations are skipped once `owner` is gone.
QFuture<Result<WeightOptimizationReport>> runWeightOptimization(EngineCore &core, const QObject *owner,
                                                                const WeightOptimizationRequest &request,
                                                                const JobContextPtr &context);

} // namespace ul
