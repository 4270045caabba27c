#include "core/onboarding/grouplistings.h"

#include "core/common/redactor.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/sites/baseurl.h"
#include "core/sites/groupnames.h"

namespace ul {

QFuture<Result<GroupListings>> GroupListings::fetch(const InstanceConfigList &instances, InstanceRegistry &registry,
                                                    AliveFlag alive)
{
    QList<QFuture<Result<QList<GroupInfo>>>> calls;
    for (const InstanceConfig &instance : instances) {
        GptLoadClient *client = registry.client(instance.id);
        calls.append(client ? client->listGroups()
                            : readyError<QList<GroupInfo>>(Error::notFound(QStringLiteral("no client for instance %1").arg(instance.id))));
    }
    return whenAllResults(calls).then([instances, alive](const QList<Result<QList<GroupInfo>>> &results) -> Result<GroupListings> {
        if (!*alive)
            return shutdownError();
        GroupListings listings;
        for (qsizetype i = 0; i < instances.size(); ++i) {
            Entry entry;
            entry.instance = instances.at(i);
            const Result<QList<GroupInfo>> &r = results.at(i);
            if (r.ok()) {
                entry.ok = true;
                entry.groups = r.value();
            } else if (r.error().kind == ErrorKind::Cancelled) {
                return r.error();
            } else {
                entry.error = Redactor::text(r.error().message);
            }
            listings.m_entries.append(entry);
        }
        return listings;
    });
}

InstanceConfigList GroupListings::reachable() const
{
    InstanceConfigList out;
    for (const Entry &e : m_entries) {
        if (e.ok)
            out.append(e.instance);
    }
    return out;
}

bool GroupListings::isReachable(const QString &instanceId) const
{
    for (const Entry &e : m_entries) {
        if (e.instance.id == instanceId)
            return e.ok;
    }
    return false;
}

QStringList GroupListings::failures() const
{
    QStringList out;
    for (const Entry &e : m_entries) {
        if (!e.ok)
            out.append(QStringLiteral("gpt-load '%1' (%2): %3").arg(e.instance.name, e.instance.id, e.error));
    }
    return out;
}

QStringList GroupListings::unreachableIds() const
{
    QStringList out;
    for (const Entry &e : m_entries) {
        if (!e.ok)
            out.append(e.instance.id);
    }
    return out;
}

std::optional<GroupInfo> GroupListings::find(const QString &instanceId, const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.instance.id != instanceId || !e.ok)
            continue;
        for (const GroupInfo &g : e.groups) {
            if (g.name == name)
                return g;
        }
    }
    return std::nullopt;
}

std::optional<GroupListings::Located> GroupListings::findAnywhere(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (!e.ok)
            continue;
        for (const GroupInfo &g : e.groups) {
            if (g.name == name)
                return Located{e.instance, g};
        }
    }
    return std::nullopt;
}

QList<GroupListings::Located> GroupListings::all() const
{
    QList<Located> out;
    for (const Entry &e : m_entries) {
        for (const GroupInfo &g : e.groups)
            out.append(Located{e.instance, g});
    }
    return out;
}

void GroupListings::upsert(const QString &instanceId, const GroupInfo &group)
{
    for (Entry &e : m_entries) {
        if (e.instance.id != instanceId)
            continue;
        for (GroupInfo &g : e.groups) {
            if (g.id == group.id) {
                g = group;
                return;
            }
        }
        e.groups.append(group);
        return;
    }
}

SiteUrlIndex siteUrlIndex(const QList<SiteRecord> &sites, const GroupListings &listings)
{
    SiteUrlIndex index;
    for (const SiteRecord &s : sites)
        index.insert(s.name, s.baseUrl);
    for (const GroupListings::Located &located : listings.all()) {
        const GroupInfo &g = located.group;
        if (g.sort != 20 || g.isAggregate() || g.upstreams.isEmpty())
            continue;
        const std::optional<TypeSuffixedName> split = splitTypeSuffixedName(g.name);
        if (!split || index.contains(split->prefix))
            continue;
        const Result<NormalizedBaseUrl> url = normalizeBaseUrl(g.upstreams.first().url, VersionSegmentPolicy::Warn);
        index.insert(split->prefix, url.ok() ? url->url : g.upstreams.first().url);
    }
    return index;
}

std::optional<InstanceChoice> chooseSiteInstance(const InstanceConfigList &healthyByPriority, const QString &assignedId,
                                                 const QString &discoveryInstanceId)
{
    const auto findHealthy = [&](const QString &id) -> std::optional<InstanceConfig> {
        if (id.isEmpty())
            return std::nullopt;
        for (const InstanceConfig &i : healthyByPriority) {
            if (i.id == id)
                return i;
        }
        return std::nullopt;
    };
    if (const auto assigned = findHealthy(assignedId))
        return InstanceChoice{*assigned, QStringLiteral("assignment")};
    if (const auto discovered = findHealthy(discoveryInstanceId))
        return InstanceChoice{*discovered, QStringLiteral("discovery")};
    if (!healthyByPriority.isEmpty())
        return InstanceChoice{healthyByPriority.first(), QStringLiteral("first-healthy")};
    return std::nullopt;
}

} // namespace ul
