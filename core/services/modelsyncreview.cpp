#include "core/services/modelsyncreview.h"

#include "core/engine/enginecore.h"
#include "core/log/categories.h"
#include "core/services/modelsyncapply.h"
#include "core/services/modelsyncdiff.h"
#include "core/services/modelsyncrun.h"
#include "core/services/modelsyncstate.h"
#include "core/store/statestore.h"

#include <QPointer>

#include <algorithm>

namespace ul {

namespace {

std::optional<PendingChange> findPending(const QList<PendingChange> &pending, const SyncDecision &d)
{
    for (const PendingChange &p : pending) {
        if (p.siteGroup == d.siteGroup && p.model == d.model)
            return p;
    }
    for (const PendingChange &p : pending) {
        if (p.siteGroup == d.siteGroup && modelSyncKey(p.model) == modelSyncKey(d.model))
            return p;
    }
    return std::nullopt;
}

QString decisionName(const SyncDecision &d)
{
    return QStringLiteral("%1/%2").arg(d.siteGroup, d.model);
}

} // namespace

Status checkDecisions(const StateStore &store, const QList<SyncDecision> &decisions)
{
    Result<QList<PendingChange>> pending = store.pendingChanges();
    if (!pending.ok())
        return pending.error();
    QStringList unknown;
    for (const SyncDecision &d : decisions) {
        if (!findPending(pending.value(), d))
            unknown.append(decisionName(d));
    }
    if (unknown.isEmpty())
        return {};
    Error e = Error::notFound(QStringLiteral("no queued model change for %1").arg(unknown.join(QStringLiteral(", "))));
    e.code = QStringLiteral("PENDING_CHANGE_NOT_FOUND");
    return e;
}

Result<int> rejectQueuedChanges(StateStore &store, const QList<SyncDecision> &rejections)
{
    Result<QList<PendingChange>> pending = store.pendingChanges();
    if (!pending.ok())
        return pending.error();
    SyncRejections remembered = SyncRejections::load(store);
    int count = 0;
    Status s = store.transaction([&]() -> Status {
        for (const SyncDecision &d : rejections) {
            const std::optional<PendingChange> p = findPending(pending.value(), d);
            if (!p)
                continue;
            if (Status removed = store.removePendingChange(p->siteGroup, p->model); !removed.ok())
                return removed;
            remembered.add(p->siteGroup, p->model, p->change);
            qCInfo(lcSync).noquote() << "rejected" << p->change << "of" << p->model << "for" << p->siteGroup;
            ++count;
        }
        return remembered.save(store);
    });
    if (!s.ok())
        return s.error();
    return count;
}

QFuture<Result<ModelSyncReport>> applyApprovedChanges(EngineCore &core, AliveFlag alive, const QList<SyncDecision> &approvals,
                                                      JobContextPtr context)
{
    StateStore &store = core.store();
    Result<QList<PendingChange>> pending = store.pendingChanges();
    if (!pending.ok())
        return readyError<ModelSyncReport>(pending.error());
    Result<QList<SiteGroupRecord>> groups = store.siteGroups();
    if (!groups.ok())
        return readyError<ModelSyncReport>(groups.error());
    Result<QList<SiteRecord>> sites = store.sites();
    if (!sites.ok())
        return readyError<ModelSyncReport>(sites.error());

    auto report = std::make_shared<ModelSyncReport>();
    report->trigger = QStringLiteral("approval");
    report->startedAt = core.clock()->now();
    QList<SiteGroupModelChange> changes;
    auto consumed = std::make_shared<QList<PendingChange>>();
    for (const SyncDecision &d : approvals) {
        const std::optional<PendingChange> p = findPending(pending.value(), d);
        if (!p) {
            report->warnings.append(QStringLiteral("%1 is no longer queued").arg(decisionName(d)));
            continue;
        }
        const bool repeated = std::any_of(consumed->cbegin(), consumed->cend(), [&p](const PendingChange &c) {
            return c.siteGroup == p->siteGroup && c.model == p->model;
        });
        if (repeated)
            continue;
        const auto group = std::find_if(groups->cbegin(), groups->cend(), [&p](const SiteGroupRecord &g) { return g.name == p->siteGroup; });
        if (group == groups->cend()) {
            report->warnings.append(QStringLiteral("site group %1 no longer exists").arg(p->siteGroup));
            continue;
        }
        auto change = std::find_if(changes.begin(), changes.end(), [&group](const SiteGroupModelChange &c) { return c.siteGroupId == group->id; });
        if (change == changes.end()) {
            SiteGroupModelChange fresh;
            fresh.siteGroupId = group->id;
            fresh.siteGroup = group->name;
            changes.append(fresh);
            change = changes.end() - 1;
        }
        (p->change == QLatin1String("add") ? change->added : change->removed).append(p->model);
        consumed->append(*p);
    }
    for (const SiteGroupModelChange &c : std::as_const(changes)) {
        SiteSyncOutcome outcome;
        outcome.siteGroup = c.siteGroup;
        for (const SiteGroupRecord &g : groups.value()) {
            if (g.id != c.siteGroupId)
                continue;
            for (const SiteRecord &s : sites.value()) {
                if (s.id == g.siteId)
                    outcome.site = s.name;
            }
        }
        outcome.outcome = QStringLiteral("applied");
        outcome.source = QStringLiteral("review");
        outcome.added = c.added;
        outcome.removed = c.removed;
        report->sites.append(outcome);
    }
    if (context)
        context->setStep(QStringLiteral("applying %1 approved change(s)").arg(consumed->size()));

    QPointer<EngineCore> guard(&core);
    return andThen(applySiteModelChanges(core, alive, changes, context), alive,
                   [guard, report, consumed, context](ModelApplyOutcome applied) -> QFuture<Result<ModelSyncReport>> {
                       if (!guard)
                           return readyError<ModelSyncReport>(shutdownError());
                       StateStore &db = guard->store();
                       Status removed = db.transaction([&]() -> Status {
                           for (const PendingChange &p : std::as_const(*consumed)) {
                               if (Status s = db.removePendingChange(p.siteGroup, p.model); !s.ok())
                                   return s;
                           }
                           return {};
                       });
                       if (!removed.ok())
                           report->warnings.append(removed.error().message);
                       if (applied.reconcile)
                           report->reconcile = applied.reconcile->toJson();
                       report->reconcileError = applied.reconcileError;
                       report->warnings.append(applied.warnings);
                       report->finishedAt = guard->clock()->now();
                       publishModelSyncReport(*guard, *report, context);
                       return readyResult<ModelSyncReport>(*report);
                   });
}

} // namespace ul
