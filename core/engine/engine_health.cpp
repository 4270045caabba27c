// Engine facade: channel health, recovery and cleanup (the work is in core/services:
// channelhealthservice.h, cleanupservice.h).
#include "core/engine/engine.h"

#include "core/engine/enginecore.h"
#include "core/engine/queuedjob.h"
#include "core/services/channelhealthservice.h"
#include "core/services/channelhealthsettings.h"
#include "core/services/cleanupservice.h"

namespace ul {

QFuture<Result<HealthCycleReport>> Engine::checkChannels()
{
    return invoke<HealthCycleReport>([](EngineCore &core) { return core.channelHealth().runNow(); });
}

QFuture<Result<QString>> Engine::startCheckChannels()
{
    return invoke<QString>([](EngineCore &core) {
        return queuedJobId<HealthCycleReport>([&core](QString *id) { return core.channelHealth().runNow(id); });
    });
}

QFuture<Result<ServiceView>> Engine::controlChannelHealth(bool start)
{
    return invoke<ServiceView>([start](EngineCore &core) {
        ChannelHealthService &health = core.channelHealth();
        const Status s = start ? health.start() : health.stop();
        if (!s.ok())
            return readyError<ServiceView>(s.error());
        core.publishNow();
        EngineSnapshot view;
        health.fillSnapshot(view);
        return readyResult<ServiceView>(view.channelHealth);
    });
}

QFuture<Result<QList<FailedChannel>>> Engine::failedChannels()
{
    return invoke<QList<FailedChannel>>([](EngineCore &core) { return readyResult(core.channelHealth().failedChannels()); });
}

QFuture<Result<int>> Engine::resetChannelFailures(const QString &channelName)
{
    return invoke<int>([channelName](EngineCore &core) { return readyResult(core.channelHealth().resetFailures(channelName)); });
}

QFuture<Result<ManualRecoveryResult>> Engine::manualRecovery(const QString &model, const QString &channel)
{
    return invoke<ManualRecoveryResult>([model, channel](EngineCore &core) { return core.channelHealth().manualRecovery(model, channel); });
}

QFuture<Result<QList<HealthHistoryEntry>>> Engine::healthHistory(const QString &channel, const QDateTime &since)
{
    return invoke<QList<HealthHistoryEntry>>(
        [channel, since](EngineCore &core) { return readyResult(core.channelHealth().history(channel, since)); });
}

QFuture<Result<ChannelStateChange>> Engine::disableChannel(const QString &channel)
{
    return invoke<ChannelStateChange>([channel](EngineCore &core) { return core.channelHealth().disableByUser(channel); });
}

QFuture<Result<ChannelStateChange>> Engine::enableChannel(const QString &channel)
{
    return invoke<ChannelStateChange>([channel](EngineCore &core) { return core.channelHealth().enableNow(channel); });
}

QFuture<Result<SiteRecord>> Engine::setDeepProbe(const QString &siteName, bool enabled)
{
    return invoke<SiteRecord>([siteName, enabled](EngineCore &core) { return readyResult(core.channelHealth().setDeepProbe(siteName, enabled)); });
}

QFuture<Result<CleanupReport>> Engine::previewCleanup(const CleanupOptions &options)
{
    return invoke<CleanupReport>([options](EngineCore &core) { return core.cleanup().preview(options); });
}

QFuture<Result<QString>> Engine::startCleanup(const CleanupOptions &options)
{
    return invoke<QString>([options](EngineCore &core) {
        return queuedJobId<CleanupReport>([&core, options](QString *id) { return core.cleanup().apply(options, id); });
    });
}

QFuture<Result<CleanupReport>> Engine::cleanupChannels(const CleanupOptions &options)
{
    return invoke<CleanupReport>([options](EngineCore &core) { return core.cleanup().apply(options); });
}

QFuture<Result<ManualCleanupReport>> Engine::manualCleanup(const QStringList &channelNames, bool dryRun)
{
    return invoke<ManualCleanupReport>([channelNames, dryRun](EngineCore &core) { return core.cleanup().manual(channelNames, dryRun); });
}

QFuture<Result<QList<QJsonObject>>> Engine::cleanupHistory()
{
    return invoke<QList<QJsonObject>>([](EngineCore &core) { return readyResult(core.cleanup().history()); });
}

QFuture<Result<HealthSettingsView>> Engine::healthSettings()
{
    return invoke<HealthSettingsView>([](EngineCore &core) { return readyResult(healthSettingsView(core.store())); });
}

QFuture<Result<HealthSettingsView>> Engine::updateHealthSettings(const QJsonObject &patch)
{
    return invoke<HealthSettingsView>([patch](EngineCore &core) { return readyResult(ul::updateHealthSettings(core.store(), patch)); });
}

} // namespace ul
