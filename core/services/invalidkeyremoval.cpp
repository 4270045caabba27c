#include "core/services/invalidkeyremoval.h"

#include "core/common/future.h"
#include "core/engine/enginecore.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/services/channelhealthservice.h"
#include "core/services/channeloptions.h"
#include "core/store/statestore.h"

#include <QPointer>

namespace ul {

namespace {

// The pool after the removal, for the views and the answer; the removal stands when it cannot be read.
QFuture<Result<InvalidKeyRemoval>> readPoolBack(EngineCore *core, const SiteGroupRecord &group, QPointer<GptLoadClient> client,
                                                InvalidKeyRemoval removal)
{
    if (!client)
        return readyResult(removal);
    return guardedThen(core->channelHealth().readKeyPool(client, group.name, quint64(group.groupId)), core,
                       [core, group, removal](const Result<KeyCounts> &keys) mutable -> Result<InvalidKeyRemoval> {
                           if (!keys.ok())
                               return removal;
                           removal.keys = keys.value();
                           // The count shown before a pool is read follows gpt-load's.
                           const Result<SiteGroupRecord> saved = core->store().modifySiteGroup(
                               group.id, [&keys](SiteGroupRecord &r) { r.keysCount = int(keys->total); });
                           if (saved.ok())
                               core->markSitesChanged();
                           return removal;
                       });
}

} // namespace

QFuture<Result<InvalidKeyRemoval>> runInvalidKeyRemoval(EngineCore &core, const QString &channel, const JobContextPtr &context)
{
    const Result<SiteGroupRecord> found = findChannel(core, channel);
    if (!found.ok())
        return readyError<InvalidKeyRemoval>(found.error());
    const SiteGroupRecord group = found.value();
    const QPointer<GptLoadClient> client = core.instances().client(group.instanceId);
    if (group.groupId == 0 || !client)
        return readyError<InvalidKeyRemoval>(Error::make(
            ErrorKind::Unavailable, QStringLiteral("%1 has no group on gpt-load instance %2").arg(group.name, group.instanceId)));
    if (!core.instances().isHealthy(group.instanceId))
        return readyError<InvalidKeyRemoval>(Error::make(
            ErrorKind::Unavailable, QStringLiteral("gpt-load instance %1 of %2 is unreachable").arg(group.instanceId, group.name)));

    InvalidKeyRemoval removal;
    removal.channel = group.name;
    removal.instanceId = group.instanceId;
    const std::optional<InstanceConfig> instance = core.instances().instance(group.instanceId);
    removal.instanceName = instance ? instance->name : group.instanceId;
    context->setStep(QStringLiteral("removing the invalid keys"));
    EngineCore *owner = &core;
    return guardedThen(client->clearInvalidKeys(quint64(group.groupId)), owner,
                       [owner, group, client, context, removal](const Result<KeyCountMessage> &cleared) mutable
                       -> QFuture<Result<InvalidKeyRemoval>> {
                           if (!cleared.ok()) {
                               context->journal(QStringLiteral("clear-invalid-keys"), group.instanceId, group.name, QStringLiteral("failed"),
                                                cleared.error().message);
                               return readyError<InvalidKeyRemoval>(cleared.error());
                           }
                           removal.removed = cleared->count.value_or(0);
                           context->journal(QStringLiteral("clear-invalid-keys"), group.instanceId, group.name, QStringLiteral("ok"),
                                            QStringLiteral("%1 invalid keys removed").arg(removal.removed));
                           return readPoolBack(owner, group, client, removal);
                       })
        .unwrap();
}

} // namespace ul
