// Group endpoints of the simulated gpt-load (gptload-api.md §4).

#include "core/sim/simgptload_api.h"
#include "core/sim/simgptload_groupcheck.h"
#include "core/sim/simgptload_settings.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace ul {

namespace {

SimHttpResponse duplicateName()
{
    return simError(409, "DUPLICATE_RESOURCE", QStringLiteral("Resource already exists"));
}

} // namespace

SimHttpResponse SimGptLoadApi::listGroups(const SimApiContext &ctx)
{
    QJsonArray out;
    for (const SimGroup *g : m_state.sortedGroups())
        out.append(simGroupResponse(*g, m_state));
    return simSuccess(ctx.lang, out);
}

SimHttpResponse SimGptLoadApi::listGroupsBare(const SimApiContext &ctx)
{
    QJsonArray out;
    for (const SimGroup *g : m_state.sortedGroups())
        out.append(simRawGroupModel(*g, m_state, true));
    return simSuccess(ctx.lang, out);
}

SimHttpResponse SimGptLoadApi::postGroup(const SimApiContext &ctx)
{
    QString parseError;
    const auto body = simParseBody(ctx.request.body, &parseError);
    if (!body)
        return simError(400, "INVALID_JSON", parseError);
    return createGroup(*body, ctx.lang);
}

SimHttpResponse SimGptLoadApi::createGroup(const QJsonObject &body, SimLang lang)
{
    const SimGptLoadProfile profile = m_state.options.profile;
    const bool modern = simProfileHasAggregates(profile);
    SimJsonBinder b(body, "GroupCreateRequest");
    const auto name = b.string(QStringLiteral("name"));
    const auto displayName = b.string(QStringLiteral("display_name"));
    const auto description = b.string(QStringLiteral("description"));
    const auto groupType = modern ? b.string(QStringLiteral("group_type")) : std::nullopt;
    const auto channelType = b.string(QStringLiteral("channel_type"));
    const auto sort = b.integer(QStringLiteral("sort"));
    const auto testModel = b.string(QStringLiteral("test_model"));
    const auto validationEndpoint = b.string(QStringLiteral("validation_endpoint"));
    const auto paramOverrides = b.object(QStringLiteral("param_overrides"));
    const auto redirectRules = modern ? b.object(QStringLiteral("model_redirect_rules")) : std::nullopt;
    const auto redirectStrict = modern ? b.boolean(QStringLiteral("model_redirect_strict")) : std::nullopt;
    const auto config = b.object(QStringLiteral("config"));
    const auto headerRules = b.array(QStringLiteral("header_rules"));
    const auto proxyKeys = b.string(QStringLiteral("proxy_keys"));
    if (b.failed())
        return simError(400, "INVALID_JSON", b.error());

    SimGroup g;
    g.name = name.value_or(QString()).trimmed();
    if (auto f = simCheckGroupName(g.name, lang))
        return *f;
    g.channelType = channelType.value_or(QString()).trimmed();
    if (auto f = simCheckChannelType(g.channelType, profile, lang))
        return *f;
    g.groupType = groupType.value_or(QString()).trimmed();
    if (g.groupType.isEmpty())
        g.groupType = QStringLiteral("standard");
    if (g.groupType != QLatin1String("standard") && g.groupType != QLatin1String("aggregate")) {
        return simError(400, "VALIDATION_FAILED",
                        simText(lang, "Invalid group type, must be 'standard' or 'aggregate'",
                                "无效的分组类型，必须是 standard 或 aggregate"));
    }
    if (g.isAggregate()) {
        g.testModel = QStringLiteral("-");
    } else {
        g.testModel = testModel.value_or(QString()).trimmed();
        if (g.testModel.isEmpty())
            return simError(400, "VALIDATION_FAILED", simText(lang, "Test model is required", "测试模型是必需的"));
        if (auto f = simParseUpstreams(body.value(QStringLiteral("upstreams")), lang, &g.upstreams))
            return *f;
        g.validationEndpoint = validationEndpoint.value_or(QString()).trimmed();
        if (auto f = simCheckValidationEndpoint(g.validationEndpoint, lang))
            return *f;
    }
    if (config) {
        if (auto f = simParseGroupConfig(*config, profile, lang, &g.config))
            return *f;
    }
    if (headerRules) {
        if (auto f = simParseHeaderRules(*headerRules, lang, &g.headerRules))
            return *f;
    }
    if (redirectRules) {
        if (auto f = simCheckRedirectRules(*redirectRules, g.isAggregate(), lang))
            return *f;
        g.modelRedirectRules = *redirectRules;
    }
    g.modelRedirectStrict = redirectStrict.value_or(false);
    g.displayName = displayName.value_or(QString()).trimmed().left(255);
    g.description = description.value_or(QString()).trimmed().left(512);
    g.sort = static_cast<int>(sort.value_or(0));
    g.paramOverrides = paramOverrides ? QJsonValue(*paramOverrides) : QJsonValue(QJsonValue::Null);
    g.proxyKeys = proxyKeys.value_or(QString()).trimmed();

    if (m_state.groupByName(g.name))
        return duplicateName();
    g.id = m_state.nextGroupId++;
    g.createdAt = g.updatedAt = SimGptLoadState::now();
    m_state.insertGroup(g);
    m_state.markChanged(g.id);
    return simSuccess(lang, simGroupResponse(g, m_state));
}

