#pragma once

// Internals of the layer planner (planner.h), shared by planner*.cpp.

#include "core/layers/grouppayloads.h"
#include "core/layers/planner.h"
#include "core/layers/upstreammerge.h"

#include <QHash>
#include <QPair>
#include <QSet>

namespace ul::planning {

// Where a group is, as far as the listings tell.
enum class Where {
    Listed,       // found on `instanceId`
    Missing,      // not there; create it on `instanceId`
    Unreachable,  // the store places it on an instance without a listing: unknown
    Unplaceable,  // no record and no healthy instance to put it on
};

struct Location
{
    Where where = Where::Unplaceable;
    QString instanceId;
    const GroupInfo *group = nullptr;
};

enum class L2State { Exists, Created, Unknown, Skipped };

// The planner's view of one desired L2 after planning it.
struct L2Plan
{
    QString name;
    QString model;
    const SiteGroupRecord *siteGroup = nullptr;
    const L2Record *record = nullptr;
    QString instanceId;
    QString url;             // its proxy URL, empty when it has no instance
    L2State state = L2State::Skipped;
    bool keepAsIs = false;   // its site group is missing: L3 membership is left as it is
    int createOp = -1;
};

// One desired L3: a model in one format, with the site groups of that format serving it.
struct L3Slot
{
    QString model;
    ChannelType type = ChannelType::OpenAI;
    QString name;
    QList<const SiteGroupRecord *> members;
};

// A group whose pool may need the admin key removed (key migration).
struct PoolGroup
{
    Layer layer = Layer::ModelChannel;
    QString name;
    QString instanceId;
    quint64 groupId = 0;
    int createOp = -1;
    int uploadOp = -1;
};

// The part every operation on one gpt-load group has: what it does to group `name` of `layer`
// (of `model`, for L2 and L3) on `instanceId`, and the group's id once it exists.
PlannedOperation groupOperation(OpKind kind, Layer layer, const QString &instanceId, const QString &name,
                                const QString &model = QString(), quint64 groupId = 0);
// An UpdateGroup of the listed group sending the fields `diff` found different; the caller adds
// the upstreams and the detail.
PlannedOperation updateOperation(Layer layer, const QString &instanceId, const QString &name, const QString &model,
                                 quint64 groupId, const FieldDiff &diff);

class PlanBuilder
{
public:
    explicit PlanBuilder(const PlannerInput &input);

    Plan reconcile();
    Plan teardown();

private:
    // planner.cpp — indices, lookups, desired state, providers
    void index();
    void computeDesired();
    const PlanInstance *instance(const QString &id) const;
    bool reachable(const QString &id) const;
    const GroupInfo *listed(const QString &instanceId, const QString &name) const;
    Location locate(const QString &name, const QString &recordInstanceId) const;
    bool adoptable(const GroupInfo &group, Layer layer, const QString &model) const;
    QString notOursReason(const GroupInfo &group, const QString &instanceId) const;
    std::optional<UrlOwner> urlOwner(const QString &url) const;
    QString siteGroupName(qint64 id) const;
    int addOp(PlannedOperation op);
    int addRecordOp(Layer layer, const QString &instanceId, const QString &group, const QList<RecordPatch> &patches,
                    const QList<int> &dependsOn = {});
    void skip(Layer layer, const QString &group, const QString &model, const QString &instanceId, const QString &reason);
    void addProvider(const PlannedProvider &provider);
    void planProvidersOutOfScope();
    void planProviderOps();

    // planner_l2.cpp — site groups and L2
    void planSiteGroupTouchUps();
    L2Plan planL2(const QString &model, const SiteGroupRecord &siteGroup, const QString &name);
    void planL2Deletions(bool teardown);
    void planSiteGroupRemovals();

    // planner_l3.cpp — L3, deletions, key migration
    void planModel(const QString &model);
    void planSlot(const L3Slot &slot);
    void planL3(const L3Slot &slot, const Location &location, const QList<L2Plan> &plans);
    void planL3Deletions(bool teardown);
    void planKeyMigration();
    int planPoolKey(Layer layer, const QString &name, const QString &instanceId, quint64 groupId, int createOp,
                    const QString &recordFingerprint);

    const PlannerInput &m_in;
    Plan m_plan;
    QString m_hopFingerprint;

    QHash<QString, const PlanInstance *> m_instances;
    QHash<QString, QHash<QString, const GroupInfo *>> m_listed;  // instance → name → group
    QHash<QString, QString> m_instanceByBaseUrl;                 // instance url → id
    QHash<qint64, const SiteGroupRecord *> m_siteGroups;
    QSet<QString> m_siteGroupNames;  // recorded or listed with the site layer's sort
    QHash<QString, const L2Record *> m_l2ByName;
    QHash<QString, const L3Record *> m_l3ByName;
    QHash<QPair<qint64, qint64>, const L3MemberRecord *> m_members;  // (l3 id, l2 id)

    // Desired state.
    QStringList m_models;                                   // models with members, first-seen order
    QList<L3Slot> m_slots;                                  // per model: T(M) first, then other formats
    QHash<QString, QList<int>> m_slotsByModel;              // model → indices into m_slots
    QHash<QPair<QString, qint64>, QString> m_l2NameByMember; // (model, site group id) → L2 name
    QSet<QString> m_desiredL2Names;
    QHash<QString, ChannelType> m_desiredL2Types;           // L2 name → its format
    QSet<QString> m_desiredL3Names;
    QSet<QString> m_extraScope;  // models of removed site groups: always planned

    // Planning results used by later steps.
    QHash<QString, QList<int>> m_opsRemovingL2;  // L2 name → L3 operations that drop its URL
    QSet<QString> m_uncheckedL3Models;           // models whose L3 could not be examined
    QHash<qint64, QList<int>> m_l2RemovalsBySiteGroup;
    QSet<qint64> m_siteGroupsWithDeferredL2;
    QList<PoolGroup> m_poolGroups;
    QSet<QString> m_providerNames;
};

} // namespace ul::planning
