#pragma once

#include "core/gptload/stattypes.h"
#include "core/store/records.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// Value types of the channel health monitor (uni-load-behaviour.md §12.2, §16).

// One verdict per site group and cycle (§16.3). `Error` is a check that could not be made for a
// reason the operator must fix (e.g. gpt-load answers stats in an unknown format); like
// `Inconclusive` it leaves the failure counter unchanged, but it is reported as a problem.
enum class HealthVerdict { Healthy, Unhealthy, Inconclusive, Error };
QString healthVerdictName(HealthVerdict verdict);  // "healthy", "unhealthy", "inconclusive", "error"

// The figures of §16.3 (all of them settings of the monitor).
struct HealthThresholds
{
    int minRequests = 10;              // final log entries / stats requests needed for a verdict
    double criticalSuccessRate = 0.5;  // logs: below → unhealthy (critical)
    double warningSuccessRate = 0.8;   // logs: below → unhealthy (warning)
    double slowAverageMs = 30000;      // logs: average duration above → unhealthy (warning)
    double maxFailureRate = 0.1;       // stats: at or above → unhealthy
    int logWindowHours = 2;            // request logs read per check
};

// Recovery schedule of a removed channel (§12.2, §16.4).
struct RecoveryPolicy
{
    int successesRequired = 2;         // consecutive successful free probes before a restore
    int initialBackoffSecs = 5 * 60;   // after a failed probe: 5 min, doubling …
    int maxBackoffSecs = 60 * 60;      // … capped at 1 h
};

// Backoff after `failedBefore` failed probes: 0 → initial, then doubling up to the cap.
int nextRecoveryBackoffSecs(int currentBackoffSecs, const RecoveryPolicy &policy);

// The verdict on one site group in one cycle.
struct ChannelCheck
{
    QString channel;               // site group name
    qint64 siteGroupId = 0;
    QString instanceId;
    HealthVerdict verdict = HealthVerdict::Inconclusive;
    QString detail;                // English, redacted
    QString source;                // keys | logs | stats | probe | deep-probe | instance | stats-format | …
    QString errorCode;             // for Error verdicts (e.g. UNKNOWN_STATS_FORMAT)
    double successRate = -1;       // -1 = unknown
    int latencyMs = -1;
    int failures = 0;              // counter after this cycle
    int calls = 0;                 // gpt-load requests made for this check
    int probes = 0;                // probes sent (free or billable)
    std::optional<KeyCounts> keys; // the site group's key pool, when its stats were read

    QJsonObject toJson() const;    // {channel, verdict, detail, source, code?, successRate?, latencyMs?, keys?, failures}
};

// One recovery probe of a channel removed by health or cleanup.
struct RecoveryAttempt
{
    QString channel;
    bool probed = false;           // false: not due yet, or the instance was unreachable
    bool success = false;
    bool restored = false;         // this attempt completed the restore
    int streak = 0;
    QDateTime nextProbe;
    QString detail;

    QJsonObject toJson() const;
};

// What one health cycle did.
struct HealthCycleReport
{
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<ChannelCheck> checks;
    QList<RecoveryAttempt> recovery;
    QStringList disabled;          // channels taken out of rotation in this cycle
    QStringList restored;          // channels put back in this cycle
    QStringList errors;            // failed actions (reconcile, store) and Error verdicts
    int calls = 0;                 // gpt-load requests of the checks and recovery probes
    int probes = 0;                // probes sent (free and billable)
    int storeWrites = 0;           // health rows and history rows written

    int count(HealthVerdict verdict) const;
    qint64 durationMs() const;
    QString summary() const;       // "50 checked: 49 healthy, 1 unhealthy, …"
    QJsonObject toJson() const;
};

// GET /api/failed-channels item.
struct FailedChannel
{
    QString name;
    int failures = 0;
    int threshold = 0;
    bool willBeRemoved = false;    // failures >= threshold
    QDateTime lastCheck;           // the latest check (invalid: none since the start)
    QString detail;                // its detail: why it failed (English, redacted)

    QJsonObject toJson() const;    // {name, failures, threshold, willBeRemoved, lastCheck, detail}
};

// POST /api/manual-recovery/:model/:channel (§12.2).
struct ManualRecoveryResult
{
    QString model;
    QString channel;
    QString modelChannelGroup;     // the L2 group
    bool recovered = false;        // the channel is in rotation after the attempt
    bool scheduled = false;        // a further attempt is scheduled (the channel is still out)
    QDateTime nextRetry;           // when; invalid when nothing is scheduled
    int failures = 0;              // failed recovery probes so far (0 once recovered)
    std::optional<qint64> restoredKeys;  // invalid keys gpt-load restored in the L2 group
    QString message;               // English

    QJsonObject resultJson() const;  // {scheduled, nextRetry, failures, recovered, restoredKeys, group}
};

// A channel's state changed by the operator (disable, re-enable now) or by recovery.
struct ChannelStateChange
{
    QString channel;
    QString previousState;
    QString state;
    QStringList affectedGroups;    // L3 groups whose upstreams follow the change
    QStringList errors;

    QJsonObject toJson() const;
};

// The health label the UI shows for a site group (§23.2): healthy | failing | disabled-by-health
// | disabled-by-cleanup | disabled-by-user | recovering.
QString channelHealthLabel(const SiteGroupRecord &group, const ChannelHealthRecord *health);

} // namespace ul

Q_DECLARE_METATYPE(ul::HealthCycleReport)
