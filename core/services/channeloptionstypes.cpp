#include "core/services/channeloptionstypes.h"

#include <QJsonArray>

namespace ul {

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QJsonObject DeepProbeChange::toJson() const
{
    QJsonArray list;
    for (const Channel &c : channels)
        list.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("probeModel"), orNull(c.probeModel)}});
    return QJsonObject{{QStringLiteral("site"), site}, {QStringLiteral("deepProbe"), enabled}, {QStringLiteral("channels"), list}};
}

bool TestModelOptions::isHighCost(const QString &model) const
{
    return highCostModels.contains(model);
}

QJsonObject TestModelOptions::toJson() const
{
    return QJsonObject{{QStringLiteral("channel"), channel},
                       {QStringLiteral("channelType"), channelType},
                       {QStringLiteral("models"), QJsonArray::fromStringList(models)},
                       {QStringLiteral("highCostModels"), QJsonArray::fromStringList(highCostModels)},
                       {QStringLiteral("override"), orNull(override)},
                       {QStringLiteral("testModel"), testModel},
                       {QStringLiteral("testModelHighCost"), isHighCost(testModel)},
                       {QStringLiteral("automatic"), automatic},
                       {QStringLiteral("automaticHighCost"), automaticHighCost}};
}

QString TestModelChange::warning() const
{
    if (!highCost)
        return {};
    return QStringLiteral("test model %1 of %2 matches a high-cost pattern: every key validation gpt-load runs sends a "
                          "billable request with it").arg(testModel, channel);
}

QJsonObject TestModelChange::toJson() const
{
    QJsonObject o{{QStringLiteral("channel"), channel},
                  {QStringLiteral("previous"), previous},
                  {QStringLiteral("testModel"), testModel},
                  {QStringLiteral("override"), orNull(override)},
                  {QStringLiteral("automatic"), automatic()},
                  {QStringLiteral("highCost"), highCost}};
    if (highCost)
        o.insert(QStringLiteral("warning"), warning());
    return o;
}

QJsonObject KeyValidationReport::toJson() const
{
    return QJsonObject{{QStringLiteral("channel"), channel},
                       {QStringLiteral("instanceId"), instanceId},
                       {QStringLiteral("instanceName"), instanceName},
                       {QStringLiteral("testModel"), testModel},
                       {QStringLiteral("highCost"), highCost},
                       {QStringLiteral("totalKeys"), totalKeys},
                       {QStringLiteral("validKeys"), validKeys},
                       {QStringLiteral("invalidKeys"), invalidKeys},
                       {QStringLiteral("startedAt"), isoTime(startedAt)},
                       {QStringLiteral("finishedAt"), isoTime(finishedAt)},
                       {QStringLiteral("durationSeconds"), durationSeconds}};
}

QJsonObject InvalidKeyRemoval::toJson() const
{
    return {{QStringLiteral("channel"), channel},
            {QStringLiteral("instanceId"), instanceId},
            {QStringLiteral("instanceName"), instanceName},
            {QStringLiteral("removed"), removed},
            {QStringLiteral("keys"), keys ? QJsonValue(keys->toJson()) : QJsonValue(QJsonValue::Null)}};
}

} // namespace ul