SimHttpResponse SimGptLoadApi::updateGroup(const SimApiContext &ctx)
{
    bool idOk = false;
    ctx.params.value(0).toULongLong(&idOk);
    if (!idOk)
        return simError(400, "BAD_REQUEST", simText(ctx.lang, "Invalid group ID format", "无效的分组ID格式"));
    QString parseError;
    const auto body = simParseBody(ctx.request.body, &parseError);
    if (!body)
        return simError(400, "INVALID_JSON", parseError);
    SimGroup *current = nullptr;
    if (auto f = groupFromParam(ctx, 0, &current))
        return *f;

    const SimGptLoadProfile profile = m_state.options.profile;
    const bool modern = simProfileHasAggregates(profile);
    SimJsonBinder b(*body, "GroupUpdateRequest");
    const auto name = b.string(QStringLiteral("name"));
    const auto displayName = b.string(QStringLiteral("display_name"));
    const auto description = b.string(QStringLiteral("description"));
    const auto channelType = b.string(QStringLiteral("channel_type"));
    const auto sort = b.integer(QStringLiteral("sort"));
    const auto testModel = b.string(QStringLiteral("test_model"));
    const auto validationEndpoint = b.string(QStringLiteral("validation_endpoint"));
    const auto paramOverrides = b.object(QStringLiteral("param_overrides"));
    const auto redirectRules = modern ? b.object(QStringLiteral("model_redirect_rules")) : std::nullopt;
    const auto redirectStrict = modern ? b.boolean(QStringLiteral("model_redirect_strict")) : std::nullopt;
    const auto config = b.object(QStringLiteral("config"));
    const auto headerRules = b.array(QStringLiteral("header_rules"));
    const auto proxyKeys = b.string(QStringLiteral("proxy_keys"));
    if (b.failed())
        return simError(400, "INVALID_JSON", b.error());

    SimGroup g = *current;   // edited copy: applied only when every check passes
    const int references = m_state.aggregateReferenceCount(g.id);
    const auto referencedError = [&] {
        return simError(400, "VALIDATION_FAILED",
                        simText(ctx.lang,
                                "This group is referenced by %1 aggregate group(s); its channel type and validation "
                                "endpoint cannot be changed. Remove it from the aggregate groups first",
                                "该分组被 %1 个聚合分组引用，无法修改渠道类型或验证地址，请先从聚合分组中移除")
                            .arg(references));
    };

    if (name) {
        g.name = name->trimmed();
        if (auto f = simCheckGroupName(g.name, ctx.lang))
            return *f;
    }
    if (displayName)
        g.displayName = displayName->trimmed().left(255);
    if (description)
        g.description = description->trimmed().left(512);
    if (channelType && !g.isAggregate()) {
        const QString type = channelType->trimmed();
        if (auto f = simCheckChannelType(type, profile, ctx.lang))
            return *f;
        if (type != g.channelType && references > 0)
            return referencedError();
        g.channelType = type;
    }
    if (testModel && !testModel->isEmpty() && !g.isAggregate()) {
        if (testModel->trimmed().isEmpty())
            return simError(400, "VALIDATION_FAILED", simText(ctx.lang, "Test model cannot be empty", "测试模型不能为空"));
        g.testModel = testModel->trimmed();
    }
    if (body->contains(QStringLiteral("upstreams"))) {
        if (auto f = simParseUpstreams(body->value(QStringLiteral("upstreams")), ctx.lang, &g.upstreams))
            return *f;
    }
    if (validationEndpoint && !g.isAggregate()) {
        const QString endpoint = validationEndpoint->trimmed();
        if (auto f = simCheckValidationEndpoint(endpoint, ctx.lang))
            return *f;
        if (endpoint != g.validationEndpoint && references > 0)
            return referencedError();
        g.validationEndpoint = endpoint;
    }
    if (paramOverrides)
        g.paramOverrides = *paramOverrides;
    if (redirectRules) {
        if (auto f = simCheckRedirectRules(*redirectRules, g.isAggregate(), ctx.lang))
            return *f;
        g.modelRedirectRules = *redirectRules;
    }
    if (redirectStrict)
        g.modelRedirectStrict = *redirectStrict;
    if (config) {
        if (auto f = simParseGroupConfig(*config, profile, ctx.lang, &g.config))
            return *f;
    }
    if (headerRules) {
        if (auto f = simParseHeaderRules(*headerRules, ctx.lang, &g.headerRules))
            return *f;
    }
    if (proxyKeys)
        g.proxyKeys = proxyKeys->trimmed();
    if (sort)
        g.sort = static_cast<int>(*sort);

    const bool renamed = g.name != current->name;
    if (renamed && m_state.groupByName(g.name))
        return simError(409, "DUPLICATE_RESOURCE", QStringLiteral("Resource already exists"));
    g.updatedAt = SimGptLoadState::now();
    m_state.replaceGroup(g);
    if (renamed)
        m_state.markChanged(g.id);
    return simSuccess(ctx.lang, simGroupResponse(g, m_state));
}

