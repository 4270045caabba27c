#include "core/layers/memberweights.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace ul {

Result<MemberWeightPlan> planMemberWeights(const QList<L3MemberRecord> &members, const QList<L3Record> &l3Groups,
                                           const QList<MemberWeightChange> &changes)
{
    QHash<qint64, QString> modelOfL3;
    for (const L3Record &g : l3Groups)
        modelOfL3.insert(g.id, g.model);
    MemberWeightPlan plan;
    QHash<QPair<qint64, qint64>, qsizetype> planned;  // (l3, l2) → index in plan.updated
    for (const MemberWeightChange &c : changes) {
        if (c.weight < 1 || c.weight > kMaxMemberWeight)
            return Error::make(ErrorKind::Validation, QStringLiteral("weight %1 is outside 1 … %2").arg(c.weight).arg(kMaxMemberWeight));
        const auto it = std::find_if(members.cbegin(), members.cend(),
                                     [&c](const L3MemberRecord &m) { return m.l3Id == c.l3Id && m.l2Id == c.l2Id; });
        if (it == members.cend() || !modelOfL3.contains(c.l3Id))
            return Error::make(ErrorKind::NotFound, QStringLiteral("model group member %1/%2 no longer exists; reload and try again")
                                                        .arg(c.l3Id)
                                                        .arg(c.l2Id));
        const auto key = qMakePair(c.l3Id, c.l2Id);
        if (const auto seen = planned.constFind(key); seen != planned.cend()) {
            plan.updated[*seen].weight = c.weight;  // the last change to a member wins
            continue;
        }
        if (it->weight == c.weight && it->weightSource == QLatin1String("operator"))
            continue;
        L3MemberRecord updated = *it;
        updated.weight = c.weight;
        updated.weightSource = QStringLiteral("operator");
        planned.insert(key, plan.updated.size());
        plan.updated.append(updated);
        const QString model = modelOfL3.value(c.l3Id);
        if (!plan.models.contains(model))
            plan.models.append(model);
    }
    std::sort(plan.models.begin(), plan.models.end());
    return plan;
}

QJsonObject MemberWeightResult::toJson() const
{
    QJsonObject o{{QStringLiteral("changed"), changed}, {QStringLiteral("models"), QJsonArray::fromStringList(models)}};
    if (reconcile)
        o.insert(QStringLiteral("reconcile"), reconcile->toJson());
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    return o;
}

} // namespace ul
