#include "core/layers/architecturestatus.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace ul {

namespace {
QJsonObject layerJson(const ArchitectureLayer &layer, int names)
{
    return QJsonObject{{QStringLiteral("name"), layer.name},
                       {QStringLiteral("count"), int(layer.groups.size())},
                       {QStringLiteral("groups"), QJsonArray::fromStringList(names < 0 ? layer.groups : layer.groups.first(std::min<qsizetype>(names, layer.groups.size())))},
                       {QStringLiteral("unconfirmed"), layer.unconfirmed}};
}

template <typename Record>
void collect(ArchitectureLayer &layer, const QList<Record> &records, const QHash<QString, QSet<QString>> &names)
{
    for (const Record &r : records) {
        const auto it = names.constFind(r.instanceId);
        if (it == names.constEnd())
            ++layer.unconfirmed;
        else if (it->contains(r.name))
            layer.groups.append(r.name);
    }
    std::sort(layer.groups.begin(), layer.groups.end());
}
} // namespace

QJsonObject ArchitectureStatus::toJson(int names) const
{
    return QJsonObject{
        {QStringLiteral("layers"),
         QJsonObject{{QStringLiteral("layer1"), layerJson(layer1, names)},
                     {QStringLiteral("layer2"), layerJson(layer2, names)},
                     {QStringLiteral("layer3"), layerJson(layer3, names)}}},
        {QStringLiteral("recovery"),
         QJsonObject{{QStringLiteral("scheduled"), recoveryScheduled}, {QStringLiteral("failed"), recoveryFailed}}},
    };
}

ArchitectureStatus buildArchitectureStatus(const QList<SiteGroupRecord> &siteGroups, const QList<L2Record> &l2Groups,
                                           const QList<L3Record> &l3Groups, const QList<ChannelHealthRecord> &health,
                                           const QHash<QString, QList<GroupInfo>> &listings)
{
    QHash<QString, QSet<QString>> names;
    for (auto it = listings.begin(); it != listings.end(); ++it) {
        QSet<QString> &set = names[it.key()];
        for (const GroupInfo &g : it.value())
            set.insert(g.name);
    }
    ArchitectureStatus s;
    // The original's labels: "site groups", "model-channel groups", "model aggregate groups".
    s.layer1.name = QStringLiteral("站点分组");
    s.layer2.name = QStringLiteral("模型-渠道分组");
    s.layer3.name = QStringLiteral("模型聚合分组");
    collect(s.layer1, siteGroups, names);
    collect(s.layer2, l2Groups, names);
    collect(s.layer3, l3Groups, names);
    for (const ChannelHealthRecord &h : health) {
        if (h.nextRecoveryProbe.isValid())
            ++s.recoveryScheduled;
        if (h.recoveryFailures > 0)
            ++s.recoveryFailed;
    }
    return s;
}

} // namespace ul
