#pragma once

// An in-memory "world" for planner unit tests: store records, gpt-load listings and api.yaml
// providers as plain values, plus applyPlan(), which plays a plan as if every step succeeded
// (the same semantics the executor and the api.yaml publish implement over the network).

#include "core/layers/plan.h"
#include "core/layers/plannerinput.h"

#include <QStringList>

namespace ul::test {

inline const QString kHop = QStringLiteral("sk-hop-key-for-tests-000000000000000000000000000000");
inline const QString kGateway = QStringLiteral("sk-gateway-key-for-tests-00000000000000000000000000");

class PlannerWorld
{
public:
    PlannerWorld();

    PlanInstance &addInstance(const QString &id, int priority, bool reachable = true);
    void setReachable(const QString &id, bool reachable);

    // A site group recorded in the store AND listed as an L1 group on its instance.
    SiteGroupRecord &addSiteGroup(const QString &name, ChannelType type, const QString &instanceId, const QStringList &models,
                                  bool listed = true);
    SiteGroupRecord *siteGroup(const QString &name);
    void removeSiteGroupRecord(const QString &name);

    // Direct access to what gpt-load lists.
    GroupInfo *listedGroup(const QString &name, QString *instanceId = nullptr);
    GroupInfo &addListedGroup(const QString &instanceId, const QJsonObject &body);
    void setUpstreamWeight(const QString &l3Name, const QString &l2Name, int weight);

    L3MemberRecord *member(const QString &l3Name, const QString &l2Name);
    L2Record *l2(const QString &name);
    L3Record *l3(const QString &name);

    // Input for the planner, with the placement instance chosen as the reconciler does.
    PlannerInput input() const;
    Plan plan() const;
    // Plays the plan: every step succeeds.
    void apply(const Plan &plan);
    // Plans and applies until the plan is empty (at most `rounds`); returns the rounds used.
    int converge(int rounds = 3);

    PlannerInput state;
    QHash<QString, QList<GroupInfo>> hiddenListings;  // listings of unreachable instances

private:
    qint64 m_nextGroupId = 100;
    qint64 m_nextRecordId = 1;
};

// "create-group gpt-4o" style signatures of a plan's operations, in order.
QStringList opSignatures(const Plan &plan, bool withRecords = false);
const PlannedOperation *findOp(const Plan &plan, OpKind kind, const QString &group);

} // namespace ul::test
