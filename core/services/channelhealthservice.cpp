#include "core/services/channelhealthservice.h"

#include "core/common/future.h"
#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/gptload/gptloadclient.h"
#include "core/gptload/httpclient.h"
#include "core/instances/instanceregistry.h"
#include "core/log/categories.h"
#include "core/onboarding/siteonboarding.h"
#include "core/services/channelhealthbatch.h"
#include "core/services/channelhealthsettings.h"
#include "core/sites/testmodel.h"
#include "core/store/statestore.h"

#include <QJsonObject>

#include <algorithm>

namespace ul {

struct ChannelHealthService::CycleState
{
    JobContextPtr context;
    HealthCycleReport report;
    QDateTime now;
    QStringList toDisable;                  // reached the threshold this cycle, in check order
    QHash<QString, QString> disableDetail;  // why
    QList<SiteGroupRecord> toRestore;       // enough successful recovery probes
    std::shared_ptr<QSet<QString>> lostInstances = std::make_shared<QSet<QString>>();  // stopped answering
};

ChannelHealthService::ChannelHealthService(EngineCore &core, QObject *parent)
    : QObject(parent),
      m_core(core),
      m_actions(new ChannelStateActions(core, this)),
      m_probeHttp(nullptr)
{
    HttpClientOptions http = core.siteHttpOptions();
    http.retryAttempts = 0;  // billable probes are sent once
    m_probeHttp = core.createSiteHttpClient(http, this);
    m_failureThreshold = std::max(1, core.options().channelFailureThreshold);
    m_intervalMinutes = std::max(1, core.options().channelCheckIntervalMinutes);
}

ChannelHealthService::~ChannelHealthService() = default;

void ChannelHealthService::initialize()
{
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &ChannelHealthService::onTimer);
    if (!m_core.store().isOpen())
        return;
    applyHealthSettings(m_core.store(), &m_thresholds, &m_recovery);
    reloadCounters();
    const std::optional<QJsonValue> stored = m_core.store().setting(kEnabledSetting);
    // The operator's start/stop wins over ENABLE_CHANNEL_HEALTH's default or stored value, which
    // gives the state until one was chosen; set in .env, the environment or on the command line
    // it wins for this run (the same rule as the model sync).
    const bool storedChoice = stored && stored->isBool();
    const bool forced = m_core.options().channelHealthForced;
    const bool enabled = storedChoice && !forced ? stored->toBool() : m_core.options().enableChannelHealth;
    if (storedChoice && forced && stored->toBool() != enabled)
        qCInfo(lcHealth).noquote() << "ENABLE_CHANNEL_HEALTH is set outside the stored settings and overrides the stored"
                                   << (enabled ? "stop" : "start") << "for this run";
    if (enabled) {
        // As the original's start: a check soon after start (once the instances are checked),
        // not an interval later, so a channel that died while uni-load was down is seen.
        const int delaySecs = std::max(1, m_core.options().channelFirstCheckSecs);  // the first instance checks finish first
        m_nextRun = m_core.clock()->now().addSecs(delaySecs);
        m_timer->start(std::chrono::seconds(delaySecs));  // onTimer() then sets the interval
        m_core.schedulePublish();
    }
    qCInfo(lcHealth).noquote() << "channel health monitor" << (enabled ? QStringLiteral("started") : QStringLiteral("stopped"))
                               << "- every" << m_intervalMinutes << "min, threshold" << m_failureThreshold;
}

void ChannelHealthService::shutdown()
{
    if (m_timer)
        m_timer->stop();
    m_probeHttp->cancelAll();
}

