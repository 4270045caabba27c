#include "core/services/weightoptimizationtypes.h"

#include <QJsonArray>

namespace ul {

QString WeightOptimizationReport::summary() const
{
    // Parts joined by "; ", one number each: the console translates them one by one (EngineText).
    QStringList parts{(dryRun ? QStringLiteral("%1 weight(s) would change") : QStringLiteral("%1 weight(s) changed")).arg(changed),
                      QStringLiteral("%1 model group(s) checked").arg(modelGroups)};
    if (statsFailed > 0)
        parts << QStringLiteral("stats unreadable for %1 group(s)").arg(statsFailed);
    if (!errors.isEmpty())
        parts << QStringLiteral("%1 problem(s) applying them").arg(errors.size());
    return parts.join(QStringLiteral("; "));
}

QJsonObject WeightOptimizationReport::toJson() const
{
    QJsonArray list;
    for (const WeightProposal &p : proposals)
        list.append(p.toJson());
    QJsonObject o{{QStringLiteral("trigger"), trigger},
                  {QStringLiteral("dryRun"), dryRun},
                  {QStringLiteral("includeOperatorWeights"), includeOperatorWeights},
                  {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("finishedAt"), finishedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("modelGroups"), modelGroups},
                  {QStringLiteral("statsRead"), statsRead},
                  {QStringLiteral("statsFailed"), statsFailed},
                  {QStringLiteral("changed"), changed},
                  {QStringLiteral("models"), QJsonArray::fromStringList(models)},
                  {QStringLiteral("proposals"), list},
                  {QStringLiteral("summary"), summary()}};
    if (reconcile)
        o.insert(QStringLiteral("reconcile"), reconcile->toJson());
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    return o;
}

} // namespace ul
