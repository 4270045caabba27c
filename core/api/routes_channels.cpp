// Routes: channel operations and cleanup — delete, promote/demote, site assignment, connectivity
// cleanup, maintenance (uni-load-behaviour.md §5.5, §17, §19, §20, §21, §22.2).
#include "core/api/routehelpers.h"
#include "core/api/routes.h"
#include "core/engine/engine.h"

#include <QJsonArray>

namespace ul {

using namespace RouteHelpers;

namespace {

// Reads the cleanup options of the body; answers 400 and returns false when invalid.
bool readCleanupOptions(const ApiRequest &req, const ApiReply &reply, CleanupOptions *options)
{
    QJsonObject body;
    if (!readBody(req, reply, &body))
        return false;
    if (const std::optional<Error> bad = misspeltField(body, CleanupOptions::fieldNames())) {
        reply(errorResponse(*bad, req));
        return false;
    }
    Result<CleanupOptions> parsed = CleanupOptions::fromJson(body);
    if (!parsed.ok()) {
        reply(errorResponse(parsed.error(), req));
        return false;
    }
    *options = parsed.value();
    return true;
}

} // namespace

void registerChannelRoutes(Router &router, const ApiContext &ctx)
{
    // DELETE /api/channels/:channelName (exact name) → {success:true, message, data:{deletedSiteGroup,
    // updatedModelGroups[], deletedModelGroups[], errors[], uniApi, site, siteRemoved}} when the job
    // is done; a partial removal answers success:false (run it again to finish); 502 when nothing
    // could be deleted; 404 unknown channel; 409 another job for that channel.
    router.del(QStringLiteral("/api/channels/:channelName"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const QString name = req.params.value(QStringLiteral("channelName"));
        deliverTo(ctx.engine->deleteChannel(name), ctx.receiver, [req, reply, name](const Result<ChannelDeletionResult> &r) {
            if (!r.ok()) {
                reply(errorResponse(r.error(), req));
                return;
            }
            const QJsonObject data = r->toJson();
            if (r->success()) {
                reply(ApiResponse::json(envelope(localized(req, QStringLiteral("channel %1 deleted").arg(name),
                                                           QStringLiteral("渠道 %1 已删除").arg(name)),
                                                 data)));
                return;
            }
            const bool partial = !r->removal.deletedModelGroups.isEmpty() || !r->removal.updatedModelGroups.isEmpty();
            QJsonObject body{{QStringLiteral("success"), false},
                             {QStringLiteral("message"), partial ? localized(req, QStringLiteral("channel %1 partly deleted; run the deletion again to finish").arg(name),
                                                                             QStringLiteral("渠道 %1 仅部分删除，请再次执行以完成").arg(name))
                                                                  : localized(req, QStringLiteral("channel %1 could not be deleted").arg(name),
                                                                             QStringLiteral("无法删除渠道 %1").arg(name))},
                             {QStringLiteral("error"), r->removal.errors.join(QStringLiteral("; "))},
                             {QStringLiteral("code"), partial ? QStringLiteral("DELETE_INCOMPLETE") : QStringLiteral("DELETE_FAILED")},
                             {QStringLiteral("data"), data}};
            reply(ApiResponse::json(body, partial ? 200 : 502));
        });
    });

    // POST /api/channels/reassign {channelName, action:"promote"|"demote"} → {success, message,
    // data:{channelName, previousInstanceName, newInstanceName, …}} when done; 400 bad input or no
    // neighbouring instance, 404 unknown channel, 409 conflict, 503 target unhealthy, 502 gpt-load.
    router.post(QStringLiteral("/api/channels/reassign"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        const Result<QString> nameField = stringField(body, QStringLiteral("channelName"));
        const Result<QString> actionField = stringField(body, QStringLiteral("action"));
        for (const Result<QString> *field : {&nameField, &actionField}) {
            if (!field->ok()) {
                reply(errorResponse(field->error(), req));
                return;
            }
        }
        const QString name = nameField->trimmed();
        if (name.isEmpty()) {
            reply(errorResponse(Error::validation(QStringLiteral("channelName"), QStringLiteral("channelName is required")), req));
            return;
        }
        const std::optional<ReassignAction> action = parseReassignAction(actionField.value());
        if (!action) {
            Error e = Error::validation(QStringLiteral("action"), QStringLiteral("action must be \"promote\" or \"demote\""));
            e.code = QStringLiteral("INVALID_ACTION");
            reply(errorResponse(e, req));
            return;
        }
        replyWith(ctx.engine->reassignChannel(name, *action), ctx, req, reply, [req](const ReassignResult &r) {
            return envelope(localized(req, QStringLiteral("%1 moved from %2 to %3").arg(r.channelName, r.previousInstanceName, r.newInstanceName),
                                      QStringLiteral("%1 已从 %2 迁移到 %3").arg(r.channelName, r.previousInstanceName, r.newInstanceName)),
                            r.toJson());
        });
    });

    // POST /api/reassign-site {siteUrl, instanceId?} → {success, message, data:{siteUrl,
    // instanceId, instanceName}}; persisted; without instanceId the assignment is cleared;
    // 400 without siteUrl, for a bad URL or an unknown instance.
    router.post(QStringLiteral("/api/reassign-site"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        // instanceId 3 (a number) must not read as "" and clear the assignment.
        const Result<QString> siteUrlField = stringField(body, QStringLiteral("siteUrl"));
        const Result<QString> instanceField = stringField(body, QStringLiteral("instanceId"));
        for (const Result<QString> *field : {&siteUrlField, &instanceField}) {
            if (!field->ok()) {
                reply(errorResponse(field->error(), req));
                return;
            }
        }
        const QString siteUrl = siteUrlField.value();
        if (siteUrl.trimmed().isEmpty()) {
            reply(errorResponse(Error::validation(QStringLiteral("siteUrl"), QStringLiteral("siteUrl is required")), req));
            return;
        }
        const QString instanceId = instanceField.value();
        replyWith(ctx.engine->reassignSite(siteUrl, instanceId), ctx, req, reply, [req](const SiteAssignmentChange &c) {
            return envelope(c.instanceId.isEmpty()
                                ? localized(req, QStringLiteral("assignment of %1 cleared").arg(c.siteUrl), QStringLiteral("已清除 %1 的实例分配").arg(c.siteUrl))
                                : localized(req, QStringLiteral("%1 assigned to %2").arg(c.siteUrl, c.instanceName),
                                            QStringLiteral("%1 已分配到 %2").arg(c.siteUrl, c.instanceName)),
                            c.toJson());
        });
    });

    // POST /api/maintenance/delete-model-groups → {success, message, results:{deletedGroups,
    // failedGroups, cleanedProviders, errors, deletedGroupNames, uniApi}} — only the L2/L3 groups
    // and providers the store says uni-load owns (§21); ?async=1 → 202 {jobId} (the job's result
    // is `results`).
    // The original takes no body; ours reads {dryRun?: bool} (a preview that changes nothing) and
    // refuses any other field, so a misspelt option never deletes everything.
    router.post(QStringLiteral("/api/maintenance/delete-model-groups"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            if (it.key() != QLatin1String("dryRun")) {
                reply(errorResponse(Error::validation(it.key(), QStringLiteral("unknown field \"%1\" (this route reads only dryRun)").arg(it.key())), req));
                return;
            }
        }
        bool dryRun = false;
        if (const std::optional<Error> bad = readBool(body, QStringLiteral("dryRun"), false, &dryRun)) {
            reply(errorResponse(*bad, req));
            return;
        }
        const auto answer = [req](const ModelGroupTeardownResult &r) {
            const QString message = r.dryRun
                ? localized(req, QStringLiteral("%1 model groups and %2 providers would be removed").arg(r.deletedGroups).arg(r.cleanedProviders),
                            QStringLiteral("将删除 %1 个模型分组，清理 %2 个提供商").arg(r.deletedGroups).arg(r.cleanedProviders))
                : localized(req, QStringLiteral("%1 model groups deleted, %2 failed, %3 providers removed").arg(r.deletedGroups).arg(r.failedGroups).arg(r.cleanedProviders),
                            QStringLiteral("已删除 %1 个模型分组，失败 %2 个，清理 %3 个提供商").arg(r.deletedGroups).arg(r.failedGroups).arg(r.cleanedProviders));
            return QJsonObject{{QStringLiteral("success"), r.failedGroups == 0 && r.errors.isEmpty()},
                               {QStringLiteral("message"), message},
                               {QStringLiteral("results"), r.toJson()}};
        };
        if (dryRun) {
            replyWith(ctx.engine->previewDeleteManagedModelGroups(), ctx, req, reply, answer);
            return;
        }
        if (req.wantsAsync()) {
            replyJobStarted(ctx.engine->startDeleteManagedModelGroups(), ctx, req, reply);
            return;
        }
        replyWith(ctx.engine->deleteManagedModelGroups(), ctx, req, reply, answer);
    });

