// Routes: per-channel operator options — deep probe, test-model override, key validation on
// request (uni-load-behaviour.md §8.5, §16.2, §16.3, §23.2).
#include "core/api/apimessages.h"
#include "core/api/routehelpers.h"
#include "core/api/routes.h"
#include "core/engine/engine.h"

#include <optional>

namespace ul {

using namespace RouteHelpers;

namespace {

QString deepProbeWarning(const ApiRequest &req)
{
    return localized(req, QStringLiteral("deep probe is billable: each check sends one billable request per channel (max_tokens 1, "
                                         "the cheapest model that matches no high-cost pattern)"),
                     QStringLiteral("深度探测会产生费用：每次检查为每个渠道发送一次计费请求（max_tokens 1，使用不匹配高成本规则的最便宜模型）"));
}

QString testModelWarning(const ApiRequest &req, const TestModelChange &c)
{
    if (!c.highCost)
        return {};
    return localized(req, c.warning(),
                     QStringLiteral("%2 的测试模型 %1 匹配高成本规则：gpt-load 每次验证密钥都会用它发送计费请求").arg(c.testModel, c.channel));
}

QString validationMessage(const ApiRequest &req, const KeyValidationReport &r)
{
    return localized(req, QStringLiteral("keys of %1 validated: %2 valid, %3 invalid of %4").arg(r.channel).arg(r.validKeys).arg(r.invalidKeys).arg(r.totalKeys),
                     QStringLiteral("%1 的密钥验证完成：%4 个中有效 %2 个，无效 %3 个").arg(r.channel).arg(r.validKeys).arg(r.invalidKeys).arg(r.totalKeys));
}

QString removalMessage(const ApiRequest &req, const InvalidKeyRemoval &r)
{
    return localized(req, QStringLiteral("invalid keys removed from %2: %1").arg(r.removed).arg(r.channel),
                     QStringLiteral("已删除 %2 的 %1 个无效密钥").arg(r.removed).arg(r.channel));
}

} // namespace

void registerChannelOptionRoutes(Router &router, const ApiContext &ctx)
{
    // POST /api/channel-deep-probe {channelName | siteName, enabled} → {success, message, warning?,
    // data:{site, deepProbe, channels:[{name, probeModel|null}]}}. Deep probe is a setting of the
    // site: it applies to every channel of the site. `warning` (when enabled) states the cost;
    // probeModel null = every model is high cost, so the free probe stays in use. 400 bad body,
    // 404 unknown channel or site.
    router.post(QStringLiteral("/api/channel-deep-probe"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        const Result<QString> channel = stringField(body, QStringLiteral("channelName"));
        const Result<QString> site = stringField(body, QStringLiteral("siteName"));
        for (const Result<QString> *field : {&channel, &site}) {
            if (!field->ok()) {
                reply(errorResponse(field->error(), req));
                return;
            }
        }
        if (!body.value(QStringLiteral("enabled")).isBool()) {
            reply(errorResponse(Error::validation(QStringLiteral("enabled"), QStringLiteral("enabled must be true or false")), req));
            return;
        }
        const QString name = channel->trimmed().isEmpty() ? site->trimmed() : channel->trimmed();
        if (name.isEmpty()) {
            reply(errorResponse(Error::validation(QStringLiteral("channelName"), QStringLiteral("channelName or siteName is required")), req));
            return;
        }
        const bool enabled = body.value(QStringLiteral("enabled")).toBool();
        replyWith(ctx.engine->setChannelDeepProbe(name, enabled), ctx, req, reply, [req](const DeepProbeChange &c) {
            QJsonObject out = envelope(c.enabled ? localized(req, QStringLiteral("deep probe of %1 enabled").arg(c.site),
                                                             QStringLiteral("已启用 %1 的深度探测").arg(c.site))
                                                 : localized(req, QStringLiteral("deep probe of %1 disabled").arg(c.site),
                                                             QStringLiteral("已停用 %1 的深度探测").arg(c.site)),
                                       c.toJson());
            if (c.enabled)
                out.insert(QStringLiteral("warning"), deepProbeWarning(req));
            return out;
        });
    });

    // GET /api/channels/:channelName/test-model → {success, data:{channel, channelType, models,
    // highCostModels, override|null, testModel, testModelHighCost, automatic, automaticHighCost}};
    // 404 unknown channel.
    router.get(QStringLiteral("/api/channels/:channelName/test-model"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const QString name = req.params.value(QStringLiteral("channelName"));
        replyWith(ctx.engine->testModelOptions(name), ctx, req, reply, [](const TestModelOptions &o) {
            return QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("data"), o.toJson()}};
        });
    });

    // PUT /api/channels/:channelName/test-model {model} (model "" or null = automatic selection)
    // → {success, message, warning?, data:{channel, previous, testModel, override|null, automatic,
    // highCost}} once gpt-load's test_model is updated (a "set-test-model" job); `warning` when the
    // model matches a high-cost pattern. 400 a model the channel does not serve (code
    // UNKNOWN_MODEL), 404 unknown channel, 409 the same change running, 503 instance unreachable.
    router.put(QStringLiteral("/api/channels/:channelName/test-model"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const QString name = req.params.value(QStringLiteral("channelName"));
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        const QJsonValue model = body.value(QStringLiteral("model"));
        if (model.isUndefined() || !(model.isNull() || model.isString())) {
            reply(errorResponse(Error::validation(QStringLiteral("model"), QStringLiteral("model must be a string")), req));
            return;
        }
        replyWith(ctx.engine->setTestModel(name, model.toString()), ctx, req, reply, [req](const TestModelChange &c) {
            QJsonObject out = envelope(c.automatic() ? localized(req, QStringLiteral("test model of %1: automatic (%2)").arg(c.channel, c.testModel),
                                                                 QStringLiteral("%1 的测试模型：自动选择（%2）").arg(c.channel, c.testModel))
                                                     : localized(req, QStringLiteral("test model of %1: %2").arg(c.channel, c.testModel),
                                                                 QStringLiteral("%1 的测试模型：%2").arg(c.channel, c.testModel)),
                                       c.toJson());
            if (c.highCost)
                out.insert(QStringLiteral("warning"), testModelWarning(req, c));
            return out;
        });
    });

    // POST /api/channels/:channelName/validate-keys {confirmHighCost?} → when gpt-load's
    // validate-group task is done: {success, message, data:{channel, instanceId, instanceName,
    // testModel, highCost, totalKeys, validKeys, invalidKeys, startedAt, finishedAt,
    // durationSeconds}} (counts only, never keys); ?async=1 → 202 {success, jobId, statusUrl} (job
    // kind "validate-keys"). Billable: when the channel's test model matches a high-cost pattern
    // and confirmHighCost is not true → 409 code HIGH_COST_CONFIRMATION_REQUIRED, details
    // {channel, testModel, highCost}; nothing starts. 404 unknown channel, 409 JOB_IN_PROGRESS,
    // 422 NO_KEYS, 503 instance unreachable.
    router.post(QStringLiteral("/api/channels/:channelName/validate-keys"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const QString name = req.params.value(QStringLiteral("channelName"));
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        bool confirm = false;
        if (const std::optional<Error> bad = readBool(body, QStringLiteral("confirmHighCost"), false, &confirm)) {
            reply(errorResponse(*bad, req));
            return;
        }
        if (req.wantsAsync()) {
            replyJobStarted(ctx.engine->startValidateKeys(name, confirm), ctx, req, reply);
            return;
        }
        replyWith(ctx.engine->validateKeys(name, confirm), ctx, req, reply,
                  [req](const KeyValidationReport &r) { return envelope(validationMessage(req, r), r.toJson()); });
    });

    // POST /api/channels/:channelName/remove-invalid-keys → when done: {success, message,
    // data:{channel, instanceId, instanceName, removed, keys:{total, active, invalid}|null}}
    // (counts only); ?async=1 → 202 {success, jobId, statusUrl} (job kind "clear-invalid-keys").
    // gpt-load deletes the keys it took out of the group's pool; the pool is read back. 404
    // unknown channel, 409 JOB_IN_PROGRESS, 503 no group yet or instance unreachable.
    router.post(QStringLiteral("/api/channels/:channelName/remove-invalid-keys"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const QString name = req.params.value(QStringLiteral("channelName"));
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        if (req.wantsAsync()) {
            replyJobStarted(ctx.engine->startRemoveInvalidKeys(name), ctx, req, reply);
            return;
        }
        replyWith(ctx.engine->removeInvalidKeys(name), ctx, req, reply,
                  [req](const InvalidKeyRemoval &r) { return envelope(removalMessage(req, r), r.toJson()); });
    });
}

} // namespace ul
