#pragma once

#include "core/engine/job.h"
#include "core/engine/notifier.h"
#include "core/gptload/stattypes.h"
#include "core/uniapi/reloadtypes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ul {

// Immutable value copies of engine state. The engine publishes a new EngineSnapshot after
// every change; the API and the UI keep the latest one and read only from it, so a read never
// waits for network work (DESIGN.md §2).

struct InstanceView
{
    QString id;
    QString name;
    QString url;
    int priority = 0;
    bool healthy = false;
    bool checked = false;          // at least one health check finished
    int responseTimeMs = -1;
    QDateTime lastCheck;
    QString error;                 // last error, redacted; empty when healthy
    QString profile;               // "v1.4", "v1.2", "v2 (unsupported)", "" = unknown yet
    bool tlsInsecure = false;
    bool hasToken = false;
    int consecutiveFailures = 0;
};

struct SiteAssignmentView
{
    QString instanceId;
    QString instanceName;
};

// Where the instance file came from and what is wrong with it (uni-load-behaviour.md §2.1).
struct InstanceFileView
{
    QString path;
    bool loaded = false;
    QString errorFile;             // set when missing or invalid
    QString errorField;
    QString errorReason;
    QStringList warnings;
    // No instance file exists yet (or none is configured): errorReason says so for the API, but
    // on a first run it is where setting up starts, not a failure (the console shows a welcome).
    bool missing = false;
    // Among the warnings: the file is readable by other users (the console offers to fix it).
    bool readableByOthers = false;

    bool hasError() const { return !errorReason.isEmpty(); }
};

struct UniApiFileView
{
    QString path;
    bool exists = false;
    bool directoryExists = false;  // a missing file in a missing directory: both are created on the first write
    int providersCount = 0;
    int managedCount = 0;
    QString error;
    QString writeError;  // the last publish wrote nothing it had to: uni-api serves an outdated file
    QDateTime writeRetryAt;  // with a writeError: when a reconciliation writes it again (invalid: not retried)
    // uni-load created api.yaml with a new client key that nobody has been shown yet
    // (Engine::takeNewUniApiClientKey shows it once).
    bool newClientKeyWaiting = false;
    uniapi::ReloadState reload;  // making uni-api pick up the writes (uniapi-config.md §6.10)
};

// State of a periodic loop (model sync, channel health, instance health).
struct ServiceView
{
    bool enabled = false;          // the loop's timer is running
    bool busy = false;             // a cycle is in progress
    int intervalMinutes = 0;
    QDateTime nextRun;
    QDateTime lastRun;
    QString lastResult;
};

// One L1 site group of a site, from the state store.
// A site group's key pool as gpt-load counted it at `readAt` (a health check's group stats or a
// key validation); an invalid readAt = not read since uni-load started.
struct KeyPoolView : KeyCounts
{
    QDateTime readAt;

    bool known() const { return readAt.isValid(); }
};

struct SiteGroupView
{
    qint64 id = 0;
    QString name;                  // <site>-<type>
    QString channelType;           // "openai", "anthropic", "gemini"
    QString instanceId;
    QString instanceName;
    quint64 groupId = 0;           // gpt-load id on that instance
    int modelCount = 0;            // filtered, type-compatible models
    int rawModelCount = 0;         // last discovery, unfiltered
    int manualModelCount = 0;
    int keysCount = 0;
    QString state;                 // "active", "disabled-by-health", …
    QString health;                // healthy | failing | disabled-by-health | disabled-by-cleanup |
                                   // disabled-by-user | recovering (core/services channelHealthLabel)
    int failures = 0;              // consecutive failed health checks (compare channelFailureThreshold)
    QString testModel;             // the effective one (operator override wins)
    QString testModelOverride;     // the operator's choice; "" = automatic selection (§8.5)
    bool testModelHighCost = false; // testModel matches a high-cost pattern (§8.3): warn before validating
    bool deepProbe = false;        // billable deep probe enabled (a setting of its site, §16.3)
    QString discoverySource;       // "temp-group:<id>", "proxy:<group>", "direct", "manual"
    QDateTime discoveredAt;
    QDateTime syncedAt;            // last model sync attempt; invalid = never synced
    QString syncError;             // why that attempt failed (redacted); "" = it succeeded
    int modelChannelGroups = 0;    // L2 groups built on this site group
    // The channel's latest health check or recovery probe (kept in memory by the health monitor,
    // from the state store after a restart); invalid time = never checked.
    QDateTime lastCheck;
    QString lastVerdict;           // healthy | unhealthy | inconclusive | error
    QString lastCheckDetail;       // English, redacted: why ("model-list probe answered HTTP 503")
    KeyPoolView keyPool;           // kept in memory like lastCheck; unknown until the first read
};

