#pragma once

#include "core/common/result.h"
#include "core/layers/memberweights.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ul {

class Engine;
class StateStore;

// The three layers per model, read from the state store in the engine thread (through
// Engine::invoke, so the UI never waits): for each model its L3 groups (one per format) and, per
// site group that offers it, the L2 group with its weight and member state. The models,
// architecture and health pages and GET /api/models read it; the snapshot only carries per-site
// counts.

struct ModelSiteCell
{
    QString siteGroup;          // L1 name
    QString site;               // site name
    QString siteGroupInstance;  // instance id of the L1 group
    QString channelType;        // the site group's format
    QString l2Name;             // empty: the site group lists the model but no L2 exists (yet)
    qint64 l2Id = 0;
    QString l2Instance;
    bool member = false;        // the L2 is an upstream of one of the model's L3 groups
    QString l3Name;             // that L3 ("" when not a member)
    qint64 l3Id = 0;
    int weight = 0;
    QString weightSource;       // default | operator | optimizer
    QString memberState;        // active | disabled-by-health | …; "" when not a member
};

// One L3 group of a model: a model served in several formats has one per format.
struct ModelGroupRef
{
    QString name;
    qint64 id = 0;
    QString instance;
    QString channelType;
    bool noHealthyMember = false;
};

struct ModelRow
{
    QString model;
    QList<ModelGroupRef> l3s;   // by creation; empty: no L3 recorded
    QList<ModelSiteCell> cells; // by site group name

    const ModelSiteCell *cell(const QString &siteGroup) const;
    const ModelGroupRef *l3OfFormat(const QString &channelType) const;
    const ModelGroupRef *l3WithId(qint64 id) const;
    QString l3Names() const;    // ", "-joined
    bool anyWithoutHealthyMember() const;
    int activeMembers() const;
    int activeMembersOf(qint64 l3Id) const;  // of one of its L3 groups
};

struct ModelMatrix
{
    QStringList siteGroups;     // every L1 name, sorted
    QHash<QString, QString> siteOfGroup;
    QList<ModelRow> models;     // by model name (case-insensitive)

    const ModelRow *model(const QString &name) const;
    // Models a site group offers (those with a cell for it).
    QStringList modelsOf(const QString &siteGroup) const;

    // GET /api/models: {models:[{model, groups:[{name, format, instance, noHealthyMember,
    // activeMembers}], channels:[{siteGroup, site, format, instance, modelChannel, member,
    // modelGroup, weight, weightSource, state}]}], matchingModels, offset, totalModels, siteGroups}
    // — the models whose name contains `filter` (case-insensitive; all when empty), `limit` of them
    // (all when negative) from the `offset`th match. No keys: the store holds none here.
    QJsonObject toJson(const QString &filter = QString(), int offset = 0, int limit = -1) const;
};

// Reads the matrix from `store` (in the thread that owns it).
Result<ModelMatrix> readModelMatrix(const StateStore &store);
// Reads the matrix in the engine thread (Unavailable while the store is not open).
QFuture<Result<ModelMatrix>> loadModelMatrix(Engine *engine);

} // namespace ul
