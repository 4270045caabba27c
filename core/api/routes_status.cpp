// Routes: health, status, instances overview, jobs.
#include "core/api/apicontext.h"
#include "core/api/apimessages.h"
#include "core/api/openapi.h"
#include "core/api/routehelpers.h"
#include "core/api/routes.h"
#include "core/api/snapshotjson.h"
#include "core/engine/engine.h"
#include "core/log/loghub.h"

#include <QDateTime>
#include <QJsonArray>

namespace ul {

using namespace RouteHelpers;

void registerStatusRoutes(Router &router, const ApiContext &ctx)
{
    // GET /api/health → {status:"ok", timestamp}. No auth (liveness probes).
    router.get(
        QStringLiteral("/api/health"),
        [](const ApiRequest &, const ApiReply &reply) {
            reply(ApiResponse::json({{QStringLiteral("status"), QStringLiteral("ok")},
                                     {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}));
        },
        false);

    // GET /api/status → {gptload, uniApi, modelSync, channelHealth, channelCleanup}, from the
    // latest snapshot: never any network work.
    router.get(QStringLiteral("/api/status"), [ctx](const ApiRequest &, const ApiReply &reply) {
        reply(ApiResponse::json(SnapshotJson::status(ctx.engine->snapshot())));
    });

    // GET /api/multi-instances → {instances:{<id>:…}, siteAssignments:{<url>:…}} (cached health).
    router.get(QStringLiteral("/api/multi-instances"), [ctx](const ApiRequest &, const ApiReply &reply) {
        const EngineSnapshot s = ctx.engine->snapshot();
        reply(ApiResponse::json({{QStringLiteral("instances"), SnapshotJson::instances(s)},
                                 {QStringLiteral("siteAssignments"), SnapshotJson::siteAssignments(s)}}));
    });

    // POST /api/check-instances → {success:true, message}; the check runs in the background.
    router.post(QStringLiteral("/api/check-instances"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        (void)ctx.engine->checkInstances();
        reply(ApiResponse::json({{QStringLiteral("success"), true},
                                 {QStringLiteral("message"), localized(req, QStringLiteral("instance health check started"),
                                                                       QStringLiteral("实例健康检查已启动"))}}));
    });

    // GET /api/openapi.json → OpenAPI 3 description of every registered route.
    router.get(QStringLiteral("/api/openapi.json"), [&router](const ApiRequest &, const ApiReply &reply) {
        reply(ApiResponse::json(openApiDocument(router, QStringLiteral(UNILOAD_VERSION))));
    });

    // GET /api/logs?since=<id> → {messages:[{id, level, timestamp, category, text}]} from the
    // log ring (already redacted).
    router.get(QStringLiteral("/api/logs"), [](const ApiRequest &req, const ApiReply &reply) {
        const Result<qint64> since = idQueryValue(req, QStringLiteral("since"));
        if (!since.ok()) {
            reply(errorResponse(since.error(), req));
            return;
        }
        QJsonArray messages;
        if (LogHub *hub = LogHub::installed()) {
            for (const LogEntry &e : hub->messages(since.value()))
                messages.append(QJsonObject{{QStringLiteral("id"), e.id},
                                            {QStringLiteral("level"), logLevelName(e.level)},
                                            {QStringLiteral("timestamp"), e.timestamp.toString(Qt::ISODateWithMs)},
                                            {QStringLiteral("category"), e.category},
                                            {QStringLiteral("text"), e.text}});
        }
        reply(ApiResponse::json({{QStringLiteral("messages"), messages}}));
    });

    // GET /api/jobs → {jobs:[{id, kind, title, state, queued, progress, startedAt, finishedAt,
    // error?, code?}]}: running and queued jobs first, then those finished within the hour, from
    // the job queue itself (a job that ended a moment ago may not be in the published snapshot
    // yet; no network work). Results are left out: GET /api/jobs/:id has them.
    router.get(QStringLiteral("/api/jobs"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        deliverTo(ctx.engine->jobs(), ctx.receiver, [req, reply](const Result<QList<JobView>> &listed) {
            if (!listed.ok()) {
                reply(errorResponse(listed.error(), req));
                return;
            }
            QJsonArray jobs;
            for (const JobView &j : listed.value()) {
                QJsonObject job = SnapshotJson::job(j);
                job.remove(QStringLiteral("result"));
                job.remove(QStringLiteral("details"));
                jobs.append(req.wantsChinese() ? ApiMessages::withChineseJobTexts(job) : job);
            }
            reply(ApiResponse::json({{QStringLiteral("jobs"), jobs}}));
        });
    });

    // GET /api/jobs/:id → {id, kind, state, progress:{done,total}, result | error, startedAt, finishedAt}.
    router.get(QStringLiteral("/api/jobs/:id"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        // Asks the job queue itself: a job answered with 202 a moment ago may not be in the
        // published snapshot yet.
        const QString id = req.params.value(QStringLiteral("id"));
        deliverTo(ctx.engine->job(id), ctx.receiver, [req, reply, id](const Result<JobView> &r) {
            if (r.ok()) {
                QJsonObject job = SnapshotJson::job(r.value());
                if (req.wantsChinese())
                    job = ApiMessages::withChineseJobTexts(job);
                // A finished onboarding's result speaks the request's language, as the synchronous answer.
                if (req.wantsChinese() && r->kind == QLatin1String("process-site") && job.value(QStringLiteral("result")).isObject())
                    job.insert(QStringLiteral("result"), ApiMessages::chineseProcessSiteResult(job.value(QStringLiteral("result")).toObject()));
                if (req.wantsChinese() && job.value(QStringLiteral("details")).isObject())
                    job.insert(QStringLiteral("details"), ApiMessages::withChineseWarnings(job.value(QStringLiteral("details")).toObject()));
                reply(ApiResponse::json(job));
            } else {
                reply(ApiResponse::error(404, QStringLiteral("JOB_NOT_FOUND"),
                                         localized(req, QStringLiteral("unknown job %1").arg(id), QStringLiteral("任务 %1 不存在").arg(id))));
            }
        });
    });

    // POST /api/jobs/:id/cancel → {success:true, message}: a queued job is dropped, a running one
    // stops after its current step (what is done so far stays); 404 JOB_NOT_FOUND when no such job
    // is queued or running.
    router.post(QStringLiteral("/api/jobs/:id/cancel"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const QString id = req.params.value(QStringLiteral("id"));
        deliverTo(ctx.engine->cancelJob(id), ctx.receiver, [req, reply, id](const Status &status) {
            if (!status.ok()) {
                reply(ApiResponse::error(404, QStringLiteral("JOB_NOT_FOUND"),
                                         localized(req, QStringLiteral("no queued or running job %1").arg(id),
                                                   QStringLiteral("没有排队或运行中的任务 %1").arg(id))));
                return;
            }
            reply(ApiResponse::json({{QStringLiteral("success"), true},
                                     {QStringLiteral("message"), localized(req, QStringLiteral("job %1 stops after its current step").arg(id),
                                                                           QStringLiteral("任务 %1 将在当前步骤完成后停止").arg(id))}}));
        });
    });
}

} // namespace ul
