#pragma once

#include "core/common/channeltype.h"
#include "core/gptload/grouptypes.h"
#include "core/layers/layersettings.h"
#include "core/sites/groupnameclash.h"
#include "core/store/records.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ul {

// The output of the layer planner (planner.h): what a reconciliation would do, as data. The
// executor (planexecutor.h) runs it; GET /api/plan shows it.

enum class OpKind {
    CreateGroup,     // POST /api/groups (L2 or L3)
    UpdateGroup,     // PUT /api/groups/:id with only the changed fields (`upstreams` complete)
    DeleteGroup,     // DELETE /api/groups/:id (ownership checked by the planner)
    UploadPoolKey,   // the hop key into an L2/L3 pool (add-multiple)
    DeletePoolKey,   // admin keys out of an L2/L3 pool (adoption key migration, delete-multiple)
    RecordStore,     // state-store changes only, no gpt-load call
    UpsertProvider,  // api.yaml entry added or changed (done by the api.yaml publish)
    RemoveProvider,  // api.yaml entry removed (done by the api.yaml publish)
};
QString opKindName(OpKind kind);  // "create-group", "update-group", …, "record", "upsert-provider"

// An upstream a Create/UpdateGroup wants. When it points at an L2 that this plan creates,
// `createdBy` names that operation: if the creation fails, the entry is dropped at run time
// instead of failing the whole L3 change.
struct PlannedUpstream
{
    Upstream upstream;
    QString l2Name;       // the L2 group the URL points at; empty for upstreams we did not create
    int createdBy = -1;   // operation id, -1 = the target exists already

    bool operator==(const PlannedUpstream &) const = default;
};

// One state-store change, applied when its operation succeeds. Records are addressed by group
// name (unique in the store); ids are resolved when the change is applied.
struct RecordPatch
{
    enum class Kind {
        UpsertL2,           // `l2` (id ignored); groupId 0 = the id the operation produced
        UpsertL3,           // `l3`, same rule
        SetPoolKey,         // poolKeyFingerprint of L2/L3 `name`
        RemoveL2,           // `name`
        RemoveL3,           // `name`
        UpsertMember,       // member `member` of L3 `name`
        RemoveMember,       // member `member.l2Name` of L3 `name`
        SetNoHealthyMember, // flag of L3 `name`
        RemoveSiteGroup,    // site group `name` (and its site when it has no other group)
    };

    struct Member
    {
        QString l2Name;
        int weight = 1;
        QString weightSource = QStringLiteral("default");
        ChannelState state = ChannelState::Active;
        bool operator==(const Member &) const = default;
    };

    Kind kind = Kind::UpsertL2;
    Layer layer = Layer::ModelChannel;
    QString name;
    L2Record l2;
    L3Record l3;
    QString fingerprint;
    Member member;
    bool flag = false;

    static RecordPatch upsertL2(const L2Record &record);
    static RecordPatch upsertL3(const L3Record &record);
    static RecordPatch setPoolKey(Layer layer, const QString &name, const QString &fingerprint);
    static RecordPatch removeL2(const QString &name);
    static RecordPatch removeL3(const QString &name);
    static RecordPatch upsertMember(const QString &l3Name, const Member &member);
    static RecordPatch removeMember(const QString &l3Name, const QString &l2Name);
    static RecordPatch setNoHealthyMember(const QString &l3Name, bool flag);
    static RecordPatch removeSiteGroup(const QString &siteGroupName);

    QString describe() const;  // "save L2 x", "member x of y weight 3", …
};

struct PlannedOperation
{
    int id = -1;                 // index in Plan::operations
    OpKind kind = OpKind::RecordStore;
    Layer layer = Layer::ModelChannel;
    QString instanceId;
    QString group;               // group name (provider name for provider operations)
    QString model;
    quint64 groupId = 0;         // the group's gpt-load id; 0 when `groupCreatedBy` creates it
    int groupCreatedBy = -1;

    GroupCreate create;          // CreateGroup; its upstreams come from `upstreams`
    GroupUpdate update;          // UpdateGroup: every changed field except upstreams
    bool setsUpstreams = false;  // UpdateGroup sends `upstreams`
    QList<PlannedUpstream> upstreams;  // Create/UpdateGroup: the complete desired list
    QList<Upstream> currentUpstreams;  // UpdateGroup: the list gpt-load shows now
    QList<SecretText> keys;      // Upload/DeletePoolKey — secret, never shown
    QStringList fields;          // changed fields, for display

    QList<int> dependsOn;        // must succeed before this runs
    QList<int> awaits;           // must finish before this runs; a failure only drops upstreams

    QString detail;              // human-readable, no secrets
    QList<RecordPatch> patches;  // applied when it succeeds

    bool touchesGptLoad() const;
    // {op, instance, group, detail}
    QJsonObject toJson() const;
};

// A model served in several formats gets an L3 per format; when the name a further format's L3
// would take belongs to another model, that format is left out: its site groups carry none of
// the model's traffic.
struct FormatConflict
{
    QString model;
    ChannelType used = ChannelType::OpenAI;
    ChannelType leftOutType = ChannelType::OpenAI;
    QStringList leftOut;  // site group names

    QString message() const;     // the plan's warning
    QJsonObject toJson() const;  // {model, format, leftOutFormat, leftOut}
    bool operator==(const FormatConflict &) const = default;
};

// Something the planner could not do now, with the reason (unreachable instance, missing site
// group, no healthy instance, …). A later run retries it: the store still holds the intent.
struct SkippedItem
{
    Layer layer = Layer::ModelChannel;
    QString group;
    QString model;
    QString instanceId;
    QString reason;

    QJsonObject toJson() const;
    bool operator==(const SkippedItem &) const = default;
};

// An L3 whose provider api.yaml may carry after the run. The api.yaml publish keeps it when the
// group exists afterwards: it existed and was not deleted, or its creation succeeded.
struct PlannedProvider
{
    QString l3Name;
    QString model;
    QString instanceId;
    ChannelType currentType = ChannelType::OpenAI;  // what gpt-load has (or the store, if unknown)
    ChannelType desiredType = ChannelType::OpenAI;
    bool existsNow = false;      // listed, or recorded on an unreachable instance
    int createOp = -1;
    int typeOp = -1;             // the update that changes the channel type
    int deleteOp = -1;
};

struct PlanSummary
{
    int create = 0;  // groups created
    int update = 0;  // group updates and pool-key uploads/removals
    int remove = 0;  // groups deleted

    QJsonObject toJson() const;  // {create, update, delete}
};

QJsonArray formatConflictsJson(const QList<FormatConflict> &conflicts);

struct Plan
{
    QList<PlannedOperation> operations;  // dependencies always point at earlier operations
    QList<SkippedItem> skipped;
    QList<GroupNameClash> clashes;
    QList<PlannedProvider> providers;
    QStringList warnings;  // includes the formatConflicts' messages
    QList<FormatConflict> formatConflicts;
    QStringList unreachableInstances;
    bool providersKnown = false;  // api.yaml was readable, so provider operations are listed

    PlanSummary summary() const;
    bool isEmpty() const { return operations.isEmpty(); }
    int gptLoadOperationCount() const;
    // {operations:[{op, instance, group, detail}], summary:{create, update, delete}, skipped,
    //  clashes, warnings, formatConflicts, unreachableInstances} — the shape of GET /api/plan.
    QJsonObject toJson() const;
};

} // namespace ul
