#pragma once

#include "core/api/apitraffic.h"
#include "core/engine/enginemetrics.h"
#include "core/engine/snapshot.h"

#include <QByteArray>

namespace ul {

// GET /metrics (uni-load-behaviour.md §22.3): the snapshot and the engine counters in the
// Prometheus text format. A pure function of its inputs; `traffic` may be null.
QByteArray renderMetrics(const EngineSnapshot &snapshot, const EngineMetrics &metrics, const ApiTrafficStats *traffic,
                         const QString &version);

} // namespace ul
