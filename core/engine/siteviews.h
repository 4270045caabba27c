#pragma once

#include "core/engine/snapshot.h"

#include <QList>

namespace ul {

class InstanceRegistry;
class StateStore;

struct SiteSnapshotPart
{
    QList<SiteView> sites;
    LayerCounts layers;
};

// The sites and the layer counts of a snapshot, read from the state store (six table reads, no
// network). `instances` may be null (names then fall back to ids).
SiteSnapshotPart buildSiteSnapshotPart(const StateStore &store, const InstanceRegistry *instances);

} // namespace ul
