#include "core/sim/simgptload_api.h"

#include <QObject>

namespace ul {

SimGptLoadApi::SimGptLoadApi(SimGptLoadState &state, QObject *timerContext)
    : m_state(state), m_timerContext(timerContext)
{
    using A = SimGptLoadApi;
    addRoute("POST", "/api/auth/login", &A::login, Feature::Always, true);
    addRoute("GET", "/api/integration/info", &A::integrationInfo, Feature::V13, true);
    addRoute("GET", "/api/health", &A::apiHealthV2, Feature::V2Only, true);

    addRoute("GET", "/api/channel-types", &A::channelTypes);
    addRoute("GET", "/api/groups", &A::listGroups);
    addRoute("POST", "/api/groups", &A::postGroup);
    addRoute("GET", "/api/groups/list", &A::listGroupsBare);
    addRoute("GET", "/api/groups/config-options", &A::configOptions);
    addRoute("PUT", "/api/groups/reorder", &A::reorderGroups, Feature::V145);
    addRoute("PUT", "/api/groups/:id", &A::updateGroup);
    addRoute("DELETE", "/api/groups/:id", &A::deleteGroup);
    addRoute("GET", "/api/groups/:id/stats", &A::groupStats);
    addRoute("POST", "/api/groups/:id/copy", &A::copyGroup);
    addRoute("GET", "/api/groups/:id/sub-groups", &A::listSubGroups, Feature::V13);
    addRoute("POST", "/api/groups/:id/sub-groups", &A::addSubGroups, Feature::V13);
    addRoute("PUT", "/api/groups/:id/sub-groups/:subGroupId/weight", &A::updateSubGroupWeight, Feature::V13);
    addRoute("DELETE", "/api/groups/:id/sub-groups/:subGroupId", &A::deleteSubGroup, Feature::V13);
    addRoute("GET", "/api/groups/:id/parent-aggregate-groups", &A::parentAggregates, Feature::V13);

    addRoute("GET", "/api/keys", &A::listKeys);
    addRoute("GET", "/api/keys/export", &A::exportKeys);
    addRoute("POST", "/api/keys/add-multiple", &A::addKeysSync);
    addRoute("POST", "/api/keys/add-async", &A::addKeysAsync);
    addRoute("POST", "/api/keys/delete-multiple", &A::deleteKeysSync);
    addRoute("POST", "/api/keys/delete-async", &A::deleteKeysAsync);
    addRoute("POST", "/api/keys/restore-multiple", &A::restoreKeys);
    addRoute("POST", "/api/keys/restore-all-invalid", &A::restoreAllInvalid);
    addRoute("POST", "/api/keys/clear-all-invalid", &A::clearAllInvalid);
    addRoute("POST", "/api/keys/clear-all", &A::clearAll);
    addRoute("POST", "/api/keys/validate-group", &A::validateGroup);
    addRoute("POST", "/api/keys/test-multiple", &A::testKeys);
    addRoute("PUT", "/api/keys/:id/notes", &A::updateKeyNotes, Feature::V131);
    addRoute("GET", "/api/tasks/status", &A::taskStatus);

    addRoute("GET", "/api/dashboard/stats", &A::dashboardStats);
    addRoute("GET", "/api/dashboard/chart", &A::dashboardChart);
    addRoute("GET", "/api/dashboard/encryption-status", &A::encryptionStatus);
    addRoute("GET", "/api/logs", &A::listLogs);
    addRoute("GET", "/api/logs/export", &A::exportLogs);
    addRoute("GET", "/api/settings", &A::getSettings);
    addRoute("PUT", "/api/settings", &A::putSettings);
}

void SimGptLoadApi::addRoute(const char *method, const char *path, Handler handler, Feature feature, bool isPublic)
{
    Route r;
    r.method = QByteArray(method);
    r.segments = QString::fromLatin1(path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    r.handler = handler;
    r.isPublic = isPublic;
    r.feature = feature;
    r.name = QString::fromLatin1(method) + QLatin1Char(' ') + QString::fromLatin1(path);
    for (const QString &s : r.segments)
        r.paramCount += s.startsWith(QLatin1Char(':')) ? 1 : 0;
    m_routes.append(r);
}

bool SimGptLoadApi::featureEnabled(Feature feature) const
{
    const SimGptLoadProfile profile = m_state.options.profile;
    switch (feature) {
    case Feature::Always:
        return true;
    case Feature::V13:
    case Feature::V145:
    case Feature::V131:
        return profile != SimGptLoadProfile::V1_2;
    case Feature::V2Only:
        return profile == SimGptLoadProfile::V2;
    }
    return false;
}

const SimGptLoadApi::Route *SimGptLoadApi::match(const SimHttpRequest &request, QStringList *params) const
{
    const QStringList segments = request.pathSegments();
    const Route *best = nullptr;
    QStringList bestParams;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size() || route.method != request.method
            || !featureEnabled(route.feature))
            continue;
        QStringList values;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            if (route.segments[i].startsWith(QLatin1Char(':')))
                values.append(segments[i]);
            else
                ok = route.segments[i] == segments[i];
        }
        if (ok && (!best || route.paramCount < best->paramCount)) {
            best = &route;
            bestParams = values;
        }
    }
    if (params)
        *params = bestParams;
    return best;
}

