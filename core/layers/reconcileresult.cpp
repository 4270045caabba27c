#include "core/layers/reconcileresult.h"

#include "core/store/statestore.h"

#include <QJsonArray>
#include <QSet>

namespace ul {

namespace {
template <typename T>
QJsonArray toArray(const QList<T> &items)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(item.toJson());
    return a;
}
} // namespace

QJsonObject GroupChange::toJson() const
{
    return QJsonObject{{QStringLiteral("layer"), layerKey(layer)},
                       {QStringLiteral("group"), group},
                       {QStringLiteral("instance"), instanceId},
                       {QStringLiteral("detail"), detail}};
}

Result<LayerTotals> LayerTotals::fromStore(const StateStore &store)
{
    Result<QList<SiteGroupRecord>> siteGroups = store.siteGroups();
    if (!siteGroups.ok())
        return siteGroups.error();
    Result<QList<L2Record>> l2 = store.l2Groups();
    if (!l2.ok())
        return l2.error();
    Result<QList<L3Record>> l3 = store.l3Groups();
    if (!l3.ok())
        return l3.error();
    LayerTotals t;
    t.siteGroups = int(siteGroups->size());
    t.modelChannelGroups = int(l2->size());
    t.aggregateGroups = int(l3->size());
    QSet<QString> models;
    for (const L3Record &r : l3.value())
        models.insert(r.model);
    t.totalModels = int(models.size());
    return t;
}

QJsonObject ReconcileResult::totalsJson() const
{
    return QJsonObject{{QStringLiteral("siteGroups"), totals.siteGroups},
                       {QStringLiteral("modelChannelGroups"), totals.modelChannelGroups},
                       {QStringLiteral("aggregateGroups"), totals.aggregateGroups},
                       {QStringLiteral("totalModels"), totals.totalModels}};
}

QJsonObject ReconcileResult::toJson() const
{
    QJsonObject o = totalsJson();
    o.insert(QStringLiteral("planned"), planned.toJson());
    o.insert(QStringLiteral("created"), toArray(created));
    o.insert(QStringLiteral("updated"), toArray(updated));
    o.insert(QStringLiteral("deleted"), toArray(deleted));
    o.insert(QStringLiteral("skipped"), toArray(skipped));
    o.insert(QStringLiteral("failed"), toArray(failed));
    QJsonArray clashArray;
    for (const GroupNameClash &c : clashes)
        clashArray.append(QJsonObject{{QStringLiteral("group"), c.groupName},
                                      {QStringLiteral("model"), c.skippedModel},
                                      {QStringLiteral("siteGroup"), c.skippedSiteGroup},
                                      {QStringLiteral("message"), c.message()}});
    o.insert(QStringLiteral("clashes"), clashArray);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    o.insert(QStringLiteral("formatConflicts"), formatConflictsJson(formatConflicts));
    o.insert(QStringLiteral("unreachableInstances"), QJsonArray::fromStringList(unreachableInstances));
    o.insert(QStringLiteral("uniApi"), uniApi.toJson());
    return o;
}

ReconcileResult ReconcileResult::from(const Plan &plan, const ExecutionReport &report, const PublishOutcome &uniApi,
                                      const LayerTotals &totals)
{
    ReconcileResult r;
    r.totals = totals;
    r.planned = plan.summary();
    r.skipped = plan.skipped;
    r.clashes = plan.clashes;
    r.warnings = plan.warnings;
    r.formatConflicts = plan.formatConflicts;
    r.unreachableInstances = plan.unreachableInstances;
    r.uniApi = uniApi;
    for (const OperationOutcome &o : report.outcomes) {
        const PlannedOperation &op = plan.operations.at(o.opId);
        const GroupChange change{o.layer, o.group, o.instanceId, o.detail.isEmpty() ? op.detail : o.detail};
        if (o.state == OpState::Failed || o.state == OpState::Blocked) {
            r.failed.append(o);
            continue;
        }
        if (o.state != OpState::Succeeded && o.state != OpState::Adopted)
            continue;
        switch (o.kind) {
        case OpKind::CreateGroup: r.created.append(change); break;
        case OpKind::UpdateGroup: r.updated.append(change); break;
        case OpKind::DeleteGroup: r.deleted.append(change); break;
        case OpKind::UploadPoolKey:
        case OpKind::DeletePoolKey:
            // A key upload right after a create is part of creating the group.
            if (op.groupCreatedBy < 0)
                r.updated.append(change);
            break;
        case OpKind::RecordStore:
        case OpKind::UpsertProvider:
        case OpKind::RemoveProvider: break;
        }
    }
    return r;
}

QJsonObject SiteGroupRemovalResult::toJson() const
{
    return QJsonObject{{QStringLiteral("deletedSiteGroup"), deletedSiteGroup},
                       {QStringLiteral("updatedModelGroups"), QJsonArray::fromStringList(updatedModelGroups)},
                       {QStringLiteral("deletedModelGroups"), QJsonArray::fromStringList(deletedModelGroups)},
                       {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
                       {QStringLiteral("uniApi"), uniApi.toJson()}};
}

QJsonObject ModelGroupTeardownResult::toJson() const
{
    QJsonObject o{{QStringLiteral("deletedGroups"), deletedGroups},
                  {QStringLiteral("failedGroups"), failedGroups},
                  {QStringLiteral("cleanedProviders"), cleanedProviders},
                  {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
                  {QStringLiteral("deletedGroupNames"), QJsonArray::fromStringList(deletedGroupNames)},
                  {QStringLiteral("uniApi"), uniApi.toJson()}};
    if (dryRun)
        o.insert(QStringLiteral("dryRun"), true);
    return o;
}

QStringList reconcileProblems(const Result<ReconcileResult> &result)
{
    QStringList problems;
    if (!result.ok())
        return {QStringLiteral("reconcile: %1").arg(result.error().message)};
    for (const OperationOutcome &o : result->failed)
        problems.append(QStringLiteral("reconcile: %1 %2").arg(o.group, o.error.message));
    if (!result->uniApi.ok() && result->uniApi.error)
        problems.append(QStringLiteral("api.yaml: %1").arg(result->uniApi.error->message));
    return problems;
}

} // namespace ul
