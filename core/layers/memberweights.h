#pragma once

#include "core/common/result.h"
#include "core/layers/reconcileresult.h"
#include "core/store/records.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace ul {

// The operator's weights of L3 members (an L2 as a weighted upstream of its model's L3 group):
// validated and stored by Engine::setMemberWeights, then applied to gpt-load by reconciling the
// affected models. An operator weight is never reset by later onboarding or sync.

inline constexpr int kMaxMemberWeight = 1000;

struct MemberWeightChange
{
    qint64 l3Id = 0;
    qint64 l2Id = 0;
    int weight = 1;
};

// What the store gets: the members whose weight or source changes, and the models they serve.
struct MemberWeightPlan
{
    QList<L3MemberRecord> updated;
    QStringList models;  // sorted, unique
};

// Pure: checks every change against the recorded members (Validation for a weight outside
// 1 … kMaxMemberWeight, NotFound for a member that no longer exists). A change to the weight the
// operator already set is left out.
Result<MemberWeightPlan> planMemberWeights(const QList<L3MemberRecord> &members, const QList<L3Record> &l3Groups,
                                           const QList<MemberWeightChange> &changes);

struct MemberWeightResult
{
    int changed = 0;
    QStringList models;
    std::optional<ReconcileResult> reconcile;  // none when nothing changed
    QStringList errors;                        // reconcile problems; the store keeps the weights

    QJsonObject toJson() const;
};

} // namespace ul
