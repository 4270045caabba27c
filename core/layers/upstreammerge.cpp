#include "core/layers/upstreammerge.h"

#include <QSet>

namespace ul {

namespace {
int weightFor(const MergeMember &m, std::optional<int> seen)
{
    if (m.fixedWeight)
        return *m.fixedWeight;
    if (seen)
        return *seen;
    return m.storedWeight.value_or(1);
}
} // namespace

QList<Upstream> MergeResult::plainUpstreams() const
{
    QList<Upstream> out;
    out.reserve(upstreams.size());
    for (const PlannedUpstream &u : upstreams)
        out.append(u.upstream);
    return out;
}

QString trimmedUrl(const QString &url)
{
    QString u = url.trimmed();
    while (u.endsWith(QLatin1Char('/')))
        u.chop(1);
    return u;
}

std::optional<ProxyUrlParts> splitProxyUrl(const QString &url)
{
    const QString u = trimmedUrl(url);
    const qsizetype at = u.lastIndexOf(QStringLiteral("/proxy/"));
    if (at <= 0)
        return std::nullopt;
    const QString group = u.mid(at + 7);
    if (group.isEmpty() || group.contains(QLatin1Char('/')))
        return std::nullopt;
    return ProxyUrlParts{u.left(at), group};
}

MergeResult mergeL3Upstreams(const QList<Upstream> &existing, const QList<MergeMember> &members, const UrlOwnerFn &ownerOf)
{
    QHash<QString, int> memberByUrl;
    QHash<QString, int> memberByName;
    for (int i = 0; i < members.size(); ++i) {
        memberByUrl.insert(trimmedUrl(members.at(i).url), i);
        memberByName.insert(members.at(i).l2Name, i);
    }

    MergeResult r;
    QSet<QString> present;
    int inactiveCandidate = -1;          // a disabled member that was in the list
    std::optional<int> inactiveCandidateWeight;

    const auto keepMember = [&](const MergeMember &m, int weight) {
        r.upstreams.append(PlannedUpstream{Upstream{m.url, weight}, m.l2Name, m.createdBy});
        present.insert(m.l2Name);
        if (m.active && !m.keepAsIs)
            r.memberWeights.insert(m.l2Name, weight);
    };

    for (const Upstream &e : existing) {
        int idx = memberByUrl.value(trimmedUrl(e.url), -1);
        const std::optional<UrlOwner> owner = idx < 0 && ownerOf ? ownerOf(e.url) : std::nullopt;
        if (idx < 0 && owner)
            idx = memberByName.value(owner->l2Name, -1);  // a member's URL on the wrong host
        if (idx >= 0) {
            const MergeMember &m = members.at(idx);
            const bool exactUrl = trimmedUrl(e.url) == trimmedUrl(m.url);
            if (present.contains(m.l2Name)) {
                r.removedL2s.append(m.l2Name);  // duplicate entry
                continue;
            }
            if (m.keepAsIs) {
                r.upstreams.append(PlannedUpstream{e, m.l2Name, -1});
                present.insert(m.l2Name);
                continue;
            }
            if (!m.active) {
                r.removedL2s.append(m.l2Name);
                if (inactiveCandidate < 0) {
                    inactiveCandidate = idx;
                    inactiveCandidateWeight = e.weight;
                }
                continue;
            }
            // Keep gpt-load's weight unless the store holds an operator/optimizer weight; a URL
            // on the wrong host is repaired in place.
            keepMember(m, weightFor(m, e.weight));
            if (!exactUrl)
                r.removedL2s.append(m.l2Name);
            continue;
        }
        if (owner && owner->obsolete) {
            r.removedL2s.append(owner->l2Name);
            continue;
        }
        r.upstreams.append(PlannedUpstream{e, owner ? owner->l2Name : QString(), -1});
    }

    for (const MergeMember &m : members) {
        if (m.active && m.canAdd && !m.keepAsIs && !present.contains(m.l2Name))
            keepMember(m, weightFor(m, std::nullopt));
    }

    bool healthy = false;
    for (const PlannedUpstream &u : std::as_const(r.upstreams)) {
        const int idx = memberByName.value(u.l2Name, -1);
        if (idx >= 0 && (members.at(idx).active || members.at(idx).keepAsIs))
            healthy = true;
    }

    if (r.upstreams.isEmpty()) {
        // gpt-load needs at least one upstream: keep (or put back) one disabled member.
        int idx = inactiveCandidate;
        std::optional<int> seen = inactiveCandidateWeight;
        if (idx < 0) {
            for (int i = 0; i < members.size(); ++i) {
                if (!members.at(i).active && members.at(i).canAdd) {
                    idx = i;
                    break;
                }
            }
        }
        if (idx >= 0) {
            const MergeMember &m = members.at(idx);
            r.upstreams.append(PlannedUpstream{Upstream{m.url, weightFor(m, seen)}, m.l2Name, m.createdBy});
            r.removedL2s.removeAll(m.l2Name);
            r.keptInactiveMember = m.l2Name;
        }
    }
    r.noHealthyMember = !healthy;

    bool anyPositive = false;
    for (const PlannedUpstream &u : std::as_const(r.upstreams))
        anyPositive = anyPositive || u.upstream.weight > 0;
    if (!anyPositive && !r.upstreams.isEmpty()) {
        // gpt-load rejects a list without a positive weight.
        for (PlannedUpstream &u : r.upstreams) {
            if (!u.l2Name.isEmpty() && memberByName.contains(u.l2Name)) {
                u.upstream.weight = 1;
                if (r.memberWeights.contains(u.l2Name))
                    r.memberWeights.insert(u.l2Name, 1);
                r.raisedZeroWeight = true;
                break;
            }
        }
    }
    return r;
}

} // namespace ul
