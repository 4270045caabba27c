// Routes: channel health monitor, failure counters, manual recovery, health history
// (uni-load-behaviour.md §12.2, §16, §22.2, §22.4).
#include "core/api/apimessages.h"
#include "core/api/routecontrol.h"
#include "core/api/routehelpers.h"
#include "core/api/routes.h"
#include "core/engine/engine.h"

#include <QJsonArray>

namespace ul {

using namespace RouteHelpers;

namespace {

QJsonObject historyJson(const HealthHistoryEntry &e)
{
    QJsonObject o{{QStringLiteral("channel"), e.channel},
                  {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("verdict"), e.verdict},
                  {QStringLiteral("detail"), e.detail}};
    if (e.successRate >= 0)
        o.insert(QStringLiteral("successRate"), e.successRate);
    if (e.latencyMs >= 0)
        o.insert(QStringLiteral("latencyMs"), e.latencyMs);
    return o;
}

} // namespace

void registerHealthRoutes(Router &router, const ApiContext &ctx)
{
    // POST /api/check-channels → {success:true, message} at once (the cycle runs as a job);
    // ?async=1 → 202 {success, jobId, statusUrl}; 409 {success:false, message, error, code}
    // while a cycle is queued or running.
    router.post(QStringLiteral("/api/check-channels"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyJobQueued(ctx.engine->startCheckChannels(), ctx, req, reply, QStringLiteral("channel health check started"),
                       QStringLiteral("渠道健康检查已启动"));
    });

    // POST /api/check-channels/control {action:"start"|"stop"} → {success, message}; 400 otherwise.
    router.post(QStringLiteral("/api/check-channels/control"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const std::optional<bool> startAction = readStartStop(req, reply);
        if (!startAction)
            return;
        const bool start = *startAction;
        replyWith(ctx.engine->controlChannelHealth(start), ctx, req, reply, [req, start](const ServiceView &view) {
            QJsonObject out = start ? ok(localized(req, QStringLiteral("channel health monitor started"), QStringLiteral("渠道健康监控已启动")))
                                    : ok(localized(req, QStringLiteral("channel health monitor stopped"), QStringLiteral("渠道健康监控已停止")));
            out.insert(QStringLiteral("hasInterval"), view.enabled);
            out.insert(QStringLiteral("intervalMinutes"), view.intervalMinutes);
            return out;
        });
    });

    // GET /api/failed-channels → {failedChannels:[{name, failures, threshold, willBeRemoved, lastCheck, detail}]}
    // (detail: why the latest check failed, in the client's language)
    router.get(QStringLiteral("/api/failed-channels"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyWith(ctx.engine->failedChannels(), ctx, req, reply, [chinese = req.wantsChinese()](QList<FailedChannel> list) {
            QJsonArray a;
            for (FailedChannel &f : list) {
                if (chinese)
                    f.detail = ApiMessages::chineseEvent(f.detail);
                a.append(f.toJson());
            }
            return QJsonObject{{QStringLiteral("failedChannels"), a}};
        });
    });

    // POST /api/reset-channel-failures {channelName?} → {success, message, reset}; 404 unknown channel.
    router.post(QStringLiteral("/api/reset-channel-failures"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        const QJsonValue name = body.value(QStringLiteral("channelName"));
        if (!name.isUndefined() && !name.isNull() && !name.isString()) {
            reply(errorResponse(Error::validation(QStringLiteral("channelName"), QStringLiteral("channelName must be a string")), req));
            return;
        }
        const QString channel = name.toString().trimmed();
        replyWith(ctx.engine->resetChannelFailures(channel), ctx, req, reply, [req, channel](int reset) {
            QJsonObject out = channel.isEmpty()
                                  ? ok(localized(req, QStringLiteral("all channel failure counters reset"), QStringLiteral("已重置所有渠道的失败计数")))
                                  : ok(localized(req, QStringLiteral("failure counter of %1 reset").arg(channel),
                                                 QStringLiteral("已重置渠道 %1 的失败计数").arg(channel)));
            out.insert(QStringLiteral("reset"), reset);
            return out;
        });
    });

    // POST /api/manual-recovery/:model/:channel (a '/' in the model arrives as %2F and is decoded
    // per segment) → {success, message, result:{scheduled, nextRetry, failures, recovered,
    // restoredKeys, group}}; 404 unknown channel or model.
    router.post(QStringLiteral("/api/manual-recovery/:model/:channel"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const QString model = req.params.value(QStringLiteral("model"));
        const QString channel = req.params.value(QStringLiteral("channel"));
        if (model.isEmpty() || channel.isEmpty()) {
            reply(errorResponse(Error::validation(QStringLiteral("model"), QStringLiteral("model and channel are required")), req));
            return;
        }
        replyWith(ctx.engine->manualRecovery(model, channel), ctx, req, reply, [chinese = req.wantsChinese()](const ManualRecoveryResult &r) {
            return QJsonObject{{QStringLiteral("success"), true},
                               {QStringLiteral("message"), chinese ? ApiMessages::chineseEvent(r.message) : r.message},
                               {QStringLiteral("result"), r.resultJson()}};
        });
    });

    // GET /api/health/settings → {minRequests, criticalSuccessRate, warningSuccessRate,
    // slowAverageMs, maxFailureRate, logWindowHours, recoveryProbes, recoveryInitialBackoffSecs,
    // recoveryMaxBackoffSecs, defaults:{…}, ranges:{<key>:{min, max}}}
    router.get(QStringLiteral("/api/health/settings"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyWith(ctx.engine->healthSettings(), ctx, req, reply, [](const HealthSettingsView &v) { return v.toJson(); });
    });

    // PUT /api/health/settings {<key>: number | null, …} → the settings; 400 unknown key or a
    // value out of range (nothing saved).
    router.put(QStringLiteral("/api/health/settings"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        replyWith(ctx.engine->updateHealthSettings(body), ctx, req, reply, [](const HealthSettingsView &v) { return v.toJson(); });
    });

    // GET /api/health/history?channel=&since=<ISO time> → {history:[{channel, time, verdict,
    // detail, successRate?, latencyMs?}]} newest first; 400 for a bad `since`.
    router.get(QStringLiteral("/api/health/history"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const QString channel = req.queryValue(QStringLiteral("channel")).trimmed();
        const QString sinceText = req.queryValue(QStringLiteral("since")).trimmed();
        QDateTime since;
        if (!sinceText.isEmpty()) {
            since = QDateTime::fromString(sinceText, Qt::ISODateWithMs);
            if (!since.isValid())
                since = QDateTime::fromString(sinceText, Qt::ISODate);
            if (!since.isValid()) {
                reply(errorResponse(Error::validation(QStringLiteral("since"), QStringLiteral("since must be an ISO 8601 time")), req));
                return;
            }
        }
        replyWith(ctx.engine->healthHistory(channel, since), ctx, req, reply, [](const QList<HealthHistoryEntry> &list) {
            QJsonArray a;
            for (const HealthHistoryEntry &e : list)
                a.append(historyJson(e));
            return QJsonObject{{QStringLiteral("history"), a}};
        });
    });
}

} // namespace ul
