#pragma once

#include "core/common/result.h"
#include "core/layers/reconcileresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ul {

// Channel operations (uni-load-behaviour.md §5.5, §19, §20, §21): requests and results.

enum class ReassignAction { Promote, Demote };
QString reassignActionName(ReassignAction action);  // "promote", "demote"
std::optional<ReassignAction> parseReassignAction(const QString &text);

// DELETE /api/channels/:channelName — the reconciler's cascade plus the site record.
struct ChannelDeletionResult
{
    SiteGroupRemovalResult removal;
    QString site;                  // the site the channel belonged to
    bool siteRemoved = false;      // its last site group is gone, so the site record went too

    bool success() const { return !removal.deletedSiteGroup.isEmpty(); }
    // The original's data object {deletedSiteGroup, updatedModelGroups, deletedModelGroups,
    // errors} plus {uniApi, site, siteRemoved}.
    QJsonObject toJson() const;
};

// POST /api/channels/reassign.
struct ReassignResult
{
    QString channelName;
    ReassignAction action = ReassignAction::Promote;
    QString previousInstanceId;
    QString previousInstanceName;
    QString newInstanceId;
    QString newInstanceName;
    qint64 keysCopied = 0;         // active keys uploaded to the new group
    qint64 keysInNewGroup = 0;     // gpt-load's count after the upload
    bool resumed = false;          // an interrupted reassignment was finished
    bool adoptedExisting = false;  // the group on the target was the one an earlier attempt created
    QStringList warnings;

    // {channelName, previousInstanceName, newInstanceName} plus ids, counts and flags.
    QJsonObject toJson() const;
};

// POST /api/reassign-site.
struct SiteAssignmentChange
{
    QString siteUrl;               // normalized base URL (the key of the assignment)
    QString instanceId;            // empty: the assignment was cleared
    QString instanceName;

    QJsonObject toJson() const;
};

// A reassignment in progress, persisted (store setting `pendingReassignments`) so that an
// interrupted one is finished by running the same command again.
struct PendingReassignment
{
    QString channel;
    ReassignAction action = ReassignAction::Promote;
    QString fromInstanceId;
    QString toInstanceId;
    qint64 newGroupId = 0;         // the group created on the target, once created
    QString step;                  // create | copy-keys | repoint | delete-old
    QDateTime startedAt;

    QJsonObject toJson() const;
    static std::optional<PendingReassignment> fromJson(const QString &channel, const QJsonObject &object);
};

} // namespace ul