void ChannelHealthService::reloadCounters()
{
    m_failures.clear();
    m_lastVerdict.clear();
    m_lastSample.clear();
    m_latest.clear();
    const Result<QList<SiteGroupRecord>> groups = m_core.store().siteGroups();
    const Result<QList<ChannelHealthRecord>> health = m_core.store().channelHealth();
    if (!groups.ok() || !health.ok())
        return;
    QHash<qint64, QString> names;
    for (const SiteGroupRecord &g : groups.value())
        names.insert(g.id, g.name);
    for (const ChannelHealthRecord &r : health.value()) {
        if (r.failures > 0 && names.contains(r.siteGroupId))
            m_failures.insert(names.value(r.siteGroupId), r.failures);
        if (r.lastCheck.isValid() && names.contains(r.siteGroupId))
            m_latest.insert(names.value(r.siteGroupId), LatestCheck{r.lastCheck, r.lastVerdict, r.lastDetail});
    }
    // The latest history row per channel: a restart does not rewrite what is already recorded.
    const Result<QList<HealthHistoryEntry>> recent = m_core.store().healthHistory(QString(), m_core.clock()->now().addSecs(-kHistorySampleSecs * 24), 20000);
    if (recent.ok()) {
        for (const HealthHistoryEntry &e : recent.value()) {
            if (!m_lastVerdict.contains(e.channel)) {
                m_lastVerdict.insert(e.channel, e.verdict);
                m_lastSample.insert(e.channel, e.time);
                if (m_latest.value(e.channel).time < e.time)
                    m_latest.insert(e.channel, LatestCheck{e.time, e.verdict, e.detail});
            }
        }
    }
}

Status ChannelHealthService::start()
{
    if (Status s = m_core.store().setSetting(kEnabledSetting, true); !s.ok())
        return s;
    m_timer->start(std::chrono::minutes(m_intervalMinutes));
    scheduleNext();
    (void)runNow();  // as the original's start(): check now; a cycle already queued is fine
    m_core.schedulePublish();
    return {};
}

Status ChannelHealthService::stop()
{
    if (Status s = m_core.store().setSetting(kEnabledSetting, false); !s.ok())
        return s;
    m_timer->stop();
    m_nextRun = QDateTime();
    m_core.schedulePublish();
    return {};
}

void ChannelHealthService::scheduleNext()
{
    m_nextRun = m_core.clock()->now().addSecs(qint64(m_intervalMinutes) * 60);
    m_core.schedulePublish();
}

void ChannelHealthService::onTimer()
{
    m_timer->start(std::chrono::minutes(m_intervalMinutes));  // the interval counts from this cycle
    scheduleNext();
    QFuture<Result<HealthCycleReport>> cycle = runNow();
    if (cycle.isFinished() && cycle.resultCount() > 0 && !cycle.result().ok())
        qCInfo(lcHealth).noquote() << "channel health cycle skipped:" << cycle.result().error().message;
}

QFuture<Result<HealthCycleReport>> ChannelHealthService::runNow(QString *jobId)
{
    return m_core.jobs().enqueue<HealthCycleReport>(
        kJobKind, QStringLiteral("Check channel health"), kDedupeKey,
        [this](const JobContextPtr &context) { return runCycle(context); }, [](const HealthCycleReport &r) { return r.toJson(); },
        jobId);
}

ChannelCheckTools ChannelHealthService::tools(std::shared_ptr<QSet<QString>> lostInstances) const
{
    return ChannelCheckTools{&m_core.instances(), m_probeHttp, this, std::move(lostInstances)};
}

QFuture<Result<HealthCycleReport>> ChannelHealthService::runCycle(const JobContextPtr &context)
{
    auto cycle = std::make_shared<CycleState>();
    cycle->context = context;
    cycle->now = m_core.clock()->now();
    cycle->report.startedAt = cycle->now;
    m_busy = true;
    m_core.schedulePublish();
    applyHealthSettings(m_core.store(), &m_thresholds, &m_recovery);
    // Whatever way the cycle ends (report, error, cancelled), it is no longer busy.
    const auto done = [guard = QPointer<ChannelHealthService>(this)]() {
        if (!guard)
            return;
        guard->m_busy = false;
        guard->m_core.schedulePublish();
    };
    return checkAll(cycle)
        .then([done](Result<HealthCycleReport> r) {
            done();
            return r;
        })
        .onCanceled([done]() {
            done();
            return Result<HealthCycleReport>(Error::cancelled(QStringLiteral("health check cancelled")));
        });
}

