#pragma once

#include "core/engine/job.h"
#include "core/services/channelopstypes.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace ul {

class ChannelStateActions;
class EngineCore;

// Operations on one channel (L1 site group) and the maintenance reset (uni-load-behaviour.md §5.5,
// §19, §20, §21). Every change runs as a job, so it never interleaves with reconciliation, health
// or sync work; input errors fail before anything is queued. Owned by EngineCore; engine thread.
class ChannelOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelOperations)

public:
    // Store setting holding the reassignments in progress: {<channel>: PendingReassignment}.
    static inline const QString kPendingSetting = QStringLiteral("pendingReassignments");

    ChannelOperations(EngineCore &core, ChannelStateActions *actions, QObject *parent = nullptr);
    ~ChannelOperations() override;

    // `DELETE /api/channels/:channelName` (§20): LayerReconciler::removeSiteGroup — exact name —
    // then the site record when its last site group is gone. NotFound for an unknown name,
    // Conflict while another job for that channel is queued or running.
    QFuture<Result<ChannelDeletionResult>> deleteChannel(const QString &channelName);

    // `POST /api/channels/reassign` (§19.2): moves the L1 group to the neighbouring instance —
    // promote = the next higher priority, demote = the next lower. Steps, journaled: create on
    // the target (a 409 stops unless the group there is the one an earlier attempt created) →
    // upload every active key (export, chunks of ≤ 5000) → verify the count → point the store at
    // the new group and reconcile (L2 upstreams follow) → delete the old group → persist the site
    // assignment. An interrupted run is finished by running the same command again.
    // Validation (400) bad action or no neighbour, NotFound (404), Conflict (409),
    // Unavailable (503) target or source unreachable, gpt-load errors (502).
    QFuture<Result<ReassignResult>> reassign(const QString &channelName, ReassignAction action);

    // `POST /api/reassign-site` (§5.5): records (or clears, without an instance) which instance
    // future site groups of that site URL go to. Validation for a bad URL or an unknown instance.
    Result<SiteAssignmentChange> reassignSite(const QString &siteUrl, const QString &instanceId);

    // `POST /api/maintenance/delete-model-groups` (§21): only what the store says uni-load owns.
    QFuture<Result<ModelGroupTeardownResult>> deleteManagedModelGroups(QString *jobId = nullptr);

    QList<PendingReassignment> pendingReassignments() const;

private:
    struct ReassignRun;

    // The site group as stored now and the L2 groups (with their models) that point at it.
    static Status loadDependents(StateStore &store, ReassignRun &run);
    QFuture<Result<ReassignResult>> runReassign(std::shared_ptr<ReassignRun> run);
    QFuture<Result<ReassignResult>> createOnTarget(std::shared_ptr<ReassignRun> run);
    QFuture<Result<ReassignResult>> copyKeys(std::shared_ptr<ReassignRun> run);
    QFuture<Result<ReassignResult>> repoint(std::shared_ptr<ReassignRun> run);
    QFuture<Result<ReassignResult>> deleteOld(std::shared_ptr<ReassignRun> run);
    Result<ReassignResult> finishReassign(std::shared_ptr<ReassignRun> run);
    // After a site group's deletion: true when its site record is gone — removed with its last
    // site group by the reconciler, or here when no site group is left; errors are appended.
    bool removeSiteWithoutGroups(qint64 siteId, QStringList *errors);
    Status savePending(const PendingReassignment &pending);
    Status clearPending(const QString &channel);

    EngineCore &m_core;
    ChannelStateActions *m_actions;
};

} // namespace ul
