#include "core/services/channeloptions.h"
#include "core/services/channelhealthactions.h"

#include "core/common/future.h"
#include "core/engine/enginecore.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/onboarding/siteonboarding.h"
#include "core/sites/modelfilter.h"
#include "core/sites/testmodel.h"
#include "core/store/statestore.h"

namespace ul {

Result<SiteGroupRecord> findChannel(EngineCore &core, const QString &channel)
{
    if (!core.storeReady())
        return StateStore::notOpenError();
    const Result<QList<SiteGroupRecord>> groups = core.store().siteGroups();
    if (!groups.ok())
        return groups.error();
    for (const SiteGroupRecord &g : groups.value()) {
        if (g.name == channel)
            return g.state == ChannelState::Removing ? Result<SiteGroupRecord>(channelBeingRemoved(channel)) : Result<SiteGroupRecord>(g);
    }
    return Error::notFound(QStringLiteral("unknown channel %1").arg(channel));
}

FilterRules rulesOf(EngineCore &core)
{
    const Result<FilterRules> rules = core.onboarding().effectiveFilterRules();
    return rules.ok() ? rules.value() : FilterRules::defaults();
}

Result<DeepProbeChange> setDeepProbeFor(EngineCore &core, const QString &name, bool enabled)
{
    if (!core.storeReady())
        return StateStore::notOpenError();
    const Result<QList<SiteRecord>> sites = core.store().sites();
    const Result<QList<SiteGroupRecord>> groups = core.store().siteGroups();
    if (!sites.ok())
        return sites.error();
    if (!groups.ok())
        return groups.error();
    std::optional<SiteRecord> site;
    for (const SiteRecord &s : sites.value()) {
        if (s.name == name)
            site = s;
    }
    if (!site) {
        for (const SiteGroupRecord &g : groups.value()) {
            if (g.name != name)
                continue;
            for (const SiteRecord &s : sites.value()) {
                if (s.id == g.siteId)
                    site = s;
            }
        }
    }
    if (!site)
        return Error::notFound(QStringLiteral("unknown channel or site %1").arg(name));
    if (site->deepProbe != enabled) {
        site->deepProbe = enabled;
        site->updatedAt = core.clock()->now();
        const Result<SiteRecord> saved = core.store().saveSite(*site);
        if (!saved.ok())
            return saved.error();
        core.markSitesChanged();
    }
    DeepProbeChange change;
    change.site = site->name;
    change.enabled = enabled;
    const FilterRules rules = rulesOf(core);
    for (const SiteGroupRecord &g : groups.value()) {
        if (g.siteId == site->id)
            change.channels.append({g.name, deepProbeModel(g.models, g.channelType, rules).value_or(QString())});
    }
    return change;
}

Result<TestModelOptions> testModelOptionsOf(EngineCore &core, const QString &channel)
{
    const Result<SiteGroupRecord> group = findChannel(core, channel);
    if (!group.ok())
        return group.error();
    const FilterRules rules = rulesOf(core);
    TestModelOptions options;
    options.channel = group->name;
    options.channelType = channelTypeName(group->channelType);
    options.models = group->models;
    for (const QString &m : group->models) {
        if (isCostlyTestModel(m, rules))
            options.highCostModels.append(m);
    }
    options.override = group->testModelOverride;
    const TestModelChoice automatic = selectTestModel(group->models, group->channelType, rules);
    options.automatic = automatic.model;
    options.automaticHighCost = automatic.highCost;
    options.testModel = group->testModelOverride.isEmpty() ? (group->testModel.isEmpty() ? automatic.model : group->testModel)
                                                           : group->testModelOverride;
    if (!options.highCostModels.contains(options.testModel) && isCostlyTestModel(options.testModel, rules))
        options.highCostModels.append(options.testModel);  // a stale test model no longer listed
    return options;
}

QFuture<Result<TestModelChange>> applyTestModel(EngineCore &core, const QString &channel, const QString &model,
                                                const JobContextPtr &context)
{
    const Result<SiteGroupRecord> found = findChannel(core, channel);
    if (!found.ok())
        return readyError<TestModelChange>(found.error());
    const SiteGroupRecord group = found.value();
    const QString wanted = model.trimmed();
    QString override;
    if (!wanted.isEmpty()) {
        // The stored spelling of the model (case-insensitive match): gpt-load calls it verbatim.
        for (const QString &m : group.models) {
            if (m.compare(wanted, Qt::CaseInsensitive) == 0)
                override = m;
        }
        if (override.isEmpty()) {
            Error e = Error::validation(QStringLiteral("model"), QStringLiteral("%1 does not serve the model %2").arg(group.name, wanted));
            e.code = QStringLiteral("UNKNOWN_MODEL");
            return readyError<TestModelChange>(e);
        }
    }
    const FilterRules rules = rulesOf(core);
    TestModelChange change;
    change.channel = group.name;
    change.previous = group.effectiveTestModel();
    change.override = override;
    change.testModel = override.isEmpty() ? selectTestModel(group.models, group.channelType, rules).model : override;
    change.highCost = isCostlyTestModel(change.testModel, rules);
    change.instanceId = group.instanceId;

    GptLoadClient *client = core.instances().client(group.instanceId);
    if (!client || group.groupId == 0)
        return readyError<TestModelChange>(Error::make(ErrorKind::Unavailable,
                                                       QStringLiteral("%1 has no group on gpt-load instance %2").arg(group.name, group.instanceId)));
    if (!core.instances().isHealthy(group.instanceId))
        return readyError<TestModelChange>(Error::make(ErrorKind::Unavailable,
                                                       QStringLiteral("gpt-load instance %1 of %2 is unreachable").arg(group.instanceId, group.name)));
    if (context)
        context->setProgress(0, 1, QStringLiteral("updating the test model"));
    const qint64 siteGroupId = group.id;
    return guardedThen(client->updateGroup(quint64(group.groupId), GroupUpdate().setTestModel(change.testModel)), &core,
                       [&core, change, siteGroupId, context](const Result<GroupInfo> &updated) -> Result<TestModelChange> {
                           if (!updated.ok()) {
                               if (context)
                                   context->journal(QStringLiteral("update-test-model"), change.instanceId, change.channel,
                                                    QStringLiteral("failed"), updated.error().message);
                               return updated.error();
                           }
                           if (context) {
                               context->journal(QStringLiteral("update-test-model"), change.instanceId, change.channel, QStringLiteral("ok"),
                                                QStringLiteral("%1 → %2 (%3)").arg(change.previous, change.testModel,
                                                                                   change.automatic() ? QStringLiteral("automatic")
                                                                                                      : QStringLiteral("operator")));
                               context->setProgress(1, 1);
                           }
                           const Result<SiteGroupRecord> saved = core.store().modifySiteGroup(siteGroupId, [&change](SiteGroupRecord &g) {
                               g.testModelOverride = change.override;
                               g.testModel = change.testModel;
                           });
                           if (!saved.ok())
                               return saved.error();
                           core.markSitesChanged();
                           return change;
                       });
}

} // namespace ul
