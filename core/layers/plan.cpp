#include "core/layers/plan.h"

#include <QJsonArray>

namespace ul {

QString opKindName(OpKind kind)
{
    switch (kind) {
    case OpKind::CreateGroup: return QStringLiteral("create-group");
    case OpKind::UpdateGroup: return QStringLiteral("update-group");
    case OpKind::DeleteGroup: return QStringLiteral("delete-group");
    case OpKind::UploadPoolKey: return QStringLiteral("upload-pool-key");
    case OpKind::DeletePoolKey: return QStringLiteral("delete-pool-key");
    case OpKind::RecordStore: return QStringLiteral("record");
    case OpKind::UpsertProvider: return QStringLiteral("upsert-provider");
    case OpKind::RemoveProvider: return QStringLiteral("remove-provider");
    }
    return {};
}

namespace {

// What every patch names: its kind and the record (layer, name) it changes.
RecordPatch patch(RecordPatch::Kind kind, Layer layer, const QString &name)
{
    RecordPatch p;
    p.kind = kind;
    p.layer = layer;
    p.name = name;
    return p;
}

} // namespace

RecordPatch RecordPatch::upsertL2(const L2Record &record)
{
    RecordPatch p = patch(Kind::UpsertL2, Layer::ModelChannel, record.name);
    p.l2 = record;
    return p;
}

RecordPatch RecordPatch::upsertL3(const L3Record &record)
{
    RecordPatch p = patch(Kind::UpsertL3, Layer::Aggregate, record.name);
    p.l3 = record;
    return p;
}

RecordPatch RecordPatch::setPoolKey(Layer layer, const QString &name, const QString &fingerprint)
{
    RecordPatch p = patch(Kind::SetPoolKey, layer, name);
    p.fingerprint = fingerprint;
    return p;
}

RecordPatch RecordPatch::removeL2(const QString &name)
{
    return patch(Kind::RemoveL2, Layer::ModelChannel, name);
}

RecordPatch RecordPatch::removeL3(const QString &name)
{
    return patch(Kind::RemoveL3, Layer::Aggregate, name);
}

RecordPatch RecordPatch::upsertMember(const QString &l3Name, const Member &member)
{
    RecordPatch p = patch(Kind::UpsertMember, Layer::Aggregate, l3Name);
    p.member = member;
    return p;
}

RecordPatch RecordPatch::removeMember(const QString &l3Name, const QString &l2Name)
{
    RecordPatch p = patch(Kind::RemoveMember, Layer::Aggregate, l3Name);
    p.member.l2Name = l2Name;
    return p;
}

RecordPatch RecordPatch::setNoHealthyMember(const QString &l3Name, bool flag)
{
    RecordPatch p = patch(Kind::SetNoHealthyMember, Layer::Aggregate, l3Name);
    p.flag = flag;
    return p;
}

RecordPatch RecordPatch::removeSiteGroup(const QString &siteGroupName)
{
    return patch(Kind::RemoveSiteGroup, Layer::SiteGroup, siteGroupName);
}

QString RecordPatch::describe() const
{
    switch (kind) {
    case Kind::UpsertL2: return QStringLiteral("save L2 %1").arg(name);
    case Kind::UpsertL3: return QStringLiteral("save L3 %1").arg(name);
    case Kind::SetPoolKey: return QStringLiteral("pool key of %1").arg(name);
    case Kind::RemoveL2: return QStringLiteral("forget L2 %1").arg(name);
    case Kind::RemoveL3: return QStringLiteral("forget L3 %1").arg(name);
    case Kind::UpsertMember:
        return QStringLiteral("member %1 of %2: weight %3 (%4), %5")
            .arg(member.l2Name, name)
            .arg(member.weight)
            .arg(member.weightSource, channelStateName(member.state));
    case Kind::RemoveMember: return QStringLiteral("forget member %1 of %2").arg(member.l2Name, name);
    case Kind::SetNoHealthyMember:
        return flag ? QStringLiteral("%1 has no healthy member").arg(name) : QStringLiteral("%1 has a healthy member again").arg(name);
    case Kind::RemoveSiteGroup: return QStringLiteral("forget site group %1").arg(name);
    }
    return {};
}

bool PlannedOperation::touchesGptLoad() const
{
    switch (kind) {
    case OpKind::CreateGroup:
    case OpKind::UpdateGroup:
    case OpKind::DeleteGroup:
    case OpKind::UploadPoolKey:
    case OpKind::DeletePoolKey: return true;
    case OpKind::RecordStore:
    case OpKind::UpsertProvider:
    case OpKind::RemoveProvider: break;
    }
    return false;
}

QJsonObject PlannedOperation::toJson() const
{
    return QJsonObject{{QStringLiteral("op"), opKindName(kind)},
                       {QStringLiteral("instance"), instanceId},
                       {QStringLiteral("group"), group},
                       {QStringLiteral("detail"), detail}};
}

QJsonObject SkippedItem::toJson() const
{
    return QJsonObject{{QStringLiteral("layer"), layerKey(layer)},
                       {QStringLiteral("group"), group},
                       {QStringLiteral("model"), model},
                       {QStringLiteral("instance"), instanceId},
                       {QStringLiteral("reason"), reason}};
}

QJsonObject PlanSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("create"), create}, {QStringLiteral("update"), update}, {QStringLiteral("delete"), remove}};
}