    // POST /api/cleanup-channels/preview {cleanup options} → {success, message, results:{
    // totalSiteGroups, disconnectedChannels, affectedModelGroups, cleanedUpstreams, errors, …}}
    // when the tests are done; changes nothing. 400 for an invalid pattern or option.
    router.post(QStringLiteral("/api/cleanup-channels/preview"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        CleanupOptions options;
        if (!readCleanupOptions(req, reply, &options))
            return;
        replyWith(ctx.engine->previewCleanup(options), ctx, req, reply, [req](const CleanupReport &r) {
            return QJsonObject{{QStringLiteral("success"), true},
                               {QStringLiteral("message"), localized(req, QStringLiteral("%1 of %2 channels unreachable").arg(r.disconnectedChannels.size()).arg(r.checkedSiteGroups),
                                                                     QStringLiteral("%2 个渠道中有 %1 个无法连接").arg(r.disconnectedChannels.size()).arg(r.checkedSiteGroups))},
                               {QStringLiteral("results"), r.toJson()}};
        });
    });

    // POST /api/cleanup-channels {cleanup options} → {success:true, message} at once (a job);
    // ?async=1 → 202 {success, jobId, statusUrl}; 409 while a cleanup is queued or running;
    // 400 for an invalid pattern or option.
    router.post(QStringLiteral("/api/cleanup-channels"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        CleanupOptions options;
        if (!readCleanupOptions(req, reply, &options))
            return;
        replyJobQueued(ctx.engine->startCleanup(options), ctx, req, reply, QStringLiteral("channel cleanup started"),
                       QStringLiteral("渠道清理已启动"));
    });

