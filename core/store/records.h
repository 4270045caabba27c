#pragma once

#include "core/common/channeltype.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// What the state store holds: the engine's own desired state (sites, model lists, layer
// membership and weights) plus health, journal and history. gpt-load stays the truth for what
// exists; these records are the truth for what we intend (uni-load-behaviour.md §3.5).

// State of an L1 channel or of an L3 member.
// Removing: the operator deleted the channel and the cascade has not finished (an instance was
// unreachable); every reconcile carries it on until the record is gone.
enum class ChannelState { Active, DisabledByHealth, DisabledByCleanup, DisabledByUser, Removing };
QString channelStateName(ChannelState s);              // "active", "disabled-by-health", …, "removing"
ChannelState parseChannelState(const QString &name);   // unknown → Active

struct SiteRecord
{
    qint64 id = 0;
    QString name;              // site name (unique), e.g. api-deepseek-com
    QString baseUrl;           // normalized base URL (no trailing /v1)
    QString strippedSuffix;    // e.g. "/v1" when the operator typed it
    bool manualModels = false; // models came from the request, not discovery
    std::optional<bool> reviewMode;  // per-site override of the global "review model changes"
    bool deepProbe = false;    // billable health probe allowed for this site
    QDateTime createdAt;
    QDateTime updatedAt;
};

// L1: one gpt-load group per (site, channel type), holding the site's real keys.
struct SiteGroupRecord
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString name;                 // <site>-<type>
    ChannelType channelType = ChannelType::OpenAI;
    QString instanceId;           // instance the group lives on
    qint64 groupId = 0;           // gpt-load id on that instance (0 = not created yet)
    QString validationEndpoint;   // "" = channel default
    QString testModel;
    QString testModelOverride;    // operator's choice, wins over the selected one
    int keysCount = 0;
    QString keysFingerprint;      // sha256 over the sorted keys, never the keys
    QStringList rawModels;        // last discovery result, unfiltered
    QStringList models;           // filtered, type-compatible list: the desired L2/L3 members
    QStringList manualModels;     // models the operator entered (never removed by sync)
    QDateTime discoveredAt;
    QString discoverySource;      // "temp-group:<instance>", "proxy:<group>", "direct", "manual"
    ChannelState state = ChannelState::Active;
    QDateTime stateSince;
    QString stateCause;
    QDateTime syncedAt;           // last model listing attempt: onboarding, re-sync or model sync
    QString syncError;            // why that attempt failed, redacted; "" = it succeeded

    QString effectiveTestModel() const { return testModelOverride.isEmpty() ? testModel : testModelOverride; }
};

// L2: model × site group.
struct L2Record
{
    qint64 id = 0;
    QString name;
    QString model;                // upstream model name, original case
    qint64 siteGroupId = 0;
    QString instanceId;
    qint64 groupId = 0;
    ChannelType channelType = ChannelType::OpenAI;
    QString poolKeyFingerprint;   // fingerprint of the hop key uploaded to its pool; "" = none yet
};

// L3: one per model and format (a model served in two formats has two).
struct L3Record
{
    qint64 id = 0;
    QString name;
    QString model;
    QString instanceId;
    qint64 groupId = 0;
    ChannelType channelType = ChannelType::OpenAI;
    bool noHealthyMember = false;
    QString poolKeyFingerprint;
};

// An L2 as an upstream of an L3, with its weight. A disabled member keeps the weight it had.
struct L3MemberRecord
{
    qint64 l3Id = 0;
    qint64 l2Id = 0;
    int weight = 1;
    QString weightSource;         // "default", "operator", "optimizer"
    ChannelState state = ChannelState::Active;
};

struct ChannelHealthRecord
{
    qint64 siteGroupId = 0;
    int failures = 0;
    QString lastVerdict;          // healthy | unhealthy | inconclusive
    QString lastDetail;
    QDateTime lastCheck;
    int recoveryStreak = 0;       // consecutive successful recovery probes
    QDateTime nextRecoveryProbe;
    int recoveryBackoffSecs = 0;
    int recoveryFailures = 0;
};

struct HealthHistoryEntry
{
    qint64 id = 0;
    QString channel;
    QDateTime time;
    QString verdict;
    QString detail;
    double successRate = -1;      // -1 = unknown
    int latencyMs = -1;
};

// One step of a job that touched gpt-load or api.yaml.
struct JournalEntry
{
    qint64 id = 0;
    QDateTime time;
    QString jobId;
    QString kind;                 // job kind, e.g. "process-site", "reconcile"
    QString op;                   // e.g. "create-group", "update-upstreams", "write-api-yaml"
    QString instanceId;
    QString target;               // group or file name
    QString outcome;              // ok | failed | skipped | adopted
    QString detail;               // redacted
};

struct SyncHistoryEntry
{
    qint64 id = 0;
    QDateTime time;
    QString site;                 // site group name
    QStringList added;
    QStringList removed;
    QString outcome;              // applied | queued | unchanged | failed
    QString error;
};

struct PendingChange
{
    QString siteGroup;
    QString model;
    QString change;               // add | remove
    QDateTime detectedAt;
};

} // namespace ul

Q_DECLARE_METATYPE(ul::SiteRecord)
Q_DECLARE_METATYPE(ul::SiteGroupRecord)
