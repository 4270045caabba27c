#include "core/api/routecontrol.h"

#include "core/api/routehelpers.h"

namespace ul::RouteHelpers {

std::optional<bool> readStartStop(const ApiRequest &req, const ApiReply &reply)
{
    QJsonObject body;
    if (!readBody(req, reply, &body))
        return std::nullopt;
    const Result<QString> actionField = stringField(body, QStringLiteral("action"));
    if (!actionField.ok()) {
        reply(errorResponse(actionField.error(), req));
        return std::nullopt;
    }
    const QString action = actionField.value();
    if (action != QLatin1String("start") && action != QLatin1String("stop")) {
        Error e = Error::validation(QStringLiteral("action"), QStringLiteral("action must be \"start\" or \"stop\""));
        e.code = QStringLiteral("INVALID_ACTION");
        reply(errorResponse(e, req));
        return std::nullopt;
    }
    return action == QLatin1String("start");
}

} // namespace ul::RouteHelpers
