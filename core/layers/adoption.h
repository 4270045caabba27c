#pragma once

#include "core/common/channeltype.h"
#include "core/common/result.h"
#include "core/gptload/grouptypes.h"
#include "core/layers/plannerinput.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ul {

class StateStore;

// Adopting a layout the original uni-load left in gpt-load (uni-load-behaviour.md §11.4):
// detect it from the listings, show what would be imported, and write the store records on
// confirmation. A reconciliation afterwards repairs URLs, merges upstreams and fixes channel
// types; the key migration (§1.2) is a separate, confirmed step.

struct AdoptedSiteGroup
{
    QString name;            // <site>-<type>
    QString siteName;        // the name without its last -<type> segment
    QString instanceId;
    quint64 groupId = 0;
    ChannelType channelType = ChannelType::OpenAI;
    QString baseUrl;         // its upstream, normalized
    QString testModel;
    QString validationEndpoint;
    QStringList models;      // from its L2 groups' test models (the real model names)
    bool recorded = false;   // the store has it already: left as it is
};

struct AdoptedModelChannel
{
    QString name;
    QString model;           // its test_model
    QString siteGroup;
    QString instanceId;
    quint64 groupId = 0;
    ChannelType channelType = ChannelType::OpenAI;
    bool recorded = false;
};

struct AdoptedMember
{
    QString l2Name;
    int weight = 1;
};

struct AdoptedModelGroup
{
    QString name;
    QString model;
    QString instanceId;
    quint64 groupId = 0;
    ChannelType channelType = ChannelType::OpenAI;
    QList<AdoptedMember> members;
    QStringList otherUpstreams;  // upstreams that are not L2 proxy URLs (kept by reconciliation)
    bool recorded = false;
};

// The original's two-layer model groups (sort 40, upstreams straight at site groups). Never
// imported; offered for deletion.
struct LegacyModelGroup
{
    QString name;
    QString instanceId;
    quint64 groupId = 0;
    QStringList siteGroups;
};

struct IgnoredGroup
{
    QString name;
    QString instanceId;
    QString reason;
};

struct AdoptionPreview
{
    QList<AdoptedSiteGroup> siteGroups;
    QList<AdoptedModelChannel> modelChannelGroups;
    QList<AdoptedModelGroup> modelGroups;
    QList<LegacyModelGroup> legacyGroups;
    QList<IgnoredGroup> ignored;
    QStringList unreachableInstances;  // not inspected: the preview may be incomplete

    int newRecordCount() const;        // groups the import would record
    bool hasSomethingToImport() const { return newRecordCount() > 0; }
    // GET /api/adoption/preview; without `withRecorded` the lists hold only what an import would
    // record (an adopted layout of 30 000 groups is 7 MB listed in full); `counts` has both.
    QJsonObject toJson(bool withRecorded = true) const;
};

// `recordedNames`: group names the store already has (site groups, L2, L3).
AdoptionPreview detectAdoptableLayout(const QList<PlanInstance> &instances, const QHash<QString, QList<GroupInfo>> &listings,
                                      const QSet<QString> &recordedNames);

struct AdoptionImportSummary
{
    int sites = 0;
    int siteGroups = 0;
    int modelChannelGroups = 0;
    int modelGroups = 0;
    int members = 0;

    QJsonObject toJson() const;
};

// Writes the records of every not-yet-recorded group in one transaction.
Result<AdoptionImportSummary> importAdoptedLayout(StateStore &store, const AdoptionPreview &preview);

// Whether a listed group is (still) one of the original's legacy two-layer groups: sort 40,
// standard, and every upstream a proxy URL of a configured instance naming a sort-20 group.
bool isLegacyModelGroup(const GroupInfo &group, const QList<PlanInstance> &instances, const QSet<QString> &siteGroupNames);

} // namespace ul
