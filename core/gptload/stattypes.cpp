#include "core/gptload/stattypes.h"

#include "core/gptload/jsonread.h"

#include <QJsonObject>

namespace ul {

QJsonObject KeyCounts::toJson() const
{
    return {{QStringLiteral("total"), total}, {QStringLiteral("active"), active}, {QStringLiteral("invalid"), invalid}};
}

namespace {

RequestWindow windowFromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    RequestWindow w;
    w.total = jsonread::toInt64(o.value(QLatin1String("total_requests")));
    w.failed = jsonread::toInt64(o.value(QLatin1String("failed_requests")));
    w.failureRate = jsonread::toDouble(o.value(QLatin1String("failure_rate")));
    return w;
}

} // namespace

QString statsLayoutName(StatsLayout layout)
{
    switch (layout) {
    case StatsLayout::Unknown: return QStringLiteral("unknown");
    case StatsLayout::Current: return QStringLiteral("current");
    case StatsLayout::Legacy: return QStringLiteral("legacy");
    }
    return QStringLiteral("unknown");
}

Result<GroupStats> GroupStats::fromJson(const QJsonValue &data)
{
    const QJsonObject o = data.toObject();
    GroupStats stats;
    const QJsonObject keys = o.value(QLatin1String("key_stats")).toObject();
    stats.keys.total = jsonread::toInt64(keys.value(QLatin1String("total_keys")));
    stats.keys.active = jsonread::toInt64(keys.value(QLatin1String("active_keys")));
    stats.keys.invalid = jsonread::toInt64(keys.value(QLatin1String("invalid_keys")));

    if (o.value(QLatin1String("stats_24_hour")).isObject()) {
        stats.layout = StatsLayout::Current;
        stats.recent = windowFromJson(o.value(QLatin1String("stats_24_hour")));
        stats.recentWindowHours = 24;
    } else if (o.value(QLatin1String("hourly_stats")).isObject()) {
        stats.layout = StatsLayout::Legacy;
        stats.recent = windowFromJson(o.value(QLatin1String("hourly_stats")));
        stats.recentWindowHours = 1;
    } else {
        Error error = Error::make(ErrorKind::Protocol,
                                  QStringLiteral("unknown stats format: neither stats_24_hour nor hourly_stats present"));
        error.code = QLatin1String(kUnknownStatsFormatCode);
        return error;
    }
    if (o.value(QLatin1String("stats_7_day")).isObject())
        stats.week = windowFromJson(o.value(QLatin1String("stats_7_day")));
    else if (o.value(QLatin1String("weekly_stats")).isObject())
        stats.week = windowFromJson(o.value(QLatin1String("weekly_stats")));
    if (o.value(QLatin1String("stats_30_day")).isObject())
        stats.month = windowFromJson(o.value(QLatin1String("stats_30_day")));
    return stats;
}

} // namespace ul
