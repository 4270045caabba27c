#pragma once

#include "core/common/result.h"
#include "core/engine/snapshot.h"
#include "core/store/records.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// Values of model sync (uni-load-behaviour.md §15.3): what one run did per site group, the run
// report, review decisions and the settings view. Plain values that cross threads.

// A change of case only: the stored name follows the site ("GPT-4o" → "gpt-4o").
struct ModelRename
{
    QString from;
    QString to;

    bool operator==(const ModelRename &) const = default;
    QJsonObject toJson() const;  // {from, to}
};

// What one run did for one site group.
struct SiteSyncOutcome
{
    QString siteGroup;             // L1 name, e.g. api-example-com-openai
    QString site;                  // site name
    QString outcome;               // applied | queued | unchanged | failed
    QString source;                // discovery source: "proxy:<group>" or "direct"
    int discovered = 0;            // models after filtering (type-compatible)
    QStringList added;             // applied additions
    QStringList removed;           // applied removals
    QList<ModelRename> renamed;    // applied case changes
    QList<PendingChange> queued;   // proposals made by this run (review mode)
    QHash<QString, int> missing;   // stored models not listed this time → consecutive misses
    QString error;                 // discovery failure (redacted)

    bool changed() const { return !added.isEmpty() || !removed.isEmpty() || !renamed.isEmpty(); }
    // {site, siteName, outcome, source, discovered, added, removed, renamed, queued, missing, error}
    QJsonObject toJson() const;
};

// The result of a sync run or of applying approved changes.
struct ModelSyncReport
{
    QString trigger;               // timer | manual | start | approval
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<SiteSyncOutcome> sites;
    std::optional<QJsonObject> reconcile;  // the scoped reconciliation, when one ran
    QString reconcileError;        // it failed (the store keeps the change; retried next run)
    QStringList warnings;

    int countOutcome(const QString &outcome) const;
    // The summary kept in the snapshot and the store (outcome ok | partial | failed).
    ModelSyncRunView summary() const;
    // {trigger, startedAt, finishedAt, summary, sites, reconcile, reconcileError, warnings}
    QJsonObject toJson() const;
};

QJsonObject modelSyncRunJson(const ModelSyncRunView &run);
ModelSyncRunView modelSyncRunFromJson(const QJsonObject &json);

// One review decision on a queued change (POST /api/sync/pending/decide).
struct SyncDecision
{
    enum class Kind { Approve, Reject };

    QString siteGroup;             // "site" in the API: the site group the change belongs to
    QString model;
    Kind kind = Kind::Approve;

    // One {site, model, decision} object or an array of them; 400 naming the field otherwise.
    static Result<QList<SyncDecision>> listFromJson(const QJsonValue &json);
};

struct SyncDecisionOutcome
{
    int approved = 0;
    int rejected = 0;
    QString jobId;                 // the job applying the approvals; empty when none

    QJsonObject toJson() const;    // {approved, rejected, jobId}
};

// Stored model-sync settings (state store setting "modelSync").
struct ModelSyncSettings
{
    std::optional<bool> enabled;   // start/stop by the operator; unset: ENABLE_MODEL_SYNC decides
    bool reviewMode = false;       // global default: apply automatically, as the original
    int removalAfterMisses = 2;    // consecutive successful syncs a model must be missing

    static constexpr int kMaxRemovalAfterMisses = 100;

    QJsonObject toJson() const;    // {enabled?, reviewMode, removalAfterMisses}
    // Absent keys keep the defaults; a wrong type or range is a Validation error naming the field.
    static Result<ModelSyncSettings> fromJson(const QJsonObject &json);
};

// GET /api/sync/settings.
struct ModelSyncSettingsView
{
    bool enabled = false;          // effective (stored choice, else ENABLE_MODEL_SYNC)
    int intervalMinutes = 0;
    bool reviewMode = false;
    int removalAfterMisses = 2;
    QHash<QString, bool> siteOverrides;  // site name → review mode, only sites that override

    QJsonObject toJson() const;    // {enabled, intervalMinutes, reviewMode, removalAfterMisses, siteOverrides}
};

} // namespace ul

Q_DECLARE_METATYPE(ul::ModelSyncReport)
