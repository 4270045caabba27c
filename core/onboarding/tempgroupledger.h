#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ul {

class StateStore;

// Temporary discovery groups that may exist right now, persisted in the state store setting
// "pendingTempGroups" BEFORE each create and removed after the delete. A shutdown in between
// (the event loop stops, so the delete cannot run) leaves the entry behind; the next start
// deletes those groups as soon as their instance is healthy (uni-load-behaviour.md §7.3, §18).
inline constexpr char kPendingTempGroupsSettingKey[] = "pendingTempGroups";

struct PendingTempGroup
{
    QString instanceId;
    QString name;
    QDateTime createdAt;

    bool operator==(const PendingTempGroup &other) const
    {
        return instanceId == other.instanceId && name == other.name;
    }
};

class TempGroupLedger final
{
public:
    explicit TempGroupLedger(StateStore &store) : m_store(store) {}

    QList<PendingTempGroup> all() const;
    QList<PendingTempGroup> forInstance(const QString &instanceId) const;
    Status add(const PendingTempGroup &group);
    Status remove(const QString &instanceId, const QString &name);

private:
    Status write(const QList<PendingTempGroup> &groups);

    StateStore &m_store;
};

} // namespace ul
