#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

// Conversions between record fields and SQLite column values (store-internal).
namespace ul::sql {

inline QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// An invalid QVariant binds as SQL NULL.
inline QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(timeText(t)) : QVariant();
}

// A null QString binds as SQL NULL, which NOT NULL text columns reject; records use null and
// empty strings interchangeably, so bind every null string as "".
inline void bindNullStringsAsEmpty(QSqlQuery &q)
{
    const QVariantList values = q.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(static_cast<int>(i), QStringLiteral(""));
    }
}

inline QDateTime parseTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    return t;
}

inline QString listText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QStringList parseList(const QVariant &v)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    out.reserve(a.size());
    for (const auto &e : a)
        out.append(e.toString());
    return out;
}

} // namespace ul::sql
