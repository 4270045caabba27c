#include "core/services/channelhealthtypes.h"

#include <QJsonArray>

#include <algorithm>

namespace ul {

namespace {

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString healthVerdictName(HealthVerdict verdict)
{
    switch (verdict) {
    case HealthVerdict::Healthy: return QStringLiteral("healthy");
    case HealthVerdict::Unhealthy: return QStringLiteral("unhealthy");
    case HealthVerdict::Inconclusive: return QStringLiteral("inconclusive");
    case HealthVerdict::Error: return QStringLiteral("error");
    }
    return QStringLiteral("inconclusive");
}

int nextRecoveryBackoffSecs(int currentBackoffSecs, const RecoveryPolicy &policy)
{
    if (currentBackoffSecs <= 0)
        return policy.initialBackoffSecs;
    return std::min(currentBackoffSecs * 2, policy.maxBackoffSecs);
}

QJsonObject ChannelCheck::toJson() const
{
    QJsonObject o{{QStringLiteral("channel"), channel},
                  {QStringLiteral("verdict"), healthVerdictName(verdict)},
                  {QStringLiteral("detail"), detail},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("failures"), failures}};
    if (!errorCode.isEmpty())
        o.insert(QStringLiteral("code"), errorCode);
    if (successRate >= 0)
        o.insert(QStringLiteral("successRate"), successRate);
    if (latencyMs >= 0)
        o.insert(QStringLiteral("latencyMs"), latencyMs);
    if (keys)
        o.insert(QStringLiteral("keys"), keys->toJson());
    return o;
}

QJsonObject RecoveryAttempt::toJson() const
{
    return {{QStringLiteral("channel"), channel},
            {QStringLiteral("probed"), probed},
            {QStringLiteral("success"), success},
            {QStringLiteral("restored"), restored},
            {QStringLiteral("streak"), streak},
            {QStringLiteral("nextProbe"), timeJson(nextProbe)},
            {QStringLiteral("detail"), detail}};
}

int HealthCycleReport::count(HealthVerdict verdict) const
{
    return int(std::count_if(checks.cbegin(), checks.cend(), [verdict](const ChannelCheck &c) { return c.verdict == verdict; }));
}

qint64 HealthCycleReport::durationMs() const
{
    return startedAt.isValid() && finishedAt.isValid() ? startedAt.msecsTo(finishedAt) : 0;
}

QString HealthCycleReport::summary() const
{
    QString text = QStringLiteral("%1 checked: %2 healthy, %3 unhealthy, %4 inconclusive, %5 errors")
                       .arg(checks.size())
                       .arg(count(HealthVerdict::Healthy))
                       .arg(count(HealthVerdict::Unhealthy))
                       .arg(count(HealthVerdict::Inconclusive))
                       .arg(count(HealthVerdict::Error));
    if (!disabled.isEmpty())
        text += QStringLiteral("; removed: %1").arg(disabled.join(QStringLiteral(", ")));
    if (!restored.isEmpty())
        text += QStringLiteral("; restored: %1").arg(restored.join(QStringLiteral(", ")));
    return text;
}

QJsonObject HealthCycleReport::toJson() const
{
    QJsonArray checkArray;
    for (const ChannelCheck &c : checks)
        checkArray.append(c.toJson());
    QJsonArray recoveryArray;
    for (const RecoveryAttempt &r : recovery)
        recoveryArray.append(r.toJson());
    return {{QStringLiteral("startedAt"), timeJson(startedAt)},
            {QStringLiteral("finishedAt"), timeJson(finishedAt)},
            {QStringLiteral("durationMs"), durationMs()},
            {QStringLiteral("checked"), int(checks.size())},
            {QStringLiteral("healthy"), count(HealthVerdict::Healthy)},
            {QStringLiteral("unhealthy"), count(HealthVerdict::Unhealthy)},
            {QStringLiteral("inconclusive"), count(HealthVerdict::Inconclusive)},
            {QStringLiteral("errorVerdicts"), count(HealthVerdict::Error)},
            {QStringLiteral("disabled"), QJsonArray::fromStringList(disabled)},
            {QStringLiteral("restored"), QJsonArray::fromStringList(restored)},
            {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
            {QStringLiteral("calls"), calls},
            {QStringLiteral("probes"), probes},
            {QStringLiteral("storeWrites"), storeWrites},
            {QStringLiteral("channels"), checkArray},
            {QStringLiteral("recovery"), recoveryArray}};
}

QJsonObject FailedChannel::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("failures"), failures},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("willBeRemoved"), willBeRemoved},
            {QStringLiteral("lastCheck"), timeJson(lastCheck)},
            {QStringLiteral("detail"), detail}};
}

QJsonObject ManualRecoveryResult::resultJson() const
{
    return {{QStringLiteral("scheduled"), scheduled},
            {QStringLiteral("nextRetry"), timeJson(nextRetry)},
            {QStringLiteral("failures"), failures},
            {QStringLiteral("recovered"), recovered},
            {QStringLiteral("restoredKeys"), restoredKeys ? QJsonValue(double(*restoredKeys)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("group"), modelChannelGroup}};
}

QJsonObject ChannelStateChange::toJson() const
{
    return {{QStringLiteral("channel"), channel},
            {QStringLiteral("previousState"), previousState},
            {QStringLiteral("state"), state},
            {QStringLiteral("affectedGroups"), QJsonArray::fromStringList(affectedGroups)},
            {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}};
}

QString channelHealthLabel(const SiteGroupRecord &group, const ChannelHealthRecord *health)
{
    switch (group.state) {
    case ChannelState::DisabledByUser:
    case ChannelState::Removing:
        return channelStateName(group.state);
    case ChannelState::DisabledByHealth:
    case ChannelState::DisabledByCleanup:
        if (health && health->recoveryStreak > 0)
            return QStringLiteral("recovering");
        return channelStateName(group.state);
    case ChannelState::Active:
        break;
    }
    return health && health->failures > 0 ? QStringLiteral("failing") : QStringLiteral("healthy");
}

} // namespace ul
