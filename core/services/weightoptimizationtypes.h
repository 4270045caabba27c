#pragma once

#include "core/layers/reconcileresult.h"
#include "core/layers/weightoptimization.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// What starts a weight optimization run (WeightOptimizerService::run).
struct WeightOptimizationRequest
{
    QString trigger = QStringLiteral("manual");  // manual | timer
    bool dryRun = false;                         // read the stats and propose; store nothing
    bool includeOperatorWeights = false;         // hand the operator's weights to the optimizer too
};

struct WeightOptimizationReport
{
    QString trigger;
    bool dryRun = false;
    bool includeOperatorWeights = false;
    QDateTime startedAt;
    QDateTime finishedAt;
    int modelGroups = 0;       // model groups with two or more active members
    int statsRead = 0;         // L2 groups whose stats were read
    int statsFailed = 0;       // … that could not be
    int changed = 0;           // member weights stored (dry run: that would be)
    QStringList models;        // models whose groups change
    QList<WeightProposal> proposals;
    std::optional<ReconcileResult> reconcile;  // none for a dry run or when nothing changed
    QStringList errors;        // reconcile problems; the store keeps the weights

    // A short English line for the log and the snapshot: "3 weight(s) changed; 2 model group(s)
    // checked" (+ "; stats unreadable for 1 group(s)", "; 1 problem(s) applying them").
    QString summary() const;
    QJsonObject toJson() const;
};

} // namespace ul
