// Routes: model sync (uni-load-behaviour.md §15.3, §22.2, §22.4).
//
// Added to the original's routes (API changelog): GET /api/sync/history?limit=,
// GET /api/sync/status, GET and PUT /api/sync/settings. POST /api/sync/pending/decide also
// answers `approved`, `rejected` and `jobId` next to {success, message}.
#include "core/api/routecontrol.h"
#include "core/api/routehelpers.h"
#include "core/api/routes.h"
#include "core/api/snapshotjson.h"
#include "core/engine/engine.h"
#include "core/services/modelsynctypes.h"

#include <QJsonArray>

namespace ul {

using namespace RouteHelpers;

namespace {

QJsonObject pendingJson(const PendingChange &c)
{
    return {{QStringLiteral("site"), c.siteGroup},
            {QStringLiteral("model"), c.model},
            {QStringLiteral("change"), c.change},
            {QStringLiteral("detectedAt"), SnapshotJson::time(c.detectedAt)}};
}

QJsonObject historyJson(const SyncHistoryEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("time"), SnapshotJson::time(e.time)},
            {QStringLiteral("site"), e.site},
            {QStringLiteral("added"), QJsonArray::fromStringList(e.added)},
            {QStringLiteral("removed"), QJsonArray::fromStringList(e.removed)},
            {QStringLiteral("outcome"), e.outcome},
            {QStringLiteral("error"), e.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.error)}};
}

} // namespace

void registerSyncRoutes(Router &router, const ApiContext &ctx)
{
    // POST /api/sync-models → {success:true, message} at once (fire and forget); 409
    // {success:false, message} while a sync is queued or running; ?async=1 → 202 {jobId}.
    router.post(QStringLiteral("/api/sync-models"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyJobQueued(ctx.engine->startModelSync(), ctx, req, reply, QStringLiteral("model sync started"), QStringLiteral("模型同步已开始"));
    });

    // POST /api/sync-models/control {action:"start"|"stop"} → {success, message}; 400 otherwise.
    router.post(QStringLiteral("/api/sync-models/control"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const std::optional<bool> startAction = readStartStop(req, reply);
        if (!startAction)
            return;
        const bool start = *startAction;
        replyWith(ctx.engine->setModelSyncEnabled(start), ctx, req, reply, [req, start](const ServiceView &) {
            return start ? ok(localized(req, QStringLiteral("model sync started"), QStringLiteral("模型同步已启动")))
                         : ok(localized(req, QStringLiteral("model sync stopped"), QStringLiteral("模型同步已停止")));
        });
    });

    // GET /api/sync/pending → {pending:[{site, model, change:"add"|"remove", detectedAt}]}
    // (`site` is the site group the change belongs to).
    router.get(QStringLiteral("/api/sync/pending"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyWith(ctx.engine->pendingModelChanges(), ctx, req, reply, [](const QList<PendingChange> &pending) {
            QJsonArray list;
            for (const PendingChange &c : pending)
                list.append(pendingJson(c));
            return QJsonObject{{QStringLiteral("pending"), list}};
        });
    });

    // POST /api/sync/pending/decide {site, model, decision:"approve"|"reject"} or a list of them
    // → {success, message, approved, rejected, jobId}: rejections at once, approvals as a job.
    // 400 malformed or contradicting, 404 when one names no queued change (nothing happens then).
    router.post(QStringLiteral("/api/sync/pending/decide"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        Result<QJsonValue> body = req.jsonValue();
        if (!body.ok()) {
            reply(errorResponse(body.error(), req));
            return;
        }
        Result<QList<SyncDecision>> decisions = SyncDecision::listFromJson(body.value());
        if (!decisions.ok()) {
            reply(errorResponse(decisions.error(), req));
            return;
        }
        replyWith(ctx.engine->decideModelChanges(decisions.value()), ctx, req, reply, [req](const SyncDecisionOutcome &o) {
            QJsonObject out = ok(localized(req, QStringLiteral("%1 change(s) approved, %2 rejected").arg(o.approved).arg(o.rejected),
                                           QStringLiteral("已批准 %1 项变更，已拒绝 %2 项").arg(o.approved).arg(o.rejected)));
            const QJsonObject detail = o.toJson();
            for (auto it = detail.begin(); it != detail.end(); ++it)
                out.insert(it.key(), it.value());
            return out;
        });
    });

    // GET /api/sync/history?limit=<1…1000, default 100> → {history:[{id, time, site, added,
    // removed, outcome:"applied"|"queued"|"unchanged"|"failed", error}]}, newest first.
    router.get(QStringLiteral("/api/sync/history"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const Result<int> limit = boundedQueryValue(req, QStringLiteral("limit"), 1, 1000, 100);
        if (!limit.ok()) {
            reply(errorResponse(limit.error(), req));
            return;
        }
        replyWith(ctx.engine->modelSyncHistory(limit.value()), ctx, req, reply, [](const QList<SyncHistoryEntry> &entries) {
            QJsonArray list;
            for (const SyncHistoryEntry &e : entries)
                list.append(historyJson(e));
            return QJsonObject{{QStringLiteral("history"), list}};
        });
    });

    // GET /api/sync/status → the /api/status `modelSync` object plus {lastSync, reviewMode,
    // removalAfterMisses, pendingChanges, lastRun:{…}} (from the snapshot; no network work).
    router.get(QStringLiteral("/api/sync/status"), [ctx](const ApiRequest &, const ApiReply &reply) {
        const EngineSnapshot s = ctx.engine->snapshot();
        QJsonObject out = SnapshotJson::modelSync(s);
        out.insert(QStringLiteral("reviewMode"), s.modelSyncDetails.reviewMode);
        out.insert(QStringLiteral("removalAfterMisses"), s.modelSyncDetails.removalAfterMisses);
        out.insert(QStringLiteral("pendingChanges"), s.modelSyncDetails.pendingChanges);
        out.insert(QStringLiteral("lastRun"), s.modelSyncDetails.lastRun.finishedAt.isValid()
                                                  ? QJsonValue(modelSyncRunJson(s.modelSyncDetails.lastRun))
                                                  : QJsonValue(QJsonValue::Null));
        reply(ApiResponse::json(out));
    });

    // GET /api/sync/settings → {enabled, intervalMinutes, reviewMode, removalAfterMisses,
    // siteOverrides:{<site>: bool}}
    router.get(QStringLiteral("/api/sync/settings"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyWith(ctx.engine->modelSyncSettings(), ctx, req, reply, [](const ModelSyncSettingsView &v) { return v.toJson(); });
    });

    // PUT /api/sync/settings {reviewMode?, removalAfterMisses?, siteOverrides?:{<site>: true|false|null}}
    // → the settings; 400 unknown key or bad value, 404 unknown site.
    router.put(QStringLiteral("/api/sync/settings"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        replyWith(ctx.engine->updateModelSyncSettings(body), ctx, req, reply, [](const ModelSyncSettingsView &v) { return v.toJson(); });
    });
}

} // namespace ul
