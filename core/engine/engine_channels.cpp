// Engine facade: channel operations — delete, promote/demote, site assignment, maintenance
// (the work is in core/services/channelops.h).
#include "core/engine/engine.h"

#include "core/engine/enginecore.h"
#include "core/engine/queuedjob.h"
#include "core/layers/layerreconciler.h"
#include "core/services/channelops.h"

namespace ul {

QFuture<Result<ChannelDeletionResult>> Engine::deleteChannel(const QString &channelName)
{
    return invoke<ChannelDeletionResult>([channelName](EngineCore &core) { return core.channelOps().deleteChannel(channelName); });
}

QFuture<Result<ReassignResult>> Engine::reassignChannel(const QString &channelName, ReassignAction action)
{
    return invoke<ReassignResult>([channelName, action](EngineCore &core) { return core.channelOps().reassign(channelName, action); });
}

QFuture<Result<SiteAssignmentChange>> Engine::reassignSite(const QString &siteUrl, const QString &instanceId)
{
    return invoke<SiteAssignmentChange>(
        [siteUrl, instanceId](EngineCore &core) { return readyResult(core.channelOps().reassignSite(siteUrl, instanceId)); });
}

QFuture<Result<ModelGroupTeardownResult>> Engine::deleteManagedModelGroups()
{
    return invoke<ModelGroupTeardownResult>([](EngineCore &core) { return core.channelOps().deleteManagedModelGroups(); });
}

QFuture<Result<QString>> Engine::startDeleteManagedModelGroups()
{
    return invoke<QString>([](EngineCore &core) {
        return queuedJobId<ModelGroupTeardownResult>([&core](QString *id) { return core.channelOps().deleteManagedModelGroups(id); });
    });
}

QFuture<Result<ModelGroupTeardownResult>> Engine::previewDeleteManagedModelGroups()
{
    return invoke<ModelGroupTeardownResult>([](EngineCore &core) { return core.layers().previewManagedModelGroupDeletion(); });
}

} // namespace ul
