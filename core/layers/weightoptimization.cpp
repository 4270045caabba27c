#include "core/layers/weightoptimization.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace ul {

namespace {

bool isOperatorWeight(const L3MemberRecord &m)
{
    return m.weightSource == QLatin1String("operator");
}

// Active members per L3 id.
QHash<qint64, int> activeMemberCounts(const QList<L3MemberRecord> &members)
{
    QHash<qint64, int> counts;
    for (const L3MemberRecord &m : members) {
        if (m.state == ChannelState::Active)
            ++counts[m.l3Id];
    }
    return counts;
}

// The members a run looks at, in the order they are reported.
QList<const L3MemberRecord *> measuredMembers(const WeightOptimizationInput &input, const QHash<qint64, const L3Record *> &l3ById,
                                              const QHash<qint64, const L2Record *> &l2ById)
{
    const QHash<qint64, int> active = activeMemberCounts(input.members);
    QList<const L3MemberRecord *> out;
    for (const L3MemberRecord &m : input.members) {
        if (m.state != ChannelState::Active || active.value(m.l3Id) < 2)
            continue;
        if (!l3ById.contains(m.l3Id) || !l2ById.contains(m.l2Id))
            continue;
        out.append(&m);
    }
    std::sort(out.begin(), out.end(), [&](const L3MemberRecord *a, const L3MemberRecord *b) {
        const QString &ga = l3ById.value(a->l3Id)->name;
        const QString &gb = l3ById.value(b->l3Id)->name;
        if (ga != gb)
            return ga < gb;
        return l2ById.value(a->l2Id)->name < l2ById.value(b->l2Id)->name;
    });
    return out;
}

template <typename Record>
QHash<qint64, const Record *> byId(const QList<Record> &records)
{
    QHash<qint64, const Record *> out;
    for (const Record &r : records)
        out.insert(r.id, &r);
    return out;
}

} // namespace

QString weightDecisionName(WeightDecision d)
{
    switch (d) {
    case WeightDecision::Change:
        return QStringLiteral("change");
    case WeightDecision::WithinTolerance:
        return QStringLiteral("within-tolerance");
    case WeightDecision::OperatorWeight:
        return QStringLiteral("operator-weight");
    case WeightDecision::NoStats:
        return QStringLiteral("no-stats");
    }
    return QString();
}

int optimizedWeight(const RequestWindow &traffic)
{
    if (traffic.total < kMinRequestsForEvidence)
        return kNeutralOptimizedWeight;
    // The counts are exact; gpt-load rounds failure_rate to four decimals.
    const double rate = std::clamp(double(traffic.failed) / double(traffic.total), 0.0, 1.0);
    return std::max(1, int(std::lround((1.0 - rate) * kNeutralOptimizedWeight)));
}

bool withinWeightTolerance(int current, int proposed)
{
    const int tolerance = std::max(1, int(std::lround(current * kWeightChangeTolerance)));
    return std::abs(proposed - current) <= tolerance;
}

QList<qint64> l2GroupsToMeasure(const WeightOptimizationInput &input)
{
    const auto l3ById = byId(input.l3Groups);
    const auto l2ById = byId(input.l2Groups);
    QSet<qint64> ids;
    for (const L3MemberRecord *m : measuredMembers(input, l3ById, l2ById)) {
        if (!isOperatorWeight(*m) || input.includeOperatorWeights)
            ids.insert(m->l2Id);
    }
    QList<qint64> out(ids.cbegin(), ids.cend());
    std::sort(out.begin(), out.end());
    return out;
}

WeightOptimizationPlan planOptimizedWeights(const WeightOptimizationInput &input, const QHash<qint64, RequestWindow> &traffic,
                                            const QHash<qint64, QString> &statsErrors)
{
    const auto l3ById = byId(input.l3Groups);
    const auto l2ById = byId(input.l2Groups);
    WeightOptimizationPlan plan;
    for (const L3MemberRecord *m : measuredMembers(input, l3ById, l2ById)) {
        const L3Record *l3 = l3ById.value(m->l3Id);
        WeightProposal p;
        p.l3Id = m->l3Id;
        p.l2Id = m->l2Id;
        p.model = l3->model;
        p.modelGroup = l3->name;
        p.modelChannel = l2ById.value(m->l2Id)->name;
        p.currentWeight = m->weight;
        p.currentSource = m->weightSource.isEmpty() ? QStringLiteral("default") : m->weightSource;
        p.proposedWeight = m->weight;
        if (const auto t = traffic.constFind(m->l2Id); t != traffic.cend())
            p.traffic = *t;
        if (isOperatorWeight(*m) && !input.includeOperatorWeights) {
            p.decision = WeightDecision::OperatorWeight;
        } else if (!p.traffic) {
            p.decision = WeightDecision::NoStats;
            p.statsError = statsErrors.value(m->l2Id, QStringLiteral("not read"));
        } else {
            p.proposedWeight = optimizedWeight(*p.traffic);
            // An operator weight handed to the optimizer changes source even at the same figure.
            p.decision = !isOperatorWeight(*m) && withinWeightTolerance(m->weight, p.proposedWeight) ? WeightDecision::WithinTolerance
                                                                                                     : WeightDecision::Change;
            if (p.decision == WeightDecision::Change) {
                L3MemberRecord updated = *m;
                updated.weight = p.proposedWeight;
                updated.weightSource = QStringLiteral("optimizer");
                plan.updated.append(updated);
                if (!plan.models.contains(l3->model))
                    plan.models.append(l3->model);
            }
        }
        plan.proposals.append(p);
    }
    std::sort(plan.models.begin(), plan.models.end());
    return plan;
}

QJsonObject WeightProposal::toJson() const
{
    QJsonObject o{{QStringLiteral("model"), model},
                  {QStringLiteral("modelGroup"), modelGroup},
                  {QStringLiteral("modelChannel"), modelChannel},
                  {QStringLiteral("currentWeight"), currentWeight},
                  {QStringLiteral("currentSource"), currentSource},
                  {QStringLiteral("proposedWeight"), proposedWeight},
                  {QStringLiteral("decision"), weightDecisionName(decision)}};
    if (traffic) {
        o.insert(QStringLiteral("requests"), traffic->total);
        o.insert(QStringLiteral("failedRequests"), traffic->failed);
        o.insert(QStringLiteral("failureRate"), traffic->failureRate);
    }
    if (!statsError.isEmpty())
        o.insert(QStringLiteral("statsError"), statsError);
    return o;
}

} // namespace ul
