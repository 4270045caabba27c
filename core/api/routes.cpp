#include "core/api/routes.h"

#include "core/api/routehelpers.h"

namespace ul {

void replyJobQueued(QFuture<Result<QString>> jobId, const ApiContext &ctx, const ApiRequest &req, const ApiReply &reply,
                    const QString &startedEn, const QString &startedZh)
{
    const bool async = req.wantsAsync();
    deliverTo(jobId, ctx.receiver, [req, reply, async, startedEn, startedZh](const Result<QString> &id) {
        if (!id.ok()) {
            reply(RouteHelpers::errorResponse(id.error(), req));  // {success:false, message, error, code}
            return;
        }
        if (async) {
            reply(ApiResponse::json({{QStringLiteral("success"), true},
                                     {QStringLiteral("jobId"), id.value()},
                                     {QStringLiteral("statusUrl"), QString(QStringLiteral("/api/jobs/") + id.value())}},
                                    202));
            return;
        }
        reply(ApiResponse::json(RouteHelpers::ok(localized(req, startedEn, startedZh))));
    });
}

void registerAllRoutes(Router &router, const ApiContext &ctx)
{
    registerStatusRoutes(router, ctx);
    registerLayerRoutes(router, ctx);
    registerSiteRoutes(router, ctx);
    registerHealthRoutes(router, ctx);
    registerChannelRoutes(router, ctx);
    registerChannelOptionRoutes(router, ctx);
    registerSyncRoutes(router, ctx);
    registerKeyRoutes(router, ctx);
    registerModelRoutes(router, ctx);
    registerConfigRoutes(router, ctx);
}

} // namespace ul
