// Routes: three-layer reconciliation, architecture, adoption, api.yaml backups, events
// (uni-load-behaviour.md §11, §13, §22.2, §22.4; uniapi-config.md §6.9).
#include "core/api/apimessages.h"
#include "core/api/routehelpers.h"
#include "core/api/routes.h"
#include "core/engine/engine.h"

#include <QJsonArray>

#include <limits>

namespace ul {

using namespace RouteHelpers;

namespace {
// The data of an api.yaml preview (uniapi-config.md §6.13): {path, changed, createsFile,
// bootstraps, diff (keys masked by the writer), summary:{added, changed, adopted, removed},
// conflicts, suppressedAliases, providersCount}.
QJsonObject previewData(const uniapi::WritePlan &plan)
{
    const QJsonObject full = plan.toJson();
    QJsonObject summary;
    for (const QString &key : {QStringLiteral("added"), QStringLiteral("changed"), QStringLiteral("adopted"), QStringLiteral("removed")})
        summary.insert(key, full.value(key));
    return QJsonObject{{QStringLiteral("path"), plan.path},
                       {QStringLiteral("changed"), plan.changesFile},
                       {QStringLiteral("createsFile"), plan.createsFile},
                       {QStringLiteral("bootstraps"), plan.bootstraps},
                       {QStringLiteral("diff"), plan.diff},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("conflicts"), full.value(QStringLiteral("conflicts"))},
                       {QStringLiteral("suppressedAliases"), full.value(QStringLiteral("suppressedAliases"))},
                       {QStringLiteral("providersCount"), plan.providersCount}};
}
} // namespace

