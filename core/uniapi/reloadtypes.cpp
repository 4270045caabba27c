#include "core/uniapi/reloadtypes.h"

#include <QJsonValue>

namespace ul::uniapi {

QString runtimeName(UniApiRuntime runtime)
{
    return runtime == UniApiRuntime::Python ? QStringLiteral("python") : QStringLiteral("rust");
}

QString reloadActionName(ReloadAction action)
{
    switch (action) {
    case ReloadAction::None: return QStringLiteral("none");
    case ReloadAction::Api: return QStringLiteral("api");
    case ReloadAction::Command: return QStringLiteral("command");
    }
    return QStringLiteral("none");
}

std::optional<UniApiRuntime> parseRuntime(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("rust"))
        return UniApiRuntime::Rust;
    if (t == QLatin1String("python"))
        return UniApiRuntime::Python;
    return std::nullopt;
}

std::optional<ReloadAction> parseReloadAction(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (ReloadAction a : {ReloadAction::None, ReloadAction::Api, ReloadAction::Command}) {
        if (t == reloadActionName(a))
            return a;
    }
    return std::nullopt;
}

QString outcomeName(ReloadResult::Outcome outcome)
{
    switch (outcome) {
    case ReloadResult::Outcome::Ok: return QStringLiteral("ok");
    case ReloadResult::Outcome::Failed: return QStringLiteral("failed");
    case ReloadResult::Outcome::NotNeeded: return QStringLiteral("not-needed");
    case ReloadResult::Outcome::Manual: return QStringLiteral("manual");
    }
    return QStringLiteral("failed");
}

QJsonObject ReloadResult::toJson() const
{
    QJsonObject o{{QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("action"), reloadActionName(action)},
                  {QStringLiteral("outcome"), outcomeName(outcome)},
                  {QStringLiteral("ok"), ok()},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("writes"), writes}};
    if (exitCode >= 0)
        o.insert(QStringLiteral("exitCode"), exitCode);
    if (httpStatus > 0)
        o.insert(QStringLiteral("httpStatus"), httpStatus);
    o.insert(QStringLiteral("live"), live == Live::Live      ? QJsonValue(true)
                                     : live == Live::NotLive ? QJsonValue(false)
                                                             : QJsonValue(QJsonValue::Null));
    if (!liveMessage.isEmpty())
        o.insert(QStringLiteral("liveMessage"), liveMessage);
    return o;
}

QJsonObject ReloadState::toJson() const
{
    return {{QStringLiteral("runtime"), runtimeName(runtime)},
            {QStringLiteral("action"), reloadActionName(action)},
            {QStringLiteral("effectiveAction"), reloadActionName(effectiveReloadAction(runtime, action))},
            {QStringLiteral("running"), running},
            {QStringLiteral("pending"), pending},
            {QStringLiteral("last"), last ? QJsonValue(last->toJson()) : QJsonValue(QJsonValue::Null)}};
}

} // namespace ul::uniapi