PlanSummary Plan::summary() const
{
    PlanSummary s;
    for (const PlannedOperation &op : operations) {
        switch (op.kind) {
        case OpKind::CreateGroup: ++s.create; break;
        case OpKind::UpdateGroup:
        case OpKind::UploadPoolKey:
        case OpKind::DeletePoolKey: ++s.update; break;
        case OpKind::DeleteGroup: ++s.remove; break;
        case OpKind::RecordStore:
        case OpKind::UpsertProvider:
        case OpKind::RemoveProvider: break;
        }
    }
    return s;
}

int Plan::gptLoadOperationCount() const
{
    int n = 0;
    for (const PlannedOperation &op : operations)
        n += op.touchesGptLoad() ? 1 : 0;
    return n;
}

QJsonObject Plan::toJson() const
{
    QJsonArray ops;
    for (const PlannedOperation &op : operations)
        ops.append(op.toJson());
    QJsonArray skippedJson;
    for (const SkippedItem &s : skipped)
        skippedJson.append(s.toJson());
    QJsonArray clashesJson;
    for (const GroupNameClash &c : clashes)
        clashesJson.append(QJsonObject{{QStringLiteral("group"), c.groupName},
                                       {QStringLiteral("model"), c.skippedModel},
                                       {QStringLiteral("siteGroup"), c.skippedSiteGroup},
                                       {QStringLiteral("message"), c.message()}});
    return QJsonObject{{QStringLiteral("operations"), ops},
                       {QStringLiteral("summary"), summary().toJson()},
                       {QStringLiteral("skipped"), skippedJson},
                       {QStringLiteral("clashes"), clashesJson},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                       {QStringLiteral("formatConflicts"), formatConflictsJson(formatConflicts)},
                       {QStringLiteral("unreachableInstances"), QJsonArray::fromStringList(unreachableInstances)}};
}

QString FormatConflict::message() const
{
    return QStringLiteral("%1: its L3 group uses the %2 format, so %3 (%4 format) carries none of its traffic")
        .arg(model, channelTypeName(used), leftOut.join(QStringLiteral(", ")), channelTypeName(leftOutType));
}

QJsonObject FormatConflict::toJson() const
{
    return {{QStringLiteral("model"), model},
            {QStringLiteral("format"), channelTypeName(used)},
            {QStringLiteral("leftOutFormat"), channelTypeName(leftOutType)},
            {QStringLiteral("leftOut"), QJsonArray::fromStringList(leftOut)}};
}

QJsonArray formatConflictsJson(const QList<FormatConflict> &conflicts)
{
    QJsonArray out;
    for (const FormatConflict &c : conflicts)
        out.append(c.toJson());
    return out;
}

} // namespace ul
