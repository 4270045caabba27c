#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ul {

// Different models can map to one group name: `gpt-4.1` and `gpt-4-1` both give the L3 name
// `gpt-4-1`, and cutting L2 names to 100 characters can merge two long (model, site) pairs.
// Our application never merges two models into one group: the first owner keeps the name, the
// other model is skipped and reported (uni-load-behaviour.md §6.2). Model ids are compared
// exactly (case-sensitively): sites may reject a model id in another case.

enum class GroupNameProblem {
    Clash,        // the name already belongs to another model (or model × site group)
    InvalidName,  // the model yields no usable group name (safe() is empty)
};

struct GroupNameClash
{
    GroupNameProblem problem = GroupNameProblem::Clash;
    QString groupName;
    QString skippedModel;
    QString skippedSiteGroup;  // L2 only
    QString ownerModel;        // empty for InvalidName
    QString ownerSiteGroup;    // L2 only

    QString message() const;
    bool operator==(const GroupNameClash &) const = default;
};

// L3: model → group name. `existingOwners` maps L3 names already recorded in the store to the
// model they belong to; they always win. Among the new models, earlier entries win.
struct ModelGroupAssignment
{
    QMap<QString, QString> groupByModel;
    QList<GroupNameClash> clashes;
};
ModelGroupAssignment assignModelGroupNames(const QStringList &models,
                                           const QHash<QString, QString> &existingOwners = {});

// L2: (model, site group) → group name, with the same precedence.
struct ModelChannel
{
    QString model;
    QString siteGroup;
    bool operator==(const ModelChannel &) const = default;
};
struct ModelChannelAssignment
{
    struct Entry
    {
        ModelChannel channel;
        QString groupName;
        bool operator==(const Entry &) const = default;
    };
    QList<Entry> assigned;
    QList<GroupNameClash> clashes;

    QString groupNameFor(const QString &model, const QString &siteGroup) const;  // empty if skipped
};
ModelChannelAssignment assignModelChannelGroupNames(const QList<ModelChannel> &channels,
                                                    const QHash<QString, ModelChannel> &existingOwners = {});

} // namespace ul
