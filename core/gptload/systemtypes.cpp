#include "core/gptload/systemtypes.h"

#include "core/common/redactor.h"
#include "core/gptload/jsonread.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace ul {

Result<HealthInfo> HealthInfo::fromJson(const QJsonValue &body)
{
    const QJsonObject o = body.toObject();
    if (!o.value(QLatin1String("status")).isString())
        return Error::make(ErrorKind::Protocol, QStringLiteral("health answer without a status field"));
    HealthInfo info;
    info.status = o.value(QLatin1String("status")).toString();
    info.timestamp = jsonread::toDateTime(o.value(QLatin1String("timestamp")));
    info.uptime = jsonread::toString(o.value(QLatin1String("uptime")));
    info.uptimeMs = parseGoDurationMs(info.uptime);
    return info;
}

std::optional<qint64> parseGoDurationMs(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    if (s == QLatin1String("0"))
        return 0;
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)"));
    double totalMs = 0.0;
    qsizetype position = s.startsWith(QLatin1Char('+')) ? 1 : 0;
    auto it = part.globalMatch(s, position);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != position)
            return std::nullopt;  // garbage between parts
        const double value = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        if (unit == QLatin1String("h"))
            totalMs += value * 3600000.0;
        else if (unit == QLatin1String("m"))
            totalMs += value * 60000.0;
        else if (unit == QLatin1String("s"))
            totalMs += value * 1000.0;
        else if (unit == QLatin1String("ms"))
            totalMs += value;
        else if (unit == QLatin1String("ns"))
            totalMs += value / 1e6;
        else
            totalMs += value / 1e3;  // µs
        position = m.capturedEnd();
    }
    if (position != s.size())
        return std::nullopt;
    return qint64(std::floor(totalMs));
}

QString apiProfileName(ApiProfile profile)
{
    switch (profile) {
    case ApiProfile::Unknown: return QStringLiteral("unknown");
    case ApiProfile::V1_4: return QStringLiteral("v1.4");
    case ApiProfile::V1_2: return QStringLiteral("v1.2");
    case ApiProfile::V2Unsupported: return QStringLiteral("v2-unsupported");
    }
    return QStringLiteral("unknown");
}

Result<QList<SettingsCategory>> parseSettings(const QJsonValue &data)
{
    if (!data.isArray())
        return Error::make(ErrorKind::Protocol, QStringLiteral("settings answer is not a JSON array"));
    QList<SettingsCategory> categories;
    for (const QJsonValue &c : data.toArray()) {
        const QJsonObject co = c.toObject();
        SettingsCategory category;
        category.name = jsonread::toString(co.value(QLatin1String("category_name")));
        for (const QJsonValue &s : co.value(QLatin1String("settings")).toArray()) {
            const QJsonObject so = s.toObject();
            SettingItem item;
            item.key = jsonread::toString(so.value(QLatin1String("key")));
            item.name = jsonread::toString(so.value(QLatin1String("name")));
            item.type = jsonread::toString(so.value(QLatin1String("type")));
            item.description = jsonread::toString(so.value(QLatin1String("description")));
            item.category = jsonread::toString(so.value(QLatin1String("category")));
            item.required = jsonread::toBool(so.value(QLatin1String("required")));
            if (so.contains(QLatin1String("min_value")) && !so.value(QLatin1String("min_value")).isNull())
                item.minValue = jsonread::toInt64(so.value(QLatin1String("min_value")));
            item.secret = Redactor::isSecretFieldName(item.key);
            const QJsonValue value = so.value(QLatin1String("value"));
            const QJsonValue defaultValue = so.value(QLatin1String("default_value"));
            if (item.secret) {
                item.value = Redactor::maskList(jsonread::toString(value));
                item.defaultValue = Redactor::maskList(jsonread::toString(defaultValue));
            } else {
                item.value = value;
                item.defaultValue = defaultValue;
            }
            category.settings.append(item);
        }
        categories.append(category);
    }
    return categories;
}

} // namespace ul
