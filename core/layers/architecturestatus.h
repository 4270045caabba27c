#pragma once

#include "core/gptload/grouptypes.h"
#include "core/store/records.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ul {

// GET /api/architecture-status and /api/architecture-stats (uni-load-behaviour.md §13): the
// original's object, with real counts. A group counts when the store records it AND the
// listing of its instance shows it; records on unreachable instances are counted separately
// (`unconfirmed`), never as present.
struct ArchitectureLayer
{
    QString name;          // the original's label
    QStringList groups;    // confirmed group names, sorted
    int unconfirmed = 0;   // recorded on an instance whose listing is unavailable
};

struct ArchitectureStatus
{
    ArchitectureLayer layer1;
    ArchitectureLayer layer2;
    ArchitectureLayer layer3;
    int recoveryScheduled = 0;  // channels with a recovery probe scheduled
    int recoveryFailed = 0;     // channels whose recovery probes keep failing

    // {"layers":{"layer1":{"name","count","groups"},…},"recovery":{"scheduled","failed"}};
    // `names` caps each layer's "groups" (the count stays; all when negative).
    QJsonObject toJson(int names = -1) const;
};

ArchitectureStatus buildArchitectureStatus(const QList<SiteGroupRecord> &siteGroups, const QList<L2Record> &l2Groups,
                                           const QList<L3Record> &l3Groups, const QList<ChannelHealthRecord> &health,
                                           const QHash<QString, QList<GroupInfo>> &listings);

} // namespace ul
