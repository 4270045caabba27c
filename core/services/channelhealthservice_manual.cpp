// ChannelHealthService: the operator's commands — manual recovery (§12.2), disable and
// re-enable now (§16.4, §23.2).
#include "core/services/channelhealthservice.h"

#include "core/common/future.h"
#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/layers/layerreconciler.h"
#include "core/sites/groupnames.h"
#include "core/store/statestore.h"

namespace ul {

namespace {

QString channelDedupeKey(const QString &channel)
{
    return QStringLiteral("channel:") + channel;
}

// The L2 record of (model, site group): exact model name first, then case-insensitive.
std::optional<L2Record> findModelChannel(const StateStore &store, qint64 siteGroupId, const QString &model)
{
    const Result<QList<L2Record>> l2 = store.l2Groups();
    if (!l2.ok())
        return std::nullopt;
    // The exact model name first, then one differing in case, then the name as it appears in
    // group names (the original rebuilt "<model>-via-<site group>" from what it received, so
    // clients may send "deepseek-ai-deepseek-v3" or the L2 group's own name).
    std::optional<L2Record> folded;
    std::optional<L2Record> byGroupName;
    for (const L2Record &r : l2.value()) {
        if (r.siteGroupId != siteGroupId)
            continue;
        if (r.model == model)
            return r;
        if (!folded && r.model.compare(model, Qt::CaseInsensitive) == 0)
            folded = r;
        if (!byGroupName && (r.name == model || modelGroupName(r.model).compare(model, Qt::CaseInsensitive) == 0))
            byGroupName = r;
    }
    return folded ? folded : byGroupName;
}

ChannelStateChange toChange(const ChannelTransition &t)
{
    ChannelStateChange c;
    c.channel = t.channel;
    c.previousState = channelStateName(t.previousState);
    c.state = channelStateName(t.state);
    c.affectedGroups = t.affectedGroups;
    c.errors = t.errors;
    return c;
}

} // namespace

QFuture<Result<ManualRecoveryResult>> ChannelHealthService::manualRecovery(const QString &model, const QString &channel)
{
    const std::optional<SiteGroupRecord> group = findSiteGroupByName(m_core.store(), channel);
    if (!group)
        return readyError<ManualRecoveryResult>(Error::notFound(QStringLiteral("unknown channel %1").arg(channel)));
    if (group->state == ChannelState::Removing)
        return readyError<ManualRecoveryResult>(channelBeingRemoved(channel));
    const std::optional<L2Record> l2 = findModelChannel(m_core.store(), group->id, model);
    if (!l2)
        return readyError<ManualRecoveryResult>(
            Error::notFound(QStringLiteral("channel %1 has no model-channel group for model %2").arg(channel, model)));

    const SiteGroupRecord siteGroup = *group;
    const L2Record l2Record = *l2;
    return m_core.jobs().enqueue<ManualRecoveryResult>(
        QStringLiteral("manual-recovery"), QStringLiteral("Recover %1 on %2").arg(model, channel), channelDedupeKey(channel),
        [this, siteGroup, l2Record](const JobContextPtr &context) -> QFuture<Result<ManualRecoveryResult>> {
            ManualRecoveryResult base;
            base.model = l2Record.model;
            base.channel = siteGroup.name;
            base.modelChannelGroup = l2Record.name;

            // 1. The L2 group's invalid keys (its pool key, the hop key, may have been blacklisted).
            QFuture<Result<KeyCountMessage>> keys;
            GptLoadClient *client = m_core.instances().client(l2Record.instanceId);
            if (client && m_core.instances().isHealthy(l2Record.instanceId) && l2Record.groupId != 0)
                keys = client->restoreAllInvalidKeys(quint64(l2Record.groupId));
            else
                keys = readyError<KeyCountMessage>(Error::make(ErrorKind::Unavailable,
                                                               QStringLiteral("instance %1 is unreachable").arg(l2Record.instanceId)));
            return guardedThen(keys, this, [this, base, siteGroup, l2Record, context](const Result<KeyCountMessage> &restored) mutable
                               -> QFuture<Result<ManualRecoveryResult>> {
                       QString keysNote;
                       if (restored.ok()) {
                           base.restoredKeys = restored->count.value_or(0);
                           context->journal(QStringLiteral("restore-invalid-keys"), l2Record.instanceId, l2Record.name, QStringLiteral("ok"),
                                            restored->message);
                       } else {
                           keysNote = QStringLiteral(" (restoring invalid keys failed: %1)").arg(restored.error().message);
                           context->journal(QStringLiteral("restore-invalid-keys"), l2Record.instanceId, l2Record.name,
                                            QStringLiteral("failed"), restored.error().message);
                       }
                       return recoverAfterKeys(base, siteGroup, l2Record, keysNote, context);
                   })
                .unwrap();
        },
        [](const ManualRecoveryResult &r) { return r.resultJson(); });
}

QFuture<Result<ManualRecoveryResult>> ChannelHealthService::recoverAfterKeys(ManualRecoveryResult base, const SiteGroupRecord &siteGroup,
                                                                              const L2Record &l2Record, const QString &keysNote,
                                                                              const JobContextPtr &context)
{
    const std::optional<SiteGroupRecord> current = findSiteGroupByName(m_core.store(), siteGroup.name);
    if (!current)
        return readyError<ManualRecoveryResult>(Error::notFound(QStringLiteral("unknown channel %1").arg(siteGroup.name)));

    if (current->state == ChannelState::DisabledByUser) {
        base.message = QStringLiteral("%1 was disabled by the operator; re-enable the channel to put it back").arg(siteGroup.name) + keysNote;
        return readyResult<ManualRecoveryResult>(base);
    }

    if (current->state == ChannelState::Active) {
        // 2a. A healthy site group: its membership in the L3 of this model comes back if it was
        // left disabled (e.g. by an interrupted restore).
        const Result<QList<L3MemberRecord>> members = m_core.store().l3Members();
        bool lifted = false;
        if (members.ok()) {
            for (L3MemberRecord m : members.value()) {
                if (m.l2Id != l2Record.id || (m.state != ChannelState::DisabledByHealth && m.state != ChannelState::DisabledByCleanup))
                    continue;
                m.state = ChannelState::Active;
                if (m_core.store().saveL3Member(m).ok())
                    lifted = true;
            }
        }
        base.recovered = true;
        base.failures = 0;
        if (!lifted) {
            base.message = QStringLiteral("%1 is in rotation; invalid keys restored").arg(l2Record.name) + keysNote;
            return readyResult<ManualRecoveryResult>(base);
        }
        m_core.markSitesChanged();
        return guardedThen(m_core.layers().reconcile(ReconcileScope::forModels({l2Record.model}), context), this,
                           [this, base, l2Record, keysNote](const Result<ReconcileResult> &r) mutable -> Result<ManualRecoveryResult> {
                               m_core.refreshUniApiStatus();
                               base.message = r.ok() ? QStringLiteral("%1 is back in its model group").arg(l2Record.name)
                                                     : QStringLiteral("%1 re-enabled; the model group follows at the next "
                                                                      "reconciliation (%2)")
                                                           .arg(l2Record.name, r.error().message);
                               base.message += keysNote;
                               return base;
                           });
    }

    // 2b. Out of rotation by health or cleanup: probe now; one success is enough when the operator asks.
    return guardedThen(recoveryProbe(*current, m_core.proxyKeys().hop, tools()), this,
                       [this, base, current, keysNote, context](const Result<ChannelCheck> &probe) mutable
                       -> QFuture<Result<ManualRecoveryResult>> {
                           if (!probe.ok())
                               return readyError<ManualRecoveryResult>(probe.error());
                           if (probe->verdict == HealthVerdict::Healthy) {
                               return guardedThen(m_actions->putBack(current->name, ChannelActionReason::ManualRecovery, context), this,
                                                  [this, base, keysNote](const Result<ChannelTransition> &t) mutable
                                                  -> Result<ManualRecoveryResult> {
                                                      if (!t.ok())
                                                          return t.error();
                                                      m_failures.remove(t->channel);
                                                      base.recovered = true;
                                                      base.failures = 0;
                                                      base.message = QStringLiteral("%1 is healthy again and back in rotation").arg(t->channel)
                                                                     + keysNote;
                                                      if (!t->errors.isEmpty())
                                                          base.message += QStringLiteral(" (%1)").arg(t->errors.join(QStringLiteral("; ")));
                                                      return base;
                                                  });
                           }
                           RecoveryAttempt attempt;
                           attempt.channel = current->name;
                           int writes = 0;
                           QStringList errors;
                           (void)recordRecoveryProbe(*current, probe.value(), &attempt, &writes, &errors);
                           const Result<QList<ChannelHealthRecord>> health = m_core.store().channelHealth();
                           if (health.ok()) {
                               for (const ChannelHealthRecord &r : health.value()) {
                                   if (r.siteGroupId == current->id)
                                       base.failures = r.recoveryFailures;
                               }
                           }
                           base.scheduled = true;
                           base.nextRetry = attempt.nextProbe.isValid() ? attempt.nextProbe : m_nextRun;
                           base.message = QStringLiteral("%1 is still failing (%2); next attempt scheduled").arg(current->name, probe->detail)
                                          + keysNote;
                           return readyResult<ManualRecoveryResult>(base);
                       })
        .unwrap();
}

QFuture<Result<ChannelStateChange>> ChannelHealthService::disableByUser(const QString &channel)
{
    const std::optional<SiteGroupRecord> group = findSiteGroupByName(m_core.store(), channel);
    if (!group)
        return readyError<ChannelStateChange>(Error::notFound(QStringLiteral("unknown channel %1").arg(channel)));
    return m_core.jobs().enqueue<ChannelStateChange>(
        QStringLiteral("channel-disable"), QStringLiteral("Disable %1").arg(channel), channelDedupeKey(channel),
        [this, channel](const JobContextPtr &context) {
            return guardedThen(m_actions->takeOut(channel, ChannelState::DisabledByUser, ChannelActionReason::User,
                                                  QStringLiteral("disabled by the operator"), context),
                               this, [this, channel](const Result<ChannelTransition> &t) -> Result<ChannelStateChange> {
                                   m_failures.remove(channel);
                                   m_core.schedulePublish();
                                   if (!t.ok())
                                       return t.error();
                                   return toChange(t.value());
                               });
        },
        [](const ChannelStateChange &c) { return c.toJson(); });
}

QFuture<Result<ChannelStateChange>> ChannelHealthService::enableNow(const QString &channel)
{
    const std::optional<SiteGroupRecord> group = findSiteGroupByName(m_core.store(), channel);
    if (!group)
        return readyError<ChannelStateChange>(Error::notFound(QStringLiteral("unknown channel %1").arg(channel)));
    return m_core.jobs().enqueue<ChannelStateChange>(
        QStringLiteral("channel-enable"), QStringLiteral("Re-enable %1").arg(channel), channelDedupeKey(channel),
        [this, channel](const JobContextPtr &context) {
            return guardedThen(m_actions->putBack(channel, ChannelActionReason::User, context), this,
                               [this, channel](const Result<ChannelTransition> &t) -> Result<ChannelStateChange> {
                                   m_failures.remove(channel);
                                   m_core.schedulePublish();
                                   if (!t.ok())
                                       return t.error();
                                   return toChange(t.value());
                               });
        },
        [](const ChannelStateChange &c) { return c.toJson(); });
}

} // namespace ul
