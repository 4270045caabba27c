#pragma once

#include "core/api/apitypes.h"

#include <QString>

#include <optional>

namespace ul::RouteHelpers {

// The body {action:"start"|"stop"} of a loop's control route (health monitor, model sync):
// true for "start", false for "stop". Anything else is answered 400 here (an unknown action with
// code INVALID_ACTION, as every route's) and gives nullopt.
std::optional<bool> readStartStop(const ApiRequest &req, const ApiReply &reply);

} // namespace ul::RouteHelpers
