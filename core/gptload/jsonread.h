#pragma once

// Internal: tolerant readers for gpt-load JSON (missing fields, nulls, numbers sent as strings).

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ul::jsonread {

qint64 toInt64(const QJsonValue &value, qint64 fallback = 0);
double toDouble(const QJsonValue &value, double fallback = 0.0);
bool toBool(const QJsonValue &value, bool fallback = false);
QString toString(const QJsonValue &value);                 // numbers are converted, null → ""
QJsonObject toObject(const QJsonValue &value);             // null or non-object → {}
// RFC 3339 with up to nanoseconds; null, invalid and Go's zero time (year 1) → an invalid QDateTime.
QDateTime toDateTime(const QJsonValue &value);
QString toRfc3339(const QDateTime &dateTime);              // UTC, "2026-07-09T10:00:00Z"

} // namespace ul::jsonread
