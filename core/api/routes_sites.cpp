// Routes: site onboarding, probe, site-name preview, temporary groups, filter rules, live site
// groups (uni-load-behaviour.md §9, §7.5, §6.1, §18, §8, §22).
#include "core/api/apimessages.h"
#include "core/api/routehelpers.h"
#include "core/api/routes.h"
#include "core/engine/demosites.h"
#include "core/engine/engine.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace ul {

using namespace RouteHelpers;

namespace {

// The process-site error shape is {success:false, error, code, details} (§9.2, §22.2): every
// error carries `details`, {} or {field} when the engine gave none (400 input, 409 busy site).
ApiResponse siteErrorResponse(const Error &error, const ApiRequest &req)
{
    ApiResponse response = errorResponse(error, req);
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    if (body.value(QStringLiteral("details")).isObject())
        return response;
    QJsonObject details;
    if (!error.field.isEmpty())
        details.insert(QStringLiteral("field"), error.field);
    body.insert(QStringLiteral("details"), details);
    return ApiResponse::json(body, response.status);
}

template <typename T, typename ToJson>
void replySite(QFuture<Result<T>> future, const ApiContext &ctx, const ApiRequest &req, const ApiReply &reply, ToJson toJson,
               int status = 200)
{
    deliverTo(future, ctx.receiver, [req, reply, toJson, status](const Result<T> &result) {
        if (!result.ok())
            reply(siteErrorResponse(result.error(), req));
        else
            reply(ApiResponse::json(toJson(result.value()), status));
    });
}

// The preview's warning (a version segment gpt-load cannot proxy, core/sites/baseurl.cpp) in the
// request's language; the segment is the last one of the normalized base URL, which keeps it.
QJsonObject localizedPreview(const SiteNamePreview &preview, const ApiRequest &req)
{
    QJsonObject json = preview.toJson();
    if (preview.warning.isEmpty() || !req.wantsChinese())
        return json;
    const QString path = QUrl(preview.normalizedBaseUrl).path();
    const QString segment = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    json.insert(QStringLiteral("warning"),
                QStringLiteral("此站点的 API 位于版本路径段 \"%1\" 下；gpt-load 会在上游 URL 后追加 /v1 或 /v1beta，"
                               "因此无法代理此站点").arg(segment));
    return json;
}

// The channel's latest health check: {time, verdict, detail} (detail in the client's language), or null.
QJsonValue lastCheckJson(const SiteGroupView &g, bool chinese)
{
    if (!g.lastCheck.isValid())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("time"), g.lastCheck.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("verdict"), g.lastVerdict},
                       {QStringLiteral("detail"), chinese ? ApiMessages::chineseEvent(g.lastCheckDetail) : g.lastCheckDetail}};
}

