#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace ul {

// Group stats normalised over both server layouts (gptload-api.md §7.2).

struct KeyCounts
{
    qint64 total = 0;
    qint64 active = 0;
    qint64 invalid = 0;

    QJsonObject toJson() const;  // {total, active, invalid}: counts only
};

struct RequestWindow
{
    qint64 total = 0;
    qint64 failed = 0;
    double failureRate = 0.0;  // fraction, 0..1
};

enum class StatsLayout {
    Unknown,
    Current,  // stats_24_hour / stats_7_day / stats_30_day (v1.3.0+)
    Legacy,   // hourly_stats / daily_stats / weekly_stats (before v1.3.0)
};
QString statsLayoutName(StatsLayout layout);  // "unknown", "current", "legacy"

struct GroupStats
{
    KeyCounts keys;                      // all zero for aggregates
    RequestWindow recent;                // stats_24_hour, else hourly_stats
    int recentWindowHours = 24;          // 24 (current layout) or 1 (legacy hourly_stats)
    std::optional<RequestWindow> week;   // stats_7_day, else weekly_stats
    std::optional<RequestWindow> month;  // stats_30_day (no legacy equivalent)
    StatsLayout layout = StatsLayout::Unknown;

    // Fails with Protocol / code "UNKNOWN_STATS_FORMAT" when neither stats_24_hour nor
    // hourly_stats is present — a health check must report that, not stay inconclusive.
    static Result<GroupStats> fromJson(const QJsonValue &data);
};

inline constexpr char kUnknownStatsFormatCode[] = "UNKNOWN_STATS_FORMAT";

} // namespace ul
