#pragma once

#include "core/api/router.h"
#include "core/common/result.h"

#include <QFuture>

namespace ul {

struct ApiContext;

// Each area registers its routes; handlers start with a comment naming what they accept and return.
void registerStatusRoutes(Router &router, const ApiContext &ctx);
void registerLayerRoutes(Router &router, const ApiContext &ctx);
void registerSiteRoutes(Router &router, const ApiContext &ctx);
void registerHealthRoutes(Router &router, const ApiContext &ctx);
void registerChannelRoutes(Router &router, const ApiContext &ctx);
void registerChannelOptionRoutes(Router &router, const ApiContext &ctx);  // deep probe, test model, key validation
void registerSyncRoutes(Router &router, const ApiContext &ctx);
void registerKeyRoutes(Router &router, const ApiContext &ctx);
void registerModelRoutes(Router &router, const ApiContext &ctx);  // /api/models
void registerConfigRoutes(Router &router, const ApiContext &ctx);  // /api/settings, /api/instances

// GET /metrics; registered by the caller on the API server or a separate metrics server.
class ApiTrafficStats;
void registerMetricsRoute(Router &router, const ApiContext &ctx, ApiTrafficStats *traffic);

// The answer of a fire-and-forget start (POST /api/sync-models, /api/check-channels,
// /api/cleanup-channels; uni-load-behaviour.md §22.2, §22.3): {success:true, message} once the
// job is queued, 202 {success, jobId, statusUrl} with ?async=1, or the error response
// {success:false, message, error, code} — the original's 409 shape while the same job is queued
// or running. `startedEn` / `startedZh`: the message of a start.
void replyJobQueued(QFuture<Result<QString>> jobId, const ApiContext &ctx, const ApiRequest &req, const ApiReply &reply,
                    const QString &startedEn, const QString &startedZh);

// Every route of the application.
void registerAllRoutes(Router &router, const ApiContext &ctx);

} // namespace ul
