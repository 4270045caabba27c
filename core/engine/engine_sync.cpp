// Engine facade: model sync commands (the work is in core/services/modelsync*).
#include "core/engine/engine.h"

#include "core/engine/enginecore.h"
#include "core/engine/queuedjob.h"
#include "core/services/modelsyncservice.h"

namespace ul {

QFuture<Result<ModelSyncReport>> Engine::syncModels()
{
    return invoke<ModelSyncReport>([](EngineCore &core) { return core.modelSync().runNow(QStringLiteral("manual")); });
}

QFuture<Result<QString>> Engine::startModelSync()
{
    return invoke<QString>([](EngineCore &core) {
        return queuedJobId<ModelSyncReport>([&core](QString *id) { return core.modelSync().runNow(QStringLiteral("manual"), id); });
    });
}

QFuture<Result<ServiceView>> Engine::setModelSyncEnabled(bool enabled)
{
    return invoke<ServiceView>([enabled](EngineCore &core) {
        if (Status s = core.modelSync().setEnabled(enabled); !s.ok())
            return readyError<ServiceView>(s.error());
        core.publishNow();
        EngineSnapshot state;
        core.modelSync().fillSnapshot(state);
        return readyResult<ServiceView>(state.modelSync);
    });
}

QFuture<Result<QList<PendingChange>>> Engine::pendingModelChanges()
{
    return invoke<QList<PendingChange>>([](EngineCore &core) { return readyResult(core.modelSync().pendingChanges()); });
}

QFuture<Result<SyncDecisionOutcome>> Engine::decideModelChanges(const QList<SyncDecision> &decisions)
{
    return invoke<SyncDecisionOutcome>([decisions](EngineCore &core) { return readyResult(core.modelSync().decide(decisions)); });
}

QFuture<Result<QList<SyncHistoryEntry>>> Engine::modelSyncHistory(int limit)
{
    return invoke<QList<SyncHistoryEntry>>([limit](EngineCore &core) { return readyResult(core.modelSync().history(limit)); });
}

QFuture<Result<ModelSyncSettingsView>> Engine::modelSyncSettings()
{
    return invoke<ModelSyncSettingsView>([](EngineCore &core) { return readyResult(core.modelSync().settingsView()); });
}

QFuture<Result<ModelSyncSettingsView>> Engine::updateModelSyncSettings(const QJsonObject &patch)
{
    return invoke<ModelSyncSettingsView>([patch](EngineCore &core) { return readyResult(core.modelSync().updateSettings(patch)); });
}

} // namespace ul