// One onboarded site (uni-load-behaviour.md §9), for the sites table.
struct SiteView
{
    qint64 id = 0;
    QString name;
    QString baseUrl;               // normalized
    QString strippedSuffix;        // "/v1" when the operator typed it
    QStringList channelTypes;
    QString instanceId;            // where its site groups live (the first one's), else the assignment
    QString instanceName;
    int modelCount = 0;            // distinct models over its site groups
    int keysCount = 0;             // keys of its largest site group (every group gets the same keys)
    qint64 invalidKeys = 0;        // the most invalid keys any of its site groups had when last read
    QString state;                 // a group state when all agree, "partial" when not, "pending" without groups
    QDateTime lastDiscovery;
    QDateTime lastSync;            // latest model sync attempt over its site groups
    QStringList syncErrors;        // "<site group>: <reason>" for groups whose last attempt failed
    bool manualModels = false;
    bool deepProbe = false;        // billable health probe allowed for this site's channels (§16.3)
    int siteGroups = 0;            // layer counts: L1 groups,
    int modelChannelGroups = 0;    // L2 groups on them,
    int aggregateGroups = 0;       // L3 groups with at least one of those L2s as a member
    QList<SiteGroupView> groups;
};

// The last model sync run, for the Sync page and GET /api/sync/status (uni-load-behaviour.md §15.3).
struct ModelSyncRunView
{
    QDateTime startedAt;
    QDateTime finishedAt;          // invalid until a run finished
    QString trigger;               // timer | manual | start | approval
    QString outcome;               // ok | partial | failed
    int siteGroups = 0;            // site groups checked
    int changed = 0;               // site groups whose model list changed
    int failed = 0;                // site groups whose discovery failed
    int added = 0;
    int removed = 0;
    int renamed = 0;               // case-only changes
    int queued = 0;                // changes proposed for review
    QStringList errors;            // "<site group>: <reason>", redacted
};

// Model sync beyond the original's status object: review settings and queue, last run.
struct ModelSyncDetails
{
    bool reviewMode = false;       // global default; sites may override it
    int removalAfterMisses = 2;
    int pendingChanges = 0;        // changes waiting for a review decision
    ModelSyncRunView lastRun;
};

struct LayerCounts
{
    int siteGroups = 0;
    int modelChannelGroups = 0;
    int aggregateGroups = 0;
    int models = 0;
    // Changes whenever an L2 or L3 group, a membership, a weight or a member state changes, so a
    // view of the layout knows to reload even when no count moved (a member leaving rotation).
    quint64 layoutFingerprint = 0;
};

struct EngineSnapshot
{
    quint64 revision = 0;
    QDateTime startedAt;
    bool ready = false;            // startup finished (store open, instance file read)
    QString startupError;          // e.g. the state store could not be opened

    InstanceFileView instanceFile;
    QList<InstanceView> instances; // by priority
    QHash<QString, SiteAssignmentView> siteAssignments;  // normalized base URL → instance
    UniApiFileView uniApi;
    ServiceView modelSync;
    ModelSyncDetails modelSyncDetails;
    ServiceView channelHealth;
    int channelFailureThreshold = 3;
    QHash<QString, int> channelFailures;  // site group → consecutive failures (non-zero only)
    QList<QJsonObject> recentCleanups;  // the last 3 cleanup runs' history entries, oldest first
    int totalCleanupCount = 0;
    ServiceView instanceHealth;
    ServiceView weightOptimizer;   // optional weight optimization (off unless ENABLE_WEIGHT_OPTIMIZATION)
    LayerCounts layers;
    QList<SiteView> sites;         // by name
    QList<JobView> jobs;           // running, queued, recent
    QList<EngineEvent> events;     // the most recent engine events, oldest first

    int healthyInstanceCount() const;
};

} // namespace ul

Q_DECLARE_METATYPE(ul::SiteView)
Q_DECLARE_METATYPE(ul::EngineSnapshot)