QFuture<Result<HealthCycleReport>> ChannelHealthService::checkAll(std::shared_ptr<CycleState> cycle)
{
    const Result<QList<SiteGroupRecord>> groups = m_core.store().siteGroups();
    const Result<QList<SiteRecord>> sites = m_core.store().sites();
    if (!groups.ok() || !sites.ok())
        return readyError<HealthCycleReport>(groups.ok() ? sites.error() : groups.error());
    QHash<qint64, bool> deepProbe;
    for (const SiteRecord &s : sites.value())
        deepProbe.insert(s.id, s.deepProbe);
    const Result<FilterRules> rules = m_core.onboarding().effectiveFilterRules();

    QList<ChannelCheckInput> inputs;
    for (const SiteGroupRecord &g : groups.value()) {
        if (g.state != ChannelState::Active)
            continue;
        ChannelCheckInput in;
        in.group = g;
        in.deepProbe = deepProbe.value(g.siteId);
        if (in.deepProbe && rules.ok())
            in.deepProbeModel = ul::deepProbeModel(g.models, g.channelType, rules.value());
        in.hopKey = m_core.proxyKeys().hop;
        in.now = cycle->now;
        in.thresholds = m_thresholds;
        in.probeTimeoutMs = m_core.options().requestTimeoutMs;
        inputs.append(in);
    }
    if (cycle->context)
        cycle->context->setProgress(0, int(inputs.size()), QStringLiteral("checking channels"));
    const ChannelCheckTools checkTools = tools(cycle->lostInstances);
    std::function<QFuture<Result<ChannelCheck>>(const ChannelCheckInput &)> check =
        [checkTools, context = cycle->context](const ChannelCheckInput &in) -> QFuture<Result<ChannelCheck>> {
        if (context && context->isCancelled())
            return readyError<ChannelCheck>(Error::cancelled(QStringLiteral("health check cancelled")));
        return checkChannel(in, checkTools).then([context](Result<ChannelCheck> r) {
            if (context)
                context->addProgress(1);
            return r;
        });
    };
    return guardedThen(mapBounded(inputs, kConcurrentChecks, check), this,
                       [this, cycle](const QList<Result<ChannelCheck>> &checks) { return applyVerdicts(cycle, checks); })
        .unwrap();
}

QFuture<Result<HealthCycleReport>> ChannelHealthService::applyVerdicts(std::shared_ptr<CycleState> cycle,
                                                                       const QList<Result<ChannelCheck>> &checks)
{
    HealthCycleReport &report = cycle->report;
    for (const Result<ChannelCheck> &r : checks) {
        if (!r.ok()) {
            if (r.error().kind != ErrorKind::Cancelled)
                report.errors.append(r.error().message);
            continue;
        }
        ChannelCheck check = r.value();
        report.calls += check.calls;
        report.probes += check.probes;
        report.storeWrites += recordVerdict(check, cycle->now, &report.errors);
        if (check.verdict == HealthVerdict::Error)
            report.errors.append(QStringLiteral("%1: %2").arg(check.channel, check.detail));
        if (check.verdict == HealthVerdict::Unhealthy && check.failures >= m_failureThreshold) {
            cycle->toDisable.append(check.channel);
            cycle->disableDetail.insert(check.channel, check.detail);
        }
        report.checks.append(check);
    }
    if (cycle->context && cycle->context->isCancelled())
        return readyError<HealthCycleReport>(Error::cancelled(QStringLiteral("health check cancelled")));
    return disableFailed(cycle);
}