    // POST /api/cleanup-channels/manual {channelNames:[…], dryRun=false} → {success, message,
    // results:{targetChannels, affectedModelGroups, cleanedUpstreams, unknownChannels, errors}};
    // 400 for an empty list, 404 when none of the names is a site group.
    router.post(QStringLiteral("/api/cleanup-channels/manual"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        if (const std::optional<Error> bad = misspeltField(body, {QStringLiteral("channelNames"), QStringLiteral("dryRun")})) {
            reply(errorResponse(*bad, req));
            return;
        }
        const Result<QStringList> listed = stringListField(body, QStringLiteral("channelNames"));
        if (!listed.ok()) {
            reply(errorResponse(listed.error(), req));
            return;
        }
        QStringList names;
        for (const QString &v : listed.value()) {
            if (!v.trimmed().isEmpty())
                names.append(v.trimmed());
        }
        if (names.isEmpty()) {
            reply(errorResponse(Error::validation(QStringLiteral("channelNames"), QStringLiteral("channelNames must name at least one channel")), req));
            return;
        }
        bool dryRun = false;
        if (const std::optional<Error> bad = readBool(body, QStringLiteral("dryRun"), false, &dryRun)) {
            reply(errorResponse(*bad, req));
            return;
        }
        replyWith(ctx.engine->manualCleanup(names, dryRun), ctx, req, reply, [req](const ManualCleanupReport &r) {
            return QJsonObject{{QStringLiteral("success"), true},
                               {QStringLiteral("message"), r.dryRun ? localized(req, QStringLiteral("%1 upstreams would be removed").arg(r.cleanedUpstreams),
                                                                                QStringLiteral("将移除 %1 个上游").arg(r.cleanedUpstreams))
                                                                    : localized(req, QStringLiteral("%1 upstreams removed").arg(r.cleanedUpstreams),
                                                                                QStringLiteral("已移除 %1 个上游").arg(r.cleanedUpstreams))},
                               {QStringLiteral("results"), r.toJson()}};
        });
    });

    // GET /api/cleanup-history → {history:[{timestamp, disconnectedChannels, affectedModelGroups,
    // cleanedUpstreams, errors, dryRun, manual}]} newest first (the last 10 runs).
    router.get(QStringLiteral("/api/cleanup-history"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyWith(ctx.engine->cleanupHistory(), ctx, req, reply, [](const QList<QJsonObject> &list) {
            QJsonArray a;
            for (const QJsonObject &o : list)
                a.append(o);
            return QJsonObject{{QStringLiteral("history"), a}};
        });
    });
}

} // namespace ul
