#include "core/engine/enginemetrics.h"

#include "core/common/future.h"
#include "core/engine/engine.h"
#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"

namespace ul {

QFuture<Result<EngineMetrics>> collectEngineMetrics(Engine &engine)
{
    return engine.invoke<EngineMetrics>([](EngineCore &core) {
        EngineMetrics metrics;
        for (GptLoadClient *client : core.instances().clients())
            metrics.gptLoadRequests.insert(client->instance().id, client->counters());
        metrics.jobs = core.jobs().durationStats();
        return readyResult(std::move(metrics));
    });
}

} // namespace ul