// The channel's key pool as last read: {total, active, invalid, readAt}, or null before the first read.
QJsonValue keyPoolJson(const KeyPoolView &pool)
{
    if (!pool.known())
        return QJsonValue::Null;
    QJsonObject json = pool.toJson();
    json.insert(QStringLiteral("readAt"), pool.readAt.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

// Adds `_state:{health, failures, threshold, state, lastSync, syncError, lastCheck, keys, deepProbe, testModel,
// testModelOverride, testModelHighCost}` from the engine snapshot to
// every live site group, matched by exact group name; null for a group uni-load does not manage (§23.2: the
// console shows uni-load's state, not gpt-load's status).
QJsonObject uniLoadState(const SiteGroupView &g, const EngineSnapshot &snapshot, bool chinese)
{
    return QJsonObject{{QStringLiteral("health"), g.health},
                       {QStringLiteral("failures"), g.failures},
                       {QStringLiteral("threshold"), snapshot.channelFailureThreshold},
                       {QStringLiteral("state"), g.state},
                       {QStringLiteral("lastSync"), g.syncedAt.isValid()
                                                        ? QJsonValue(g.syncedAt.toUTC().toString(Qt::ISODateWithMs))
                                                        : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("syncError"), g.syncError},
                       {QStringLiteral("lastCheck"), lastCheckJson(g, chinese)},
                       {QStringLiteral("keys"), keyPoolJson(g.keyPool)},
                       {QStringLiteral("deepProbe"), g.deepProbe},
                       {QStringLiteral("testModel"), g.testModel},
                       {QStringLiteral("testModelOverride"), g.testModelOverride.isEmpty()
                                                                 ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(g.testModelOverride)},
                       {QStringLiteral("testModelHighCost"), g.testModelHighCost}};
}

QJsonObject withUniLoadState(QJsonObject json, const EngineSnapshot &snapshot, bool chinese)
{
    QHash<QString, QJsonObject> states;
    for (const SiteView &site : snapshot.sites) {
        for (const SiteGroupView &g : site.groups)
            states.insert(g.name, uniLoadState(g, snapshot, chinese));
    }
    QJsonArray groups = json.value(QStringLiteral("siteGroups")).toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QJsonObject group = groups.at(i).toObject();
        const auto it = states.constFind(group.value(QStringLiteral("name")).toString());
        group.insert(QStringLiteral("_state"), it == states.cend() ? QJsonValue(QJsonValue::Null) : QJsonValue(*it));
        groups.replace(i, group);
    }
    json.insert(QStringLiteral("siteGroups"), groups);
    return json;
}

// GET /api/channels/site-groups?live=0: the site groups uni-load manages, from the engine's
// snapshot alone (no call to gpt-load): {siteGroups:[{name, _instance:{id,name,url}, _state}], live:false}.
QJsonObject recordedSiteGroups(const EngineSnapshot &snapshot, bool chinese)
{
    QHash<QString, QString> instanceUrls;
    for (const InstanceView &i : snapshot.instances)
        instanceUrls.insert(i.id, i.url);
    QJsonArray groups;
    for (const SiteView &site : snapshot.sites) {
        for (const SiteGroupView &g : site.groups) {
            groups.append(QJsonObject{{QStringLiteral("name"), g.name},
                                      {QStringLiteral("_instance"), QJsonObject{{QStringLiteral("id"), g.instanceId},
                                                                                {QStringLiteral("name"), g.instanceName},
                                                                                {QStringLiteral("url"), instanceUrls.value(g.instanceId)}}},
                                      {QStringLiteral("_state"), uniLoadState(g, snapshot, chinese)}});
        }
    }
    return {{QStringLiteral("siteGroups"), groups}, {QStringLiteral("live"), false}};
}

// A 400 naming baseUrl as the offending field, with a message already in the caller's language.
ApiResponse baseUrlError(const QString &code, const QString &localizedMessage)
{
    Error error = Error::validation(QStringLiteral("baseUrl"), localizedMessage);
    error.code = code;
    return ApiResponse::fromError(error);
}

} // namespace

