#pragma once

// Internal to SimGptLoad: the system settings and the GroupConfig whitelist (gptload-api.md
// §4.3 table, §10.1).

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace ul {

struct SimSettingDef
{
    QString key;
    QString type;              // "int", "bool" or "string"
    QJsonValue defaultValue;
    std::optional<int> minValue;
    bool required = false;
    bool groupConfig = false;  // one of the 14 GroupConfig keys
    QString categoryEn, categoryZh;
    QString nameEn, nameZh;
    QString descriptionEn, descriptionZh;
};

const QList<SimSettingDef> &simSettingDefs();
const SimSettingDef *simSettingDef(const QString &key);
QJsonObject simDefaultSettings(const QString &appUrl, const QString &adminKey);

// Checks one value against its definition; returns the error text or an empty string.
QString simCheckSettingValue(const SimSettingDef &def, const QJsonValue &value);

} // namespace ul
