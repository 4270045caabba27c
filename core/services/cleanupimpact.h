#pragma once

#include "core/services/cleanuptypes.h"
#include "core/store/records.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace ul {

// The layer records a cleanup looks at, and where each instance lives.
struct CleanupLayers
{
    QList<SiteGroupRecord> siteGroups;
    QList<L2Record> l2Groups;
    QList<L3Record> l3Groups;
    QList<L3MemberRecord> members;
    QHash<QString, QString> instanceUrls;  // instance id → base URL (proxy URLs are built from it)
};

// What taking `removedSiteGroups` out of rotation does to each L3 — the same rule the
// reconciliation's merge applies (core/layers/upstreammerge.h): active members of those site
// groups leave; when no active member would remain, one of them stays (gpt-load needs an
// upstream) and the L3 is flagged: it is not among the removed upstreams and counts as the one
// remaining upstream. L3 groups without a removed member are not listed.
QList<AffectedModelGroup> predictCleanupImpact(const CleanupLayers &layers, const QSet<qint64> &removedSiteGroups);

// Sum of the removed upstreams.
int countCleanedUpstreams(const QList<AffectedModelGroup> &groups);

} // namespace ul