void registerSiteRoutes(Router &router, const ApiContext &ctx)
{
    // POST /api/process-ai-site {baseUrl, apiKeys[], channelTypes[], customValidationEndpoints{},
    // models[], operationType, targetChannelName, siteName} → 200 {success, message, data:{siteName,
    // baseUrl, channelTypes, groupsCreated, modelsCount, models, modelsByChannel, siteGroups,
    // modelGroups, usingManualModels, successfulInstance, warnings, steps, conflicts, …}} when the
    // job is done; ?async=1 → 202 {success, jobId}. Errors {success:false, error, code, details}:
    // 400 input, 404 unknown targetChannelName, 409 same site busy, 422 nothing left after the
    // filters (details.counts), 502 gpt-load or the site failed (details: step, instance, code,
    // created, steps), 503 no healthy instance.
    router.post(QStringLiteral("/api/process-ai-site"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        Result<QJsonObject> body = req.jsonObject();
        if (!body.ok()) {
            reply(siteErrorResponse(body.error(), req));
            return;
        }
        Result<SiteRequest> request = SiteRequest::fromJson(body.value());
        if (!request.ok()) {
            reply(siteErrorResponse(request.error(), req));
            return;
        }
        if (req.wantsAsync()) {
            replySite(ctx.engine->startProcessAiSite(request.value()), ctx, req, reply,
                      [](const QString &jobId) {
                          return QJsonObject{{QStringLiteral("success"), true},
                                             {QStringLiteral("jobId"), jobId},
                                             {QStringLiteral("statusUrl"), QString(QStringLiteral("/api/jobs/") + jobId)}};
                      },
                      202);
            return;
        }
        replySite(ctx.engine->processAiSite(request.value()), ctx, req, reply,
                  [req](const ProcessSiteReport &report) {
                      return req.wantsChinese() ? ApiMessages::chineseProcessSiteResult(report.toJson()) : report.toJson();
                  });
    });

    // POST /api/probe-api {baseUrl, apiKey?} → {success:true, baseUrl, probeResult:{success,
    // endpoint, format, modelCount, modelsSample}}; 400 bad input, 502 no endpoint answered.
    router.post(QStringLiteral("/api/probe-api"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        Result<ProbeRequest> request = ProbeRequest::fromJson(body);
        if (!request.ok()) {
            reply(errorResponse(request.error(), req));
            return;
        }
        replyWith(ctx.engine->probeApi(request.value()), ctx, req, reply, [](const ProbeReport &r) { return r.toJson(); });
    });

    // POST /api/preview-site-name {baseUrl, siteName?} → {siteName, normalizedBaseUrl, source,
    // disambiguated, …}; 400 {error:"baseUrl is required"} or {error:"invalid URL format: …"}.
    router.post(QStringLiteral("/api/preview-site-name"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        Result<QString> baseUrlField = stringField(body, QStringLiteral("baseUrl"));
        Result<QString> siteNameField = stringField(body, QStringLiteral("siteName"));
        for (const Result<QString> *field : {&baseUrlField, &siteNameField}) {
            if (!field->ok()) {
                reply(errorResponse(field->error(), req));
                return;
            }
        }
        const QString baseUrl = baseUrlField->trimmed();
        if (baseUrl.isEmpty()) {
            reply(baseUrlError(QStringLiteral("BASE_URL_EMPTY"),
                               localized(req, QStringLiteral("baseUrl is required"), QStringLiteral("需要提供 baseUrl"))));
            return;
        }
        const QString siteName = siteNameField.value();
        deliverTo(ctx.engine->previewSiteName(baseUrl, siteName), ctx.receiver, [req, reply](const Result<SiteNamePreview> &preview) {
            if (preview.ok()) {
                reply(ApiResponse::json(localizedPreview(preview.value(), req)));
            } else if (preview.error().kind == ErrorKind::Validation) {
                reply(baseUrlError(preview.error().code.isEmpty() ? QStringLiteral("BASE_URL_INVALID") : preview.error().code,
                                   localized(req, QStringLiteral("invalid URL format: ") + preview.error().message,
                                             QStringLiteral("无效的 URL 格式"))));
            } else {
                reply(errorResponse(preview.error(), req));
            }
        });
    });

    // GET /api/demo/sites → {success, data:{demo, sites:[{baseUrl, channelTypes, siteName,
    // onboarded}]}}: under --demo, the simulated sites the web console offers to fill in (they
    // take any key, so none is sent); otherwise demo:false and no sites.
    router.get(QStringLiteral("/api/demo/sites"), [ctx](const ApiRequest &, const ApiReply &reply) {
        const EngineSnapshot snapshot = ctx.engine->snapshot();
        QJsonArray sites;
        for (const QJsonObject &request : ctx.demoSites) {
            QJsonObject site;
            for (const char *key : {"baseUrl", "channelTypes", "siteName"})
                site.insert(QLatin1String(key), request.value(QLatin1String(key)));
            site.insert(QStringLiteral("onboarded"), DemoSites::isOnboarded(request, snapshot));
            sites.append(site);
        }
        reply(ApiResponse::json(QJsonObject{{QStringLiteral("success"), true},
                                            {QStringLiteral("data"), QJsonObject{{QStringLiteral("demo"), !ctx.demoSites.isEmpty()},
                                                                                 {QStringLiteral("sites"), sites}}}}));
    });

    // GET /api/temp-groups/stats → {success, message, data:{totalTempGroups, instanceStats:[…]}}.
    router.get(QStringLiteral("/api/temp-groups/stats"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyWith(ctx.engine->tempGroupStats(), ctx, req, reply, [req](const TempGroupStats &stats) {
            return envelope(localized(req, QStringLiteral("%1 temporary group(s)").arg(stats.total()),
                                      QStringLiteral("共 %1 个临时分组").arg(stats.total())),
                            stats.toJson());
        });
    });

    // POST /api/temp-groups/cleanup → {success, message, data:{totalCleaned, instanceResults}}.
    router.post(QStringLiteral("/api/temp-groups/cleanup"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyWith(ctx.engine->cleanupTempGroups(), ctx, req, reply, [req](const TempGroupCleanupReport &report) {
            return envelope(localized(req, QStringLiteral("%1 temporary group(s) deleted").arg(report.totalCleaned()),
                                      QStringLiteral("已清理 %1 个临时分组").arg(report.totalCleaned())),
                            report.toJson());
        });
    });

    // POST /api/temp-groups/cleanup-old {hoursOld = 24} → same shape; groups of unknown age are kept.
    router.post(QStringLiteral("/api/temp-groups/cleanup-old"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        if (const std::optional<Error> bad = misspeltField(body, {QStringLiteral("hoursOld")})) {
            reply(errorResponse(*bad, req));
            return;
        }
        const QJsonValue hours = body.value(QStringLiteral("hoursOld"));
        double hoursOld = 24;  // fractional hours are kept: 1.5 must not become 1
        if (!hours.isUndefined() && !hours.isNull()) {
            if (!hours.isDouble() || hours.toDouble() < 0 || hours.toDouble() > 24 * 365 * 10) {
                reply(errorResponse(Error::validation(QStringLiteral("hoursOld"), QStringLiteral("hoursOld must be a number of hours ≥ 0")), req));
                return;
            }
            hoursOld = hours.toDouble();
        }
        replyWith(ctx.engine->cleanupTempGroups(hoursOld), ctx, req, reply, [req, hoursOld](const TempGroupCleanupReport &report) {
            const QString h = QString::number(hoursOld, 'g', 10);
            return envelope(localized(req, QStringLiteral("%1 temporary group(s) older than %2 h deleted").arg(report.totalCleaned()).arg(h),
                                      QStringLiteral("已清理 %1 个超过 %2 小时的临时分组").arg(report.totalCleaned()).arg(h)),
                            report.toJson());
        });
    });

    // GET /api/rules → {whitelist, blacklist, highCost, preferredTestModels, enableWhitelist,
    // enableBlacklist, effective:{…}, environment:{…}}.
    router.get(QStringLiteral("/api/rules"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        replyWith(ctx.engine->filterRules(), ctx, req, reply, [](const FilterRulesView &view) { return view.toJson(); });
    });

    // PUT /api/rules {the same object, any subset of the keys} → the updated rules; 400 naming the
    // field when invalid (unknown key, bad entry, duplicate).
    router.put(QStringLiteral("/api/rules"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        replyWith(ctx.engine->updateFilterRules(body), ctx, req, reply, [](const FilterRulesView &view) { return view.toJson(); });
    });

    // GET /api/channels/site-groups → {siteGroups:[<gpt-load group, proxy_keys redacted> +
    // _instance:{id,name,url} + _state:{health, failures, threshold, state, lastSync, syncError,
    // lastCheck:{time, verdict, detail}|null, deepProbe, testModel, testModelOverride|null,
    // testModelHighCost} | null],
    // errors?:[unreachable instances]}. `health` is healthy | failing | disabled-by-health |
    // disabled-by-cleanup | disabled-by-user | removing | recovering; null for groups uni-load does not manage.
    // ?live=0 answers from uni-load's own records instead (name, _instance, _state; no gpt-load
    // fields), at once and without asking gpt-load: what a dashboard polling every 15 s needs.
    router.get(QStringLiteral("/api/channels/site-groups"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        if (!req.queryFlag(QStringLiteral("live"), true)) {
            reply(ApiResponse::json(recordedSiteGroups(ctx.engine->snapshot(), req.wantsChinese())));
            return;
        }
        replyWith(ctx.engine->liveSiteGroups(), ctx, req, reply, [ctx, chinese = req.wantsChinese()](const LiveSiteGroups &groups) {
            return withUniLoadState(groups.toJson(), ctx.engine->snapshot(), chinese);
        });
    });
}

} // namespace ul
