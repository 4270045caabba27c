#pragma once

#include "core/common/result.h"
#include "core/engine/job.h"
#include "core/onboarding/futurechain.h"
#include "core/services/modelsynctypes.h"

#include <QFuture>
#include <QList>

namespace ul {

class EngineCore;
class StateStore;

// Review decisions on queued model changes (uni-load-behaviour.md §15.3, §22.4).

// Every decision must name a queued change (same site group and model; the model compared
// exactly, else case-insensitively): NotFound listing those that do not. Nothing changes.
Status checkDecisions(const StateStore &store, const QList<SyncDecision> &decisions);

// Rejections take effect at once (no gpt-load work): the change leaves the queue and is
// remembered, so later syncs do not propose it again while the site's list still supports it.
Result<int> rejectQueuedChanges(StateStore &store, const QList<SyncDecision> &rejections);

// The body of a "sync-approve" job: approvals still queued when the job runs are applied like
// automatic changes (store, test models, one scoped reconciliation, history, events); others
// (meanwhile decided, or dropped by a sync) are reported in `warnings`.
QFuture<Result<ModelSyncReport>> applyApprovedChanges(EngineCore &core, AliveFlag alive, const QList<SyncDecision> &approvals,
                                                      JobContextPtr context);

} // namespace ul
