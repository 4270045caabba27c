#pragma once

#include "core/api/apitypes.h"

#include <QString>

#include <optional>

namespace ul::RouteHelpers {

// The body {action:"start"|"stop"} of a loop's control route (health monitor, model sync):
// true for "start", false for "stop". Anything else is answered 400 here and gives nullopt;
// `invalidActionCode`, when given, replaces the code of the answer to an unknown action.
std::optional<bool> readStartStop(const ApiRequest &req, const ApiReply &reply, const QString &invalidActionCode = {});

} // namespace ul::RouteHelpers
