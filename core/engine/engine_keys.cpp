// Engine facade: rotation of the hop and gateway proxy keys (uni-load-behaviour.md §1.2).
//
// Order, so that no caller is locked out at any point: (1) new keys are stored; (2) one
// reconciliation adds them next to the old ones (proxy_keys of L1/L2/L3 groups, the hop key in
// the L2/L3 pools) and rewrites the api.yaml providers to the new gateway key — the same code
// paths that keep the keys in place every day; (3) only then are the old keys taken out of
// proxy_keys and out of the pools. The replaced keys are remembered in the store until step 3
// has reached every group, so a rotation stopped by an unreachable instance or a failing update
// is completed by the next rotation.
#include "core/engine/engine.h"

#include "core/common/redactor.h"
#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/layers/layerreconciler.h"
#include "core/store/proxykeys.h"
#include "core/store/statestore.h"

#include <QSet>

namespace ul {

QJsonObject proxyKeyPreviews(const ProxyKeys &keys)
{
    return QJsonObject{{QStringLiteral("hopKeyPreview"), Redactor::mask(keys.hop)},
                       {QStringLiteral("gatewayKeyPreview"), Redactor::mask(keys.gateway)}};
}

namespace {

// The groups uni-load manages on one instance, by name.
struct ManagedNames
{
    QSet<QString> siteGroups;
    QSet<QString> pools;  // L2 and L3 groups: their key pool holds the hop key
};

Result<QHash<QString, ManagedNames>> managedNamesByInstance(StateStore &store)
{
    QHash<QString, ManagedNames> out;
    Result<QList<SiteGroupRecord>> siteGroups = store.siteGroups();
    if (!siteGroups.ok())
        return siteGroups.error();
    for (const SiteGroupRecord &r : siteGroups.value())
        out[r.instanceId].siteGroups.insert(r.name);
    Result<QList<L2Record>> l2 = store.l2Groups();
    if (!l2.ok())
        return l2.error();
    for (const L2Record &r : l2.value())
        out[r.instanceId].pools.insert(r.name);
    Result<QList<L3Record>> l3 = store.l3Groups();
    if (!l3.ok())
        return l3.error();
    for (const L3Record &r : l3.value())
        out[r.instanceId].pools.insert(r.name);
    return out;
}

// Removes the retired keys from one group: from proxy_keys, and (hop keys) from its pool.
QList<QFuture<Result<QString>>> retireOnGroup(EngineCore &core, GptLoadClient *client, const QString &instanceId,
                                              const GroupInfo &group, bool isPool, const QStringList &retired,
                                              const QStringList &retiredHops, const JobContextPtr &context)
{
    QList<QFuture<Result<QString>>> calls;
    QStringList kept;
    for (const QString &k : group.proxyKeyList()) {
        if (!k.trimmed().isEmpty() && !retired.contains(k.trimmed()))
            kept.append(k.trimmed());
    }
    const QString name = group.name;
    if (kept.size() != group.proxyKeyList().size() && !kept.isEmpty()) {
        GroupUpdate update;
        update.setProxyKeys(SecretText(kept.join(QLatin1Char(','))));
        calls.append(guardedThen(client->updateGroup(group.id, update), &core,
                                 [context, instanceId, name](const Result<GroupInfo> &r) -> Result<QString> {
                                     context->journal(QStringLiteral("retire-proxy-key"), instanceId, name,
                                                      r.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
                                                      r.ok() ? QString() : r.error().message);
                                     if (!r.ok())
                                         return r.error();
                                     return name;
                                 }));
    }
    if (isPool && !retiredHops.isEmpty()) {
        calls.append(guardedThen(client->deleteKeys(group.id, retiredHops), &core,
                                 [context, instanceId, name](const Result<DeleteKeysResult> &r) -> Result<QString> {
                                     context->journal(QStringLiteral("retire-pool-key"), instanceId, name,
                                                      r.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
                                                      r.ok() ? QString() : r.error().message);
                                     if (!r.ok())
                                         return r.error();
                                     return name;
                                 }));
    }
    return calls;
}

// Step 3: every retired key (this rotation's and those an earlier one could not remove) leaves
// every managed group on every instance; once they all did, the store forgets them.
QFuture<Result<int>> retireOldKeys(EngineCore &core, const JobContextPtr &context)
{
    const RetiredProxyKeys pending = retiredProxyKeys(core.store());
    const QStringList retired = pending.all();
    const QStringList retiredHops = pending.hop;
    Result<QHash<QString, ManagedNames>> managed = managedNamesByInstance(core.store());
    if (!managed.ok())
        return readyError<int>(managed.error());

    QList<QFuture<Result<int>>> perInstance;
    for (const InstanceConfig &config : core.instances().instances()) {
        if (!managed->contains(config.id))
            continue;
        GptLoadClient *client = core.instances().client(config.id);
        if (!client)
            continue;
        const ManagedNames names = managed->value(config.id);
        const QString instanceId = config.id;
        perInstance.append(guardedThen(client->listGroups(), &core,
                                       [&core, client, instanceId, names, retired, retiredHops,
                                        context](const Result<QList<GroupInfo>> &groups) -> QFuture<Result<int>> {
                                           if (!groups.ok())
                                               return readyError<int>(groups.error());
                                           QList<QFuture<Result<QString>>> calls;
                                           for (const GroupInfo &g : groups.value()) {
                                               const bool pool = names.pools.contains(g.name);
                                               if (!pool && !names.siteGroups.contains(g.name))
                                                   continue;
                                               calls += retireOnGroup(core, client, instanceId, g, pool, retired,
                                                                      retiredHops, context);
                                           }
                                           return whenAllResults(calls).then([](const QList<Result<QString>> &rs) -> Result<int> {
                                               for (const Result<QString> &r : rs) {
                                                   if (!r.ok())
                                                       return r.error();
                                               }
                                               return int(rs.size());
                                           });
                                       })
                               .unwrap());
    }
    return guardedThen(whenAllResults(perInstance), &core, [&core](const QList<Result<int>> &rs) -> Result<int> {
        int total = 0;
        for (const Result<int> &r : rs) {
            if (!r.ok())
                return r.error().withContext(QStringLiteral("the old keys are remembered and the next rotation removes them"));
            total += r.value();
        }
        if (Status cleared = clearRetiredProxyKeys(core.store()); !cleared.ok())
            return cleared.error();
        return total;
    });
}

QFuture<Result<ProxyKeys>> runRotation(EngineCore &core, bool hop, bool gateway, const JobContextPtr &context)
{
    Result<ProxyKeys> old = ensureProxyKeys(core.store());
    if (!old.ok())
        return readyError<ProxyKeys>(old.error());
    Result<ProxyKeys> fresh = old;
    for (const bool isHop : {true, false}) {
        if (isHop ? !hop : !gateway)
            continue;
        fresh = rotateProxyKey(core.store(), isHop);
        if (!fresh.ok())
            return readyError<ProxyKeys>(fresh.error());
        const QString name = isHop ? QStringLiteral("hop") : QStringLiteral("gateway");
        context->journal(QStringLiteral("generate-proxy-key"), QString(), name, QStringLiteral("ok"),
                         Redactor::mask(isHop ? fresh->hop : fresh->gateway));
    }
    const ProxyKeys newKeys = fresh.value();
    core.setProxyKeys(newKeys);  // onboarding from now on sets the new hop key on L1 groups
    context->setProgress(1, 3, QStringLiteral("adding the new keys next to the old ones"));

    return guardedThen(core.layers().reconcile(ReconcileScope::everything(), context), &core,
                       [&core, newKeys, context](const Result<ReconcileResult> &added) -> QFuture<Result<ProxyKeys>> {
                           if (!added.ok())
                               return readyError<ProxyKeys>(added.error());
                           // Retiring the old keys while a group or api.yaml still lacks the new
                           // ones would lock callers out: stop here and leave the old keys valid.
                           if (added->hasFailures() || !added->unreachableInstances.isEmpty()) {
                               context->journal(QStringLiteral("retire-proxy-keys"), QString(), QString(), QStringLiteral("skipped"),
                                                QStringLiteral("the reconciliation did not reach every group"));
                               return readyError<ProxyKeys>(Error::make(
                                   ErrorKind::Unavailable,
                                   QStringLiteral("the new keys are stored but not every group or api.yaml took them yet; "
                                                  "the old keys were left in place so nothing is locked out, and the "
                                                  "next rotation removes them")));
                           }
                           context->setProgress(2, 3, QStringLiteral("removing the old keys"));
                           return guardedThen(retireOldKeys(core, context), &core,
                                              [newKeys, context](const Result<int> &retired) -> Result<ProxyKeys> {
                                                  if (!retired.ok())
                                                      return retired.error();
                                                  context->setProgress(3, 3, QStringLiteral("done"));
                                                  return newKeys;
                                              });
                       })
        .unwrap();
}

} // namespace

QFuture<Result<ProxyKeys>> Engine::rotateProxyKeys(bool hop, bool gateway)
{
    if (!hop && !gateway)
        return readyError<ProxyKeys>(Error::validation(QStringLiteral("hop"), QStringLiteral("choose the hop key, the gateway key or both")));
    return invoke<ProxyKeys>([hop, gateway](EngineCore &core) {
        return core.jobs().enqueue<ProxyKeys>(
            QStringLiteral("rotate-keys"), QStringLiteral("Rotate the proxy keys"), QStringLiteral("reconcile"),
            [&core, hop, gateway](const JobContextPtr &context) { return runRotation(core, hop, gateway, context); },
            [](const ProxyKeys &keys) { return proxyKeyPreviews(keys); });
    });
}

} // namespace ul
