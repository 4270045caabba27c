#pragma once

#include "core/common/result.h"
#include "core/engine/job.h"
#include "core/store/records.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ul {

class EngineCore;
class RotatingFileWriter;
class StateStore;

// Why a channel leaves or re-enters rotation; decides the operation-log fields and which member
// states a restore may touch.
enum class ChannelActionReason {
    HealthCheck,      // the failure counter reached the threshold (§16.4)
    Cleanup,          // a connectivity cleanup found it unreachable (§17.3)
    User,             // the operator's "disable" / "re-enable now"
    HealthRecovery,   // the recovery probes succeeded (§16.4)
    ManualRecovery,   // POST /api/manual-recovery (§12.2)
};

// What taking a channel out or putting it back did.
struct ChannelTransition
{
    QString channel;
    QString action;                 // channel_upstreams_removed | channel_degraded | channel_restored | …
    ChannelState previousState = ChannelState::Active;
    ChannelState state = ChannelState::Active;
    QStringList affectedGroups;     // L3 groups with a member of this site group
    QStringList degradedGroups;     // of those, the ones left without a healthy member (flagged)
    QStringList errors;             // reconcile / key-restore failures (the store change stands)
    qint64 restoredKeys = 0;        // invalid keys gpt-load restored (putBack)

    QJsonObject logEntry(const QDateTime &time, ChannelActionReason reason, const QString &detail) const;
};

// Taking a site group out of rotation and putting it back (uni-load-behaviour.md §16.4, §17.3):
// the member states in the store, one reconciliation scoped to the site group's models (the
// planner removes inactive members from every L3, keeps the last one and flags the L3, and
// re-adds restored members with their stored weights), a JSON line in
// `logs/channel-operations.log` and an engine event. Run inside a job (the reconciliation must
// not interleave with other writes). Engine thread only.
class ChannelStateActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelStateActions)

public:
    explicit ChannelStateActions(EngineCore &core, QObject *parent = nullptr);
    ~ChannelStateActions() override;

    // Marks the site groups (and their active L3 memberships) `state` — disabled-by-health,
    // -cleanup or -user — then runs one reconciliation over their models. NotFound (nothing
    // changed) when a name is unknown. `details` holds the verdict or cause text per channel,
    // kept in the store and the operation log.
    QFuture<Result<QList<ChannelTransition>>> takeOut(const QStringList &channels, ChannelState state, ChannelActionReason reason,
                                                      const QHash<QString, QString> &details, const JobContextPtr &context);
    QFuture<Result<ChannelTransition>> takeOut(const QString &channel, ChannelState state, ChannelActionReason reason,
                                               const QString &detail, const JobContextPtr &context);

    // Restores the invalid keys of the L1 group and of its L2 groups, sets the site group and
    // the memberships it disabled back to active (their weights were never touched), clears the
    // health record, reconciles. A `User` reason also lifts disabled-by-user states; the
    // automatic reasons never do (they refuse a disabled-by-user channel with Conflict).
    QFuture<Result<ChannelTransition>> putBack(const QString &channel, ChannelActionReason reason, const JobContextPtr &context);

    // Appends one JSON line to logs/channel-operations.log (the directory is created on demand).
    void logOperation(const QJsonObject &entry);
    QString operationsLogPath() const;

private:
    // Reconciles `models` and fills each transition's L3 lists and errors from the outcome.
    QFuture<Result<QList<ChannelTransition>>> reconcileAfter(QList<ChannelTransition> transitions, const QStringList &models,
                                                             const JobContextPtr &context);
    QFuture<Result<qint64>> restoreInvalidKeys(const SiteGroupRecord &group);

    EngineCore &m_core;
    std::unique_ptr<RotatingFileWriter> m_log;
};

QString channelActionReasonName(ChannelActionReason reason);

// The site group named exactly `name` (no fuzzy matching, uni-load-behaviour.md §6.3), or nullopt
// (also when the store cannot be read).
std::optional<SiteGroupRecord> findSiteGroupByName(const StateStore &store, const QString &name);

// 409 CHANNEL_BEING_REMOVED: the operator deleted the channel; only finishing the deletion (or
// onboarding the site again) changes it.
Error channelBeingRemoved(const QString &name);

} // namespace ul
