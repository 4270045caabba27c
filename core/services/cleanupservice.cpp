#include "core/services/cleanupservice.h"

#include "core/common/future.h"
#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/gptload/httpclient.h"
#include "core/instances/instanceregistry.h"
#include "core/log/categories.h"
#include "core/services/channelhealthactions.h"
#include "core/services/channelhealthbatch.h"
#include "core/services/cleanupreachability.h"
#include "core/store/statestore.h"

#include <QSet>

#include <algorithm>

namespace ul {

CleanupService::CleanupService(EngineCore &core, ChannelStateActions *actions, QObject *parent)
    : QObject(parent),
      m_core(core),
      m_actions(actions),
      m_http(nullptr)
{
    HttpClientOptions http = core.siteHttpOptions();
    http.timeoutMs = 10000;
    http.retryAttempts = 1;
    // Attempts about 2 s apart (§17.1), scaled like every other backoff (tests shrink it).
    http.retryBaseDelayMs = std::max(1, 2 * core.options().retryBaseDelayMs);
    m_http = core.createSiteHttpClient(http, this);
}

CleanupService::~CleanupService() = default;

void CleanupService::initialize()
{
    if (!m_core.store().isOpen())
        return;
    const std::optional<QJsonValue> total = m_core.store().setting(kTotalSetting);
    m_total = total ? total->toInt() : 0;
    const Result<QList<QJsonObject>> entries = m_core.store().cleanupHistory();
    m_recent = entries.ok() ? entries->mid(0, kStatusRuns) : QList<QJsonObject>();
}

void CleanupService::shutdown()
{
    m_http->cancelAll();
}

Result<QList<QJsonObject>> CleanupService::history() const
{
    return m_core.store().cleanupHistory();
}

void CleanupService::fillSnapshot(EngineSnapshot &snapshot) const
{
    // Oldest first, as the original's history.slice(-3).
    snapshot.recentCleanups = QList<QJsonObject>(m_recent.crbegin(), m_recent.crend());
    snapshot.totalCleanupCount = m_total;
}

void CleanupService::recordRun(const QJsonObject &entry, QStringList *errors)
{
    // appendCleanupHistory() is a transaction of its own (transactions do not nest).
    StateStore &store = m_core.store();
    Status s = store.appendCleanupHistory(entry, kHistoryKeep);
    if (s.ok())
        s = store.setSetting(kTotalSetting, m_total + 1);
    if (!s.ok()) {
        errors->append(QStringLiteral("recording the cleanup run failed: %1").arg(s.error().message));
        return;
    }
    ++m_total;
    m_recent.prepend(entry);
    while (m_recent.size() > kStatusRuns)
        m_recent.removeLast();
    m_core.schedulePublish();
}

Result<CleanupLayers> CleanupService::layerRecords() const
{
    const StateStore &store = m_core.store();
    CleanupLayers layers;
    Result<QList<SiteGroupRecord>> groups = store.siteGroups();
    Result<QList<L2Record>> l2 = store.l2Groups();
    Result<QList<L3Record>> l3 = store.l3Groups();
    Result<QList<L3MemberRecord>> members = store.l3Members();
    if (!groups.ok())
        return groups.error();
    if (!l2.ok())
        return l2.error();
    if (!l3.ok())
        return l3.error();
    if (!members.ok())
        return members.error();
    layers.siteGroups = groups.value();
    layers.l2Groups = l2.value();
    layers.l3Groups = l3.value();
    layers.members = members.value();
    for (const InstanceConfig &i : m_core.instances().instances())
        layers.instanceUrls.insert(i.id, i.url);
    return layers;
}

QFuture<Result<CleanupReport>> CleanupService::preview(const CleanupOptions &options)
{
    CleanupOptions dry = options;
    dry.dryRun = true;
    return run(dry, nullptr);
}

QFuture<Result<CleanupReport>> CleanupService::apply(const CleanupOptions &options, QString *jobId)
{
    // Bad patterns fail before anything is queued (400).
    if (Result<CleanupFilter> filter = CleanupFilter::compile(options); !filter.ok())
        return readyError<CleanupReport>(filter.error());
    return m_core.jobs().enqueue<CleanupReport>(
        kJobKind, QStringLiteral("Clean up unreachable channels"), kDedupeKey,
        [this, options](const JobContextPtr &context) { return run(options, context); },
        [](const CleanupReport &r) { return r.toJson(); }, jobId);
}

QFuture<Result<CleanupReport>> CleanupService::run(const CleanupOptions &options, const JobContextPtr &context)
{
    Result<CleanupFilter> filter = CleanupFilter::compile(options);
    if (!filter.ok())
        return readyError<CleanupReport>(filter.error());
    Result<CleanupLayers> layers = layerRecords();
    const Result<QList<SiteRecord>> sites = m_core.store().sites();
    if (!layers.ok())
        return readyError<CleanupReport>(layers.error());
    if (!sites.ok())
        return readyError<CleanupReport>(sites.error());
    QHash<qint64, QString> baseUrls;
    for (const SiteRecord &s : sites.value())
        baseUrls.insert(s.id, s.baseUrl);

    CleanupReport report;
    report.dryRun = options.dryRun;
    report.time = m_core.clock()->now();
    report.totalSiteGroups = int(layers->siteGroups.size());
    QList<ReachabilityTarget> targets;
    for (const SiteGroupRecord &g : layers->siteGroups) {
        if (g.state != ChannelState::Active || !filter->selects(g.name))
            continue;
        ReachabilityTarget t;
        t.group = g;
        t.baseUrl = baseUrls.value(g.siteId);
        if (m_core.instances().isHealthy(g.instanceId))
            t.client = m_core.instances().client(g.instanceId);
        targets.append(t);
    }
    report.checkedSiteGroups = int(targets.size());
    if (context)
        context->setProgress(0, int(targets.size()), QStringLiteral("testing sites"));

    std::function<QFuture<Result<ReachabilityOutcome>>(const ReachabilityTarget &)> test =
        [this, options, context](const ReachabilityTarget &t) -> QFuture<Result<ReachabilityOutcome>> {
        if (context && context->isCancelled())
            return readyError<ReachabilityOutcome>(Error::cancelled(QStringLiteral("cleanup cancelled")));
        if (t.baseUrl.isEmpty())
            return readyError<ReachabilityOutcome>(Error::internal(QStringLiteral("%1: the site has no base URL").arg(t.group.name)));
        return testSiteReachability(m_http, t, options, this).then([context](Result<ReachabilityOutcome> r) {
            if (context)
                context->addProgress(1);
            return r;
        });
    };
    const CleanupLayers records = layers.value();
    return guardedThen(mapBounded(targets, kConcurrentTests, test), this,
                       [this, report, targets, records, context](const QList<Result<ReachabilityOutcome>> &outcomes) mutable
                       -> QFuture<Result<CleanupReport>> {
                           if (context && context->isCancelled())
                               return readyError<CleanupReport>(Error::cancelled(QStringLiteral("cleanup cancelled")));
                           QSet<qint64> disconnected;
                           for (qsizetype i = 0; i < outcomes.size(); ++i) {
                               const ReachabilityTarget &t = targets.at(i);
                               if (!outcomes.at(i).ok()) {
                                   report.errors.append(QStringLiteral("%1: %2").arg(t.group.name, outcomes.at(i).error().message));
                                   continue;
                               }
                               const ReachabilityOutcome &o = outcomes.at(i).value();
                               if (o.reachable)
                                   continue;
                               DisconnectedChannel d;
                               d.name = t.group.name;
                               d.channelType = channelTypeName(t.group.channelType);
                               d.instanceId = t.group.instanceId;
                               const std::optional<InstanceConfig> instance = m_core.instances().instance(t.group.instanceId);
                               d.instanceName = instance ? instance->name : t.group.instanceId;
                               d.groupId = t.group.groupId;
                               d.upstream = t.baseUrl;
                               d.probedUrl = o.url;
                               d.error = o.error;
                               d.attempts = o.attempts;
                               report.disconnectedChannels.append(d);
                               disconnected.insert(t.group.id);
                           }
                           report.affectedModelGroups = predictCleanupImpact(records, disconnected);
                           report.cleanedUpstreams = countCleanedUpstreams(report.affectedModelGroups);
                           if (report.dryRun || report.disconnectedChannels.isEmpty()) {
                               if (!report.dryRun)
                                   recordRun(report.historyEntry(), &report.errors);
                               return readyResult<CleanupReport>(report);
                           }
                           return takeOutDisconnected(report, context);
                       })
        .unwrap();
}

QFuture<Result<CleanupReport>> CleanupService::takeOutDisconnected(CleanupReport report, const JobContextPtr &context)
{
    QStringList names;
    QHash<QString, QString> details;
    for (const DisconnectedChannel &d : report.disconnectedChannels) {
        names.append(d.name);
        details.insert(d.name, QStringLiteral("no answer from %1 after %2 attempts: %3").arg(d.probedUrl, QString::number(d.attempts), d.error));
    }
    if (context)
        context->setStep(QStringLiteral("taking %1 out of rotation").arg(names.join(QStringLiteral(", "))));
    return guardedThen(m_actions->takeOut(names, ChannelState::DisabledByCleanup, ChannelActionReason::Cleanup, details, context), this,
                       [this, report](const Result<QList<ChannelTransition>> &t) mutable -> Result<CleanupReport> {
                           if (!t.ok())
                               return t.error();
                           for (const ChannelTransition &one : t.value()) {
                               for (const QString &e : one.errors) {
                                   const QString line = QStringLiteral("%1: %2").arg(one.channel, e);
                                   if (!report.errors.contains(line))
                                       report.errors.append(line);
                               }
                           }
                           recordRun(report.historyEntry(), &report.errors);
                           qCInfo(lcHealth).noquote() << "cleanup took" << report.disconnectedChannels.size()
                                                      << "unreachable channel(s) out of rotation," << report.cleanedUpstreams << "upstreams";
                           return report;
                       });
}

QFuture<Result<ManualCleanupReport>> CleanupService::manual(const QStringList &channelNames, bool dryRun)
{
    if (channelNames.isEmpty())
        return readyError<ManualCleanupReport>(Error::validation(QStringLiteral("channelNames"), QStringLiteral("channelNames must name at least one site group")));
    Result<CleanupLayers> layers = layerRecords();
    if (!layers.ok())
        return readyError<ManualCleanupReport>(layers.error());

    ManualCleanupReport report;
    report.dryRun = dryRun;
    report.time = m_core.clock()->now();
    QSet<qint64> removed;
    for (const QString &name : channelNames) {
        const auto it = std::find_if(layers->siteGroups.cbegin(), layers->siteGroups.cend(),
                                     [&](const SiteGroupRecord &g) { return g.name == name; });
        if (it == layers->siteGroups.cend()) {
            report.unknownChannels.append(name);
            continue;
        }
        if (report.targetChannels.contains(name))
            continue;
        report.targetChannels.append(name);
        if (it->state != ChannelState::Active)
            report.errors.append(QStringLiteral("%1 is already out of rotation (%2)").arg(name, channelStateName(it->state)));
        else
            removed.insert(it->id);
    }
    if (report.targetChannels.isEmpty())
        return readyError<ManualCleanupReport>(
            Error::notFound(QStringLiteral("none of the names is a site group: %1").arg(channelNames.join(QStringLiteral(", ")))));
    report.affectedModelGroups = predictCleanupImpact(layers.value(), removed);
    report.cleanedUpstreams = countCleanedUpstreams(report.affectedModelGroups);
    if (dryRun || removed.isEmpty())
        return readyResult<ManualCleanupReport>(report);

    QStringList names;
    for (const SiteGroupRecord &g : layers->siteGroups) {
        if (removed.contains(g.id))
            names.append(g.name);
    }
    return m_core.jobs().enqueue<ManualCleanupReport>(
        QStringLiteral("channel-cleanup-manual"), QStringLiteral("Take %1 out of rotation").arg(names.join(QStringLiteral(", "))), kDedupeKey,
        [this, report, names](const JobContextPtr &context) {
            QHash<QString, QString> details;
            for (const QString &n : names)
                details.insert(n, QStringLiteral("removed by a manual cleanup"));
            return guardedThen(m_actions->takeOut(names, ChannelState::DisabledByCleanup, ChannelActionReason::Cleanup, details, context),
                               this, [this, report](const Result<QList<ChannelTransition>> &t) mutable -> Result<ManualCleanupReport> {
                                   if (!t.ok())
                                       return t.error();
                                   for (const ChannelTransition &one : t.value()) {
                                       for (const QString &e : one.errors)
                                           report.errors.append(QStringLiteral("%1: %2").arg(one.channel, e));
                                   }
                                   recordRun(report.historyEntry(), &report.errors);
                                   return report;
                               });
        },
        [](const ManualCleanupReport &r) { return r.toJson(); });
}

} // namespace ul
