#include "core/sites/groupnameclash.h"

#include "core/sites/groupnames.h"

#include <QSet>

namespace ul {

QString GroupNameClash::message() const
{
    const QString skipped = skippedSiteGroup.isEmpty()
        ? QStringLiteral("model \"%1\"").arg(skippedModel)
        : QStringLiteral("model \"%1\" via \"%2\"").arg(skippedModel, skippedSiteGroup);
    if (problem == GroupNameProblem::InvalidName)
        return QStringLiteral("%1 skipped: its name yields no valid gpt-load group name").arg(skipped);
    const QString owner = ownerSiteGroup.isEmpty()
        ? QStringLiteral("model \"%1\"").arg(ownerModel)
        : QStringLiteral("model \"%1\" via \"%2\"").arg(ownerModel, ownerSiteGroup);
    return QStringLiteral("%1 skipped: group name \"%2\" already belongs to %3").arg(skipped, groupName, owner);
}

ModelGroupAssignment assignModelGroupNames(const QStringList &models, const QHash<QString, QString> &existingOwners)
{
    ModelGroupAssignment result;
    QHash<QString, QString> owners = existingOwners;
    for (const QString &model : models) {
        if (result.groupByModel.contains(model))
            continue;  // listed twice
        const QString name = modelGroupName(model);
        if (name.isEmpty()) {
            result.clashes.append({GroupNameProblem::InvalidName, name, model, {}, {}, {}});
            continue;
        }
        const auto owner = owners.constFind(name);
        if (owner != owners.constEnd() && owner.value() != model) {
            result.clashes.append({GroupNameProblem::Clash, name, model, {}, owner.value(), {}});
            continue;
        }
        owners.insert(name, model);
        result.groupByModel.insert(model, name);
    }
    return result;
}

QString ModelChannelAssignment::groupNameFor(const QString &model, const QString &siteGroup) const
{
    for (const Entry &entry : assigned) {
        if (entry.channel.model == model && entry.channel.siteGroup == siteGroup)
            return entry.groupName;
    }
    return QString();
}

ModelChannelAssignment assignModelChannelGroupNames(const QList<ModelChannel> &channels,
                                                    const QHash<QString, ModelChannel> &existingOwners)
{
    ModelChannelAssignment result;
    QHash<QString, ModelChannel> owners = existingOwners;
    QSet<QString> assignedNames;
    for (const ModelChannel &channel : channels) {
        const QString name = modelChannelGroupName(channel.model, channel.siteGroup);
        if (safeGroupName(channel.model).isEmpty()) {
            result.clashes.append({GroupNameProblem::InvalidName, QString(), channel.model, channel.siteGroup, {}, {}});
            continue;
        }
        const auto owner = owners.constFind(name);
        if (owner != owners.constEnd()) {
            if (owner.value() == channel) {
                if (!assignedNames.contains(name)) {
                    result.assigned.append({channel, name});
                    assignedNames.insert(name);
                }
                continue;  // already ours (store or listed twice)
            }
            result.clashes.append({GroupNameProblem::Clash, name, channel.model, channel.siteGroup,
                                   owner.value().model, owner.value().siteGroup});
            continue;
        }
        owners.insert(name, channel);
        result.assigned.append({channel, name});
        assignedNames.insert(name);
    }
    return result;
}

} // namespace ul
