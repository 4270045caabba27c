// Route: GET /metrics (Prometheus), on METRICS_PORT or the API port.
#include "core/api/apicontext.h"
#include "core/api/apitraffic.h"
#include "core/api/metricsrender.h"
#include "core/api/routes.h"
#include "core/common/future.h"
#include "core/engine/engine.h"

#include <QPointer>

namespace ul {

void registerMetricsRoute(Router &router, const ApiContext &ctx, ApiTrafficStats *traffic)
{
    // Token rule as every /api route (uni-load-behaviour.md §22.3). Reads the snapshot and the
    // engine's counters only: scraping never calls gpt-load.
    router.get(QStringLiteral("/metrics"), [ctx, traffic = QPointer<ApiTrafficStats>(traffic)](const ApiRequest &, const ApiReply &reply) {
        deliverTo(collectEngineMetrics(*ctx.engine), ctx.receiver, [ctx, traffic, reply](const Result<EngineMetrics> &metrics) {
            if (!metrics.ok()) {
                reply(ApiResponse::fromError(metrics.error()));
                return;
            }
            reply(ApiResponse::text(renderMetrics(ctx.engine->snapshot(), metrics.value(), traffic.data(), QStringLiteral(UNILOAD_VERSION)),
                                    "text/plain; version=0.0.4; charset=utf-8"));
        });
    });
}

} // namespace ul
