#include "core/services/channelhealthcheck.h"

#include "core/common/future.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/services/channelhealthprobe.h"
#include "core/services/channelhealthverdict.h"

namespace ul {

namespace {

ChannelCheck withVerdict(ChannelCheck check, const FigureVerdict &v)
{
    check.verdict = v.verdict;
    check.detail = v.detail;
    check.source = v.source;
    if (v.successRate >= 0)
        check.successRate = v.successRate;
    if (v.latencyMs >= 0)
        check.latencyMs = v.latencyMs;
    if (v.verdict == HealthVerdict::Error && v.source == QLatin1String("stats-format"))
        check.errorCode = QLatin1String(kUnknownStatsFormatCode);
    return check;
}

QFuture<Result<ChannelCheck>> ready(const ChannelCheck &check)
{
    return readyResult<ChannelCheck>(check);
}

ChannelCheck baseCheck(const SiteGroupRecord &group)
{
    ChannelCheck check;
    check.channel = group.name;
    check.siteGroupId = group.id;
    check.instanceId = group.instanceId;
    return check;
}

// The client of the group's instance when that instance can be asked now, else the reason.
std::optional<QString> unreachableReason(const SiteGroupRecord &group, const ChannelCheckTools &tools, GptLoadClient **client)
{
    *client = tools.instances->client(group.instanceId);
    if (!*client)
        return QStringLiteral("instance %1 is not configured").arg(group.instanceId);
    if (!tools.instances->isHealthy(group.instanceId))
        return QStringLiteral("instance %1 is unreachable").arg(group.instanceId);
    if (tools.lostInstances && tools.lostInstances->contains(group.instanceId))
        return QStringLiteral("instance %1 stopped answering during this health check cycle").arg(group.instanceId);
    if (group.groupId == 0)
        return QStringLiteral("the site group does not exist in gpt-load yet");
    return std::nullopt;
}

// The inconclusive check of a channel whose instance cannot be asked now; nothing (and the
// instance's client in `client`) when it can.
std::optional<ChannelCheck> unreachableCheck(const SiteGroupRecord &group, const ChannelCheckTools &tools, GptLoadClient **client)
{
    const std::optional<QString> reason = unreachableReason(group, tools, client);
    if (!reason)
        return std::nullopt;
    ChannelCheck check = baseCheck(group);
    check.verdict = HealthVerdict::Inconclusive;
    check.source = QStringLiteral("instance");
    check.detail = *reason;
    return check;
}

// An instance that did not answer (network, timeout; not an HTTP error) is not asked again in
// this cycle.
void noteIfLost(const QString &instanceId, const Error &error, const ChannelCheckTools &tools)
{
    if (tools.lostInstances && error.kind != ErrorKind::Cancelled && isUnreachable(error))
        tools.lostInstances->insert(instanceId);
}

QFuture<Result<ChannelCheck>> probeStep(ChannelCheck check, const ChannelCheckInput &input, const ChannelCheckTools &tools,
                                        GptLoadClient *client, const QString &figuresNote)
{
    ++check.calls;
    ++check.probes;
    QFuture<Result<FigureVerdict>> probe;
    if (input.deepProbe && input.deepProbeModel) {
        const std::optional<InstanceConfig> instance = tools.instances->instance(input.group.instanceId);
        probe = completionProbe(tools.probeHttp, *instance, input.group.name, input.group.channelType, *input.deepProbeModel,
                                input.hopKey, input.probeTimeoutMs);
    } else {
        probe = freeModelListProbe(client, input.group.name, input.group.channelType, input.hopKey);
    }
    const bool deepWithoutModel = input.deepProbe && !input.deepProbeModel;
    return guardedThen(probe, tools.owner, [check, figuresNote, deepWithoutModel](const Result<FigureVerdict> &v) -> Result<ChannelCheck> {
        if (!v.ok())
            return v.error();
        ChannelCheck out = withVerdict(check, v.value());
        if (deepWithoutModel)
            out.detail += QStringLiteral(" (deep probe skipped: every model of the site group is high cost)");
        if (!figuresNote.isEmpty())
            out.detail = figuresNote + QStringLiteral("; ") + out.detail;
        return out;
    });
}

// Whether the stats window began after the channel's last state change.
bool statsCoverCurrentState(const GroupStats &stats, const ChannelCheckInput &input)
{
    const QDateTime since = input.group.stateSince;
    return !since.isValid() || since <= input.now.addSecs(-qint64(stats.recentWindowHours) * 3600);
}

// Steps 3 and 4 once the logs did not decide.
QFuture<Result<ChannelCheck>> afterLogs(const ChannelCheck &check, const GroupStats &stats, const ChannelCheckInput &input,
                                        const ChannelCheckTools &tools, GptLoadClient *client, const QString &note)
{
    const std::optional<FigureVerdict> v = statsCoverCurrentState(stats, input) ? judgeStats(stats, input.thresholds) : std::nullopt;
    if (v) {
        ChannelCheck out = withVerdict(check, *v);
        if (!note.isEmpty())
            out.detail = note + QStringLiteral("; ") + out.detail;
        return ready(out);
    }
    return probeStep(check, input, tools, client, note);
}

} // namespace

QFuture<Result<ChannelCheck>> checkChannel(const ChannelCheckInput &input, const ChannelCheckTools &tools)
{
    GptLoadClient *client = nullptr;
    if (const std::optional<ChannelCheck> unreachable = unreachableCheck(input.group, tools, &client))
        return ready(*unreachable);
    ChannelCheck check = baseCheck(input.group);

    ++check.calls;
    return guardedThen(client->groupStats(quint64(input.group.groupId)), tools.owner,
                       [check, input, tools, client](const Result<GroupStats> &stats) mutable -> QFuture<Result<ChannelCheck>> {
                           if (!stats.ok()) {
                               noteIfLost(input.group.instanceId, stats.error(), tools);
                               return ready(withVerdict(check, judgeStatsFailure(stats.error())));
                           }
                           check.keys = stats->keys;  // the key pool, for the views, whatever decides below
                           if (const std::optional<FigureVerdict> v = judgeKeys(stats.value()))
                               return ready(withVerdict(check, *v));
                           if (!logsCanDecide(stats.value(), input.thresholds))
                               return afterLogs(check, stats.value(), input, tools, client, QString());

                           LogQuery query;
                           query.groupName = input.group.name;
                           query.exactGroupName = true;
                           // No upper bound: gpt-load's clock, not ours, stamps the entries.
                           query.startTime = input.now.addSecs(-qint64(input.thresholds.logWindowHours) * 3600);
                           if (input.group.stateSince.isValid() && input.group.stateSince > query.startTime)
                               query.startTime = input.group.stateSince;
                           const GroupStats figures = stats.value();
                           return guardedThen(client->allLogs(query), tools.owner,
                                              [check, figures, input, tools, client](const Result<LogCollection> &logs) mutable
                                              -> QFuture<Result<ChannelCheck>> {
                                                  check.calls += logs.ok() ? std::max(1, logs->pagesRead) : 1;
                                                  QString note;
                                                  if (!logs.ok()) {
                                                      // The logs are one source among three: go on without them.
                                                      note = QStringLiteral("request logs unreadable (%1)").arg(logs.error().message);
                                                  } else {
                                                      const FinalRequestSummary summary = summarizeFinalRequests(logs->items);
                                                      if (const std::optional<FigureVerdict> v = judgeLogs(summary, input.thresholds)) {
                                                          ChannelCheck out = withVerdict(check, *v);
                                                          if (logs->truncated)
                                                              out.detail += QStringLiteral(" (log pages truncated)");
                                                          return ready(out);
                                                      }
                                                  }
                                                  return afterLogs(check, figures, input, tools, client, note);
                                              })
                               .unwrap();
                       })
        .unwrap();
}

QFuture<Result<ChannelCheck>> probeChannel(const SiteGroupRecord &group, const QString &hopKey, const ChannelCheckTools &tools)
{
    GptLoadClient *client = nullptr;
    if (const std::optional<ChannelCheck> unreachable = unreachableCheck(group, tools, &client))
        return ready(*unreachable);
    ChannelCheck check = baseCheck(group);
    ChannelCheckInput input;
    input.group = group;
    input.hopKey = hopKey;
    return probeStep(check, input, tools, client, QString());
}

QFuture<Result<ChannelCheck>> recoveryProbe(const SiteGroupRecord &group, const QString &hopKey, const ChannelCheckTools &tools)
{
    GptLoadClient *client = nullptr;
    if (const std::optional<ChannelCheck> unreachable = unreachableCheck(group, tools, &client))
        return ready(*unreachable);
    ChannelCheck check = baseCheck(group);
    ++check.calls;
    const quint64 groupId = quint64(group.groupId);
    return guardedThen(client->groupStats(groupId), tools.owner,
                       [check, group, hopKey, tools, client, groupId](const Result<GroupStats> &stats) mutable
                       -> QFuture<Result<ChannelCheck>> {
                           if (!stats.ok() && isUnreachable(stats.error())) {
                               noteIfLost(group.instanceId, stats.error(), tools);
                               return ready(withVerdict(check, judgeStatsFailure(stats.error())));
                           }
                           const bool keysBlacklisted = stats.ok() && stats->keys.active == 0 && stats->keys.invalid > 0;
                           if (!keysBlacklisted)
                               return probeChannel(group, hopKey, tools).then([check](Result<ChannelCheck> r) {
                                   if (r.ok())
                                       r.value().calls += check.calls;
                                   return r;
                               });
                           ++check.calls;
                           return guardedThen(client->restoreAllInvalidKeys(groupId), tools.owner,
                                              [check, group, hopKey, tools](const Result<KeyCountMessage> &restored)
                                              -> QFuture<Result<ChannelCheck>> {
                                                  const QString note = restored.ok()
                                                                           ? QStringLiteral("%1 blacklisted keys restored before the probe")
                                                                                 .arg(restored->count.value_or(0))
                                                                           : QStringLiteral("restoring blacklisted keys failed: %1")
                                                                                 .arg(restored.error().message);
                                                  return probeChannel(group, hopKey, tools).then([check, note](Result<ChannelCheck> r) {
                                                      if (r.ok()) {
                                                          r.value().calls += check.calls;
                                                          r.value().detail = note + QStringLiteral("; ") + r.value().detail;
                                                      }
                                                      return r;
                                                  });
                                              })
                               .unwrap();
                       })
        .unwrap();
}

} // namespace ul
