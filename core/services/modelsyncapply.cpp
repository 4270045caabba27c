#include "core/services/modelsyncapply.h"

#include "core/common/future.h"
#include "core/engine/enginecore.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/layers/layerreconciler.h"
#include "core/log/categories.h"
#include "core/onboarding/siteonboarding.h"
#include "core/services/modelsyncdiff.h"
#include "core/services/modelsyncstate.h"
#include "core/sites/testmodel.h"
#include "core/store/statestore.h"

#include <QPointer>
#include <QSet>

#include <algorithm>

namespace ul {

namespace {

void appendUnique(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list.append(value);
}

// Renames the records of one case change. The L2 of this site group always follows; the L3 only
// when no site group lists the old spelling any more (otherwise the L3 still serves it).
Status renameLayerRecords(StateStore &store, qint64 siteGroupId, const ModelRename &rename,
                          const QList<SiteGroupRecord> &siteGroupsAfter)
{
    Result<QList<L2Record>> l2 = store.l2Groups();
    if (!l2.ok())
        return l2.error();
    for (L2Record r : l2.value()) {
        if (r.siteGroupId != siteGroupId || r.model != rename.from)
            continue;
        r.model = rename.to;
        if (Result<L2Record> saved = store.saveL2(r); !saved.ok())
            return saved.error();
    }
    const bool oldStillListed = std::any_of(siteGroupsAfter.cbegin(), siteGroupsAfter.cend(), [&rename](const SiteGroupRecord &sg) {
        return sg.models.contains(rename.from);
    });
    if (oldStillListed)
        return {};
    Result<QList<L3Record>> l3 = store.l3Groups();
    if (!l3.ok())
        return l3.error();
    for (L3Record r : l3.value()) {
        if (r.model != rename.from)
            continue;
        r.model = rename.to;
        if (Result<L3Record> saved = store.saveL3(r); !saved.ok())
            return saved.error();
    }
    return {};
}

// When a site group's test model left its list, select a new one (§8.5) and PUT it: gpt-load
// validates the group's keys with it, and a model the site no longer serves would fail them.
// An operator's override is never touched. Yields a warning, or an empty string.
QFuture<Result<QString>> refreshTestModel(EngineCore &core, AliveFlag alive, const SiteGroupRecord &group,
                                          const FilterRules &rules, const JobContextPtr &context)
{
    if (!group.testModelOverride.isEmpty() || group.models.isEmpty() || group.models.contains(group.testModel))
        return readyResult<QString>(QString());
    const TestModelChoice choice = selectTestModel(group.models, group.channelType, rules);
    if (choice.model == group.testModel)
        return readyResult<QString>(QString());
    GptLoadClient *client = core.instances().client(group.instanceId);
    if (!client || group.groupId == 0 || !core.instances().isHealthy(group.instanceId)) {
        const QString warning = QStringLiteral("test model of %1 not updated to %2: gpt-load instance %3 is unreachable")
                                    .arg(group.name, choice.model, group.instanceId);
        if (context)
            context->journal(QStringLiteral("update-test-model"), group.instanceId, group.name, QStringLiteral("skipped"), warning);
        return readyResult<QString>(warning);
    }
    const qint64 siteGroupId = group.id;
    const QString name = group.name;
    const QString instanceId = group.instanceId;
    const QString model = choice.model;
    const QString previous = group.testModel;
    return whenDone(client->updateGroup(quint64(group.groupId), GroupUpdate().setTestModel(model)), alive,
                    [&core, siteGroupId, name, instanceId, model, previous, context](Result<GroupInfo> updated) {
                        if (!updated.ok()) {
                            const QString warning = QStringLiteral("test model of %1 not updated to %2: %3")
                                                        .arg(name, model, updated.error().message);
                            if (context)
                                context->journal(QStringLiteral("update-test-model"), instanceId, name, QStringLiteral("failed"),
                                                 updated.error().message);
                            return readyResult<QString>(warning);
                        }
                        if (context)
                            context->journal(QStringLiteral("update-test-model"), instanceId, name, QStringLiteral("ok"),
                                             QStringLiteral("%1 → %2").arg(previous, model));
                        const Result<SiteGroupRecord> saved =
                            core.store().modifySiteGroup(siteGroupId, [&model](SiteGroupRecord &g) { g.testModel = model; });
                        if (!saved.ok() && saved.error().kind != ErrorKind::NotFound)  // deleted meanwhile: nothing to record
                            return readyResult<QString>(saved.error().message);
                        return readyResult<QString>(QString());
                    });
}

} // namespace

Result<QStringList> writeModelChanges(StateStore &store, const QList<SiteGroupModelChange> &changes)
{
    QStringList affected;
    Status written = store.transaction([&]() -> Status {
        Result<QList<SiteGroupRecord>> groups = store.siteGroups();
        if (!groups.ok())
            return groups.error();
        QList<SiteGroupRecord> after = groups.value();
        for (const SiteGroupModelChange &change : changes) {
            if (change.isEmpty())
                continue;
            auto it = std::find_if(after.begin(), after.end(), [&change](const SiteGroupRecord &g) { return g.id == change.siteGroupId; });
            if (it == after.end())
                return Error::notFound(QStringLiteral("site group %1 no longer exists").arg(change.siteGroup));
            // Manual models are never removed by sync.
            QStringList removed;
            const QStringList manual = it->manualModels;
            for (const QString &m : change.removed) {
                const bool isManual = std::any_of(manual.cbegin(), manual.cend(),
                                                  [&m](const QString &x) { return modelSyncKey(x) == modelSyncKey(m); });
                if (!isManual)
                    removed.append(m);
            }
            it->models = withModelChanges(it->models, change.added, removed, change.renamed);
            if (Result<SiteGroupRecord> saved = store.saveSiteGroup(*it); !saved.ok())
                return saved.error();
            for (const QString &m : removed) {
                if (Status s = store.setMissingCounter(it->id, m, 0); !s.ok())
                    return s;
                appendUnique(affected, m);
            }
            for (const QString &m : change.added)
                appendUnique(affected, m);
            for (const ModelRename &r : change.renamed) {
                if (Status s = store.setMissingCounter(it->id, r.from, 0); !s.ok())
                    return s;
                appendUnique(affected, r.from);
                appendUnique(affected, r.to);
            }
        }
        for (const SiteGroupModelChange &change : changes) {
            for (const ModelRename &r : change.renamed) {
                if (Status s = renameLayerRecords(store, change.siteGroupId, r, after); !s.ok())
                    return s;
            }
        }
        return {};
    });
    if (!written.ok())
        return written.error();
    return affected;
}

QFuture<Result<ModelApplyOutcome>> applySiteModelChanges(EngineCore &core, AliveFlag alive,
                                                         const QList<SiteGroupModelChange> &changes, JobContextPtr context)
{
    Result<QStringList> affected = writeModelChanges(core.store(), changes);
    if (!affected.ok())
        return readyError<ModelApplyOutcome>(affected.error());
    core.markSitesChanged();
    auto outcome = std::make_shared<ModelApplyOutcome>();
    outcome->scope = affected.value();
    for (const QString &m : loadUnreconciledModels(core.store()))
        appendUnique(outcome->scope, m);

    QList<QFuture<Result<QString>>> testModels;
    Result<FilterRules> rules = core.onboarding().effectiveFilterRules();
    if (!rules.ok()) {
        outcome->warnings.append(QStringLiteral("test models not checked: %1").arg(rules.error().message));
    } else if (Result<QList<SiteGroupRecord>> groups = core.store().siteGroups(); groups.ok()) {
        QSet<qint64> changed;
        for (const SiteGroupModelChange &c : changes) {
            if (!c.isEmpty())
                changed.insert(c.siteGroupId);
        }
        for (const SiteGroupRecord &g : groups.value()) {
            if (changed.contains(g.id))
                testModels.append(refreshTestModel(core, alive, g, rules.value(), context));
        }
    }

    QPointer<EngineCore> guard(&core);
    return whenAllResults(testModels)
        .then([guard, alive, outcome, context](const QList<Result<QString>> &warnings) -> QFuture<Result<ModelApplyOutcome>> {
            if (!guard || !*alive)
                return readyError<ModelApplyOutcome>(shutdownError());
            for (const Result<QString> &w : warnings) {
                if (w.ok() && !w.value().isEmpty())
                    outcome->warnings.append(w.value());
                else if (!w.ok())
                    outcome->warnings.append(w.error().message);
            }
            if (outcome->scope.isEmpty())
                return readyResult<ModelApplyOutcome>(*outcome);
            if (context && context->isCancelled()) {
                // The store holds the change; the next run reconciles it.
                (void)saveUnreconciledModels(guard->store(), outcome->scope);
                return readyError<ModelApplyOutcome>(Error::cancelled(QStringLiteral("model sync cancelled before reconciling")));
            }
            if (context)
                context->setStep(QStringLiteral("reconciling %1 model(s)").arg(outcome->scope.size()));
            return whenDone(guard->layers().reconcile(ReconcileScope::forModels(outcome->scope), context), alive,
                            [guard, outcome](Result<ReconcileResult> result) -> QFuture<Result<ModelApplyOutcome>> {
                                if (!guard)
                                    return readyError<ModelApplyOutcome>(shutdownError());
                                guard->refreshUniApiStatus();
                                guard->markSitesChanged();
                                bool complete = false;
                                if (!result.ok()) {
                                    outcome->reconcileError = result.error().message;
                                } else {
                                    outcome->reconcile = result.value();
                                    complete = !result->hasFailures();
                                    // A model a sync added in another format can take a site's
                                    // traffic for it away; the run says so (the scope is this sync's).
                                    for (const FormatConflict &c : result->formatConflicts) {
                                        outcome->warnings.append(c.message());
                                        qCWarning(lcSync).noquote() << "model sync:" << c.message();
                                    }
                                    if (!complete)
                                        outcome->reconcileError = QStringLiteral("the reconciliation had %1 failed step(s)%2")
                                                                      .arg(result->failed.size())
                                                                      .arg(result->uniApi.ok() ? QString()
                                                                                               : QStringLiteral(" and api.yaml was not written"));
                                }
                                Status saved = saveUnreconciledModels(guard->store(), complete ? QStringList() : outcome->scope);
                                if (!saved.ok())
                                    outcome->warnings.append(saved.error().message);
                                if (!complete)
                                    qCWarning(lcSync).noquote() << "reconciliation after model sync incomplete:" << outcome->reconcileError
                                                                << "- retried on the next sync";
                                return readyResult<ModelApplyOutcome>(*outcome);
                            });
        })
        .unwrap();
}

} // namespace ul
