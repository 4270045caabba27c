#include "core/api/openapi.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace ul {

namespace {

struct RouteDoc
{
    const char *tag;
    const char *summary;
};

// "METHOD /path" → documentation. Shapes follow uni-load-behaviour.md §22 (original routes keep
// their JSON exactly; the others are additions of this program, as the document description says).
const QHash<QString, RouteDoc> &docs()
{
    static const QHash<QString, RouteDoc> table = {
        {QStringLiteral("GET /api/health"), {"status", "Liveness: {status:\"ok\", timestamp}. No token needed."}},
        {QStringLiteral("GET /api/status"), {"status", "Instances, uni-api file, model sync, channel health and cleanup state (cached; no network work)."}},
        {QStringLiteral("GET /api/multi-instances"), {"instances", "Cached health of every gpt-load instance and the site assignments."}},
        {QStringLiteral("POST /api/check-instances"), {"instances", "Starts a health check of every instance."}},
        {QStringLiteral("GET /api/jobs/{id}"), {"jobs", "State of a background job: running, done (with result) or failed (with error)."}},
        {QStringLiteral("POST /api/preview-site-name"), {"sites", "The site name a base URL gets: {baseUrl} → {siteName}."}},
        {QStringLiteral("POST /api/process-ai-site"), {"sites", "Onboards or updates a site (L1 groups, model lists, layers, api.yaml). ?async=1 → 202 {jobId}. "
                                                             "data.warnings: texts (Chinese for zh clients); data.warningDetails: "
                                                             "[{code, args, text}] with a stable code per warning."}},
        {QStringLiteral("POST /api/probe-api"), {"sites", "Detects a working model-list endpoint of a base URL."}},
        {QStringLiteral("GET /api/channels/site-groups"), {"channels", "Site groups (L1) across instances; proxy_keys redacted; _state:{health,failures,threshold,state,lastSync,syncError} or null."}},
        {QStringLiteral("DELETE /api/channels/{channelName}"), {"channels", "Deletes a site group with its L2 groups, L3 memberships and providers."}},
        {QStringLiteral("POST /api/channels/reassign"), {"channels", "Promotes or demotes a site group to the neighbouring instance."}},
        {QStringLiteral("POST /api/reassign-site"), {"channels", "Records which instance future groups of a site go to."}},
        {QStringLiteral("POST /api/sync-models"), {"sync", "Starts a model sync."}},
        {QStringLiteral("POST /api/sync-models/control"), {"sync", "Starts or stops the periodic model sync: {action:\"start\"|\"stop\"}."}},
        {QStringLiteral("GET /api/sync/pending"), {"sync", "Model changes waiting for review."}},
        {QStringLiteral("POST /api/sync/pending/decide"), {"sync", "Approves or rejects pending model changes."}},
        {QStringLiteral("POST /api/check-channels"), {"health", "Starts a channel health check."}},
        {QStringLiteral("POST /api/check-channels/control"), {"health", "Starts or stops the channel health monitor."}},
        {QStringLiteral("GET /api/failed-channels"), {"health", "Channels with failures: {failedChannels:[{name,failures,threshold,willBeRemoved}]}."}},
        {QStringLiteral("POST /api/reset-channel-failures"), {"health", "Resets the failure counter of one channel or of all."}},
        {QStringLiteral("POST /api/manual-recovery/{model}/{channel}"), {"health", "Immediate recovery attempt for a (model, site group) pair; encode '/' in model names as %2F."}},
        {QStringLiteral("GET /api/health/history"), {"health", "Health verdicts over time: ?channel=&since=."}},
        {QStringLiteral("POST /api/initialize-architecture"), {"layers", "Runs the three-layer reconciliation and writes api.yaml. ?async=1 → 202 {jobId}."}},
        {QStringLiteral("GET /api/architecture-status"), {"layers", "Layer counts and recovery state."}},
        {QStringLiteral("GET /api/architecture-stats"), {"layers", "Same as architecture-status inside {success, message, data}."}},
        {QStringLiteral("GET /api/plan"), {"layers", "Dry run: the operations a reconciliation would do now."}},
        {QStringLiteral("GET /api/adoption/preview"), {"layers", "A layout left by the original uni-load in gpt-load, and what importing it would do."}},
        {QStringLiteral("POST /api/adoption/import"), {"layers", "Records the original uni-load's layout in the state store, then reconciles once."}},
        {QStringLiteral("POST /api/adoption/migrate-keys"), {"layers", "Reconciles so L2/L3 pools hold the hop key instead of the instance admin key."}},
        {QStringLiteral("POST /api/adoption/delete-legacy"), {"layers", "Deletes the named legacy two-layer groups of the original: {names:[...]}."}},
        {QStringLiteral("GET /api/events"), {"status", "Engine events after ?since=<id>: instance down/up, channel removed/restored, models added/removed/queued."}},
        {QStringLiteral("GET /api/uniapi/providers"), {"uniapi", "Providers in api.yaml, with the ones uni-load manages marked."}},
        {QStringLiteral("GET /api/sync/status"), {"sync", "Model sync loop state, review settings and the last run."}},
        {QStringLiteral("GET /api/sync/history"), {"sync", "Model sync runs per site group: added, removed, applied or queued (?limit=)."}},
        {QStringLiteral("GET /api/sync/settings"), {"sync", "Review mode (global and per site) and removal-after-misses."}},
        {QStringLiteral("PUT /api/sync/settings"), {"sync", "Changes {reviewMode?, removalAfterMisses?, siteOverrides?}."}},
        {QStringLiteral("POST /api/proxy-keys/rotate"), {"keys", "Rotates the hop and/or gateway proxy key: {hop, gateway} → {hopKeyPreview, gatewayKeyPreview} (masked)."}},
        {QStringLiteral("GET /api/session"), {"session", "Whether the web console's session cookie is valid."}},
        {QStringLiteral("POST /api/session"), {"session", "Web console login: {token} → HttpOnly SameSite=Strict session cookie."}},
        {QStringLiteral("DELETE /api/session"), {"session", "Web console logout."}},
        {QStringLiteral("GET /metrics"), {"status", "Prometheus metrics (ENABLE_METRICS; on METRICS_PORT unless it equals PORT)."}},
        {QStringLiteral("POST /api/cleanup-channels"), {"cleanup", "Starts a connectivity cleanup."}},
        {QStringLiteral("POST /api/cleanup-channels/preview"), {"cleanup", "What a connectivity cleanup would remove (dry run)."}},
        {QStringLiteral("POST /api/cleanup-channels/manual"), {"cleanup", "Removes the named site groups from the model groups."}},
        {QStringLiteral("GET /api/cleanup-history"), {"cleanup", "The last cleanup runs."}},
        {QStringLiteral("POST /api/maintenance/delete-model-groups"), {"cleanup", "Deletes every L2/L3 group and provider uni-load manages."}},
        {QStringLiteral("GET /api/temp-groups/stats"), {"cleanup", "Temporary discovery groups per instance."}},
        {QStringLiteral("POST /api/temp-groups/cleanup"), {"cleanup", "Deletes every temporary group."}},
        {QStringLiteral("POST /api/temp-groups/cleanup-old"), {"cleanup", "Deletes temporary groups older than {hoursOld} (default 24)."}},
        {QStringLiteral("GET /api/uniapi/backups"), {"uniapi", "Backups of api.yaml."}},
        {QStringLiteral("POST /api/uniapi/restore"), {"uniapi", "Restores a backup of api.yaml: {name}."}},
        {QStringLiteral("GET /api/settings"), {"settings", "Settings with their origin; secrets redacted."}},
        {QStringLiteral("PUT /api/settings"), {"settings", "Changes settings."}},
        {QStringLiteral("GET /api/rules"), {"settings", "Model filter rules."}},
        {QStringLiteral("PUT /api/rules"), {"settings", "Replaces model filter rules."}},
        {QStringLiteral("GET /api/instances"), {"instances", "The instance file (tokens redacted) and its problems."}},
        {QStringLiteral("POST /api/instances"), {"instances", "Adds an instance to the instance file."}},
        {QStringLiteral("PUT /api/instances/{id}"), {"instances", "Changes an instance."}},
        {QStringLiteral("DELETE /api/instances/{id}"), {"instances", "Removes an instance."}},
        {QStringLiteral("GET /api/logs"), {"status", "Log messages after ?since=<id> (redacted)."}},
        {QStringLiteral("GET /api/openapi.json"), {"status", "This document."}},
    };
    return table;
}

QString openApiPath(const QString &pattern, QJsonArray *parameters)
{
    static const QRegularExpression param(QStringLiteral(":([A-Za-z_][A-Za-z0-9_]*)"));
    QString out = pattern;
    auto it = param.globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        parameters->append(QJsonObject{{QStringLiteral("name"), m.captured(1)},
                                       {QStringLiteral("in"), QStringLiteral("path")},
                                       {QStringLiteral("required"), true},
                                       {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
        out.replace(m.captured(0), QLatin1Char('{') + m.captured(1) + QLatin1Char('}'));
    }
    return out;
}

} // namespace

QJsonObject openApiDocument(const Router &router, const QString &version)
{
    QJsonObject paths;
    for (const Router::RouteInfo &route : router.routeInfos()) {
        const QString &method = route.method;
        const QString &pattern = route.pattern;
        QJsonArray parameters;
        const QString path = openApiPath(pattern, &parameters);
        const QString key = method + QLatin1Char(' ') + path;
        const auto doc = docs().constFind(key);
        QJsonObject op{{QStringLiteral("summary"), doc != docs().cend() ? QString::fromUtf8(doc->summary) : key},
                       {QStringLiteral("tags"), QJsonArray{doc != docs().cend() ? QString::fromUtf8(doc->tag) : QStringLiteral("other")}},
                       {QStringLiteral("responses"),
                        QJsonObject{{QStringLiteral("200"), QJsonObject{{QStringLiteral("description"), QStringLiteral("JSON result")}}},
                                    {QStringLiteral("400"), QJsonObject{{QStringLiteral("description"), QStringLiteral("invalid input: {success:false, error, code, field?}")}}},
                                    {QStringLiteral("401"), QJsonObject{{QStringLiteral("description"), QStringLiteral("missing or invalid API token")}}}}}};
        if (!parameters.isEmpty())
            op.insert(QStringLiteral("parameters"), parameters);
        if (!route.requiresAuth)  // GET /api/health, the web console's login (POST /api/session), …
            op.insert(QStringLiteral("security"), QJsonArray());
        if (method == QLatin1String("POST") || method == QLatin1String("PUT"))
            op.insert(QStringLiteral("requestBody"),
                      QJsonObject{{QStringLiteral("required"), false},
                                  {QStringLiteral("content"),
                                   QJsonObject{{QStringLiteral("application/json"),
                                                QJsonObject{{QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}}}}});
        QJsonObject item = paths.value(path).toObject();
        item.insert(method.toLower(), op);
        paths.insert(path, item);
    }
    return {{QStringLiteral("openapi"), QStringLiteral("3.0.3")},
            {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), QStringLiteral("uni-load HTTP API")},
                                                 {QStringLiteral("version"), version},
                                                 {QStringLiteral("description"),
                                                  QStringLiteral("Routes of the original uni-load with the same JSON shapes, plus uni-load's "
                                                                 "additions. Every route needs Authorization: Bearer <token> (or the web console's session cookie) "
                                                                 "unless it lists security: [] (GET /api/health, the console login). "
                                                                 "Additions are listed in core/api/CHANGELOG.md.")}}},
            {QStringLiteral("components"),
             QJsonObject{{QStringLiteral("securitySchemes"),
                          QJsonObject{{QStringLiteral("bearer"), QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                                                             {QStringLiteral("scheme"), QStringLiteral("bearer")}}}}}}},
            {QStringLiteral("security"), QJsonArray{QJsonObject{{QStringLiteral("bearer"), QJsonArray()}}}},
            {QStringLiteral("paths"), paths}};
}

} // namespace ul