QString SimGptLoadApi::routeName(const SimHttpRequest &request) const
{
    const Route *route = match(request, nullptr);
    return route ? route->name : QString();
}

bool SimGptLoadApi::isAdmin(const SimHttpRequest &request) const
{
    const QString key = simExtractAuthKey(request);
    return !key.isEmpty() && key == m_state.options.adminKey;
}

SimHttpResponse SimGptLoadApi::handle(const SimHttpRequest &request)
{
    QStringList params;
    const Route *route = match(request, &params);
    if (!route)
        return simRouteNotFound();
    if (!route->isPublic && !isAdmin(request))
        return simError(401, "UNAUTHORIZED", QStringLiteral("Authentication failed"));
    const SimApiContext ctx{request, simLanguage(request), params};
    return (this->*(route->handler))(ctx);
}

SimFailure SimGptLoadApi::idFromParam(const SimApiContext &ctx, int index, IdKind kind, qint64 *id)
{
    bool ok = false;
    const qint64 value = static_cast<qint64>(ctx.params.value(index).toULongLong(&ok));
    if (ok) {
        if (id)
            *id = value;
        return std::nullopt;
    }
    switch (kind) {
    case IdKind::Group: return simError(400, "BAD_REQUEST", simText(ctx.lang, "Invalid group ID format", "无效的分组ID格式"));
    case IdKind::SubGroup:
        return simError(400, "BAD_REQUEST", simText(ctx.lang, "Invalid sub-group ID format", "无效的子分组ID格式"));
    case IdKind::Key: return simError(400, "BAD_REQUEST", simText(ctx.lang, "Invalid key ID format", "无效的密钥ID格式"));
    }
    return std::nullopt;
}

SimFailure SimGptLoadApi::groupFromParam(const SimApiContext &ctx, int index, SimGroup **out, bool subGroupMessages)
{
    qint64 id = 0;
    if (auto f = idFromParam(ctx, index, IdKind::Group, &id))
        return f;
    *out = m_state.group(id);
    if (!*out) {
        return simError(404, "NOT_FOUND", subGroupMessages ? simText(ctx.lang, "Group not found", "分组不存在")
                                                           : simText(ctx.lang, "Resource not found", "资源未找到"));
    }
    return std::nullopt;
}

SimFailure SimGptLoadApi::bindGroupKeys(const SimApiContext &ctx, SimGroup **group, QStringList *keys,
                                        bool needKeysText, bool enforceBatchLimit)
{
    QString parseError;
    const auto body = simParseBody(ctx.request.body, &parseError);
    if (!body)
        return simError(400, "INVALID_JSON", parseError);
    SimJsonBinder binder(*body, needKeysText ? "KeyTextRequest" : "GroupIDRequest");
    const auto groupId = binder.unsignedInteger(QStringLiteral("group_id"));
    std::optional<QString> text;
    if (needKeysText)
        text = binder.string(QStringLiteral("keys_text"));
    binder.require("GroupID", !groupId || *groupId == 0);
    if (needKeysText)
        binder.require("KeysText", !text || text->isEmpty());
    if (binder.failed())
        return simError(400, "INVALID_JSON", binder.error());

    *group = m_state.group(*groupId);
    if (!*group)
        return simError(404, "NOT_FOUND", simText(ctx.lang, "Resource not found", "资源未找到"));
    if (!needKeysText)
        return std::nullopt;
    if (text->trimmed().isEmpty())
        return simError(400, "VALIDATION_FAILED", simText(ctx.lang, "Keys text cannot be empty", "密钥文本不能为空"));
    *keys = simParseKeysText(*text);
    if (enforceBatchLimit && keys->size() > 5000) {
        return simError(400, "VALIDATION_FAILED",
                        QStringLiteral("batch size exceeds the limit of 5000 keys, got %1").arg(keys->size()));
    }
    return std::nullopt;
}

SimFailure SimGptLoadApi::groupFromQuery(const SimApiContext &ctx, SimGroup **out)
{
    if (!ctx.request.hasQuery(QStringLiteral("group_id"))
        || ctx.request.queryValue(QStringLiteral("group_id")).isEmpty()) {
        return simError(400, "BAD_REQUEST",
                        simText(ctx.lang, "group_id query parameter is required", "group_id 查询参数是必需的"));
    }
    bool ok = false;
    const qint64 id = ctx.request.queryValue(QStringLiteral("group_id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return simError(400, "BAD_REQUEST", simText(ctx.lang, "Invalid group_id format", "无效的 group_id 格式"));
    *out = m_state.group(id);
    if (!*out)
        return simError(404, "NOT_FOUND", simText(ctx.lang, "Resource not found", "资源未找到"));
    return std::nullopt;
}

QJsonObject SimGptLoadApi::keyCountsJson(qint64 groupId) const
{
    const SimKeyCounts c = m_state.keyCounts(groupId);
    return QJsonObject{{QStringLiteral("total_keys"), c.total},
                       {QStringLiteral("active_keys"), c.active},
                       {QStringLiteral("invalid_keys"), c.invalid}};
}

} // namespace ul
