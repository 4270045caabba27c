// Settings, login, integration info and the v2-only /api/health (gptload-api.md §1.3, §10, §11.5).

#include "core/sim/simgptload_api.h"
#include "core/sim/simgptload_settings.h"

namespace ul {

SimHttpResponse SimGptLoadApi::getSettings(const SimApiContext &ctx)
{
    const bool zh = ctx.lang == SimLang::Zh;
    QStringList categoryOrder;
    QHash<QString, QJsonArray> byCategory;
    for (const SimSettingDef &def : simSettingDefs()) {
        if (m_state.options.profile == SimGptLoadProfile::V1_2 && def.key == QLatin1String("failover_status_codes"))
            continue;
        const QString category = zh ? def.categoryZh : def.categoryEn;
        if (!categoryOrder.contains(category))
            categoryOrder.append(category);
        QJsonObject item{
            {QStringLiteral("key"), def.key},
            {QStringLiteral("name"), zh ? def.nameZh : def.nameEn},
            {QStringLiteral("value"), m_state.settings.value(def.key)},
            {QStringLiteral("type"), def.type},
            {QStringLiteral("default_value"), def.defaultValue},
            {QStringLiteral("description"), zh ? def.descriptionZh : def.descriptionEn},
            {QStringLiteral("category"), category},
            {QStringLiteral("required"), def.required},
        };
        if (def.minValue)
            item.insert(QStringLiteral("min_value"), *def.minValue);
        byCategory[category].append(item);
    }
    QJsonArray out;
    for (const QString &category : categoryOrder) {
        out.append(QJsonObject{{QStringLiteral("category_name"), category},
                               {QStringLiteral("settings"), byCategory.value(category)}});
    }
    return simSuccess(ctx.lang, out);
}

SimHttpResponse SimGptLoadApi::putSettings(const SimApiContext &ctx)
{
    QString parseError;
    const auto body = simParseBody(ctx.request.body, &parseError);
    if (!body)
        return simError(400, "INVALID_JSON", parseError);
    QJsonObject updated = m_state.settings;
    for (auto it = body->constBegin(); it != body->constEnd(); ++it) {
        const SimSettingDef *def = simSettingDef(it.key());
        if (!def || (m_state.options.profile == SimGptLoadProfile::V1_2 && it.key() == QLatin1String("failover_status_codes")))
            return simError(500, "DATABASE_ERROR", QStringLiteral("invalid setting key: %1").arg(it.key()));
        const QString problem = simCheckSettingValue(*def, it.value());
        if (!problem.isEmpty())
            return simError(500, "DATABASE_ERROR", problem);
        if (def->key == QLatin1String("proxy_keys"))
            updated.insert(def->key, simSplitCommaList(it.value().toString()).join(QLatin1Char(',')));
        else if (def->type == QLatin1String("int"))
            updated.insert(def->key, static_cast<qint64>(it.value().toDouble()));
        else
            updated.insert(def->key, it.value());
    }
    m_state.settings = updated;
    return simSuccessMessage(simText(ctx.lang,
        "Settings updated successfully. Configuration will be reloaded in the background across all instances.",
        "设置更新成功，配置将在后台所有实例中重新加载"));
}

SimHttpResponse SimGptLoadApi::login(const SimApiContext &ctx)
{
    QString parseError;
    const auto body = simParseBody(ctx.request.body, &parseError);
    const QJsonValue authKey = body ? body->value(QStringLiteral("auth_key")) : QJsonValue();
    if (!body || !authKey.isString() || authKey.toString().isEmpty()) {
        return SimHttpResponse::json(400, QJsonObject{{QStringLiteral("success"), false},
                                                      {QStringLiteral("message"), simText(ctx.lang, "Invalid request format", "请求格式错误")}});
    }
    if (authKey.toString() != m_state.options.adminKey) {
        return SimHttpResponse::json(401, QJsonObject{{QStringLiteral("success"), false},
                                                      {QStringLiteral("message"), simText(ctx.lang, "Authentication failed", "认证失败")}});
    }
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("success"), true},
                                                  {QStringLiteral("message"), simText(ctx.lang, "Authentication successful", "认证成功")}});
}

SimHttpResponse SimGptLoadApi::integrationInfo(const SimApiContext &ctx)
{
    return integrationInfoFor(ctx.request.queryValue(QStringLiteral("key")), nullptr, ctx.lang);
}

SimHttpResponse SimGptLoadApi::integrationInfoFor(const QString &proxyKey, const SimGroup *onlyGroup, SimLang lang) const
{
    if (proxyKey.isEmpty())
        return simError(400, "VALIDATION_FAILED", simText(lang, "Proxy key is required", "代理密钥是必需的"));
    const bool global = m_state.globalProxyKeys().contains(proxyKey);
    QJsonArray out;
    for (const SimGroup *g : m_state.sortedGroups()) {
        if (onlyGroup && g->id != onlyGroup->id)
            continue;
        if (!global && !simSplitCommaList(g->proxyKeys).contains(proxyKey))
            continue;
        out.append(QJsonObject{{QStringLiteral("name"), g->name},
                               {QStringLiteral("display_name"), g->displayName},
                               {QStringLiteral("channel_type"), g->channelType},
                               {QStringLiteral("path"), QString(QStringLiteral("/proxy/") + g->name)}});
    }
    if (out.isEmpty())
        return simError(400, "VALIDATION_FAILED", simText(lang, "Invalid or unauthorized proxy key", "无效或未授权的代理密钥"));
    return simSuccess(lang, out);
}

SimHttpResponse SimGptLoadApi::apiHealthV2(const SimApiContext &ctx)
{
    return simSuccess(ctx.lang, QJsonObject{{QStringLiteral("status"), QStringLiteral("healthy")},
                                            {QStringLiteral("version"), QStringLiteral("v2.0.0-rc.2")}});
}

} // namespace ul
