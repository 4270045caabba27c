#include "core/gptload/gptloadclient.h"

#include "core/gptload/gptloadclient_p.h"

#include <QJsonArray>

// Groups, stats and aggregate members (gptload-api.md §4, §5, §7).

namespace ul {

namespace {

QString groupPath(quint64 groupId, const QString &suffix = {})
{
    return QStringLiteral("/api/groups/") + QString::number(groupId) + suffix;
}

Status toStatus(const Result<Envelope> &envelope)
{
    if (!envelope.ok())
        return envelope.error();
    return {};
}

// §0.4 step 5: a name that every gpt-load from v1.1 accepts (validated before sending), refused
// for its length, means v1.0.22 or older, whose names stop at 30 characters.
constexpr int kOldGroupNameLimit = 30;

bool refusedForOldNameLimit(const Error &error, const QString &name)
{
    return error.code == QLatin1String("VALIDATION_FAILED") && name.size() > kOldGroupNameLimit
        && (error.message.contains(QLatin1String("group name"), Qt::CaseInsensitive)
            || error.message.contains(QStringLiteral("分组名称")));
}

} // namespace

QFuture<Result<QList<GroupInfo>>> GptLoadClient::listGroups()
{
    const QString route = QStringLiteral("/api/groups");
    return guardedThen(call(HttpMethod::Get, route, route), this,
                       [this, route](Result<Envelope> envelope) -> Result<QList<GroupInfo>> {
                           if (!envelope.ok())
                               return envelope.error();
                           Result<QList<GroupInfo>> groups = parseGroupList(envelope->data);
                           if (!groups.ok())
                               return groups.error().withContext(context(HttpMethod::Get, route));
                           return groups;
                       });
}

QFuture<Result<std::optional<GroupInfo>>> GptLoadClient::findGroupByName(const QString &name)
{
    return guardedThen(listGroups(), this, [name](Result<QList<GroupInfo>> groups) -> Result<std::optional<GroupInfo>> {
        if (!groups.ok())
            return groups.error();
        for (const GroupInfo &g : groups.value()) {
            if (g.name == name)
                return std::optional<GroupInfo>(g);
        }
        return std::optional<GroupInfo>();
    });
}

QFuture<Result<GroupInfo>> GptLoadClient::createGroup(const GroupCreate &group)
{
    if (Status valid = group.validate(); !valid.ok())
        return readyError<GroupInfo>(valid.error().withContext(label() + QStringLiteral(": create group")));
    const QString route = QStringLiteral("/api/groups");
    const QString where = context(HttpMethod::Post, route);
    const QString name = group.name.trimmed();
    return guardedThen(call(HttpMethod::Post, route, route, {}, compactJson(group.toJson())), this,
                       [where, name, who = label()](Result<Envelope> envelope) -> Result<GroupInfo> {
                           if (!envelope.ok()) {
                               Error error = envelope.error();
                               if (refusedForOldNameLimit(error, name)) {
                                   error.code = QLatin1String(kUnsupportedVersionCode);
                                   error.message = QStringLiteral("%1 refused the %2-character group name %3: gpt-load "
                                                                  "v1.0.22 and older allow 30 characters at most; "
                                                                  "upgrade it to v1.1 or newer")
                                                       .arg(who)
                                                       .arg(name.size())
                                                       .arg(name);
                                   return error;
                               }
                               if (error.kind == ErrorKind::Timeout || error.kind == ErrorKind::Network) {
                                   // The request may have landed: never retry blindly (§13).
                                   error.code = QLatin1String(kOutcomeUnknownCode);
                                   error.details = QStringLiteral("group '%1' may have been created; check with "
                                                                  "findGroupByName() before creating it again").arg(name);
                               }
                               return error;
                           }
                           Result<GroupInfo> created = GroupInfo::fromJson(envelope->data);
                           if (!created.ok())
                               return created.error().withContext(where);
                           return created;
                       });
}

QFuture<Result<GroupInfo>> GptLoadClient::updateGroup(quint64 groupId, const GroupUpdate &update)
{
    if (Status valid = update.validate(); !valid.ok())
        return readyError<GroupInfo>(valid.error().withContext(label() + QStringLiteral(": update group %1").arg(groupId)));
    const QString route = QStringLiteral("/api/groups/:id");
    const QString where = context(HttpMethod::Put, route);
    return guardedThen(call(HttpMethod::Put, groupPath(groupId), route, {}, compactJson(update.toJson())), this,
                       [where](Result<Envelope> envelope) -> Result<GroupInfo> {
                           if (!envelope.ok())
                               return envelope.error();
                           Result<GroupInfo> updated = GroupInfo::fromJson(envelope->data);
                           if (!updated.ok())
                               return updated.error().withContext(where);
                           return updated;
                       });
}

QFuture<Status> GptLoadClient::deleteGroup(quint64 groupId)
{
    return guardedThen(call(HttpMethod::Delete, groupPath(groupId), QStringLiteral("/api/groups/:id")), this, toStatus);
}

QFuture<Result<GroupInfo>> GptLoadClient::copyGroup(quint64 groupId, CopyKeysMode keys)
{
    const QString route = QStringLiteral("/api/groups/:id/copy");
    const QString where = context(HttpMethod::Post, route);
    const QByteArray body = compactJson(QJsonObject{{QStringLiteral("copy_keys"), copyKeysModeName(keys)}});
    return guardedThen(call(HttpMethod::Post, groupPath(groupId, QStringLiteral("/copy")), route, {}, body), this,
                       [where](Result<Envelope> envelope) -> Result<GroupInfo> {
                           if (!envelope.ok())
                               return envelope.error();
                           Result<GroupInfo> copy = GroupInfo::fromJson(envelope->data.toObject().value(QLatin1String("group")));
                           if (!copy.ok())
                               return copy.error().withContext(where);
                           return copy;
                       });
}

QFuture<Result<GroupStats>> GptLoadClient::groupStats(quint64 groupId)
{
    const QString route = QStringLiteral("/api/groups/:id/stats");
    const QString where = context(HttpMethod::Get, route);
    return guardedThen(call(HttpMethod::Get, groupPath(groupId, QStringLiteral("/stats")), route), this,
                       [this, where](Result<Envelope> envelope) -> Result<GroupStats> {
                           if (!envelope.ok())
                               return envelope.error();
                           Result<GroupStats> stats = GroupStats::fromJson(envelope->data);
                           if (!stats.ok())
                               return stats.error().withContext(where);
                           // The observed layout beats the one guessed from the profile.
                           if (m_capabilities)
                               m_capabilities->statsLayout = stats->layout;
                           return stats;
                       });
}

QFuture<Result<QList<SubGroupInfo>>> GptLoadClient::subGroups(quint64 aggregateId)
{
    const QString route = QStringLiteral("/api/groups/:id/sub-groups");
    const QString where = context(HttpMethod::Get, route);
    return guardedThen(call(HttpMethod::Get, groupPath(aggregateId, QStringLiteral("/sub-groups")), route), this,
                       [where](Result<Envelope> envelope) -> Result<QList<SubGroupInfo>> {
                           if (!envelope.ok())
                               return envelope.error();
                           QList<SubGroupInfo> members;
                           for (const QJsonValue &item : envelope->data.toArray()) {
                               Result<SubGroupInfo> member = SubGroupInfo::fromJson(item);
                               if (!member.ok())
                                   return member.error().withContext(where);
                               members.append(std::move(member).value());
                           }
                           return members;
                       });
}

QFuture<Status> GptLoadClient::addSubGroups(quint64 aggregateId, const QList<SubGroupWeight> &members)
{
    if (members.isEmpty())
        return QtFuture::makeReadyFuture(Status(Error::validation(QStringLiteral("sub_groups"),
                                                                  QStringLiteral("no sub-groups to add"))));
    QJsonArray list;
    for (const SubGroupWeight &m : members)
        list.append(QJsonObject{{QStringLiteral("group_id"), qint64(m.groupId)}, {QStringLiteral("weight"), m.weight}});
    const QByteArray body = compactJson(QJsonObject{{QStringLiteral("sub_groups"), list}});
    return guardedThen(call(HttpMethod::Post, groupPath(aggregateId, QStringLiteral("/sub-groups")),
                            QStringLiteral("/api/groups/:id/sub-groups"), {}, body),
                       this, toStatus);
}

QFuture<Status> GptLoadClient::setSubGroupWeight(quint64 aggregateId, quint64 memberGroupId, int weight)
{
    const QByteArray body = compactJson(QJsonObject{{QStringLiteral("weight"), weight}});
    return guardedThen(call(HttpMethod::Put,
                            groupPath(aggregateId, QStringLiteral("/sub-groups/%1/weight").arg(memberGroupId)),
                            QStringLiteral("/api/groups/:id/sub-groups/:subGroupId/weight"), {}, body),
                       this, toStatus);
}

QFuture<Status> GptLoadClient::removeSubGroup(quint64 aggregateId, quint64 memberGroupId)
{
    return guardedThen(call(HttpMethod::Delete, groupPath(aggregateId, QStringLiteral("/sub-groups/%1").arg(memberGroupId)),
                            QStringLiteral("/api/groups/:id/sub-groups/:subGroupId")),
                       this, toStatus);
}

QFuture<Result<QList<ParentAggregate>>> GptLoadClient::parentAggregates(quint64 groupId)
{
    return guardedThen(call(HttpMethod::Get, groupPath(groupId, QStringLiteral("/parent-aggregate-groups")),
                            QStringLiteral("/api/groups/:id/parent-aggregate-groups")),
                       this, [](Result<Envelope> envelope) -> Result<QList<ParentAggregate>> {
                           if (!envelope.ok())
                               return envelope.error();
                           QList<ParentAggregate> parents;
                           for (const QJsonValue &item : envelope->data.toArray())
                               parents.append(ParentAggregate::fromJson(item.toObject()));
                           return parents;
                       });
}

} // namespace ul
