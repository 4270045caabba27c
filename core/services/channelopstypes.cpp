#include "core/services/channelopstypes.h"

#include <QJsonArray>

namespace ul {

QString reassignActionName(ReassignAction action)
{
    return action == ReassignAction::Promote ? QStringLiteral("promote") : QStringLiteral("demote");
}

std::optional<ReassignAction> parseReassignAction(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("promote"))
        return ReassignAction::Promote;
    if (t == QLatin1String("demote"))
        return ReassignAction::Demote;
    return std::nullopt;
}

QJsonObject ChannelDeletionResult::toJson() const
{
    QJsonObject o = removal.toJson();
    o.insert(QStringLiteral("site"), site);
    o.insert(QStringLiteral("siteRemoved"), siteRemoved);
    return o;
}

QJsonObject ReassignResult::toJson() const
{
    return {{QStringLiteral("channelName"), channelName},
            {QStringLiteral("action"), reassignActionName(action)},
            {QStringLiteral("previousInstanceName"), previousInstanceName},
            {QStringLiteral("newInstanceName"), newInstanceName},
            {QStringLiteral("previousInstanceId"), previousInstanceId},
            {QStringLiteral("newInstanceId"), newInstanceId},
            {QStringLiteral("keysCopied"), keysCopied},
            {QStringLiteral("keysInNewGroup"), keysInNewGroup},
            {QStringLiteral("resumed"), resumed},
            {QStringLiteral("adoptedExisting"), adoptedExisting},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

QJsonObject SiteAssignmentChange::toJson() const
{
    return {{QStringLiteral("siteUrl"), siteUrl},
            {QStringLiteral("instanceId"), instanceId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(instanceId)},
            {QStringLiteral("instanceName"), instanceName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(instanceName)}};
}

QJsonObject PendingReassignment::toJson() const
{
    return {{QStringLiteral("action"), reassignActionName(action)},
            {QStringLiteral("from"), fromInstanceId},
            {QStringLiteral("to"), toInstanceId},
            {QStringLiteral("newGroupId"), newGroupId},
            {QStringLiteral("step"), step},
            {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

std::optional<PendingReassignment> PendingReassignment::fromJson(const QString &channel, const QJsonObject &o)
{
    const std::optional<ReassignAction> action = parseReassignAction(o.value(QStringLiteral("action")).toString());
    if (!action)
        return std::nullopt;
    PendingReassignment p;
    p.channel = channel;
    p.action = *action;
    p.fromInstanceId = o.value(QStringLiteral("from")).toString();
    p.toInstanceId = o.value(QStringLiteral("to")).toString();
    p.newGroupId = qint64(o.value(QStringLiteral("newGroupId")).toDouble());
    p.step = o.value(QStringLiteral("step")).toString();
    p.startedAt = QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    if (p.fromInstanceId.isEmpty() || p.toInstanceId.isEmpty())
        return std::nullopt;
    return p;
}

} // namespace ul
