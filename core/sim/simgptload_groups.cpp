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

// The fields of a group create or update body (gpt-load's GroupCreateRequest and
// GroupUpdateRequest), absent ones nullopt. Bound in gpt-load's field order, so the first
// field of the wrong type is the one reported; the aggregate fields only in a modern profile.
struct SimGroupFields
{
    std::optional<QString> name;
    std::optional<QString> displayName;
    std::optional<QString> description;
    std::optional<QString> groupType;  // only when creating
    std::optional<QString> channelType;
    std::optional<qint64> sort;
    std::optional<QString> testModel;
    std::optional<QString> validationEndpoint;
    std::optional<QJsonObject> paramOverrides;
    std::optional<QJsonObject> redirectRules;
    std::optional<bool> redirectStrict;
    std::optional<QJsonObject> config;
    std::optional<QJsonArray> headerRules;
    std::optional<QString> proxyKeys;
};

SimGroupFields bindGroupFields(SimJsonBinder &b, bool modern, bool creating)
{
    SimGroupFields in;
    in.name = b.string(QStringLiteral("name"));
    in.displayName = b.string(QStringLiteral("display_name"));
    in.description = b.string(QStringLiteral("description"));
    if (creating && modern)
        in.groupType = b.string(QStringLiteral("group_type"));
    in.channelType = b.string(QStringLiteral("channel_type"));
    in.sort = b.integer(QStringLiteral("sort"));
    in.testModel = b.string(QStringLiteral("test_model"));
    in.validationEndpoint = b.string(QStringLiteral("validation_endpoint"));
    in.paramOverrides = b.object(QStringLiteral("param_overrides"));
    if (modern) {
        in.redirectRules = b.object(QStringLiteral("model_redirect_rules"));
        in.redirectStrict = b.boolean(QStringLiteral("model_redirect_strict"));
    }
    in.config = b.object(QStringLiteral("config"));
    in.headerRules = b.array(QStringLiteral("header_rules"));
    in.proxyKeys = b.string(QStringLiteral("proxy_keys"));
    return in;
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
    const SimGroupFields in = bindGroupFields(b, modern, true);
    if (b.failed())
        return simError(400, "INVALID_JSON", b.error());

    SimGroup g;
    g.name = in.name.value_or(QString()).trimmed();
    if (auto f = simCheckGroupName(g.name, m_state.options.shortGroupNames, lang))
        return *f;
    g.channelType = in.channelType.value_or(QString()).trimmed();
    if (auto f = simCheckChannelType(g.channelType, profile, lang))
        return *f;
    g.groupType = in.groupType.value_or(QString()).trimmed();
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
        g.testModel = in.testModel.value_or(QString()).trimmed();
        if (g.testModel.isEmpty())
            return simError(400, "VALIDATION_FAILED", simText(lang, "Test model is required", "测试模型是必需的"));
        if (auto f = simParseUpstreams(body.value(QStringLiteral("upstreams")), lang, &g.upstreams))
            return *f;
        g.validationEndpoint = in.validationEndpoint.value_or(QString()).trimmed();
        if (auto f = simCheckValidationEndpoint(g.validationEndpoint, lang))
            return *f;
    }
    if (in.config) {
        if (auto f = simParseGroupConfig(*in.config, profile, lang, &g.config))
            return *f;
    }
    if (in.headerRules) {
        if (auto f = simParseHeaderRules(*in.headerRules, lang, &g.headerRules))
            return *f;
    }
    if (in.redirectRules) {
        if (auto f = simCheckRedirectRules(*in.redirectRules, g.isAggregate(), lang))
            return *f;
        g.modelRedirectRules = *in.redirectRules;
    }
    g.modelRedirectStrict = in.redirectStrict.value_or(false);
    g.displayName = in.displayName.value_or(QString()).trimmed().left(255);
    g.description = in.description.value_or(QString()).trimmed().left(512);
    g.sort = static_cast<int>(in.sort.value_or(0));
    g.paramOverrides = in.paramOverrides ? QJsonValue(*in.paramOverrides) : QJsonValue(QJsonValue::Null);
    g.proxyKeys = in.proxyKeys.value_or(QString()).trimmed();

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
    if (auto f = idFromParam(ctx, 0, IdKind::Group))
        return *f;
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
    const SimGroupFields in = bindGroupFields(b, modern, false);
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

    if (in.name) {
        g.name = in.name->trimmed();
        if (auto f = simCheckGroupName(g.name, m_state.options.shortGroupNames, ctx.lang))
            return *f;
    }
    if (in.displayName)
        g.displayName = in.displayName->trimmed().left(255);
    if (in.description)
        g.description = in.description->trimmed().left(512);
    if (in.channelType && !g.isAggregate()) {
        const QString type = in.channelType->trimmed();
        if (auto f = simCheckChannelType(type, profile, ctx.lang))
            return *f;
        if (type != g.channelType && references > 0)
            return referencedError();
        g.channelType = type;
    }
    if (in.testModel && !in.testModel->isEmpty() && !g.isAggregate()) {
        if (in.testModel->trimmed().isEmpty())
            return simError(400, "VALIDATION_FAILED", simText(ctx.lang, "Test model cannot be empty", "测试模型不能为空"));
        g.testModel = in.testModel->trimmed();
    }
    if (body->contains(QStringLiteral("upstreams"))) {
        if (auto f = simParseUpstreams(body->value(QStringLiteral("upstreams")), ctx.lang, &g.upstreams))
            return *f;
    }
    if (in.validationEndpoint && !g.isAggregate()) {
        const QString endpoint = in.validationEndpoint->trimmed();
        if (auto f = simCheckValidationEndpoint(endpoint, ctx.lang))
            return *f;
        if (endpoint != g.validationEndpoint && references > 0)
            return referencedError();
        g.validationEndpoint = endpoint;
    }
    if (in.paramOverrides)
        g.paramOverrides = *in.paramOverrides;
    if (in.redirectRules) {
        if (auto f = simCheckRedirectRules(*in.redirectRules, g.isAggregate(), ctx.lang))
            return *f;
        g.modelRedirectRules = *in.redirectRules;
    }
    if (in.redirectStrict)
        g.modelRedirectStrict = *in.redirectStrict;
    if (in.config) {
        if (auto f = simParseGroupConfig(*in.config, profile, ctx.lang, &g.config))
            return *f;
    }
    if (in.headerRules) {
        if (auto f = simParseHeaderRules(*in.headerRules, ctx.lang, &g.headerRules))
            return *f;
    }
    if (in.proxyKeys)
        g.proxyKeys = in.proxyKeys->trimmed();
    if (in.sort)
        g.sort = static_cast<int>(*in.sort);

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
