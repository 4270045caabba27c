#pragma once

#include "core/common/result.h"
#include "core/engine/job.h"
#include "core/services/channeloptionstypes.h"

#include <QFuture>
#include <QString>

namespace ul {

class EngineCore;

// Key validation on request (uni-load-behaviour.md §16.2, §8.3): gpt-load's validate-group task
// on a channel's L1 group, polled until it ends. It is billable — gpt-load sends one completion
// per key with the group's test model — so it runs only when the operator asks, and a high-cost
// test model needs an explicit confirmation. Engine thread.

// What a validation would touch; checked before the job is queued.
struct KeyValidationTarget
{
    QString channel;
    QString instanceId;
    qint64 groupId = 0;
    QString testModel;
    bool highCost = false;
};

// NotFound for an unknown channel; Conflict HIGH_COST_CONFIRMATION_REQUIRED (details
// {testModel, highCost}) when the test model is high cost and `confirmHighCost` is false;
// Unavailable when the group does not exist on gpt-load yet.
Result<KeyValidationTarget> keyValidationTarget(EngineCore &core, const QString &channel, bool confirmHighCost);

// Starts the task (waiting for gpt-load's single task slot when another task holds it), then
// polls its status until it ends, `timeoutMs` passes (Timeout) or the job is cancelled (the task
// itself keeps running in gpt-load: it cannot be stopped). Progress follows the task's.
QFuture<Result<KeyValidationReport>> runKeyValidation(EngineCore &core, const KeyValidationTarget &target,
                                                      const JobContextPtr &context, int timeoutMs);

inline constexpr int kKeyValidationTimeoutMs = 30 * 60 * 1000;  // large groups take a while
inline constexpr int kKeyValidationPollSliceMs = 1500;         // cancellation is checked this often

} // namespace ul
