#pragma once

#include "core/gptload/stattypes.h"
#include "core/store/records.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// Optional weight optimization (uni-load-behaviour.md §12.2): the weight of each L3 member from
// the failure rate of its L2 group over gpt-load's recent window, so a model's traffic leans away
// from the sites that fail. Pure functions; the engine reads the stats and stores the result.
//
// Rules, beyond the original's formula (weight = max(1, round((1 − failure rate) × 100)), time
// factor 1 as gpt-load has no latency figures):
// - only active members change; a member out of rotation keeps the weight it returns with;
// - a weight the operator set is kept unless the run is asked to include those;
// - a model group with one active member has nothing to balance and is left alone;
// - fewer than kMinRequestsForEvidence requests are no evidence: the neutral weight 100;
// - a change within 5 % of the current weight (at least 1) is not made, so weights do not churn.

inline constexpr int kNeutralOptimizedWeight = 100;
inline constexpr qint64 kMinRequestsForEvidence = 10;
inline constexpr double kWeightChangeTolerance = 0.05;

enum class WeightDecision {
    Change,           // the proposed weight differs enough: it is stored (source "optimizer")
    WithinTolerance,  // the proposed weight is within 5 % of the current one
    OperatorWeight,   // set by the operator; kept
    NoStats,          // the L2 group's stats could not be read
};
QString weightDecisionName(WeightDecision d);  // "change", "within-tolerance", "operator-weight", "no-stats"

// The weight for a member with this traffic.
int optimizedWeight(const RequestWindow &traffic);
// Whether moving from `current` to `proposed` is too small to be worth a change.
bool withinWeightTolerance(int current, int proposed);

struct WeightOptimizationInput
{
    QList<L3Record> l3Groups;
    QList<L2Record> l2Groups;
    QList<L3MemberRecord> members;
    bool includeOperatorWeights = false;
};

// The L2 groups whose stats a run needs: active members of model groups with two or more active
// members (operator-weighted members only when included), sorted by id.
QList<qint64> l2GroupsToMeasure(const WeightOptimizationInput &input);

struct WeightProposal
{
    qint64 l3Id = 0;
    qint64 l2Id = 0;
    QString model;
    QString modelGroup;    // L3 name
    QString modelChannel;  // L2 name
    int currentWeight = 1;
    QString currentSource;  // default | operator | optimizer
    int proposedWeight = 1;
    std::optional<RequestWindow> traffic;
    QString statsError;
    WeightDecision decision = WeightDecision::Change;

    QJsonObject toJson() const;
};

struct WeightOptimizationPlan
{
    QList<WeightProposal> proposals;   // one per measured member, by model group then L2 name
    QList<L3MemberRecord> updated;     // the members to store, weight source "optimizer"
    QStringList models;                // models whose model groups change, sorted
};

// Pure: proposals for the members l2GroupsToMeasure() names, from what was read for them
// (traffic by L2 id; a missing entry with an error in statsErrors is NoStats).
WeightOptimizationPlan planOptimizedWeights(const WeightOptimizationInput &input, const QHash<qint64, RequestWindow> &traffic,
                                            const QHash<qint64, QString> &statsErrors);

} // namespace ul
