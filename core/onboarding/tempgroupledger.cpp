#include "core/onboarding/tempgroupledger.h"

#include "core/store/statestore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ul {

QList<PendingTempGroup> TempGroupLedger::all() const
{
    QList<PendingTempGroup> out;
    if (!m_store.isOpen())
        return out;
    const std::optional<QJsonValue> stored = m_store.setting(QLatin1String(kPendingTempGroupsSettingKey));
    if (!stored || !stored->isArray())
        return out;
    for (const QJsonValue &v : stored->toArray()) {
        const QJsonObject o = v.toObject();
        PendingTempGroup g;
        g.instanceId = o.value(QStringLiteral("instanceId")).toString();
        g.name = o.value(QStringLiteral("name")).toString();
        g.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
        if (!g.instanceId.isEmpty() && !g.name.isEmpty())
            out.append(g);
    }
    return out;
}

QList<PendingTempGroup> TempGroupLedger::forInstance(const QString &instanceId) const
{
    QList<PendingTempGroup> out;
    for (const PendingTempGroup &g : all()) {
        if (g.instanceId == instanceId)
            out.append(g);
    }
    return out;
}

Status TempGroupLedger::add(const PendingTempGroup &group)
{
    QList<PendingTempGroup> groups = all();
    if (!groups.contains(group))
        groups.append(group);
    return write(groups);
}

Status TempGroupLedger::remove(const QString &instanceId, const QString &name)
{
    QList<PendingTempGroup> groups = all();
    const qsizetype removed = groups.removeIf([&](const PendingTempGroup &g) { return g.instanceId == instanceId && g.name == name; });
    if (removed == 0)
        return {};
    return write(groups);
}

Status TempGroupLedger::write(const QList<PendingTempGroup> &groups)
{
    if (!m_store.isOpen())
        return StateStore::notOpenError();
    if (groups.isEmpty())
        return m_store.removeSetting(QLatin1String(kPendingTempGroupsSettingKey));
    QJsonArray array;
    for (const PendingTempGroup &g : groups) {
        array.append(QJsonObject{{QStringLiteral("instanceId"), g.instanceId},
                                 {QStringLiteral("name"), g.name},
                                 {QStringLiteral("createdAt"), g.createdAt.toUTC().toString(Qt::ISODateWithMs)}});
    }
    return m_store.setSetting(QLatin1String(kPendingTempGroupsSettingKey), array);
}

} // namespace ul
