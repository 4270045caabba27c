// Stats, request logs and dashboard endpoints (gptload-api.md §7, §8).

#include "core/sim/simgptload_api.h"

#include <cmath>

namespace ul {

namespace {

QJsonObject windowJson(const SimWindowStats &w)
{
    const double rate = w.totalRequests > 0
        ? std::round(double(w.failedRequests) / double(w.totalRequests) * 10000.0) / 10000.0
        : 0.0;
    return QJsonObject{{QStringLiteral("total_requests"), w.totalRequests},
                       {QStringLiteral("failed_requests"), w.failedRequests},
                       {QStringLiteral("failure_rate"), rate}};
}

bool containsInsensitive(const QString &haystack, const QString &needle)
{
    return needle.isEmpty() || haystack.contains(needle, Qt::CaseInsensitive);
}

QByteArray csvField(const QString &value)
{
    QString v = value;
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

} // namespace

SimHttpResponse SimGptLoadApi::groupStats(const SimApiContext &ctx)
{
    SimGroup *g = nullptr;
    if (auto f = groupFromParam(ctx, 0, &g))
        return *f;
    SimGroupStats stats;
    const auto overrideIt = m_state.statsOverride.constFind(g->id);
    std::optional<SimGroupStats> synthetic;
    if (overrideIt == m_state.statsOverride.constEnd() && m_state.options.syntheticStats)
        synthetic = m_state.options.syntheticStats(g->name);
    if (overrideIt != m_state.statsOverride.constEnd()) {
        stats = *overrideIt;
    } else if (synthetic) {
        stats = *synthetic;
    } else {
        const SimObservedStats seen = m_state.observed.value(g->id);
        const SimWindowStats w{seen.total, seen.failed};
        stats = SimGroupStats{w, w, w, w};
    }
    const QJsonObject keyStats = g->isAggregate()
        ? QJsonObject{{QStringLiteral("total_keys"), 0}, {QStringLiteral("active_keys"), 0},
                      {QStringLiteral("invalid_keys"), 0}}
        : keyCountsJson(g->id);
    QJsonObject out{{QStringLiteral("key_stats"), keyStats}};
    if (m_state.options.profile == SimGptLoadProfile::V1_2) {
        out.insert(QStringLiteral("hourly_stats"), windowJson(stats.lastHour));
        out.insert(QStringLiteral("daily_stats"), windowJson(stats.last24Hours));
        out.insert(QStringLiteral("weekly_stats"), windowJson(stats.last7Days));
    } else {
        out.insert(QStringLiteral("stats_24_hour"), windowJson(stats.last24Hours));
        out.insert(QStringLiteral("stats_7_day"), windowJson(stats.last7Days));
        out.insert(QStringLiteral("stats_30_day"), windowJson(stats.last30Days));
    }
    return simSuccess(ctx.lang, out);
}

namespace {

QList<const SimLogItem *> filterLogs(const QList<SimLogItem> &logs, const SimHttpRequest &request)
{
    const QString groupName = request.queryValue(QStringLiteral("group_name"));
    const QString parentName = request.queryValue(QStringLiteral("parent_group_name"));
    const QString model = request.queryValue(QStringLiteral("model"));
    const QString errorContains = request.queryValue(QStringLiteral("error_contains"));
    const QString keyValue = request.queryValue(QStringLiteral("key_value"));
    const QString isSuccess = request.queryValue(QStringLiteral("is_success"));
    const QString requestType = request.queryValue(QStringLiteral("request_type"));
    const QString statusCode = request.queryValue(QStringLiteral("status_code"));
    const QString sourceIp = request.queryValue(QStringLiteral("source_ip"));
    const QDateTime start = QDateTime::fromString(request.queryValue(QStringLiteral("start_time")), Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(request.queryValue(QStringLiteral("end_time")), Qt::ISODateWithMs);

    QList<const SimLogItem *> out;
    for (const SimLogItem &item : logs) {
        if (!containsInsensitive(item.groupName, groupName) || !containsInsensitive(item.parentGroupName, parentName)
            || !containsInsensitive(item.model, model) || !containsInsensitive(item.errorMessage, errorContains))
            continue;
        if (!keyValue.isEmpty() && item.keyValue != keyValue)
            continue;
        if (!isSuccess.isEmpty() && item.isSuccess != (isSuccess == QLatin1String("true") || isSuccess == QLatin1String("1")))
            continue;
        if (!requestType.isEmpty() && item.requestType != requestType)
            continue;
        if (!statusCode.isEmpty() && QString::number(item.statusCode) != statusCode)
            continue;
        if (!sourceIp.isEmpty() && item.sourceIp != sourceIp)
            continue;
        if (start.isValid() && item.timestamp < start)
            continue;
        if (end.isValid() && item.timestamp > end)
            continue;
        out.append(&item);
    }
    std::stable_sort(out.begin(), out.end(), [](const SimLogItem *a, const SimLogItem *b) {
        return a->timestamp > b->timestamp;
    });
    return out;
}

} // namespace

SimHttpResponse SimGptLoadApi::listLogs(const SimApiContext &ctx)
{
    const QList<const SimLogItem *> matching = filterLogs(m_state.logs, ctx.request);
    const SimPage page = simPageFromQuery(ctx.request);
    QJsonArray items;
    const qsizetype first = qsizetype(page.page - 1) * page.size;
    for (qsizetype i = first; i < matching.size() && i < first + page.size; ++i)
        items.append(simLogJson(*matching[i]));
    return simSuccess(ctx.lang, simPaginated(items, page, matching.size()));
}

SimHttpResponse SimGptLoadApi::exportLogs(const SimApiContext &ctx)
{
    QByteArray csv("Timestamp,Group,Parent Group,Model,Key,Success,Status Code,Duration (ms),Request Type,Source IP,"
                   "Upstream,Error\n");
    for (const SimLogItem *item : filterLogs(m_state.logs, ctx.request)) {
        csv.append(csvField(simTimestamp(item->timestamp))).append(',')
            .append(csvField(item->groupName)).append(',')
            .append(csvField(item->parentGroupName)).append(',')
            .append(csvField(item->model)).append(',')
            .append(csvField(item->keyValue)).append(',')
            .append(item->isSuccess ? "true" : "false").append(',')
            .append(QByteArray::number(item->statusCode)).append(',')
            .append(QByteArray::number(item->durationMs)).append(',')
            .append(csvField(item->requestType)).append(',')
            .append(csvField(item->sourceIp)).append(',')
            .append(csvField(item->upstreamAddr)).append(',')
            .append(csvField(item->errorMessage)).append('\n');
    }
    SimHttpResponse response = SimHttpResponse::text(200, csv, QByteArrayLiteral("text/csv; charset=utf-8"));
    response.headers.append({QByteArrayLiteral("Content-Disposition"), QByteArrayLiteral("attachment; filename=request-logs.csv")});
    return response;
}

SimHttpResponse SimGptLoadApi::dashboardStats(const SimApiContext &ctx)
{
    int totalKeys = 0;
    int invalidKeys = 0;
    for (const auto &entry : m_state.groups) {
        const SimKeyCounts c = m_state.keyCounts(entry.first);
        totalKeys += c.total;
        invalidKeys += c.invalid;
    }
    const QDateTime now = SimGptLoadState::now();
    qint64 lastDay = 0;
    qint64 lastDayFailed = 0;
    qint64 lastMinute = 0;
    for (const SimLogItem &item : m_state.logs) {
        if (item.requestType != QLatin1String("final"))
            continue;
        if (item.timestamp >= now.addSecs(-86400)) {
            ++lastDay;
            lastDayFailed += item.isSuccess ? 0 : 1;
        }
        if (item.timestamp >= now.addSecs(-60))
            ++lastMinute;
    }
    const auto card = [](double value, double subValue) {
        return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("sub_value"), subValue},
                           {QStringLiteral("sub_value_tip"), QString()}, {QStringLiteral("trend"), 0},
                           {QStringLiteral("trend_is_growth"), true}};
    };
    const double errorRate = lastDay > 0 ? std::round(double(lastDayFailed) * 10000.0 / double(lastDay)) / 100.0 : 0.0;
    return simSuccess(ctx.lang, QJsonObject{
        {QStringLiteral("key_count"), card(totalKeys, invalidKeys)},
        {QStringLiteral("rpm"), card(double(lastMinute), 0)},
        {QStringLiteral("request_count"), card(double(lastDay), 0)},
        {QStringLiteral("error_rate"), card(errorRate, 0)},
        {QStringLiteral("security_warnings"), QJsonArray()},
    });
}

SimHttpResponse SimGptLoadApi::dashboardChart(const SimApiContext &ctx)
{
    const QString groupFilter = ctx.request.queryValue(QStringLiteral("groupId"));
    QString groupName;
    if (!groupFilter.isEmpty()) {
        if (const SimGroup *g = m_state.group(groupFilter.toLongLong()))
            groupName = g->name;
    }
    const QDateTime now = SimGptLoadState::now();
    const QDateTime firstHour = now.addSecs(-23 * 3600);
    QJsonArray labels;
    QList<double> success(24, 0);
    QList<double> failure(24, 0);
    for (int h = 0; h < 24; ++h)
        labels.append(firstHour.addSecs(h * 3600).toString(QStringLiteral("yyyy-MM-ddTHH:00:00Z")));
    for (const SimLogItem &item : m_state.logs) {
        if (item.requestType != QLatin1String("final") || (!groupName.isEmpty() && item.groupName != groupName))
            continue;
        const qint64 hoursAgo = item.timestamp.secsTo(now) / 3600;
        if (hoursAgo < 0 || hoursAgo > 23)
            continue;
        const int bucket = 23 - int(hoursAgo);
        (item.isSuccess ? success : failure)[bucket] += 1;
    }
    const auto dataset = [](const QString &label, const QList<double> &data, const char *color) {
        QJsonArray values;
        for (double d : data)
            values.append(d);
        return QJsonObject{{QStringLiteral("label"), label}, {QStringLiteral("data"), values},
                           {QStringLiteral("color"), QString::fromLatin1(color)}};
    };
    return simSuccess(ctx.lang, QJsonObject{
        {QStringLiteral("labels"), labels},
        {QStringLiteral("datasets"), QJsonArray{dataset(simText(ctx.lang, "Success", "成功请求"), success, "rgba(10, 200, 110, 1)"),
                                                dataset(simText(ctx.lang, "Failed", "失败请求"), failure, "rgba(255, 70, 70, 1)")}},
    });
}

SimHttpResponse SimGptLoadApi::encryptionStatus(const SimApiContext &ctx)
{
    return simSuccess(ctx.lang, QJsonObject{{QStringLiteral("has_mismatch"), false},
                                            {QStringLiteral("scenario_type"), QString()},
                                            {QStringLiteral("message"), QString()},
                                            {QStringLiteral("suggestion"), QString()}});
}

} // namespace ul
