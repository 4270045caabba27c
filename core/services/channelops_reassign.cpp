// ChannelOperations: promote / demote a site group to the neighbouring instance
// (uni-load-behaviour.md §19.2).
#include "core/services/channelops.h"

#include "core/common/future.h"
#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/engine/notifier.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/layers/layerreconciler.h"
#include "core/log/categories.h"
#include "core/services/channelhealthactions.h"
#include "core/store/statestore.h"

#include <QJsonArray>
#include <QSet>

namespace ul {

struct ChannelOperations::ReassignRun
{
    JobContextPtr context;
    PendingReassignment pending;
    SiteGroupRecord group;
    QString siteBaseUrl;
    QStringList models;              // of the site group's L2 groups
    QSet<QString> l2Names;
    InstanceConfig source;
    InstanceConfig target;
    GptLoadClient *sourceClient = nullptr;
    GptLoadClient *targetClient = nullptr;
    std::optional<GroupInfo> oldGroup;
    std::optional<GroupInfo> newGroup;
    bool copyInvalidKeys = false;
    ReassignResult result;
};

namespace {

GroupCreate copyOf(const GroupInfo &g, ChannelType fallbackType)
{
    GroupCreate c;
    c.name = g.name;
    c.displayName = g.displayName;
    c.description = g.description;
    c.groupType = GroupType::Standard;
    c.channelType = g.channel().value_or(fallbackType);
    c.upstreams = g.upstreams;
    c.testModel = g.testModel;
    c.validationEndpoint = g.validationEndpoint;
    c.sort = g.sort;
    c.config = g.config;
    c.paramOverrides = g.paramOverrides;
    c.modelRedirectRules = g.modelRedirectRules;
    c.modelRedirectStrict = g.modelRedirectStrict;
    c.headerRules = g.headerRules;
    c.proxyKeys = g.proxyKeys;
    return c;
}

Error stepError(const Error &cause, const QString &step, const InstanceConfig &instance)
{
    Error e = cause.withContext(QStringLiteral("%1 on gpt-load '%2' (%3)").arg(step, instance.name, instance.id));
    // gpt-load answered with an error: an upstream failure for our caller (502); keep the kinds
    // that mean something else to it.
    if (e.kind != ErrorKind::Conflict && e.kind != ErrorKind::Unavailable && e.kind != ErrorKind::Cancelled
        && e.kind != ErrorKind::NotFound && e.kind != ErrorKind::Internal && e.kind != ErrorKind::Io)
        e.kind = ErrorKind::Upstream;
    return e;
}

Error unavailable(const QString &message, const QString &code)
{
    Error e = Error::make(ErrorKind::Unavailable, message);
    e.code = code;
    return e;
}

} // namespace

// The site group as stored now, and the L2 groups (with their models) that point at it.
Status ChannelOperations::loadDependents(StateStore &store, ReassignRun &run)
{
    const Result<QList<SiteGroupRecord>> groups = store.siteGroups();
    if (!groups.ok())
        return groups.error();
    const auto current = std::find_if(groups->cbegin(), groups->cend(), [&](const SiteGroupRecord &g) { return g.id == run.group.id; });
    if (current == groups->cend())
        return Error::notFound(QStringLiteral("channel %1 was deleted before its %2 could run")
                                   .arg(run.group.name, reassignActionName(run.pending.action)));
    if (current->state == ChannelState::Removing)
        return channelBeingRemoved(run.group.name);
    run.group = *current;
    const Result<QList<L2Record>> l2 = store.l2Groups();
    if (!l2.ok())
        return l2.error();
    run.l2Names.clear();
    run.models.clear();
    for (const L2Record &r : l2.value()) {
        if (r.siteGroupId != run.group.id)
            continue;
        run.l2Names.insert(r.name);
        if (!run.models.contains(r.model))
            run.models.append(r.model);
    }
    return {};
}

QFuture<Result<ReassignResult>> ChannelOperations::reassign(const QString &channelName, ReassignAction action)
{
    StateStore &store = m_core.store();
    const Result<QList<SiteGroupRecord>> groups = store.siteGroups();
    if (!groups.ok())
        return readyError<ReassignResult>(groups.error());
    const auto groupIt = std::find_if(groups->cbegin(), groups->cend(), [&](const SiteGroupRecord &g) { return g.name == channelName; });
    if (groupIt == groups->cend())
        return readyError<ReassignResult>(Error::notFound(QStringLiteral("unknown channel %1").arg(channelName)));
    if (groupIt->state == ChannelState::Removing)
        return readyError<ReassignResult>(channelBeingRemoved(channelName));

    auto run = std::make_shared<ReassignRun>();
    run->group = *groupIt;
    InstanceRegistry &registry = m_core.instances();
    std::optional<PendingReassignment> pending;
    for (const PendingReassignment &p : pendingReassignments()) {
        if (p.channel == channelName)
            pending = p;
    }
    if (pending) {
        if (pending->action != action) {
            Error e = Error::conflict(QStringLiteral("an unfinished %1 of %2 exists; run %1 again to finish it")
                                          .arg(reassignActionName(pending->action), channelName));
            e.code = QStringLiteral("REASSIGN_IN_PROGRESS");
            return readyError<ReassignResult>(e);
        }
        const std::optional<InstanceConfig> from = registry.instance(pending->fromInstanceId);
        const std::optional<InstanceConfig> to = registry.instance(pending->toInstanceId);
        if (!from || !to)
            return readyError<ReassignResult>(Error::conflict(
                QStringLiteral("the unfinished %1 of %2 names an instance that is no longer configured").arg(reassignActionName(action), channelName)));
        run->source = *from;
        run->target = *to;
        run->pending = *pending;
        run->result.resumed = true;
    } else {
        const InstanceConfigList instances = registry.instances();  // by priority
        qsizetype index = -1;
        for (qsizetype i = 0; i < instances.size(); ++i) {
            if (instances.at(i).id == run->group.instanceId)
                index = i;
        }
        if (index < 0)
            return readyError<ReassignResult>(
                Error::conflict(QStringLiteral("%1 lives on instance %2, which is not configured").arg(channelName, run->group.instanceId)));
        const qsizetype targetIndex = action == ReassignAction::Promote ? index - 1 : index + 1;
        if (targetIndex < 0 || targetIndex >= instances.size())
            return readyError<ReassignResult>(Error::validation(
                QStringLiteral("action"), action == ReassignAction::Promote
                                              ? QStringLiteral("%1 is already on the highest-priority instance").arg(channelName)
                                              : QStringLiteral("%1 is already on the lowest-priority instance").arg(channelName)));
        run->source = instances.at(index);
        run->target = instances.at(targetIndex);
        run->pending.channel = channelName;
        run->pending.action = action;
        run->pending.fromInstanceId = run->source.id;
        run->pending.toInstanceId = run->target.id;
        run->pending.step = QStringLiteral("create");
        run->pending.startedAt = m_core.clock()->now();
    }
    if (!registry.isHealthy(run->target.id))
        return readyError<ReassignResult>(unavailable(QStringLiteral("the target instance %1 is not healthy").arg(run->target.name),
                                                      QStringLiteral("TARGET_UNHEALTHY")));
    if (!registry.isHealthy(run->source.id))
        return readyError<ReassignResult>(unavailable(
            QStringLiteral("the instance %1 that holds %2 is not reachable; its keys cannot be read").arg(run->source.name, channelName),
            QStringLiteral("SOURCE_UNHEALTHY")));
    run->sourceClient = registry.client(run->source.id);
    run->targetClient = registry.client(run->target.id);

    const Result<QList<SiteRecord>> sites = store.sites();
    if (sites.ok()) {
        for (const SiteRecord &s : sites.value()) {
            if (s.id == run->group.siteId)
                run->siteBaseUrl = s.baseUrl;
        }
    }
    run->copyInvalidKeys = m_core.options().reassignCopyInvalidKeys;  // REASSIGN_COPY_INVALID_KEYS
    run->result.channelName = channelName;
    run->result.action = action;
    run->result.previousInstanceId = run->source.id;
    run->result.previousInstanceName = run->source.name;
    run->result.newInstanceId = run->target.id;
    run->result.newInstanceName = run->target.name;

    return m_core.jobs().enqueue<ReassignResult>(
        QStringLiteral("reassign-channel"), QStringLiteral("%1 %2 to %3").arg(reassignActionName(action), channelName, run->target.name),
        QStringLiteral("channel:") + channelName,
        [this, run](const JobContextPtr &context) -> QFuture<Result<ReassignResult>> {
            run->context = context;
            // Read when the job runs, not when it was queued: a sync or an onboarding queued
            // ahead of it may have added models (and their L2 groups) to this site group, and
            // every one of them must be repointed before the old group goes.
            if (Status s = loadDependents(m_core.store(), *run); !s.ok())
                return readyError<ReassignResult>(s.error());
            return runReassign(run);
        },
        [](const ReassignResult &r) { return r.toJson(); });
}

QFuture<Result<ReassignResult>> ChannelOperations::runReassign(std::shared_ptr<ReassignRun> run)
{
    if (Status s = savePending(run->pending); !s.ok())
        return readyError<ReassignResult>(s.error());
    run->context->setProgress(0, 5, QStringLiteral("reading the groups"));
    const QString name = run->group.name;
    const QList<QFuture<Result<std::optional<GroupInfo>>>> lookups{run->sourceClient->findGroupByName(name),
                                                                  run->targetClient->findGroupByName(name)};
    return guardedThen(whenAllResults(lookups), this,
                       [this, run, name](const QList<Result<std::optional<GroupInfo>>> &found) -> QFuture<Result<ReassignResult>> {
                           if (!found.at(0).ok())
                               return readyError<ReassignResult>(stepError(found.at(0).error(), QStringLiteral("reading %1").arg(name), run->source));
                           if (!found.at(1).ok())
                               return readyError<ReassignResult>(stepError(found.at(1).error(), QStringLiteral("reading %1").arg(name), run->target));
                           run->oldGroup = found.at(0).value();
                           const std::optional<GroupInfo> existing = found.at(1).value();
                           if (existing) {
                               const bool ours = (run->pending.newGroupId != 0 && qint64(existing->id) == run->pending.newGroupId)
                                                 || (run->group.instanceId == run->target.id && run->group.groupId == qint64(existing->id));
                               if (!ours) {
                                   Error e = Error::conflict(QStringLiteral("a group named %1 already exists on %2 and is not the one "
                                                                            "recorded for this site")
                                                                 .arg(name, run->target.name));
                                   e.code = QStringLiteral("GROUP_NAME_TAKEN");
                                   (void)clearPending(name);
                                   return readyError<ReassignResult>(e);
                               }
                               run->newGroup = existing;
                               run->result.adoptedExisting = true;
                               run->context->journal(QStringLiteral("adopt-group"), run->target.id, name, QStringLiteral("adopted"),
                                                     QStringLiteral("created by an earlier attempt"));
                           }
                           if (!run->oldGroup && !run->newGroup)
                               return readyError<ReassignResult>(Error::notFound(
                                   QStringLiteral("%1 exists neither on %2 nor on %3").arg(name, run->source.name, run->target.name)));
                           return createOnTarget(run);
                       })
        .unwrap();
}

QFuture<Result<ReassignResult>> ChannelOperations::createOnTarget(std::shared_ptr<ReassignRun> run)
{
    if (run->newGroup)
        return copyKeys(run);
    run->context->setProgress(1, 5, QStringLiteral("creating the group on %1").arg(run->target.name));
    const GroupCreate create = copyOf(*run->oldGroup, run->group.channelType);
    return guardedThen(run->targetClient->createGroup(create), this, [this, run](const Result<GroupInfo> &created) -> QFuture<Result<ReassignResult>> {
               const QString name = run->group.name;
               if (!created.ok()) {
                   run->context->journal(QStringLiteral("create-group"), run->target.id, name, QStringLiteral("failed"), created.error().message);
                   if (created.error().kind == ErrorKind::Conflict) {
                       Error e = Error::conflict(QStringLiteral("a group named %1 already exists on %2").arg(name, run->target.name));
                       e.code = QStringLiteral("GROUP_NAME_TAKEN");
                       (void)clearPending(name);
                       return readyError<ReassignResult>(e);
                   }
                   return readyError<ReassignResult>(stepError(created.error(), QStringLiteral("creating %1").arg(name), run->target));
               }
               run->newGroup = created.value();
               run->pending.newGroupId = qint64(created->id);
               run->pending.step = QStringLiteral("copy-keys");
               if (Status s = savePending(run->pending); !s.ok())
                   return readyError<ReassignResult>(s.error());
               run->context->journal(QStringLiteral("create-group"), run->target.id, name, QStringLiteral("ok"),
                                     QStringLiteral("id %1").arg(created->id));
               return copyKeys(run);
           })
        .unwrap();
}

QFuture<Result<ReassignResult>> ChannelOperations::copyKeys(std::shared_ptr<ReassignRun> run)
{
    if (!run->oldGroup)
        return repoint(run);  // deleted by an earlier attempt after its keys were copied
    run->context->setProgress(2, 5, QStringLiteral("copying keys"));
    const KeyStatusFilter which = run->copyInvalidKeys ? KeyStatusFilter::All : KeyStatusFilter::Active;
    return guardedThen(run->sourceClient->exportKeys(run->oldGroup->id, which), this,
                       [this, run](const Result<QStringList> &exported) -> QFuture<Result<ReassignResult>> {
                           if (!exported.ok())
                               return readyError<ReassignResult>(
                                   stepError(exported.error(), QStringLiteral("reading the keys of %1").arg(run->group.name), run->source));
                           const QStringList keys = normalizeKeys(exported.value());
                           if (keys.isEmpty()) {
                               run->result.warnings.append((run->copyInvalidKeys ? QStringLiteral("%1 had no keys to copy")
                                                                                   : QStringLiteral("%1 had no active keys to copy"))
                                                               .arg(run->group.name));
                               return repoint(run);
                           }
                           return guardedThen(run->targetClient->addKeys(run->newGroup->id, keys), this,
                                              [this, run, expected = qint64(keys.size())](const Result<AddKeysResult> &added)
                                              -> QFuture<Result<ReassignResult>> {
                                                  const QString name = run->group.name;
                                                  if (!added.ok()) {
                                                      run->context->journal(QStringLiteral("upload-keys"), run->target.id, name,
                                                                            QStringLiteral("failed"), added.error().message);
                                                      return readyError<ReassignResult>(
                                                          stepError(added.error(), QStringLiteral("uploading the keys of %1").arg(name), run->target));
                                                  }
                                                  run->result.keysCopied = expected;
                                                  run->result.keysInNewGroup = added->totalInGroup;
                                                  // Verify before anything points at the new group.
                                                  if (added->totalInGroup < expected) {
                                                      Error e = Error::make(ErrorKind::Upstream,
                                                                            QStringLiteral("the new %1 on %2 holds %3 keys, %4 were copied; the old "
                                                                                           "group stays in use (run the command again)")
                                                                                .arg(name, run->target.name)
                                                                                .arg(added->totalInGroup)
                                                                                .arg(expected));
                                                      e.code = QStringLiteral("KEY_COUNT_MISMATCH");
                                                      run->context->journal(QStringLiteral("verify-keys"), run->target.id, name,
                                                                            QStringLiteral("failed"), e.message);
                                                      return readyError<ReassignResult>(e);
                                                  }
                                                  run->context->journal(QStringLiteral("upload-keys"), run->target.id, name, QStringLiteral("ok"),
                                                                        QStringLiteral("%1 keys copied, %2 in the group")
                                                                            .arg(expected)
                                                                            .arg(added->totalInGroup));
                                                  return repoint(run);
                                              })
                               .unwrap();
                       })
        .unwrap();
}

QFuture<Result<ReassignResult>> ChannelOperations::repoint(std::shared_ptr<ReassignRun> run)
{
    run->context->setProgress(3, 5, QStringLiteral("repointing the model groups"));
    StateStore &store = m_core.store();
    // Only the placement changes; the stored row keeps what health or sync wrote meanwhile.
    const QString instanceId = run->target.id;
    const qint64 groupId = qint64(run->newGroup->id);
    Result<SiteGroupRecord> saved = store.modifySiteGroup(run->group.id, [&](SiteGroupRecord &stored) {
        stored.instanceId = instanceId;
        stored.groupId = groupId;
    });
    if (!saved.ok())
        return readyError<ReassignResult>(saved.error());
    const SiteGroupRecord group = saved.value();
    run->group = group;
    run->pending.step = QStringLiteral("repoint");
    if (Status s = savePending(run->pending); !s.ok())
        return readyError<ReassignResult>(s.error());
    m_core.markSitesChanged();
    run->context->journal(QStringLiteral("record"), run->target.id, group.name, QStringLiteral("ok"),
                          QStringLiteral("site group now on %1 (id %2)").arg(run->target.id).arg(group.groupId));
    if (run->models.isEmpty())
        return deleteOld(run);
    // The L2 upstreams are built from the instance the L1 lives on: the reconciliation moves them.
    return guardedThen(m_core.layers().reconcile(ReconcileScope::forModels(run->models), run->context), this,
                       [this, run](const Result<ReconcileResult> &r) -> QFuture<Result<ReassignResult>> {
                           m_core.refreshUniApiStatus();
                           if (!r.ok())
                               return readyError<ReassignResult>(r.error().withContext(QStringLiteral("repointing the model groups")));
                           QStringList problems;
                           for (const OperationOutcome &o : r->failed)
                               problems.append(QStringLiteral("%1: %2").arg(o.group, o.error.message));
                           for (const SkippedItem &s : r->skipped) {
                               if (run->l2Names.contains(s.group))
                                   problems.append(QStringLiteral("%1: %2").arg(s.group, s.reason));
                           }
                           if (!problems.isEmpty()) {
                               Error e = Error::make(ErrorKind::Upstream, QStringLiteral("repointing the model groups of %1 failed; the old "
                                                                                          "group stays until they follow (run the command "
                                                                                          "again): %2")
                                                                              .arg(run->group.name, problems.join(QStringLiteral("; "))));
                               e.code = QStringLiteral("REPOINT_FAILED");
                               return readyError<ReassignResult>(e);
                           }
                           return deleteOld(run);
                       })
        .unwrap();
}

QFuture<Result<ReassignResult>> ChannelOperations::deleteOld(std::shared_ptr<ReassignRun> run)
{
    if (!run->oldGroup)
        return readyResult(finishReassign(run));
    run->context->setProgress(4, 5, QStringLiteral("deleting the old group"));
    run->pending.step = QStringLiteral("delete-old");
    if (Status s = savePending(run->pending); !s.ok())
        return readyError<ReassignResult>(s.error());
    return guardedThen(run->sourceClient->deleteGroup(run->oldGroup->id), this, [this, run](const Status &deleted) -> Result<ReassignResult> {
        const QString name = run->group.name;
        if (!deleted.ok() && deleted.error().kind != ErrorKind::NotFound) {
            run->context->journal(QStringLiteral("delete-group"), run->source.id, name, QStringLiteral("failed"), deleted.error().message);
            return stepError(deleted.error(), QStringLiteral("deleting the old %1").arg(name), run->source);
        }
        run->context->journal(QStringLiteral("delete-group"), run->source.id, name, QStringLiteral("ok"));
        return finishReassign(run);
    });
}

Result<ReassignResult> ChannelOperations::finishReassign(std::shared_ptr<ReassignRun> run)
{
    StateStore &store = m_core.store();
    if (!run->siteBaseUrl.isEmpty()) {
        if (Status s = store.setSiteAssignment(run->siteBaseUrl, run->target.id); !s.ok())
            run->result.warnings.append(s.error().message);
    }
    if (Status s = clearPending(run->group.name); !s.ok())
        run->result.warnings.append(s.error().message);
    run->context->setProgress(5, 5, QStringLiteral("done"));
    m_core.markSitesChanged();
    const QString name = run->group.name;
    m_actions->logOperation({{QStringLiteral("timestamp"), m_core.clock()->now().toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("action"), QStringLiteral("channel_reassigned")},
                             {QStringLiteral("channel"), name},
                             {QStringLiteral("affectedGroups"), QJsonArray::fromStringList(QStringList(run->l2Names.cbegin(), run->l2Names.cend()))},
                             {QStringLiteral("reason"), reassignActionName(run->result.action)},
                             {QStringLiteral("from"), run->source.id},
                             {QStringLiteral("to"), run->target.id}});
    m_core.notifier().post(QStringLiteral("channel-reassigned"), EngineEvent::Severity::Info, name,
                           QStringLiteral("%1 moved from %2 to %3").arg(name, run->source.name, run->target.name));
    qCInfo(lcEngine).noquote() << name << "moved from" << run->source.id << "to" << run->target.id << "-" << run->result.keysCopied
                               << "keys copied";
    return run->result;
}

} // namespace ul
