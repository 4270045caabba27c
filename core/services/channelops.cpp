#include "core/services/channelops.h"

#include "core/common/future.h"
#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/engine/notifier.h"
#include "core/instances/instanceregistry.h"
#include "core/layers/layerreconciler.h"
#include "core/log/categories.h"
#include "core/services/channelhealthactions.h"
#include "core/sites/baseurl.h"
#include "core/store/statestore.h"

#include <QJsonArray>

#include <algorithm>

namespace ul {

namespace {

std::optional<SiteRecord> findSite(const StateStore &store, qint64 siteId)
{
    const Result<QList<SiteRecord>> sites = store.sites();
    if (!sites.ok())
        return std::nullopt;
    for (const SiteRecord &s : sites.value()) {
        if (s.id == siteId)
            return s;
    }
    return std::nullopt;
}

} // namespace

ChannelOperations::ChannelOperations(EngineCore &core, ChannelStateActions *actions, QObject *parent)
    : QObject(parent), m_core(core), m_actions(actions)
{
}

ChannelOperations::~ChannelOperations() = default;

QFuture<Result<ChannelDeletionResult>> ChannelOperations::deleteChannel(const QString &channelName)
{
    const std::optional<SiteGroupRecord> group = findSiteGroupByName(m_core.store(), channelName);
    if (!group)
        return readyError<ChannelDeletionResult>(Error::notFound(QStringLiteral("unknown channel %1").arg(channelName)));
    const qint64 siteId = group->siteId;
    const qint64 groupId = group->id;
    return m_core.jobs().enqueue<ChannelDeletionResult>(
        QStringLiteral("delete-channel"), QStringLiteral("Delete %1").arg(channelName), QStringLiteral("channel:") + channelName,
        [this, channelName, siteId, groupId](const JobContextPtr &context) -> QFuture<Result<ChannelDeletionResult>> {
            // Read before the removal: the reconciler's record writer deletes the site record
            // together with its last site group.
            const std::optional<SiteRecord> site = findSite(m_core.store(), siteId);
            // Recorded first: when an instance is unreachable the cascade stops part way, and
            // without the mark the next reconcile would rebuild what was already deleted.
            const QDateTime now = m_core.clock()->now();
            const Result<SiteGroupRecord> marked = m_core.store().modifySiteGroup(groupId, [&now](SiteGroupRecord &g) {
                if (g.state == ChannelState::Removing)
                    return;
                g.state = ChannelState::Removing;
                g.stateSince = now;
                g.stateCause = QStringLiteral("deleted by the operator");
            });
            if (!marked.ok())
                return readyError<ChannelDeletionResult>(marked.error());
            m_core.markSitesChanged();
            return guardedThen(m_core.layers().removeSiteGroup(channelName, context), this,
                               [this, channelName, site, context](const Result<SiteGroupRemovalResult> &removal) -> Result<ChannelDeletionResult> {
                                   m_core.refreshUniApiStatus();
                                   m_core.markSitesChanged();
                                   if (!removal.ok())
                                       return removal.error();
                                   ChannelDeletionResult out;
                                   out.removal = removal.value();
                                   out.site = site ? site->name : QString();
                                   if (out.success()) {
                                       (void)clearPending(channelName);
                                       if (site) {
                                           out.siteRemoved = removeSiteWithoutGroups(site->id, &out.removal.errors);
                                           if (out.siteRemoved) {
                                               context->journal(QStringLiteral("delete-site"), QString(), out.site, QStringLiteral("ok"));
                                               // The site is gone: an assignment left behind would send the
                                               // next onboarding of that URL to an instance nobody chose.
                                               if (Status s = m_core.store().setSiteAssignment(site->baseUrl, QString()); !s.ok())
                                                   out.removal.errors.append(s.error().message);
                                           }
                                       }
                                       m_actions->logOperation(
                                           {{QStringLiteral("timestamp"), m_core.clock()->now().toUTC().toString(Qt::ISODateWithMs)},
                                            {QStringLiteral("action"), QStringLiteral("channel_deleted")},
                                            {QStringLiteral("channel"), channelName},
                                            {QStringLiteral("affectedGroups"),
                                             QJsonArray::fromStringList(out.removal.updatedModelGroups + out.removal.deletedModelGroups)},
                                            {QStringLiteral("reason"), QStringLiteral("user")},
                                            {QStringLiteral("siteRemoved"), out.siteRemoved}});
                                       m_core.notifier().post(QStringLiteral("channel-deleted"), EngineEvent::Severity::Info, channelName,
                                                              QStringLiteral("channel %1 deleted with %2 model group(s)")
                                                                  .arg(channelName, QString::number(out.removal.deletedModelGroups.size())));
                                   }
                                   return out;
                               });
        },
        [](const ChannelDeletionResult &r) { return r.toJson(); });
}

bool ChannelOperations::removeSiteWithoutGroups(qint64 siteId, QStringList *errors)
{
    StateStore &store = m_core.store();
    if (!findSite(store, siteId))
        return true;  // the record writer removed it with its last site group
    const Result<QList<SiteGroupRecord>> left = store.siteGroups();
    if (!left.ok()) {
        errors->append(left.error().message);
        return false;
    }
    const bool hasGroups = std::any_of(left->cbegin(), left->cend(), [siteId](const SiteGroupRecord &g) { return g.siteId == siteId; });
    if (hasGroups)
        return false;
    if (Status s = store.deleteSite(siteId); !s.ok()) {
        errors->append(s.error().message);
        return false;
    }
    return true;
}

Result<SiteAssignmentChange> ChannelOperations::reassignSite(const QString &siteUrl, const QString &instanceId)
{
    if (siteUrl.trimmed().isEmpty())
        return Error::validation(QStringLiteral("siteUrl"), QStringLiteral("siteUrl is required"));
    Result<NormalizedBaseUrl> url = normalizeBaseUrl(siteUrl, VersionSegmentPolicy::Warn);
    if (!url.ok()) {
        Error e = url.error();
        e.field = QStringLiteral("siteUrl");
        return e;
    }
    SiteAssignmentChange change;
    change.siteUrl = url->url;
    const QString id = instanceId.trimmed();
    if (!id.isEmpty()) {
        const std::optional<InstanceConfig> instance = m_core.instances().instance(id);
        if (!instance)
            return Error::validation(QStringLiteral("instanceId"), QStringLiteral("unknown instance %1").arg(id));
        change.instanceId = id;
        change.instanceName = instance->name;
    }
    if (Status s = m_core.store().setSiteAssignment(change.siteUrl, change.instanceId); !s.ok())
        return s.error();
    qCInfo(lcEngine).noquote() << "site assignment" << change.siteUrl << "->" << (id.isEmpty() ? QStringLiteral("(cleared)") : id);
    m_core.publishNow();  // a client reading GET /api/multi-instances right after the answer sees it
    return change;
}

QFuture<Result<ModelGroupTeardownResult>> ChannelOperations::deleteManagedModelGroups(QString *jobId)
{
    return m_core.jobs().enqueue<ModelGroupTeardownResult>(
        QStringLiteral("maintenance"), QStringLiteral("Delete every managed model group"), QStringLiteral("maintenance"),
        [this](const JobContextPtr &context) {
            return guardedThen(m_core.layers().deleteManagedModelGroups(context), this,
                               [this](const Result<ModelGroupTeardownResult> &r) {
                                   m_core.refreshUniApiStatus();
                                   m_core.markSitesChanged();
                                   if (r.ok())
                                       m_actions->logOperation(
                                           {{QStringLiteral("timestamp"), m_core.clock()->now().toUTC().toString(Qt::ISODateWithMs)},
                                            {QStringLiteral("action"), QStringLiteral("model_groups_deleted")},
                                            {QStringLiteral("channel"), QString()},
                                            {QStringLiteral("affectedGroups"), QJsonArray::fromStringList(r->deletedGroupNames)},
                                            {QStringLiteral("reason"), QStringLiteral("maintenance")}});
                                   return r;
                               });
        },
        [](const ModelGroupTeardownResult &r) { return r.toJson(); }, jobId);
}

QList<PendingReassignment> ChannelOperations::pendingReassignments() const
{
    QList<PendingReassignment> out;
    const std::optional<QJsonValue> stored = m_core.store().setting(kPendingSetting);
    if (!stored)
        return out;
    const QJsonObject all = stored->toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (const std::optional<PendingReassignment> p = PendingReassignment::fromJson(it.key(), it.value().toObject()))
            out.append(*p);
    }
    return out;
}

Status ChannelOperations::savePending(const PendingReassignment &pending)
{
    const std::optional<QJsonValue> stored = m_core.store().setting(kPendingSetting);
    QJsonObject all = stored ? stored->toObject() : QJsonObject();
    all.insert(pending.channel, pending.toJson());
    return m_core.store().setSetting(kPendingSetting, all);
}

Status ChannelOperations::clearPending(const QString &channel)
{
    const std::optional<QJsonValue> stored = m_core.store().setting(kPendingSetting);
    if (!stored)
        return {};
    QJsonObject all = stored->toObject();
    if (!all.contains(channel))
        return {};
    all.remove(channel);
    return all.isEmpty() ? m_core.store().removeSetting(kPendingSetting) : m_core.store().setSetting(kPendingSetting, all);
}

} // namespace ul