SimHttpResponse SimGptLoadApi::deleteGroup(const SimApiContext &ctx)
{
    SimGroup *g = nullptr;
    if (auto f = groupFromParam(ctx, 0, &g))
        return *f;
    m_state.removeGroup(g->id);
    return simSuccessMessage(simText(ctx.lang, "Group and related keys deleted successfully", "分组及相关密钥删除成功"));
}

SimHttpResponse SimGptLoadApi::copyGroup(const SimApiContext &ctx)
{
    SimGroup *source = nullptr;
    if (auto f = groupFromParam(ctx, 0, &source))
        return *f;
    QString parseError;
    const auto body = simParseBody(ctx.request.body, &parseError);
    if (!body)
        return simError(400, "INVALID_JSON", parseError);
    SimJsonBinder b(*body, "GroupCopyRequest");
    const QString mode = b.string(QStringLiteral("copy_keys")).value_or(QString());
    if (b.failed())
        return simError(400, "INVALID_JSON", b.error());
    if (!mode.isEmpty() && mode != QLatin1String("none") && mode != QLatin1String("valid_only")
        && mode != QLatin1String("all")) {
        return simError(400, "INVALID_JSON", QStringLiteral("Key: 'GroupCopyRequest.CopyKeys' Error:Field validation "
                                                            "for 'CopyKeys' failed on the 'oneof' tag"));
    }

    QString newName = source->name + QStringLiteral("_copy");
    for (int n = 2; m_state.groupByName(newName); ++n) {
        if (n > 1000)
            return simError(409, "DUPLICATE_RESOURCE", QStringLiteral("Resource already exists"));
        newName = source->name + QStringLiteral("_copy_") + QString::number(n);
    }
    SimGroup copy = *source;
    copy.id = m_state.nextGroupId++;
    copy.name = newName;
    copy.displayName = source->displayName + QStringLiteral(" Copy");
    copy.createdAt = copy.updatedAt = SimGptLoadState::now();
    copy.lastValidatedAt = QDateTime();
    m_state.insertGroup(copy);
    m_state.markChanged(copy.id);

    QStringList keysToCopy;
    if (mode != QLatin1String("none")) {
        const auto it = m_state.keys.constFind(source->id);
        if (it != m_state.keys.constEnd()) {
            for (const auto &entry : it->byId) {
                if (mode != QLatin1String("valid_only") || entry.second.isActive())
                    keysToCopy.append(entry.second.value);
            }
        }
    }
    if (!keysToCopy.isEmpty()) {
        const qint64 copyId = copy.id;
        // Like gpt-load: a busy task slot means the copy succeeds without keys.
        startTask(QStringLiteral("KEY_IMPORT"), copy.name, int(keysToCopy.size()),
                  [this, copyId, keysToCopy](QString *error, int *processed) {
                      if (!m_state.group(copyId)) {
                          *error = QStringLiteral("group not found");
                          return QJsonObject();
                      }
                      const SimKeyAddResult r = m_state.addKeys(copyId, keysToCopy);
                      *processed = r.added;
                      return QJsonObject{{QStringLiteral("added_count"), r.added},
                                         {QStringLiteral("ignored_count"), r.ignored}};
                  });
    }
    return simSuccess(ctx.lang, QJsonObject{{QStringLiteral("group"), simGroupResponse(copy, m_state)}});
}

