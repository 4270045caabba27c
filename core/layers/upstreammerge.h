#pragma once

#include "core/gptload/grouptypes.h"
#include "core/layers/plan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ul {

// Merging an L3's upstream list (uni-load-behaviour.md §11.2, §11.3): add missing active members,
// keep existing weights and every upstream we did not create, remove only members the store
// says are gone or disabled, and never leave the list empty.

// One desired member of the L3 (an L2 of the L3's model and channel type).
struct MergeMember
{
    QString l2Name;
    QString url;                     // the L2's proxy URL on the instance it lives on
    bool active = true;              // member and site group are active
    bool canAdd = true;              // the L2 exists (or this plan creates it)
    bool keepAsIs = false;           // membership unknown now (e.g. its site group is missing): never add or remove
    int createdBy = -1;              // the operation creating the L2, if any
    std::optional<int> fixedWeight;  // operator or optimizer weight: wins over gpt-load's
    std::optional<int> storedWeight; // weight the store remembers otherwise (re-added members)
};

// What an upstream URL that is not one of this L3's members is.
struct UrlOwner
{
    QString l2Name;        // one of our L2 groups
    bool obsolete = false; // that L2 is no longer wanted anywhere: its URL goes
};
using UrlOwnerFn = std::function<std::optional<UrlOwner>(const QString &url)>;

struct MergeResult
{
    QList<PlannedUpstream> upstreams;
    QHash<QString, int> memberWeights;  // member L2s present in the result → weight
    QStringList removedL2s;             // our L2 groups whose URLs were removed
    bool noHealthyMember = false;       // no active member left in the result
    QString keptInactiveMember;         // set when the last-member rule kept a disabled member
    bool raisedZeroWeight = false;      // every weight was 0; the first member got weight 1

    QList<Upstream> plainUpstreams() const;
};

// `existing` = the L3's list in gpt-load (empty for a new L3). `ownerOf` identifies our L2 URLs
// among the rest (a member's URL on the wrong host is matched by the member's name through it).
// The result keeps `existing`'s order and appends new members in `members` order. An empty
// result means no member can be an upstream (the caller keeps the group as it is).
MergeResult mergeL3Upstreams(const QList<Upstream> &existing, const QList<MergeMember> &members, const UrlOwnerFn &ownerOf);

// `url` trimmed and without trailing slashes: the form in which the layers compare instance,
// site and upstream URLs.
QString trimmedUrl(const QString &url);

// The group name in a `<base>/proxy/<name>` URL and its base, or nullopt.
struct ProxyUrlParts
{
    QString base;
    QString group;
};
std::optional<ProxyUrlParts> splitProxyUrl(const QString &url);

} // namespace ul
