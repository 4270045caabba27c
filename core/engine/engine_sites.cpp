// Engine facade: site onboarding commands (the work is in core/onboarding).
#include "core/engine/engine.h"

#include "core/engine/enginecore.h"
#include "core/engine/queuedjob.h"
#include "core/onboarding/siteonboarding.h"

namespace ul {

QFuture<Result<ProcessSiteReport>> Engine::processAiSite(const SiteRequest &request)
{
    return invoke<ProcessSiteReport>([request](EngineCore &core) { return core.onboarding().processSite(request); });
}

QFuture<Result<QString>> Engine::startProcessAiSite(const SiteRequest &request)
{
    return invoke<QString>([request](EngineCore &core) {
        return queuedJobId<ProcessSiteReport>([&core, request](QString *id) { return core.onboarding().processSite(request, id); });
    });
}

QFuture<Result<ProbeReport>> Engine::probeApi(const ProbeRequest &request)
{
    return invoke<ProbeReport>([request](EngineCore &core) { return core.onboarding().probe(request); });
}

QFuture<Result<SiteNamePreview>> Engine::previewSiteName(const QString &baseUrl, const QString &requestedSiteName)
{
    return invoke<SiteNamePreview>(
        [baseUrl, requestedSiteName](EngineCore &core) { return core.onboarding().previewSiteName(baseUrl, requestedSiteName); });
}

QFuture<Result<TempGroupStats>> Engine::tempGroupStats()
{
    return invoke<TempGroupStats>([](EngineCore &core) { return core.onboarding().tempGroupStats(); });
}

QFuture<Result<TempGroupCleanupReport>> Engine::cleanupTempGroups(std::optional<double> hoursOld)
{
    return invoke<TempGroupCleanupReport>([hoursOld](EngineCore &core) { return core.onboarding().cleanupTempGroups(hoursOld); });
}

QFuture<Result<LiveSiteGroups>> Engine::liveSiteGroups()
{
    return invoke<LiveSiteGroups>([](EngineCore &core) { return core.onboarding().liveSiteGroups(); });
}

QFuture<Result<FilterRulesView>> Engine::filterRules()
{
    return invoke<FilterRulesView>([](EngineCore &core) { return readyResult(core.onboarding().filterRules()); });
}

QFuture<Result<FilterRulesView>> Engine::saveFilterRules(const FilterRules &rules)
{
    return invoke<FilterRulesView>([rules](EngineCore &core) {
        Result<FilterRulesView> r = core.onboarding().saveFilterRules(rules);
        if (r.ok())
            core.markSitesChanged();  // high-cost marks of test models follow the rules
        return readyResult(r);
    });
}

QFuture<Result<FilterRulesView>> Engine::updateFilterRules(const QJsonObject &patch)
{
    return invoke<FilterRulesView>([patch](EngineCore &core) {
        Result<FilterRulesView> r = core.onboarding().updateFilterRules(patch);
        if (r.ok())
            core.markSitesChanged();  // high-cost marks of test models follow the rules
        return readyResult(r);
    });
}

} // namespace ul