QFuture<Result<HealthCycleReport>> ChannelHealthService::disableFailed(std::shared_ptr<CycleState> cycle)
{
    if (cycle->toDisable.isEmpty())
        return recover(cycle);
    const QStringList channels = cycle->toDisable;
    QHash<QString, QString> details;
    for (const QString &channel : channels)
        details.insert(channel, QStringLiteral("%1 consecutive failed checks; last: %2").arg(m_failureThreshold).arg(cycle->disableDetail.value(channel)));
    if (cycle->context)
        cycle->context->setStep(QStringLiteral("taking %1 out of rotation").arg(channels.join(QStringLiteral(", "))));
    // One reconciliation for every channel that reached the threshold in this cycle.
    return guardedThen(m_actions->takeOut(channels, ChannelState::DisabledByHealth, ChannelActionReason::HealthCheck, details, cycle->context),
                       this,
                       [this, cycle, channels](const Result<QList<ChannelTransition>> &transitions) {
                           for (const QString &channel : channels)
                               m_failures.remove(channel);
                           if (!transitions.ok()) {
                               cycle->report.errors.append(QStringLiteral("taking %1 out of rotation failed: %2")
                                                               .arg(channels.join(QStringLiteral(", ")), transitions.error().message));
                               return recover(cycle);
                           }
                           cycle->report.storeWrites += int(transitions->size());
                           for (const ChannelTransition &t : transitions.value()) {
                               cycle->report.disabled.append(t.channel);
                               for (const QString &e : t.errors)
                                   cycle->report.errors.append(QStringLiteral("%1: %2").arg(t.channel, e));
                               qCWarning(lcHealth).noquote() << "channel" << t.channel << "taken out of rotation:" << t.action
                                                             << t.affectedGroups.join(QStringLiteral(", "));
                           }
                           return recover(cycle);
                       })
        .unwrap();
}

QFuture<Result<HealthCycleReport>> ChannelHealthService::recover(std::shared_ptr<CycleState> cycle)
{
    const Result<QList<SiteGroupRecord>> groups = m_core.store().siteGroups();
    const Result<QList<ChannelHealthRecord>> health = m_core.store().channelHealth();
    if (!groups.ok() || !health.ok()) {
        cycle->report.errors.append((groups.ok() ? health.error() : groups.error()).message);
        return readyResult(finishCycle(cycle));
    }
    QHash<qint64, ChannelHealthRecord> byId;
    for (const ChannelHealthRecord &r : health.value())
        byId.insert(r.siteGroupId, r);
    QList<SiteGroupRecord> due;
    for (const SiteGroupRecord &g : groups.value()) {
        if (g.state != ChannelState::DisabledByHealth && g.state != ChannelState::DisabledByCleanup)
            continue;
        if (cycle->report.disabled.contains(g.name))
            continue;  // taken out a moment ago: its first probe waits for the backoff
        const ChannelHealthRecord r = byId.value(g.id);
        if (r.nextRecoveryProbe.isValid() && r.nextRecoveryProbe > cycle->now) {
            RecoveryAttempt waiting;
            waiting.channel = g.name;
            waiting.streak = r.recoveryStreak;
            waiting.nextProbe = r.nextRecoveryProbe;
            waiting.detail = QStringLiteral("next recovery probe not due yet");
            cycle->report.recovery.append(waiting);
            continue;
        }
        due.append(g);
    }
    const ChannelCheckTools probeTools = tools(cycle->lostInstances);
    const QString hop = m_core.proxyKeys().hop;
    std::function<QFuture<Result<ChannelCheck>>(const SiteGroupRecord &)> probe =
        [probeTools, hop](const SiteGroupRecord &g) { return recoveryProbe(g, hop, probeTools); };
    return guardedThen(mapBounded(due, kConcurrentChecks, probe), this,
                       [this, cycle, due](const QList<Result<ChannelCheck>> &probes) {
                           for (qsizetype i = 0; i < probes.size(); ++i) {
                               RecoveryAttempt attempt;
                               attempt.channel = due.at(i).name;
                               if (!probes.at(i).ok()) {
                                   attempt.detail = probes.at(i).error().message;
                                   cycle->report.recovery.append(attempt);
                                   continue;
                               }
                               ChannelCheck check = probes.at(i).value();
                               cycle->report.calls += check.calls;
                               cycle->report.probes += check.probes;
                               if (recordRecoveryProbe(due.at(i), check, &attempt, &cycle->report.storeWrites, &cycle->report.errors))
                                   cycle->toRestore.append(due.at(i));
                               cycle->report.recovery.append(attempt);
                           }
                           return restoreNext(cycle);
                       })
        .unwrap();
}

