#include "core/engine/modelmatrix.h"

#include "core/common/future.h"
#include "core/engine/engine.h"
#include "core/engine/enginecore.h"
#include "core/store/statestore.h"

#include <QJsonArray>

#include <algorithm>

namespace ul {

const ModelSiteCell *ModelRow::cell(const QString &siteGroup) const
{
    for (const ModelSiteCell &c : cells) {
        if (c.siteGroup == siteGroup)
            return &c;
    }
    return nullptr;
}

const ModelGroupRef *ModelRow::l3OfFormat(const QString &channelType) const
{
    for (const ModelGroupRef &g : l3s) {
        if (g.channelType == channelType)
            return &g;
    }
    return nullptr;
}

QString ModelRow::l3Names() const
{
    QStringList names;
    for (const ModelGroupRef &g : l3s)
        names.append(g.name);
    return names.join(QStringLiteral(", "));
}

bool ModelRow::anyWithoutHealthyMember() const
{
    return std::any_of(l3s.cbegin(), l3s.cend(), [](const ModelGroupRef &g) { return g.noHealthyMember; });
}

const ModelGroupRef *ModelRow::l3WithId(qint64 id) const
{
    for (const ModelGroupRef &g : l3s) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

namespace {
bool isActiveMember(const ModelSiteCell &c)
{
    return c.member && c.memberState == QLatin1String("active");
}
} // namespace

int ModelRow::activeMembers() const
{
    return static_cast<int>(std::count_if(cells.cbegin(), cells.cend(), isActiveMember));
}

int ModelRow::activeMembersOf(qint64 l3Id) const
{
    return static_cast<int>(
        std::count_if(cells.cbegin(), cells.cend(), [l3Id](const ModelSiteCell &c) { return c.l3Id == l3Id && isActiveMember(c); }));
}

const ModelRow *ModelMatrix::model(const QString &name) const
{
    for (const ModelRow &m : models) {
        if (m.model == name)
            return &m;
    }
    return nullptr;
}

QStringList ModelMatrix::modelsOf(const QString &siteGroup) const
{
    QStringList out;
    for (const ModelRow &m : models) {
        if (m.cell(siteGroup))
            out << m.model;
    }
    return out;
}

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject rowJson(const ModelRow &row)
{
    QJsonArray groups;
    for (const ModelGroupRef &g : row.l3s) {
        groups.append(QJsonObject{{QStringLiteral("name"), g.name},
                                  {QStringLiteral("format"), g.channelType},
                                  {QStringLiteral("instance"), g.instance},
                                  {QStringLiteral("noHealthyMember"), g.noHealthyMember},
                                  {QStringLiteral("activeMembers"), row.activeMembersOf(g.id)}});
    }
    QJsonArray channels;
    for (const ModelSiteCell &c : row.cells) {
        channels.append(QJsonObject{{QStringLiteral("siteGroup"), c.siteGroup},
                                    {QStringLiteral("site"), c.site},
                                    {QStringLiteral("format"), c.channelType},
                                    {QStringLiteral("instance"), textOrNull(c.l2Instance)},
                                    {QStringLiteral("modelChannel"), textOrNull(c.l2Name)},
                                    {QStringLiteral("member"), c.member},
                                    {QStringLiteral("modelGroup"), textOrNull(c.l3Name)},
                                    {QStringLiteral("weight"), c.member ? QJsonValue(c.weight) : QJsonValue(QJsonValue::Null)},
                                    {QStringLiteral("weightSource"), textOrNull(c.weightSource)},
                                    {QStringLiteral("state"), textOrNull(c.memberState)}});
    }
    return {{QStringLiteral("model"), row.model}, {QStringLiteral("groups"), groups}, {QStringLiteral("channels"), channels}};
}

} // namespace

QJsonObject ModelMatrix::toJson(const QString &filter, int offset, int limit) const
{
    QJsonArray rows;
    int matching = 0;
    for (const ModelRow &row : models) {
        if (!filter.isEmpty() && !row.model.contains(filter, Qt::CaseInsensitive))
            continue;
        // Only the rows of the page are written: a page of 50 of 300 models is a sixth of the work.
        if (matching >= offset && (limit < 0 || rows.size() < limit))
            rows.append(rowJson(row));
        ++matching;
    }
    return {{QStringLiteral("models"), rows},
            {QStringLiteral("matchingModels"), matching},
            {QStringLiteral("offset"), offset},
            {QStringLiteral("totalModels"), int(models.size())},
            {QStringLiteral("siteGroups"), QJsonArray::fromStringList(siteGroups)}};
}

Result<ModelMatrix> readModelMatrix(const StateStore &store)
{
    auto sites = store.sites();
    auto groups = store.siteGroups();
    auto l2s = store.l2Groups();
    auto l3s = store.l3Groups();
    auto members = store.l3Members();
    if (!sites.ok())
        return sites.error();
    if (!groups.ok())
        return groups.error();
    if (!l2s.ok())
        return l2s.error();
    if (!l3s.ok())
        return l3s.error();
    if (!members.ok())
        return members.error();
    QHash<qint64, QString> siteNames;
    for (const SiteRecord &s : sites.value())
        siteNames.insert(s.id, s.name);
    QHash<qint64, const SiteGroupRecord *> groupById;
    ModelMatrix matrix;
    for (const SiteGroupRecord &g : groups.value()) {
        groupById.insert(g.id, &g);
        matrix.siteGroups << g.name;
        matrix.siteOfGroup.insert(g.name, siteNames.value(g.siteId));
    }
    matrix.siteGroups.sort(Qt::CaseInsensitive);

    QHash<QString, ModelRow> rows;  // lower-case model → row
    const auto rowFor = [&rows](const QString &model) -> ModelRow & {
        ModelRow &row = rows[model.toLower()];
        if (row.model.isEmpty())
            row.model = model;
        return row;
    };
    QHash<qint64, const L3Record *> l3ById;
    for (const L3Record &l3 : l3s.value()) {
        rowFor(l3.model).l3s.append(
            ModelGroupRef{l3.name, l3.id, l3.instanceId, channelTypeName(l3.channelType), l3.noHealthyMember});
        l3ById.insert(l3.id, &l3);
    }
    // The cell of site group `g` in `row`, added on first use; found by index, not by a walk over
    // the row (100 site groups × 300 models made that millions of name comparisons).
    QHash<QString, qsizetype> cellIndex;  // "model (lower case)\nsite group" → index in row.cells
    const auto cellFor = [&siteNames, &cellIndex](ModelRow &row, const SiteGroupRecord &g) -> ModelSiteCell & {
        const QString key = row.model.toLower() + QLatin1Char('\n') + g.name;
        if (const auto at = cellIndex.constFind(key); at != cellIndex.constEnd())
            return row.cells[*at];
        cellIndex.insert(key, row.cells.size());
        ModelSiteCell c;
        c.siteGroup = g.name;
        c.site = siteNames.value(g.siteId);
        c.siteGroupInstance = g.instanceId;
        c.channelType = channelTypeName(g.channelType);
        row.cells << c;
        return row.cells.last();
    };
    // Cells: every model a site group offers, then its L2 and membership.
    for (const SiteGroupRecord &g : groups.value()) {
        for (const QString &model : g.models)
            cellFor(rowFor(model), g);
    }
    // Members by L2: an L2 is an upstream of at most a few L3 groups (tens of thousands of L2s at scale).
    QHash<qint64, QList<const L3MemberRecord *>> membersByL2;
    for (const L3MemberRecord &m : members.value())
        membersByL2[m.l2Id].append(&m);
    for (const L2Record &l2 : l2s.value()) {
        const SiteGroupRecord *g = groupById.value(l2.siteGroupId);
        if (!g)
            continue;
        ModelRow &row = rowFor(l2.model);
        ModelSiteCell &cell = cellFor(row, *g);
        cell.l2Name = l2.name;
        cell.l2Id = l2.id;
        cell.l2Instance = l2.instanceId;
        for (const L3MemberRecord *m : membersByL2.value(l2.id)) {
            const L3Record *l3 = l3ById.value(m->l3Id, nullptr);
            if (l3 && l3->model.compare(row.model, Qt::CaseInsensitive) == 0) {
                cell.member = true;
                cell.l3Name = l3->name;
                cell.l3Id = l3->id;
                cell.weight = m->weight;
                cell.weightSource = m->weightSource;
                cell.memberState = channelStateName(m->state);
            }
        }
    }
    for (ModelRow &row : rows) {
        std::sort(row.cells.begin(), row.cells.end(),
                  [](const ModelSiteCell &a, const ModelSiteCell &b) { return a.siteGroup.compare(b.siteGroup, Qt::CaseInsensitive) < 0; });
        matrix.models << row;
    }
    std::sort(matrix.models.begin(), matrix.models.end(),
              [](const ModelRow &a, const ModelRow &b) { return a.model.compare(b.model, Qt::CaseInsensitive) < 0; });
    return matrix;
}

QFuture<Result<ModelMatrix>> loadModelMatrix(Engine *engine)
{
    return engine->invoke<ModelMatrix>([](EngineCore &core) -> QFuture<Result<ModelMatrix>> {
        if (!core.storeReady())
            return readyError<ModelMatrix>(StateStore::notOpenError());
        return readyResult(readModelMatrix(core.store()));
    });
}

} // namespace ul
