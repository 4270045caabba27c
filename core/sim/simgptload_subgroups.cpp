// Aggregate groups and their sub-groups (gptload-api.md §5, profile v1.4).

#include "core/sim/simgptload_api.h"

#include <QSet>

namespace ul {

namespace {

SimHttpResponse validationFailed(SimLang lang, const char *en, const char *zh)
{
    return simError(400, "VALIDATION_FAILED", simText(lang, en, zh));
}

} // namespace

SimHttpResponse SimGptLoadApi::listSubGroups(const SimApiContext &ctx)
{
    SimGroup *aggregate = nullptr;
    if (auto f = groupFromParam(ctx, 0, &aggregate, true))
        return *f;
    if (!aggregate->isAggregate())
        return simError(400, "BAD_REQUEST", simText(ctx.lang, "Group is not an aggregate group", "该分组不是聚合分组"));
    QJsonArray out;
    for (const SimSubGroupLink &link : m_state.membersOf(aggregate->id)) {
        const SimGroup *member = m_state.group(link.memberId);
        if (!member)
            continue;
        const SimKeyCounts counts = m_state.keyCounts(member->id);
        out.append(QJsonObject{
            {QStringLiteral("group"), simRawGroupModel(*member, m_state, false)},
            {QStringLiteral("weight"), link.weight},
            {QStringLiteral("total_keys"), counts.total},
            {QStringLiteral("active_keys"), counts.active},
            {QStringLiteral("invalid_keys"), counts.invalid},
        });
    }
    return simSuccess(ctx.lang, out);
}

SimHttpResponse SimGptLoadApi::addSubGroups(const SimApiContext &ctx)
{
    if (auto f = idFromParam(ctx, 0, IdKind::Group))
        return *f;
    QString parseError;
    const auto body = simParseBody(ctx.request.body, &parseError);
    if (!body)
        return simError(400, "INVALID_JSON", parseError);
    SimJsonBinder b(*body, "AddSubGroupsRequest");
    const auto items = b.array(QStringLiteral("sub_groups"));
    QList<QPair<qint64, qint64>> requested;   // (group id, weight)
    if (items) {
        for (const QJsonValue &v : *items) {
            SimJsonBinder item(v.toObject(), "SubGroupInput");
            const auto id = item.unsignedInteger(QStringLiteral("group_id"));
            const auto weight = item.integer(QStringLiteral("weight"));
            if (!v.isObject() || item.failed())
                return simError(400, "INVALID_JSON", item.failed() ? item.error() : QStringLiteral("invalid sub group"));
            requested.append({id.value_or(0), weight.value_or(0)});
        }
    }
    if (b.failed())
        return simError(400, "INVALID_JSON", b.error());

    SimGroup *aggregate = nullptr;
    if (auto f = groupFromParam(ctx, 0, &aggregate, true))
        return *f;
    if (!aggregate->isAggregate())
        return simError(400, "BAD_REQUEST", simText(ctx.lang, "Group is not an aggregate group", "该分组不是聚合分组"));
    if (requested.isEmpty())
        return validationFailed(ctx.lang, "Aggregate group must contain at least one sub-group", "聚合分组至少需要包含一个子分组");

    QSet<qint64> seen;
    bool duplicateInRequest = false;
    for (const auto &r : requested) {
        if (r.first == 0)
            return validationFailed(ctx.lang, "Sub-group ID cannot be 0", "子分组ID不能为0");
        if (r.second < 0 || r.second > 1000)
            return validationFailed(ctx.lang, "Sub-group weight must be between 0 and 1000", "子分组权重必须在0到1000之间");
        duplicateInRequest = duplicateInRequest || seen.contains(r.first);
        seen.insert(r.first);
    }
    // gpt-load loads the ids with one IN query and compares counts, so a repeated id looks missing.
    bool allFound = !duplicateInRequest;
    for (const auto &r : requested)
        allFound = allFound && m_state.group(r.first);
    if (!allFound)
        return validationFailed(ctx.lang, "One or more sub-groups not found", "一个或多个子分组不存在");

    const QList<SimSubGroupLink> existing = m_state.membersOf(aggregate->id);
    QString endpoint;
    for (const SimSubGroupLink &link : existing) {
        if (const SimGroup *member = m_state.group(link.memberId)) {
            endpoint = simEffectiveValidationEndpoint(*member);
            break;
        }
    }
    for (const auto &r : requested) {
        const SimGroup *member = m_state.group(r.first);
        if (member->isAggregate())
            return validationFailed(ctx.lang, "Sub-groups cannot be aggregate groups", "子分组不能是聚合分组");
        if (member->channelType != aggregate->channelType)
            return validationFailed(ctx.lang, "Sub-group channel type must match the aggregate group",
                                    "子分组的渠道类型必须与聚合分组一致");
        const QString memberEndpoint = simEffectiveValidationEndpoint(*member);
        if (endpoint.isEmpty())
            endpoint = memberEndpoint;
        else if (memberEndpoint != endpoint)
            return validationFailed(ctx.lang, "Sub-group endpoints are inconsistent, all sub-groups must use the same validation endpoint",
                                    "子分组验证地址不一致，所有子分组必须使用相同的验证地址");
    }
    for (const auto &r : requested) {
        for (const SimSubGroupLink &link : existing) {
            if (link.memberId == r.first) {
                return simError(400, "BAD_REQUEST", simText(ctx.lang, "Sub group %1 already exists", "子分组 %1 已存在")
                                                        .arg(r.first));
            }
        }
    }
    for (const auto &r : requested)
        m_state.links.append({aggregate->id, r.first, static_cast<int>(r.second)});
    return simSuccess(ctx.lang);
}

SimHttpResponse SimGptLoadApi::updateSubGroupWeight(const SimApiContext &ctx)
{
    SimGroup *aggregate = nullptr;
    if (auto f = groupFromParam(ctx, 0, &aggregate, true))
        return *f;
    qint64 memberId = 0;
    if (auto f = idFromParam(ctx, 1, IdKind::SubGroup, &memberId))
        return *f;
    QString parseError;
    const auto body = simParseBody(ctx.request.body, &parseError);
    if (!body)
        return simError(400, "INVALID_JSON", parseError);
    SimJsonBinder b(*body, "UpdateSubGroupWeightRequest");
    const qint64 weight = b.integer(QStringLiteral("weight")).value_or(0);
    if (b.failed())
        return simError(400, "INVALID_JSON", b.error());
    if (!aggregate->isAggregate())
        return simError(400, "BAD_REQUEST", simText(ctx.lang, "Group is not an aggregate group", "该分组不是聚合分组"));
    if (weight < 0 || weight > 1000)
        return validationFailed(ctx.lang, "Sub-group weight must be between 0 and 1000", "子分组权重必须在0到1000之间");
    for (SimSubGroupLink &link : m_state.links) {
        if (link.aggregateId == aggregate->id && link.memberId == memberId) {
            link.weight = static_cast<int>(weight);
            return simSuccess(ctx.lang);
        }
    }
    return simError(404, "NOT_FOUND", simText(ctx.lang, "Sub group not found", "子分组不存在"));
}

SimHttpResponse SimGptLoadApi::deleteSubGroup(const SimApiContext &ctx)
{
    SimGroup *aggregate = nullptr;
    if (auto f = groupFromParam(ctx, 0, &aggregate, true))
        return *f;
    qint64 memberId = 0;
    if (auto f = idFromParam(ctx, 1, IdKind::SubGroup, &memberId))
        return *f;
    if (!aggregate->isAggregate())
        return simError(400, "BAD_REQUEST", simText(ctx.lang, "Group is not an aggregate group", "该分组不是聚合分组"));
    const qsizetype removed = m_state.links.removeIf([&](const SimSubGroupLink &l) {
        return l.aggregateId == aggregate->id && l.memberId == memberId;
    });
    if (removed == 0)
        return simError(404, "NOT_FOUND", simText(ctx.lang, "Sub group not found", "子分组不存在"));
    return simSuccess(ctx.lang);
}

SimHttpResponse SimGptLoadApi::parentAggregates(const SimApiContext &ctx)
{
    qint64 id = 0;
    if (auto f = idFromParam(ctx, 0, IdKind::Group, &id))
        return *f;
    QJsonArray out;
    for (const SimSubGroupLink &link : m_state.links) {
        if (link.memberId != id)
            continue;
        if (const SimGroup *parent = m_state.group(link.aggregateId)) {
            out.append(QJsonObject{{QStringLiteral("group_id"), parent->id},
                                   {QStringLiteral("name"), parent->name},
                                   {QStringLiteral("display_name"), parent->displayName},
                                   {QStringLiteral("weight"), link.weight}});
        }
    }
    return simSuccess(ctx.lang, out);
}

} // namespace ul