QFuture<Result<HealthCycleReport>> ChannelHealthService::restoreNext(std::shared_ptr<CycleState> cycle)
{
    if (cycle->toRestore.isEmpty() || (cycle->context && cycle->context->isCancelled()))
        return readyResult(finishCycle(cycle));
    const SiteGroupRecord group = cycle->toRestore.takeFirst();
    if (cycle->context)
        cycle->context->setStep(QStringLiteral("putting %1 back in rotation").arg(group.name));
    return guardedThen(m_actions->putBack(group.name, ChannelActionReason::HealthRecovery, cycle->context), this,
                       [this, cycle, group](const Result<ChannelTransition> &t) {
                           ++cycle->report.storeWrites;
                           for (RecoveryAttempt &a : cycle->report.recovery) {
                               if (a.channel == group.name)
                                   a.restored = t.ok();
                           }
                           if (!t.ok()) {
                               cycle->report.errors.append(QStringLiteral("%1: restoring failed: %2").arg(group.name, t.error().message));
                           } else {
                               m_failures.remove(group.name);
                               cycle->report.restored.append(group.name);
                               for (const QString &e : t->errors)
                                   cycle->report.errors.append(QStringLiteral("%1: %2").arg(group.name, e));
                               qCInfo(lcHealth).noquote() << "channel" << group.name << "restored;" << t->restoredKeys << "invalid keys restored";
                           }
                           return restoreNext(cycle);
                       })
        .unwrap();
}

Result<HealthCycleReport> ChannelHealthService::finishCycle(std::shared_ptr<CycleState> cycle)
{
    HealthCycleReport &report = cycle->report;
    report.finishedAt = m_core.clock()->now();
    if (!m_lastPrune.isValid() || m_lastPrune.secsTo(cycle->now) >= 24 * 3600) {
        m_lastPrune = cycle->now;
        if (Status s = m_core.store().pruneHealthHistory(cycle->now.addDays(-kHistoryRetentionDays)); !s.ok())
            report.errors.append(s.error().message);
    }
    for (const QString &id : std::as_const(*cycle->lostInstances))
        m_core.instances().checkSoon(id);
    m_lastRun = cycle->now;
    m_lastResult = report.summary();
    if (report.storeWrites > 0 || !report.disabled.isEmpty() || !report.restored.isEmpty())
        m_core.markSitesChanged();
    m_core.schedulePublish();
    qCInfo(lcHealth).noquote() << "channel health cycle:" << m_lastResult << "-" << report.calls << "calls," << report.probes
                               << "probes," << report.durationMs() << "ms";
    if (cycle->context && cycle->context->isCancelled())
        return Error::cancelled(QStringLiteral("health check cancelled"));
    return report;
}

int ChannelHealthService::recordVerdict(ChannelCheck &check, QDateTime now, QStringList *errors)
{
    const int before = m_failures.value(check.channel);
    int after = before;
    if (check.verdict == HealthVerdict::Healthy)
        after = 0;
    else if (check.verdict == HealthVerdict::Unhealthy)
        after = before + 1;  // one verdict per cycle: at most one failure counted
    check.failures = after;
    noteLatest(check, now);

    int writes = 0;
    if (after != before) {
        ChannelHealthRecord record;
        const Result<QList<ChannelHealthRecord>> all = m_core.store().channelHealth();
        if (all.ok()) {
            for (const ChannelHealthRecord &r : all.value()) {
                if (r.siteGroupId == check.siteGroupId)
                    record = r;
            }
        }
        record.siteGroupId = check.siteGroupId;
        record.failures = after;
        record.lastVerdict = healthVerdictName(check.verdict);
        record.lastDetail = check.detail.left(500);
        record.lastCheck = now;
        if (Status s = m_core.store().saveChannelHealth(record); !s.ok())
            errors->append(QStringLiteral("%1: %2").arg(check.channel, s.error().message));
        else
            ++writes;
        if (after > 0)
            m_failures.insert(check.channel, after);
        else
            m_failures.remove(check.channel);
        m_core.markSitesChanged();
    }
    recordHistory(check, now, after != before, &writes, errors);
    return writes;
}

