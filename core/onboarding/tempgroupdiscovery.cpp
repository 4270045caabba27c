#include "core/onboarding/tempgroupdiscovery.h"

#include "core/common/clock.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/onboarding/tempgroupledger.h"
#include "core/sites/testmodel.h"

namespace ul {

namespace {

struct TempGroupState
{
    quint64 groupId = 0;   // known once the create answered
    bool existed = true;   // false when a lookup found no group to delete
};

GroupCreate tempGroupPayload(const QString &name, const QString &baseUrl, ChannelType type, const QString &hopKey)
{
    GroupCreate body;
    body.name = name;
    body.channelType = type;
    body.upstreams = {Upstream{baseUrl, 1}};
    body.testModel = defaultTestModel(type);
    body.sort = 0;
    body.proxyKeys = SecretText(hopKey);
    return body;
}

// Deletes the temp group — by id, or by name when the create never answered — and clears its
// ledger entry. A failed delete is reported as a step and the ledger keeps the entry.
QFuture<Status> deleteTempGroup(const OnboardingServices &services, GptLoadClient *client, const QString &name,
                                std::shared_ptr<TempGroupState> state, const StepLogPtr &steps)
{
    const AliveFlag alive = services.alive;
    QFuture<Status> deletion;
    if (state->groupId != 0) {
        deletion = client->deleteGroup(state->groupId);
    } else {
        deletion = client->findGroupByName(name)
                       .then([client, alive, state](const Result<std::optional<GroupInfo>> &found) -> QFuture<Status> {
                           if (!*alive)
                               return QtFuture::makeReadyFuture(Status(shutdownError()));
                           if (!found.ok())
                               return QtFuture::makeReadyFuture(Status(found.error()));
                           if (!found->has_value()) {
                               state->existed = false;
                               return QtFuture::makeReadyFuture(Status());
                           }
                           return client->deleteGroup((*found)->id);
                       })
                       .unwrap();
    }
    const QString instanceId = client->instance().id;
    return deletion.then([services, instanceId, name, state, steps](const Status &deleted) -> Status {
        if (!*services.alive)
            return shutdownError();
        if (!deleted.ok()) {
            steps->record(QStringLiteral("delete-temp-group"), instanceId, name, QStringLiteral("failed"),
                          deleted.error().message + QStringLiteral(" (left for the temp-group cleaner)"));
            return deleted;
        }
        (void)TempGroupLedger(services.store()).remove(instanceId, name);
        steps->record(QStringLiteral("delete-temp-group"), instanceId, name,
                      state->existed ? QStringLiteral("ok") : QStringLiteral("skipped"),
                      state->existed ? QString() : QStringLiteral("the group was never created"));
        return {};
    });
}

// Records a failed step and passes the error on (nothing is recorded once shutting down).
template <typename T>
QFuture<Result<T>> noteFailure(QFuture<Result<T>> future, const AliveFlag &alive, const StepLogPtr &steps, const QString &op,
                               const QString &instanceId, const QString &target)
{
    return future.then([alive, steps, op, instanceId, target](Result<T> result) {
        if (*alive && !result.ok() && result.error().kind != ErrorKind::Cancelled)
            steps->record(op, instanceId, target, QStringLiteral("failed"), result.error().message);
        return result;
    });
}

QFuture<Result<DiscoveredModels>> tryInstance(const OnboardingServices &services, const InstanceConfig &instance,
                                              const QString &baseUrl, ChannelType type, const QString &firstKey,
                                              const StepLogPtr &steps)
{
    GptLoadClient *client = services.instances().client(instance.id);
    if (!client)
        return readyError<DiscoveredModels>(Error::notFound(QStringLiteral("no client for instance %1").arg(instance.id)));
    const QString name = services.nextTempGroupName();
    if (Status s = TempGroupLedger(services.store()).add({instance.id, name, services.clock()->now()}); !s.ok())
        return readyError<DiscoveredModels>(s.error().withContext(QStringLiteral("recording temp group %1").arg(name)));

    const AliveFlag alive = services.alive;
    auto state = std::make_shared<TempGroupState>();
    const QString hop = services.hopKey();

    QFuture<Result<GroupInfo>> created =
        noteFailure(client->createGroup(tempGroupPayload(name, baseUrl, type, hop)), alive, steps,
                    QStringLiteral("create-temp-group"), instance.id, name);
    QFuture<Result<AddKeysResult>> keyed = andThen(created, alive, [client, alive, state, steps, instance, name, firstKey](GroupInfo group) {
        state->groupId = group.id;
        steps->record(QStringLiteral("create-temp-group"), instance.id, name, QStringLiteral("ok"));
        return noteFailure(client->addKeys(group.id, {firstKey}), alive, steps, QStringLiteral("upload-temp-key"), instance.id, name);
    });
    QFuture<Result<DiscoveredModels>> listed = andThen(keyed, alive, [client, alive, steps, instance, name, type, hop](AddKeysResult) {
        return noteFailure(listModelsViaProxy(client, alive, name, type, SecretText(hop)), alive, steps,
                           QStringLiteral("discover-models"), instance.id, name);
    });
    QFuture<Result<DiscoveredModels>> tagged = listed.then([instance](Result<DiscoveredModels> models) {
        if (models.ok()) {
            models->source = QStringLiteral("temp-group:") + instance.id;
            models->instance = InstanceRef::of(instance);
        }
        return models;
    });
    return finallyRun<DiscoveredModels>(tagged, alive, [services, client, name, state, steps]() {
        return deleteTempGroup(services, client, name, state, steps);
    });
}

QFuture<Result<TempDiscoveryOutcome>> tryFrom(const OnboardingServices &services, const InstanceConfigList &instances,
                                              qsizetype index, TempDiscoveryOutcome outcome, const QString &baseUrl,
                                              ChannelType type, const QString &firstKey, const StepLogPtr &steps,
                                              const JobContextPtr &context)
{
    if (context && context->isCancelled())
        return readyError<TempDiscoveryOutcome>(Error::cancelled(QStringLiteral("onboarding cancelled")));
    if (index >= instances.size())
        return readyValue(outcome);
    const InstanceConfig instance = instances.at(index);
    if (context)
        context->setStep(QStringLiteral("discovering models through a temporary group on %1").arg(instance.name));
    return whenDone(tryInstance(services, instance, baseUrl, type, firstKey, steps), services.alive,
                    [=](Result<DiscoveredModels> models) mutable -> QFuture<Result<TempDiscoveryOutcome>> {
                        if (models.ok()) {
                            steps->record(QStringLiteral("discover-models"), instance.id, baseUrl, QStringLiteral("ok"),
                                          QStringLiteral("%1 model(s) through a temporary group").arg(models->models.size()));
                            outcome.models = models.value();
                            return readyValue(outcome);
                        }
                        if (models.error().kind == ErrorKind::Cancelled)
                            return readyError<TempDiscoveryOutcome>(models.error());
                        outcome.failures.append({InstanceRef::of(instance), models.error()});
                        return tryFrom(services, instances, index + 1, outcome, baseUrl, type, firstKey, steps, context);
                    });
}

} // namespace

QFuture<Result<TempDiscoveryOutcome>> discoverThroughTempGroups(const OnboardingServices &services,
                                                                const InstanceConfigList &instancesByPriority,
                                                                const QString &baseUrl, ChannelType type,
                                                                const QString &firstKey, const StepLogPtr &steps,
                                                                const JobContextPtr &context)
{
    return tryFrom(services, instancesByPriority, 0, TempDiscoveryOutcome(), baseUrl, type, firstKey, steps, context);
}

} // namespace ul
