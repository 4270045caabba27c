#pragma once

#include "core/common/result.h"
#include "core/engine/job.h"
#include "core/gptload/requestscheduler.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>

namespace ul {

class Engine;

// Counters that live in the engine thread and are not part of EngineSnapshot (they change on
// every request), copied out as values for GET /metrics.
struct EngineMetrics
{
    QHash<QString, RequestCounters> gptLoadRequests;  // instance id → wire attempts by route/status
    QList<JobDurationStat> jobs;                      // finished jobs by kind and end state
};

// Collects the counters in the engine thread. Never any network work.
QFuture<Result<EngineMetrics>> collectEngineMetrics(Engine &engine);

} // namespace ul