void ChannelHealthService::recordHistory(const ChannelCheck &check, const QDateTime &now, bool force, int *writes, QStringList *errors)
{
    const QString verdict = healthVerdictName(check.verdict);
    const bool changed = m_lastVerdict.value(check.channel) != verdict;
    const QDateTime last = m_lastSample.value(check.channel);
    const bool sampleDue = !last.isValid() || last.secsTo(now) >= kHistorySampleSecs;
    if (!force && !changed && !sampleDue)
        return;
    HealthHistoryEntry entry;
    entry.channel = check.channel;
    entry.time = now;
    entry.verdict = verdict;
    entry.detail = check.detail.left(500);
    entry.successRate = check.successRate;
    entry.latencyMs = check.latencyMs;
    if (Status s = m_core.store().appendHealthHistory(entry); !s.ok()) {
        errors->append(QStringLiteral("%1: %2").arg(check.channel, s.error().message));
        return;
    }
    ++*writes;
    m_lastVerdict.insert(check.channel, verdict);
    m_lastSample.insert(check.channel, now);
}

bool ChannelHealthService::recordRecoveryProbe(const SiteGroupRecord &group, const ChannelCheck &probe, RecoveryAttempt *attempt,
                                               int *writes, QStringList *errors)
{
    ChannelHealthRecord record;
    record.siteGroupId = group.id;
    const Result<QList<ChannelHealthRecord>> all = m_core.store().channelHealth();
    if (all.ok()) {
        for (const ChannelHealthRecord &r : all.value()) {
            if (r.siteGroupId == group.id)
                record = r;
        }
    }
    const QDateTime now = m_core.clock()->now();
    attempt->detail = probe.detail;
    noteLatest(probe, now);
    if (probe.verdict == HealthVerdict::Inconclusive || probe.verdict == HealthVerdict::Error) {
        attempt->streak = record.recoveryStreak;
        attempt->nextProbe = record.nextRecoveryProbe;
        return false;  // nothing learned: the schedule stays
    }
    attempt->probed = true;
    attempt->success = probe.verdict == HealthVerdict::Healthy;
    if (attempt->success) {
        record.recoveryStreak += 1;
        record.nextRecoveryProbe = now;  // the next one at the next cycle
    } else {
        record.recoveryStreak = 0;
        record.recoveryFailures += 1;
        record.recoveryBackoffSecs = nextRecoveryBackoffSecs(record.recoveryBackoffSecs, m_recovery);
        record.nextRecoveryProbe = now.addSecs(record.recoveryBackoffSecs);
    }
    record.lastVerdict = healthVerdictName(probe.verdict);
    record.lastDetail = probe.detail.left(500);
    record.lastCheck = now;
    attempt->streak = record.recoveryStreak;
    attempt->nextProbe = record.nextRecoveryProbe;
    if (Status s = m_core.store().saveChannelHealth(record); !s.ok())
        errors->append(QStringLiteral("%1: %2").arg(group.name, s.error().message));
    else
        ++*writes;
    recordHistory(probe, now, false, writes, errors);
    m_core.markSitesChanged();
    return attempt->success && record.recoveryStreak >= m_recovery.successesRequired;
}

QList<FailedChannel> ChannelHealthService::failedChannels() const
{
    QList<FailedChannel> out;
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it)
        out.append(FailedChannel{it.key(), it.value(), m_failureThreshold, it.value() >= m_failureThreshold,
                                 m_latest.value(it.key()).time, m_latest.value(it.key()).detail});
    std::sort(out.begin(), out.end(), [](const FailedChannel &a, const FailedChannel &b) { return a.name < b.name; });
    return out;
}

