#pragma once

#include "core/common/instanceconfig.h"
#include "core/common/result.h"
#include "core/gptload/grouptypes.h"
#include "core/onboarding/futurechain.h"
#include "core/sites/sitename.h"
#include "core/store/records.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

class InstanceRegistry;

// The groups of the healthy instances, read once per operation (one GET /api/groups each,
// concurrently) and kept current by the operation's own writes (DESIGN.md §7). An instance whose
// listing failed is "unknown", not "empty" (uni-load-behaviour.md §5.2).
class GroupListings final
{
public:
    struct Located
    {
        InstanceConfig instance;
        GroupInfo group;
    };

    static QFuture<Result<GroupListings>> fetch(const InstanceConfigList &instances, InstanceRegistry &registry,
                                                AliveFlag alive);

    InstanceConfigList reachable() const;          // listing succeeded, in the given (priority) order
    bool isReachable(const QString &instanceId) const;
    QStringList failures() const;                  // "gpt-load 'name' (id): message", redacted
    QStringList unreachableIds() const;

    std::optional<GroupInfo> find(const QString &instanceId, const QString &name) const;
    // Exact name across reachable instances, first by priority.
    std::optional<Located> findAnywhere(const QString &name) const;
    QList<Located> all() const;

    void upsert(const QString &instanceId, const GroupInfo &group);

private:
    struct Entry
    {
        InstanceConfig instance;
        bool ok = false;
        QString error;
        QList<GroupInfo> groups;
    };
    QList<Entry> m_entries;
};

// Existing sites by name → normalized base URL, for site-name disambiguation (§6.1): the stored
// sites, plus the L1-looking groups (`<site>-<type>`, sort 20) found on the instances that the
// store does not know (e.g. made by the original uni-load), keyed by their name prefix.
SiteUrlIndex siteUrlIndex(const QList<SiteRecord> &sites, const GroupListings &listings);

// Where new site groups of a site go (§5.3): the persisted assignment when that instance is
// healthy; else the instance on which temp-group discovery succeeded; else the first healthy one.
struct InstanceChoice
{
    InstanceConfig instance;
    QString reason;  // "assignment", "discovery", "first-healthy"
};
std::optional<InstanceChoice> chooseSiteInstance(const InstanceConfigList &healthyByPriority, const QString &assignedId,
                                                 const QString &discoveryInstanceId);

} // namespace ul
