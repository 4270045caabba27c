#pragma once

#include "core/common/result.h"
#include "core/services/channelhealthtypes.h"
#include "core/store/records.h"

#include <QDateTime>
#include <QFuture>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class QObject;

namespace ul {

class HttpClient;
class InstanceRegistry;

// Everything one site group's check needs, as values.
struct ChannelCheckInput
{
    SiteGroupRecord group;
    bool deepProbe = false;                 // the site allows a billable probe
    std::optional<QString> deepProbeModel;  // cheapest non-high-cost model; nullopt: free probe only
    QString hopKey;
    QDateTime now;
    HealthThresholds thresholds;
    int probeTimeoutMs = 30000;
};

// What the check uses: the instances (clients and health), the HTTP client for billable probes,
// and the object whose destruction stops the chain.
struct ChannelCheckTools
{
    InstanceRegistry *instances = nullptr;
    HttpClient *probeHttp = nullptr;
    const QObject *owner = nullptr;
    // Instances that stopped answering during this cycle (shared by its checks, engine thread):
    // the instance registry still calls them healthy until its next check, but the channels on
    // them are not asked again, each through its retries, until the cycle ends.
    std::shared_ptr<QSet<QString>> lostInstances;
};

// One verdict for one active site group (uni-load-behaviour.md §16.3), reading as little as
// possible: the group's stats (both layouts); the request logs of the window (exact name, final
// requests) only when the stats say there can be enough of them; then the free model-list probe
// through the L1 group — or the billable one for sites with deep probe — only when the figures
// are inconclusive. An unreachable instance makes the verdict inconclusive without a request.
//
// Figures from before the channel's last state change (it was just put back in rotation) say
// nothing about it now: the log window starts at that change at the earliest, and a stats window
// that contains it is not used (the probe decides instead).
// `failures` of the result is left at 0; the service applies the counter.
QFuture<Result<ChannelCheck>> checkChannel(const ChannelCheckInput &input, const ChannelCheckTools &tools);

// The free probe alone: healthy, unhealthy or, when the instance cannot be asked, inconclusive.
QFuture<Result<ChannelCheck>> probeChannel(const SiteGroupRecord &group, const QString &hopKey, const ChannelCheckTools &tools);

// The recovery probe of a channel out of rotation (§16.4). During an outage gpt-load blacklists
// the L1 group's keys, and a probe through a group without an active key can never succeed: so
// the group's stats are read first and, when no key is active but some are invalid, they are
// restored (what gpt-load's own validator does once a key works again; the channel is out of
// rotation, so nothing routes through it). Then the free probe.
QFuture<Result<ChannelCheck>> recoveryProbe(const SiteGroupRecord &group, const QString &hopKey, const ChannelCheckTools &tools);

} // namespace ul
