#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ul {

// Which gpt-load the simulator pretends to be (gptload-api.md §0, §14).
enum class SimGptLoadProfile {
    V1_4,   // default: aggregates, stats_24_hour…, reorder, integration info, redirect rules
    V1_2,   // no group_type, no aggregates/sub-groups, hourly_stats…, no reorder
    V2,     // like v1.4 but answers GET /api/health (the signal for "unsupported v2")
};

QString simProfileName(SimGptLoadProfile profile);

struct SimWindowStats
{
    qint64 totalRequests = 0;
    qint64 failedRequests = 0;
};

// Request figures of one group; which windows appear depends on the profile (§7).
struct SimGroupStats
{
    SimWindowStats lastHour;      // v1.2 hourly_stats
    SimWindowStats last24Hours;   // v1.4 stats_24_hour, v1.2 daily_stats
    SimWindowStats last7Days;     // v1.4 stats_7_day, v1.2 weekly_stats
    SimWindowStats last30Days;    // v1.4 stats_30_day
};

struct SimGptLoadOptions
{
    QString adminKey = QStringLiteral("sim-admin-key");   // AUTH_KEY; also seeds proxy_keys
    SimGptLoadProfile profile = SimGptLoadProfile::V1_4;
    quint16 port = 0;                 // 0 = ephemeral
    int apiLatencyMs = 0;             // added to every /api answer (handled first, answered later)
    int maxConcurrentRequests = 0;    // 0 = unlimited; above it: 500 "Too many concurrent requests"
    int cacheLagMs = 0;               // proxy/validation cannot see a new or renamed group for this long
    int taskCompletionDelayMs = 0;    // async task duration; 0 = finishes right after it starts
    bool defaultKeyValid = true;      // validation outcome of keys without an explicit outcome
    bool logProxyRequests = true;     // proxied requests appear in /api/logs and in the stats
    quint32 faultSeed = 1;            // RNG seed for probabilistic fault rules
    bool shortGroupNames = false;     // gpt-load ≤ v1.0.22: names ^[a-z0-9_-]{3,30}$ (§0.1)
    // Request figures of a group without an override (the demo's traffic, which nobody sends);
    // unset or nullopt: the counters of the requests proxied here.
    std::function<std::optional<SimGroupStats>(const QString &groupName)> syntheticStats;
    // Keys that traffic nobody sends has already blacklisted (the demo's revoked relay key): they
    // start invalid, their failure count at the group's blacklist threshold, when added.
    std::function<bool(const QString &keyValue)> blacklistedByTraffic;
};

struct SimUpstream
{
    QString url;
    int weight = 1;
    bool operator==(const SimUpstream &) const = default;
};

struct SimHeaderRule
{
    QString key;      // canonical form, e.g. "X-Foo"
    QString value;
    QString action;   // "set" or "remove" (not validated, like gpt-load)
    bool operator==(const SimHeaderRule &) const = default;
};

// One group as stored (the fields of GroupResponse, gptload-api.md §4.2).
struct SimGroup
{
    qint64 id = 0;
    QString name;
    QString displayName;
    QString description;
    QString groupType = QStringLiteral("standard");
    QString channelType = QStringLiteral("openai");
    QList<SimUpstream> upstreams;
    QString testModel;
    QString validationEndpoint;
    int sort = 0;
    QJsonValue paramOverrides = QJsonValue::Null;   // object or null
    QJsonObject modelRedirectRules;
    bool modelRedirectStrict = false;
    QJsonObject config;                              // only overridden keys
    QList<SimHeaderRule> headerRules;
    QString proxyKeys;                               // comma-separated
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastValidatedAt;                       // invalid = null

    bool isAggregate() const { return groupType == QLatin1String("aggregate"); }
};

struct SimKey
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString value;
    QString hash;                          // SHA-256 hex
    QString status = QStringLiteral("active");   // "active" or "invalid"
    QString notes;
    qint64 requestCount = 0;
    int failureCount = 0;
    QDateTime lastUsedAt;                  // invalid = null
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isActive() const { return status == QLatin1String("active"); }
};

struct SimSubGroupLink
{
    qint64 aggregateId = 0;
    qint64 memberId = 0;
    int weight = 0;
};

// One request-log row (§8).
struct SimLogItem
{
    QString id;                       // assigned when empty
    QDateTime timestamp;              // UTC; now when invalid
    QString groupName;
    QString parentGroupName;
    QString model;
    QString keyValue;
    bool isSuccess = true;
    int statusCode = 200;
    qint64 durationMs = 0;
    QString errorMessage;
    QString requestType = QStringLiteral("final");   // "final" or "retry"
    QString sourceIp = QStringLiteral("127.0.0.1");
    QString upstreamAddr;
    QString requestPath;
};

// The global async task slot (§9).
struct SimTaskStatus
{
    QString taskType;          // "" before the first task, KEY_IMPORT, KEY_DELETE, KEY_VALIDATION
    bool isRunning = false;
    QString groupName;
    int processed = 0;
    int total = 0;
    QDateTime startedAt;       // invalid = 0001-01-01T00:00:00Z
    QDateTime finishedAt;
    double durationSeconds = 0;
    QJsonObject result;        // on success
    QString error;             // on failure
};

struct SimCallCounters
{
    qint64 totalRequests = 0;        // everything received
    qint64 managementCalls = 0;      // under /api
    qint64 mutatingCalls = 0;        // POST/PUT/DELETE under /api
    qint64 proxyRequests = 0;        // under /proxy
    QHash<QString, qint64> perRoute; // "PUT /api/groups/:id" → count; unmatched: "GET <path>"
};

} // namespace ul
