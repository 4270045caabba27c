#pragma once

#include "core/services/modelsynctypes.h"
#include "core/store/records.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ul {

// The pure part of model sync (uni-load-behaviour.md §15.3): comparing a site group's fresh
// model list with the stored one, and deciding what to apply, queue or forget.

// Model ids compared the way sync compares them: case-insensitively.
QString modelSyncKey(const QString &model);

struct SiteModelDiffInput
{
    QStringList stored;            // the site group's stored (filtered) list
    QStringList manual;            // models the operator entered: never removed
    QHash<QString, int> misses;    // stored model → consecutive misses before this sync
    QStringList discovered;        // this sync's list, filtered and type-compatible
    int removalAfterMisses = 2;
};

struct SiteModelDiff
{
    QStringList added;             // listed now, not stored under any case
    QList<ModelRename> renamed;    // stored under another case only
    QStringList removable;         // missing for at least removalAfterMisses syncs, not manual
    QHash<QString, int> missing;   // every missing stored model that is not manual → its misses now
    QHash<QString, int> counterUpdates;  // stored model → new counter (0 clears), only changed ones

    bool hasChanges() const { return !added.isEmpty() || !renamed.isEmpty() || !removable.isEmpty(); }
};

// A discovered list holding one model under several cases keeps one spelling: the stored one
// when there is one, else the first listed. Missing counters only grow on a successful sync, so
// a failed discovery must not call this.
SiteModelDiff diffSiteModels(const SiteModelDiffInput &input);

struct SiteReviewInput
{
    bool reviewMode = false;
    QList<PendingChange> pending;          // this site group's queued changes
    QHash<QString, QString> rejections;    // model → rejected change ("add" | "remove")
    QString siteGroup;
    QDateTime now;
};

struct SiteSyncDecisions
{
    QStringList applyAdded;
    QStringList applyRemoved;
    QList<ModelRename> renamed;            // case changes are applied in both modes
    QList<PendingChange> queue;            // new or changed proposals
    QStringList unqueue;                   // pending models to drop (applied, stale or superseded)
    QHash<QString, QString> rejections;    // what stays rejected for this site group
};

// Auto mode applies additions and removals (except rejected ones) and drops the site group's
// queue; review mode proposes them instead: a proposal already queued stays as it is, a queued
// change the list no longer supports is dropped. A rejection is forgotten once the list no longer
// supports the rejected change.
SiteSyncDecisions decideSiteChanges(const SiteModelDiff &diff, const SiteReviewInput &input);

// A stored list after applying additions, removals (compared case-insensitively) and renames.
QStringList withModelChanges(const QStringList &stored, const QStringList &added, const QStringList &removed,
                              const QList<ModelRename> &renamed);

} // namespace ul