Result<int> ChannelHealthService::resetFailures(const QString &channelName)
{
    const Result<QList<SiteGroupRecord>> groups = m_core.store().siteGroups();
    const Result<QList<ChannelHealthRecord>> health = m_core.store().channelHealth();
    if (!groups.ok())
        return groups.error();
    if (!health.ok())
        return health.error();
    QHash<qint64, QString> names;
    bool known = channelName.isEmpty();
    for (const SiteGroupRecord &g : groups.value()) {
        names.insert(g.id, g.name);
        known = known || g.name == channelName;
    }
    if (!known)
        return Error::notFound(QStringLiteral("unknown channel %1").arg(channelName));
    int reset = 0;
    const Status s = m_core.store().transaction([&]() -> Status {
        for (ChannelHealthRecord r : health.value()) {
            const QString name = names.value(r.siteGroupId);
            if (r.failures == 0 || (!channelName.isEmpty() && name != channelName))
                continue;
            r.failures = 0;
            if (Status one = m_core.store().saveChannelHealth(r); !one.ok())
                return one;
            ++reset;
        }
        return {};
    });
    if (!s.ok())
        return s.error();
    if (channelName.isEmpty())
        m_failures.clear();
    else
        m_failures.remove(channelName);
    m_core.markSitesChanged();
    return reset;
}

Result<QList<HealthHistoryEntry>> ChannelHealthService::history(const QString &channel, const QDateTime &since, int limit) const
{
    return m_core.store().healthHistory(channel, since, limit);
}

Result<SiteRecord> ChannelHealthService::setDeepProbe(const QString &siteName, bool enabled)
{
    const Result<QList<SiteRecord>> sites = m_core.store().sites();
    if (!sites.ok())
        return sites.error();
    for (SiteRecord site : sites.value()) {
        if (site.name != siteName)
            continue;
        if (site.deepProbe == enabled)
            return site;
        site.deepProbe = enabled;
        site.updatedAt = m_core.clock()->now();
        Result<SiteRecord> saved = m_core.store().saveSite(site);
        if (saved.ok())
            m_core.markSitesChanged();
        return saved;
    }
    return Error::notFound(QStringLiteral("unknown site %1").arg(siteName));
}

void ChannelHealthService::noteLatest(const ChannelCheck &check, const QDateTime &time)
{
    m_latest.insert(check.channel, LatestCheck{time, healthVerdictName(check.verdict), check.detail.left(500)});
    if (check.keys)
        m_keyPools.insert(check.channel, KeyPoolView{*check.keys, time});
}

QFuture<Result<KeyCounts>> ChannelHealthService::readKeyPool(GptLoadClient *client, const QString &channel, quint64 groupId)
{
    return guardedThen(client->groupStats(groupId), this, [this, channel](const Result<GroupStats> &stats) -> Result<KeyCounts> {
        if (!stats.ok())
            return stats.error();
        noteKeyPool(channel, stats->keys, m_core.clock()->now());
        return stats->keys;
    });
}

void ChannelHealthService::noteKeyPool(const QString &channel, const KeyCounts &keys, const QDateTime &time)
{
    m_keyPools.insert(channel, KeyPoolView{keys, time});
    m_core.schedulePublish();  // the views are annotated on every publish
}

void ChannelHealthService::annotateSiteGroups(QList<SiteView> &sites) const
{
    for (SiteView &site : sites) {
        for (SiteGroupView &g : site.groups) {
            g.keyPool = m_keyPools.value(g.name);
            site.invalidKeys = std::max(site.invalidKeys, g.keyPool.invalid);
            const auto it = m_latest.constFind(g.name);
            if (it == m_latest.cend())
                continue;
            g.lastCheck = it->time;
            g.lastVerdict = it->verdict;
            g.lastCheckDetail = it->detail;
        }
    }
}

void ChannelHealthService::fillSnapshot(EngineSnapshot &snapshot) const
{
    ServiceView view;
    view.enabled = isEnabled();
    view.busy = m_busy;
    view.intervalMinutes = m_intervalMinutes;
    view.nextRun = view.enabled ? m_nextRun : QDateTime();
    view.lastRun = m_lastRun;
    view.lastResult = m_lastResult;
    snapshot.channelHealth = view;
    snapshot.channelFailures = m_failures;
    snapshot.channelFailureThreshold = m_failureThreshold;
}

} // namespace ul
