#include "core/services/channelhealthactions.h"

#include "core/common/future.h"
#include "core/engine/enginecore.h"
#include "core/engine/notifier.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/layers/layerreconciler.h"
#include "core/log/categories.h"
#include "core/log/rotatingfilewriter.h"
#include "core/services/channelhealthsettings.h"
#include "core/services/channelhealthtypes.h"
#include "core/store/statestore.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace ul {

namespace {

// A site group with its L2 groups, their L3 memberships and the L3 groups they feed.
struct ChannelRecords
{
    SiteGroupRecord group;
    QList<L2Record> l2s;
    QList<L3MemberRecord> members;
    QStringList models;
};

Result<ChannelRecords> loadChannel(const StateStore &store, const QString &name)
{
    const std::optional<SiteGroupRecord> group = findSiteGroupByName(store, name);
    if (!group)
        return Error::notFound(QStringLiteral("unknown site group %1").arg(name));
    if (group->state == ChannelState::Removing)
        return channelBeingRemoved(name);
    ChannelRecords out;
    out.group = *group;
    const Result<QList<L2Record>> l2 = store.l2Groups();
    const Result<QList<L3MemberRecord>> members = store.l3Members();
    if (!l2.ok())
        return l2.error();
    if (!members.ok())
        return members.error();
    QSet<qint64> own;
    for (const L2Record &r : l2.value()) {
        if (r.siteGroupId == out.group.id) {
            out.l2s.append(r);
            own.insert(r.id);
            if (!out.models.contains(r.model))
                out.models.append(r.model);
        }
    }
    for (const L3MemberRecord &m : members.value()) {
        if (own.contains(m.l2Id))
            out.members.append(m);
    }
    return out;
}

bool isAutomaticallyDisabled(ChannelState state)
{
    return state == ChannelState::DisabledByHealth || state == ChannelState::DisabledByCleanup;
}

// L3 names with a member of the channel, and those flagged "no healthy member", from the store.
void describeL3s(const StateStore &store, const QList<L3MemberRecord> &members, QStringList *affected, QStringList *degraded)
{
    QSet<qint64> ids;
    for (const L3MemberRecord &m : members)
        ids.insert(m.l3Id);
    const Result<QList<L3Record>> l3 = store.l3Groups();
    if (!l3.ok())
        return;
    for (const L3Record &r : l3.value()) {
        if (!ids.contains(r.id))
            continue;
        affected->append(r.name);
        if (r.noHealthyMember)
            degraded->append(r.name);
    }
    affected->sort();
    degraded->sort();
}

QString truncated(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

} // namespace

std::optional<SiteGroupRecord> findSiteGroupByName(const StateStore &store, const QString &name)
{
    const Result<QList<SiteGroupRecord>> groups = store.siteGroups();
    if (!groups.ok())
        return std::nullopt;
    for (const SiteGroupRecord &g : groups.value()) {
        if (g.name == name)
            return g;
    }
    return std::nullopt;
}

Error channelBeingRemoved(const QString &name)
{
    Error e = Error::conflict(QStringLiteral("channel %1 is being deleted; delete it again to finish, or onboard the site again to keep it").arg(name));
    e.code = QStringLiteral("CHANNEL_BEING_REMOVED");
    return e;
}

QString channelActionReasonName(ChannelActionReason reason)
{
    switch (reason) {
    case ChannelActionReason::HealthCheck: return QStringLiteral("health_check_failure");
    case ChannelActionReason::Cleanup: return QStringLiteral("connectivity_cleanup");
    case ChannelActionReason::User: return QStringLiteral("user");
    case ChannelActionReason::HealthRecovery: return QStringLiteral("health_recovery");
    case ChannelActionReason::ManualRecovery: return QStringLiteral("manual_recovery");
    }
    return QStringLiteral("user");
}

QJsonObject ChannelTransition::logEntry(const QDateTime &time, ChannelActionReason reason, const QString &detail) const
{
    // The original's fields first (uni-load-behaviour.md §16.1), then ours.
    QJsonObject o{{QStringLiteral("timestamp"), time.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("channel"), channel},
                  {QStringLiteral("affectedGroups"), QJsonArray::fromStringList(affectedGroups)},
                  {QStringLiteral("reason"), channelActionReasonName(reason)},
                  {QStringLiteral("state"), channelStateName(state)},
                  {QStringLiteral("previousState"), channelStateName(previousState)}};
    if (!degradedGroups.isEmpty())
        o.insert(QStringLiteral("noHealthyMember"), QJsonArray::fromStringList(degradedGroups));
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (restoredKeys > 0)
        o.insert(QStringLiteral("restoredKeys"), restoredKeys);
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    return o;
}

ChannelStateActions::ChannelStateActions(EngineCore &core, QObject *parent) : QObject(parent), m_core(core) {}

ChannelStateActions::~ChannelStateActions() = default;

QString ChannelStateActions::operationsLogPath() const
{
    const QString dataDir = m_core.options().dataDir;
    return dataDir.isEmpty() ? QString() : QDir(dataDir).filePath(QStringLiteral("logs/channel-operations.log"));
}

void ChannelStateActions::logOperation(const QJsonObject &entry)
{
    const QString path = operationsLogPath();
    if (path.isEmpty())
        return;
    if (!m_log)
        m_log = std::make_unique<RotatingFileWriter>(path);
    if (!m_log->appendJsonLine(entry))
        qCWarning(lcHealth).noquote() << "cannot append to" << path << ":" << m_log->lastError();
}

QFuture<Result<ChannelTransition>> ChannelStateActions::takeOut(const QString &channel, ChannelState state, ChannelActionReason reason,
                                                                const QString &detail, const JobContextPtr &context)
{
    return takeOut(QStringList{channel}, state, reason, QHash<QString, QString>{{channel, detail}}, context)
        .then([](const Result<QList<ChannelTransition>> &r) -> Result<ChannelTransition> {
            if (!r.ok())
                return r.error();
            if (r->isEmpty())
                return Error::internal(QStringLiteral("no transition"));
            return r->first();
        });
}

QFuture<Result<QList<ChannelTransition>>> ChannelStateActions::takeOut(const QStringList &channels, ChannelState state,
                                                                       ChannelActionReason reason, const QHash<QString, QString> &details,
                                                                       const JobContextPtr &context)
{
    StateStore &store = m_core.store();
    QList<ChannelRecords> all;
    QStringList models;
    for (const QString &channel : channels) {
        Result<ChannelRecords> records = loadChannel(store, channel);
        if (!records.ok())
            return readyError<QList<ChannelTransition>>(records.error());
        for (const QString &m : records->models) {
            if (!models.contains(m))
                models.append(m);
        }
        all.append(records.value());
    }
    const QDateTime now = m_core.clock()->now();
    HealthThresholds thresholds;
    RecoveryPolicy recovery;
    applyHealthSettings(store, &thresholds, &recovery);

    QList<ChannelTransition> transitions;
    const Status written = store.transaction([&]() -> Status {
        for (const ChannelRecords &records : std::as_const(all)) {
            const QString detail = details.value(records.group.name);
            SiteGroupRecord group = records.group;
            group.state = state;
            group.stateSince = now;
            group.stateCause = truncated(detail, 500);
            if (Result<SiteGroupRecord> saved = store.saveSiteGroup(group); !saved.ok())
                return saved.error();
            for (L3MemberRecord member : records.members) {
                const bool take = member.state == ChannelState::Active
                                  || (state == ChannelState::DisabledByUser && isAutomaticallyDisabled(member.state));
                if (!take)
                    continue;
                member.state = state;  // the weight stays: a restore puts it back as it was
                if (Status s = store.saveL3Member(member); !s.ok())
                    return s;
            }
            ChannelHealthRecord health;
            health.siteGroupId = group.id;
            health.lastVerdict = reason == ChannelActionReason::User ? QString() : QStringLiteral("unhealthy");
            health.lastDetail = truncated(detail, 500);
            health.lastCheck = now;
            // The first recovery probe is due after the initial backoff (§12.2).
            if (isAutomaticallyDisabled(state))
                health.nextRecoveryProbe = now.addSecs(recovery.initialBackoffSecs);
            if (Status s = store.saveChannelHealth(health); !s.ok())
                return s;
            ChannelTransition t;
            t.channel = group.name;
            t.previousState = records.group.state;
            t.state = state;
            transitions.append(t);
        }
        return {};
    });
    if (!written.ok())
        return readyError<QList<ChannelTransition>>(written.error());
    m_core.markSitesChanged();
    if (context) {
        for (const ChannelRecords &records : std::as_const(all))
            context->journal(QStringLiteral("disable-channel"), records.group.instanceId, records.group.name, QStringLiteral("ok"),
                             QStringLiteral("%1: %2").arg(channelStateName(state), truncated(details.value(records.group.name), 200)));
    }

    return guardedThen(reconcileAfter(transitions, models, context), this,
                       [this, reason, details, state](Result<QList<ChannelTransition>> r) -> Result<QList<ChannelTransition>> {
                           if (!r.ok())
                               return r;
                           for (ChannelTransition &t : r.value()) {
                               const QString detail = details.value(t.channel);
                               if (reason == ChannelActionReason::User)
                                   t.action = QStringLiteral("channel_disabled_by_user");
                               else
                                   t.action = !t.affectedGroups.isEmpty() && t.degradedGroups.size() == t.affectedGroups.size()
                                                  ? QStringLiteral("channel_degraded")
                                                  : QStringLiteral("channel_upstreams_removed");
                               logOperation(t.logEntry(m_core.clock()->now(), reason, detail));
                               const QJsonObject eventDetails{
                                   {QStringLiteral("affectedGroups"), QJsonArray::fromStringList(t.affectedGroups)},
                                   {QStringLiteral("noHealthyMember"), QJsonArray::fromStringList(t.degradedGroups)},
                                   {QStringLiteral("reason"), channelActionReasonName(reason)}};
                               if (reason == ChannelActionReason::User)
                                   m_core.notifier().post(QStringLiteral("channel-disabled"), EngineEvent::Severity::Info, t.channel,
                                                          QStringLiteral("channel %1 disabled by the operator").arg(t.channel), eventDetails);
                               else
                                   m_core.notifier().post(QStringLiteral("channel-removed"), EngineEvent::Severity::Warning, t.channel,
                                                          QStringLiteral("channel %1 taken out of rotation (%2): %3")
                                                              .arg(t.channel, channelStateName(state), truncated(detail, 200)),
                                                          eventDetails);
                           }
                           return r;
                       });
}

QFuture<Result<ChannelTransition>> ChannelStateActions::putBack(const QString &channel, ChannelActionReason reason,
                                                                const JobContextPtr &context)
{
    Result<ChannelRecords> records = loadChannel(m_core.store(), channel);
    if (!records.ok())
        return readyError<ChannelTransition>(records.error());
    if (records->group.state == ChannelState::DisabledByUser && reason != ChannelActionReason::User) {
        Error e = Error::conflict(QStringLiteral("channel %1 was disabled by the operator; only the operator re-enables it").arg(channel));
        e.code = QStringLiteral("CHANNEL_DISABLED_BY_USER");
        return readyError<ChannelTransition>(e);
    }
    QList<QFuture<Result<qint64>>> restores{restoreInvalidKeys(records->group)};
    for (const L2Record &l2 : records->l2s) {
        SiteGroupRecord asGroup;  // same call, the L2's placement
        asGroup.name = l2.name;
        asGroup.instanceId = l2.instanceId;
        asGroup.groupId = l2.groupId;
        restores.append(restoreInvalidKeys(asGroup));
    }
    const ChannelRecords loaded = records.value();
    return guardedThen(whenAllResults(restores), this,
                       [this, loaded, reason, context](const QList<Result<qint64>> &results)
                           -> QFuture<Result<QList<ChannelTransition>>> {
                           ChannelTransition transition;
                           transition.channel = loaded.group.name;
                           transition.previousState = loaded.group.state;
                           transition.state = ChannelState::Active;
                           for (const Result<qint64> &r : results) {
                               if (r.ok())
                                   transition.restoredKeys += r.value();
                               else
                                   transition.errors.append(QStringLiteral("restoring invalid keys: %1").arg(r.error().message));
                           }
                           StateStore &store = m_core.store();
                           const QDateTime now = m_core.clock()->now();
                           const Status written = store.transaction([&]() -> Status {
                               // Onto the stored row: only the state fields change.
                               Result<SiteGroupRecord> saved = store.modifySiteGroup(loaded.group.id, [now](SiteGroupRecord &group) {
                                   group.state = ChannelState::Active;
                                   group.stateSince = now;
                                   group.stateCause.clear();
                               });
                               if (!saved.ok())
                                   return saved.error();
                               for (L3MemberRecord member : loaded.members) {
                                   const bool lift = isAutomaticallyDisabled(member.state)
                                                     || (reason == ChannelActionReason::User && member.state == ChannelState::DisabledByUser);
                                   if (!lift)
                                       continue;
                                   member.state = ChannelState::Active;
                                   if (Status s = store.saveL3Member(member); !s.ok())
                                       return s;
                               }
                               return store.deleteChannelHealth(loaded.group.id);
                           });
                           if (!written.ok())
                               return readyError<QList<ChannelTransition>>(written.error());
                           m_core.markSitesChanged();
                           if (context)
                               context->journal(QStringLiteral("restore-channel"), loaded.group.instanceId, loaded.group.name,
                                                QStringLiteral("ok"),
                                                QStringLiteral("%1 invalid keys restored").arg(transition.restoredKeys));
                           return reconcileAfter({transition}, loaded.models, context);
                       })
        .unwrap()
        .then([guard = QPointer<ChannelStateActions>(this), reason](const Result<QList<ChannelTransition>> &all) -> Result<ChannelTransition> {
            if (!all.ok())
                return all.error();
            Result<ChannelTransition> r(all->value(0));
            if (!guard)
                return r;
            ChannelTransition &t = r.value();
            t.action = QStringLiteral("channel_restored");
            guard->logOperation(t.logEntry(guard->m_core.clock()->now(), reason, QString()));
            const bool byUser = reason == ChannelActionReason::User;
            guard->m_core.notifier().post(byUser ? QStringLiteral("channel-enabled") : QStringLiteral("channel-restored"),
                                          EngineEvent::Severity::Info, t.channel,
                                          byUser ? QStringLiteral("channel %1 re-enabled by the operator").arg(t.channel)
                                                 : QStringLiteral("channel %1 is healthy again and back in rotation").arg(t.channel),
                                          QJsonObject{{QStringLiteral("affectedGroups"), QJsonArray::fromStringList(t.affectedGroups)},
                                                      {QStringLiteral("reason"), channelActionReasonName(reason)}});
            return r;
        });
}

QFuture<Result<QList<ChannelTransition>>> ChannelStateActions::reconcileAfter(QList<ChannelTransition> transitions,
                                                                              const QStringList &models, const JobContextPtr &context)
{
    const auto finish = [this](QList<ChannelTransition> all, const QStringList &errors) -> Result<QList<ChannelTransition>> {
        for (ChannelTransition &t : all) {
            t.errors += errors;
            Result<ChannelRecords> after = loadChannel(m_core.store(), t.channel);
            if (after.ok())
                describeL3s(m_core.store(), after->members, &t.affectedGroups, &t.degradedGroups);
        }
        m_core.markSitesChanged();
        return all;
    };
    if (models.isEmpty())
        return readyResult(finish(transitions, {}));
    return guardedThen(m_core.layers().reconcile(ReconcileScope::forModels(models), context), this,
                       [this, transitions, finish](const Result<ReconcileResult> &r) -> Result<QList<ChannelTransition>> {
                           m_core.refreshUniApiStatus();
                           // The store holds the intent; the next reconciliation applies the rest.
                           return finish(transitions, reconcileProblems(r));
                       });
}

QFuture<Result<qint64>> ChannelStateActions::restoreInvalidKeys(const SiteGroupRecord &group)
{
    GptLoadClient *client = m_core.instances().client(group.instanceId);
    if (group.groupId == 0)
        return readyResult<qint64>(0);
    if (!client || !m_core.instances().isHealthy(group.instanceId))
        return readyError<qint64>(Error::make(ErrorKind::Unavailable,
                                              QStringLiteral("%1: instance %2 is unreachable").arg(group.name, group.instanceId)));
    const QString name = group.name;
    return client->restoreAllInvalidKeys(quint64(group.groupId)).then([name](const Result<KeyCountMessage> &r) -> Result<qint64> {
        if (!r.ok())
            return r.error().withContext(name);
        return r->count.value_or(0);
    });
}

} // namespace ul
