#include "core/layers/modelgroupnames.h"

#include "core/sites/groupnames.h"

#include <QSet>

namespace ul {

QMap<ChannelType, QString> nameModelGroupsByFormat(const QString &model, const QString &plainName,
                                                   const QList<ChannelType> &formats,
                                                   const QList<const L3Record *> &records,
                                                   QHash<QString, QString> &owners)
{
    QMap<ChannelType, QString> names;
    QSet<QString> taken;
    for (const ChannelType type : formats) {
        const L3Record *kept = nullptr;
        for (const L3Record *r : records) {
            if (r->channelType != type || taken.contains(r->name))
                continue;
            if (!kept || r->name == plainName)
                kept = r;
        }
        if (kept) {
            names.insert(type, kept->name);
            taken.insert(kept->name);
        }
    }
    for (const ChannelType type : formats) {
        if (names.contains(type))
            continue;
        for (const QString &candidate : {plainName, formatModelGroupName(plainName, type)}) {
            if (candidate.isEmpty() || taken.contains(candidate))
                continue;
            const auto owner = owners.constFind(candidate);
            if (owner != owners.constEnd() && owner.value() != model)
                continue;
            names.insert(type, candidate);
            taken.insert(candidate);
            owners.insert(candidate, model);
            break;
        }
    }
    return names;
}

} // namespace ul