void registerLayerRoutes(Router &router, const ApiContext &ctx)
{
    // POST /api/initialize-architecture → {success, message, result:{siteGroups,
    // modelChannelGroups, aggregateGroups, totalModels}, report:{created, updated, deleted, …}};
    // answers when the reconciliation is done; ?async=1 → 202 {jobId}.
    router.post(QStringLiteral("/api/initialize-architecture"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        if (req.wantsAsync()) {
            replyJobStarted(ctx.engine->startInitializeArchitecture(), ctx, req, reply);
            return;
        }
        replyWith(ctx.engine->initializeArchitecture(), ctx, req, reply, [req](const ReconcileResult &r) {
            return QJsonObject{{QStringLiteral("success"), !r.hasFailures()},
                               {QStringLiteral("message"), r.hasFailures() ? localized(req, QStringLiteral("architecture initialised with errors"),
                                                                                      QStringLiteral("架构初始化完成，但有错误"))
                                                                           : localized(req, QStringLiteral("architecture initialised"),
                                                                                      QStringLiteral("架构初始化完成"))},
                               {QStringLiteral("result"), r.totalsJson()},
                               {QStringLiteral("report"), r.toJson()}};
        });
    });

    // GET /api/architecture-status?names= → {layers:{layer1:{name,count,groups},…}, recovery:{scheduled,failed}}
    // (null when the status cannot be built, as the original); `names` caps each layer's group
    // names (a dashboard shows a few of 30 000).
    router.get(QStringLiteral("/api/architecture-status"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const Result<int> names = boundedQueryValue(req, QStringLiteral("names"), 0, std::numeric_limits<int>::max(), -1);
        if (!names.ok()) {
            reply(errorResponse(names.error(), req));
            return;
        }
        deliverTo(ctx.engine->architectureStatus(), ctx.receiver, [reply, names = names.value()](const Result<ArchitectureStatus> &r) {
            reply(r.ok() ? ApiResponse::json(r->toJson(names)) : ApiResponse::jsonValue(QJsonValue(QJsonValue::Null)));
        });
    });

    // GET /api/architecture-stats → {success, message, data:<architecture status>}
    router.get(QStringLiteral("/api/architecture-stats"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyWith(ctx.engine->architectureStatus(), ctx, req, reply, [req](const ArchitectureStatus &s) {
            return envelope(localized(req, QStringLiteral("architecture statistics"), QStringLiteral("架构统计")), s.toJson());
        });
    });

    // GET /api/plan → {operations:[{op, instance, group, detail}], summary:{create, update, delete}}
    router.get(QStringLiteral("/api/plan"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyWith(ctx.engine->reconcilePlan(), ctx, req, reply, [chinese = req.wantsChinese()](const Plan &p) {
            return chinese ? ApiMessages::withChinesePlanTexts(p.toJson()) : p.toJson();
        });
    });

    // GET /api/adoption/preview?recorded=0 → what an import of the original uni-load's layout would
    // record; recorded=0 leaves the groups already recorded out of the lists (`counts` has both).
    router.get(QStringLiteral("/api/adoption/preview"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const bool withRecorded = req.queryFlag(QStringLiteral("recorded"), true);
        replyWith(ctx.engine->previewAdoption(), ctx, req, reply, [chinese = req.wantsChinese(), withRecorded](const AdoptionPreview &p) {
            return chinese ? ApiMessages::withChinesePlanTexts(p.toJson(withRecorded)) : p.toJson(withRecorded);
        });
    });

    // POST /api/adoption/import → {imported, result}: records written, then one reconciliation.
    router.post(QStringLiteral("/api/adoption/import"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyWith(ctx.engine->importAdoption(), ctx, req, reply, [](const AdoptionResult &r) { return r.toJson(); });
    });

    // POST /api/adoption/migrate-keys → reconciliation result: hop key in, admin key out of L2/L3 pools;
    // ?async=1 → 202 {jobId} (the job's result is the same report).
    router.post(QStringLiteral("/api/adoption/migrate-keys"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        if (req.wantsAsync()) {
            replyJobStarted(ctx.engine->startMigrateAdoptedKeys(), ctx, req, reply);
            return;
        }
        replyWith(ctx.engine->migrateAdoptedKeys(), ctx, req, reply, [](const ReconcileResult &r) { return r.toJson(); });
    });

    // POST /api/adoption/delete-legacy {names:[…]} → {deleted, errors, uniApi}
    router.post(QStringLiteral("/api/adoption/delete-legacy"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        const Result<QStringList> listed = stringListField(body, QStringLiteral("names"));
        if (!listed.ok()) {
            reply(errorResponse(listed.error(), req));
            return;
        }
        const QStringList names = listed.value();
        if (names.isEmpty()) {
            reply(errorResponse(Error::validation(QStringLiteral("names"), QStringLiteral("names must list the legacy groups to delete")), req));
            return;
        }
        replyWith(ctx.engine->deleteLegacyGroups(names), ctx, req, reply, [](const LegacyDeletionResult &r) { return r.toJson(); });
    });

    // GET /api/uniapi/backups → {backups:[{name, time, size}]}
    router.get(QStringLiteral("/api/uniapi/backups"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyWith(ctx.engine->uniApiBackups(), ctx, req, reply, [](const QList<uniapi::BackupInfo> &list) {
            QJsonArray a;
            for (const auto &b : list)
                a.append(b.toJson());
            return QJsonObject{{QStringLiteral("backups"), a}};
        });
    });

    // POST /api/uniapi/restore {name} → {success, message, result}; 404 unknown backup.
    router.post(QStringLiteral("/api/uniapi/restore"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        const Result<QString> nameField = stringField(body, QStringLiteral("name"));
        if (!nameField.ok()) {
            reply(errorResponse(nameField.error(), req));
            return;
        }
        const QString name = nameField->trimmed();
        if (name.isEmpty()) {
            reply(errorResponse(Error::validation(QStringLiteral("name"), QStringLiteral("name of the backup is required")), req));
            return;
        }
        replyWith(ctx.engine->restoreUniApiBackup(name), ctx, req, reply, [req, name](const uniapi::WriteOutcome &o) {
            QJsonObject out = ok(localized(req, QStringLiteral("api.yaml restored from %1").arg(name),
                                           QStringLiteral("已从 %1 恢复 api.yaml").arg(name)));
            out.insert(QStringLiteral("result"), o.toJson());
            return out;
        });
    });

    // GET /api/uniapi/preview → {success, message, data:<previewData>}: the api.yaml write a
    // reconciliation would make now; writes nothing. 400 no path configured or a file that cannot
    // be read (code UNIAPI_PARSE, UNIAPI_UNSUPPORTED_LAYOUT, …), 503 no instance reachable.
    router.get(QStringLiteral("/api/uniapi/preview"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyWith(ctx.engine->previewUniApiWrite(), ctx, req, reply, [req](const uniapi::WritePlan &p) {
            return envelope(p.changesFile ? localized(req, QStringLiteral("the next write changes api.yaml"), QStringLiteral("下次写入会修改 api.yaml"))
                                          : localized(req, QStringLiteral("api.yaml is up to date"), QStringLiteral("api.yaml 已是最新")),
                            previewData(p));
        });
    });

    // GET /api/uniapi/backups/:name/preview → {success, message, data:<previewData>}: what
    // POST /api/uniapi/restore {name} would change (diff current → backup). 404 unknown backup,
    // 400 no path configured or a backup that cannot be restored (UNIAPI_PARSE, …).
    router.get(QStringLiteral("/api/uniapi/backups/:name/preview"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const QString name = req.params.value(QStringLiteral("name"));
        replyWith(ctx.engine->previewUniApiRestore(name), ctx, req, reply, [req, name](const uniapi::WritePlan &p) {
            return envelope(p.changesFile ? localized(req, QStringLiteral("restoring %1 changes api.yaml").arg(name),
                                                      QStringLiteral("恢复 %1 会修改 api.yaml").arg(name))
                                          : localized(req, QStringLiteral("api.yaml already equals %1").arg(name),
                                                      QStringLiteral("api.yaml 已与 %1 相同").arg(name)),
                            previewData(p));
        });
    });

    // POST /api/uniapi/client-key → {success, data:{clientKey}}: the client key of an api.yaml
    // uni-load created, once; 404 NO_NEW_CLIENT_KEY when none is waiting. The one answer that
    // carries a secret on purpose (POST: never cached, never prefetched).
    router.post(QStringLiteral("/api/uniapi/client-key"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyWith(ctx.engine->takeNewUniApiClientKey(), ctx, req, reply, [req](const QString &key) {
            return envelope(localized(req, QStringLiteral("the new client key of api.yaml; it is not shown again"),
                                      QStringLiteral("api.yaml 的新客户端密钥；不会再次显示")),
                            QJsonObject{{QStringLiteral("clientKey"), key}});
        });
    });

    // GET /api/uniapi/providers → {providers:[managed entries currently in api.yaml]} (no keys)
    router.get(QStringLiteral("/api/uniapi/providers"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyWith(ctx.engine->uniApiManagedEntries(), ctx, req, reply, [](const QList<uniapi::ManagedEntryView> &list) {
            QJsonArray a;
            for (const auto &e : list)
                a.append(e.toJson());
            return QJsonObject{{QStringLiteral("providers"), a}};
        });
    });

    // GET /api/events?since=<id> → {events:[{id, time, kind, severity, subject, message, details}]}
    router.get(QStringLiteral("/api/events"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const Result<qint64> since = idQueryValue(req, QStringLiteral("since"));
        if (!since.ok()) {
            reply(errorResponse(since.error(), req));
            return;
        }
        replyWith(ctx.engine->events(since.value()), ctx, req, reply, [chinese = req.wantsChinese()](const QList<EngineEvent> &events) {
            QJsonArray a;
            for (const auto &e : events) {
                QJsonObject json = e.toJson();
                if (chinese)
                    json.insert(QStringLiteral("message"), ApiMessages::chineseEvent(e.message));
                a.append(json);
            }
            return QJsonObject{{QStringLiteral("events"), a}};
        });
    });
}

} // namespace ul