SimHttpResponse SimGptLoadApi::reorderGroups(const SimApiContext &ctx)
{
    QString parseError;
    const auto body = simParseBody(ctx.request.body, &parseError);
    if (!body)
        return simError(400, "INVALID_JSON", parseError);
    SimJsonBinder b(*body, "GroupReorderRequest");
    const auto items = b.array(QStringLiteral("items"));
    if (b.failed())
        return simError(400, "INVALID_JSON", b.error());
    const auto invalid = [&](const char *en, const char *zh) {
        return simError(400, "VALIDATION_FAILED", simText(ctx.lang, en, zh));
    };
    if (!items || items->isEmpty())
        return invalid("Items cannot be empty", "排序项不能为空");
    QList<QPair<qint64, int>> changes;
    QSet<qint64> seen;
    for (const QJsonValue &v : *items) {
        SimJsonBinder item(v.toObject(), "GroupSortItem");
        const auto id = item.unsignedInteger(QStringLiteral("id"));
        const auto sort = item.integer(QStringLiteral("sort"));
        if (!v.isObject() || item.failed())
            return simError(400, "INVALID_JSON", item.failed() ? item.error() : QStringLiteral("invalid item"));
        if (!id || *id == 0)
            return invalid("Group ID cannot be 0", "分组ID不能为0");
        if (sort.value_or(0) < 0)
            return invalid("Sort value cannot be negative", "排序值不能为负数");
        if (seen.contains(*id))
            return invalid("Duplicate group ID", "分组ID重复");
        if (!m_state.group(*id))
            return invalid("One or more groups not found", "一个或多个分组不存在");
        seen.insert(*id);
        changes.append({*id, static_cast<int>(sort.value_or(0))});
    }
    for (const auto &change : changes)
        m_state.group(change.first)->sort = change.second;
    return simSuccess(ctx.lang);
}

SimHttpResponse SimGptLoadApi::configOptions(const SimApiContext &ctx)
{
    QJsonArray out;
    for (const SimSettingDef &def : simSettingDefs()) {
        if (!def.groupConfig)
            continue;
        if (m_state.options.profile == SimGptLoadProfile::V1_2 && def.key == QLatin1String("failover_status_codes"))
            continue;
        out.append(QJsonObject{
            {QStringLiteral("key"), def.key},
            {QStringLiteral("name"), ctx.lang == SimLang::Zh ? def.nameZh : def.nameEn},
            {QStringLiteral("description"), ctx.lang == SimLang::Zh ? def.descriptionZh : def.descriptionEn},
            {QStringLiteral("default_value"), m_state.settings.value(def.key)},
        });
    }
    return simSuccess(ctx.lang, out);
}

SimHttpResponse SimGptLoadApi::channelTypes(const SimApiContext &ctx)
{
    QStringList types = simChannelTypes(m_state.options.profile);
    // gpt-load returns them in map iteration order, i.e. random.
    std::shuffle(types.begin(), types.end(), *QRandomGenerator::global());
    return simSuccess(ctx.lang, QJsonArray::fromStringList(types));
}

} // namespace ul
