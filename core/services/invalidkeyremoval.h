#pragma once

#include "core/common/result.h"
#include "core/engine/job.h"
#include "core/services/channeloptionstypes.h"

#include <QFuture>
#include <QString>

namespace ul {

class EngineCore;

// Removing the keys gpt-load has taken out of a channel's key pool (revoked, quota spent) from
// its L1 group — gpt-load's clear-all-invalid — on the operator's request; gpt-load would
// otherwise re-test them on its schedule for ever. The group's key pool is read back afterwards
// for the views, and the site group's key count follows it. Engine thread.
//
// NotFound for an unknown channel; Unavailable when the group does not exist on gpt-load yet or
// its instance is unreachable.
QFuture<Result<InvalidKeyRemoval>> runInvalidKeyRemoval(EngineCore &core, const QString &channel, const JobContextPtr &context);

} // namespace ul
