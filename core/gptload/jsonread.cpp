#include "core/gptload/jsonread.h"

#include <QtMath>

namespace ul::jsonread {

qint64 toInt64(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble())
        return qRound64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        return ok ? parsed : fallback;
    }
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return fallback;
}

double toDouble(const QJsonValue &value, double fallback)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().trimmed().toDouble(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

bool toBool(const QJsonValue &value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0.0;
    if (value.isString()) {
        const QString s = value.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("0"))
            return false;
    }
    return fallback;
}

QString toString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QJsonObject toObject(const QJsonValue &value)
{
    return value.isObject() ? value.toObject() : QJsonObject();
}

QDateTime toDateTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QDateTime parsed = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.date().year() <= 1)
        return {};
    return parsed.toUTC();
}

QString toRfc3339(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

} // namespace ul::jsonread
