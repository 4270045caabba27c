#pragma once

#include "core/common/result.h"
#include "core/engine/job.h"
#include "core/layers/reconcileresult.h"
#include "core/onboarding/futurechain.h"
#include "core/services/modelsynctypes.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

class EngineCore;
class StateStore;

// Applying model changes found by a sync (or approved by the operator): the store first, then
// the site groups' test models where the old one is gone, then ONE reconciliation scoped to the
// affected models (uni-load-behaviour.md §15.2, §15.3). Engine thread, inside a job.

// One site group's changes.
struct SiteGroupModelChange
{
    qint64 siteGroupId = 0;
    QString siteGroup;
    QStringList added;
    QStringList removed;
    QList<ModelRename> renamed;

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && renamed.isEmpty(); }
};

// In one transaction: the site groups' model lists; the missing counters of removed models; and,
// for a case change, the model of the site group's L2 record and — once no site group lists the
// old spelling any more — of the L3 record, so the planner keeps the groups (same names) and only
// updates their test model instead of deleting and re-creating them. Yields the affected model
// names (both spellings of a rename), the reconciliation scope.
Result<QStringList> writeModelChanges(StateStore &store, const QList<SiteGroupModelChange> &changes);

struct ModelApplyOutcome
{
    QStringList scope;                       // models the reconciliation covered
    std::optional<ReconcileResult> reconcile;
    QString reconcileError;                  // also set when the run had failed steps
    QStringList warnings;
};

// writeModelChanges(), the test models, then the reconciliation of the affected models plus
// those a previous failed reconciliation left (kept in the store until one succeeds). No change
// and nothing left over: no reconciliation at all (no gpt-load call, no api.yaml write).
QFuture<Result<ModelApplyOutcome>> applySiteModelChanges(EngineCore &core, AliveFlag alive,
                                                         const QList<SiteGroupModelChange> &changes, JobContextPtr context);

} // namespace ul
