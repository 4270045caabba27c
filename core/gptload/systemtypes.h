#pragma once

#include "core/common/result.h"
#include "core/gptload/stattypes.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace ul {

// Instance health, capabilities and settings (gptload-api.md §0.4, §10).

// GET /health (root, no auth).
struct HealthInfo
{
    QString status;   // "healthy"
    QDateTime timestamp;
    QString uptime;   // Go duration text, e.g. "1h2m3.5s"
    std::optional<qint64> uptimeMs;  // parsed `uptime`
    qint64 responseMs = 0;           // round trip of the answering attempt

    bool isHealthy() const { return status == QLatin1String("healthy"); }
    static Result<HealthInfo> fromJson(const QJsonValue &body);
};

// Parses a Go time.Duration string ("1h2m3.5s", "150ms", "2.5µs") into milliseconds.
std::optional<qint64> parseGoDurationMs(const QString &text);

enum class ApiProfile {
    Unknown,        // not detected (yet)
    V1_4,           // v1.3.0 – v1.4.x: group_type, aggregates, sub-group routes
    V1_2,           // v1.1 – v1.2.x: no group_type, no aggregates, legacy stats names
    V2Unsupported,  // answers /api/health: a different API that we refuse to manage
};
QString apiProfileName(ApiProfile profile);  // "v1.4", "v1.2", "v2-unsupported", "unknown"

// What an instance supports, detected once per instance start (§0.4).
struct Capabilities
{
    ApiProfile profile = ApiProfile::Unknown;
    bool nativeAggregates = false;
    // Expected stats layout; refined by the first stats answer (v1.3 betas had aggregates but
    // the old stats names).
    StatsLayout statsLayout = StatsLayout::Unknown;
    int maxGroupNameLength = 100;  // 30 on ≤ v1.0.22, which is unsupported

    bool isManageable() const { return profile == ApiProfile::V1_4 || profile == ApiProfile::V1_2; }
};

// One entry of GET /api/settings. Secret settings (proxy_keys) arrive masked.
struct SettingItem
{
    QString key;
    QString name;         // localised
    QJsonValue value;     // masked when secret
    QString type;         // "int", "bool", "string"
    QJsonValue defaultValue;
    QString description;
    QString category;
    std::optional<qint64> minValue;
    bool required = false;
    bool secret = false;
};

struct SettingsCategory
{
    QString name;
    QList<SettingItem> settings;
};

Result<QList<SettingsCategory>> parseSettings(const QJsonValue &data);

} // namespace ul
