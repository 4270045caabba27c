// Adoption of an original-made layout: detection and the preview object.
#include "core/layers/adoption.h"

#include "core/layers/layersettings.h"
#include "core/layers/upstreammerge.h"
#include "core/sites/baseurl.h"
#include "core/sites/groupnames.h"

#include <QJsonArray>

#include <algorithm>

namespace ul {

namespace {

// The group a `<configured instance>/proxy/<group>` URL names, or empty.
QString proxiedGroup(const QString &url, const QSet<QString> &instanceUrls)
{
    const std::optional<ProxyUrlParts> parts = splitProxyUrl(url);
    return parts && instanceUrls.contains(parts->base) ? parts->group : QString();
}

QSet<QString> instanceUrlSet(const QList<PlanInstance> &instances)
{
    QSet<QString> urls;
    for (const PlanInstance &i : instances)
        urls.insert(trimmedUrl(i.url));
    return urls;
}

struct Listed
{
    const GroupInfo *group;
    QString instanceId;
};

// Every listed group, instances in priority order, groups in creation order (gpt-load lists by
// sort and newest first): model lists come out in the order the original created them.
QList<Listed> listedGroups(const QList<PlanInstance> &instances, const QHash<QString, QList<GroupInfo>> &listings)
{
    QList<Listed> out;
    for (const PlanInstance &i : instances) {
        const auto it = listings.constFind(i.id);
        if (it == listings.constEnd())
            continue;
        const qsizetype first = out.size();
        for (const GroupInfo &g : it.value())
            out.append(Listed{&g, i.id});
        std::sort(out.begin() + first, out.end(), [](const Listed &a, const Listed &b) { return a.group->id < b.group->id; });
    }
    return out;
}

ChannelType typeOf(const GroupInfo &group, ChannelType fallback)
{
    return group.channel().value_or(fallback);
}

} // namespace

bool isLegacyModelGroup(const GroupInfo &group, const QList<PlanInstance> &instances, const QSet<QString> &siteGroupNames)
{
    if (group.isAggregate() || group.sort != layerSort(Layer::Aggregate) || group.upstreams.isEmpty())
        return false;
    const QSet<QString> urls = instanceUrlSet(instances);
    for (const Upstream &u : group.upstreams) {
        if (!siteGroupNames.contains(proxiedGroup(u.url, urls)))
            return false;
    }
    return true;
}

AdoptionPreview detectAdoptableLayout(const QList<PlanInstance> &instances, const QHash<QString, QList<GroupInfo>> &listings,
                                      const QSet<QString> &recordedNames)
{
    AdoptionPreview preview;
    for (const PlanInstance &i : instances) {
        if (!listings.contains(i.id))
            preview.unreachableInstances.append(i.id);
    }
    const QSet<QString> urls = instanceUrlSet(instances);
    const QList<Listed> all = listedGroups(instances, listings);
    QSet<QString> seen;
    const auto duplicate = [&](const Listed &l) {
        if (!seen.contains(l.group->name)) {
            seen.insert(l.group->name);
            return false;
        }
        preview.ignored.append({l.group->name, l.instanceId, QStringLiteral("a group with this name was already found on another instance")});
        return true;
    };

    // L1: sort 20 with a real (non-proxy) upstream.
    QHash<QString, int> siteGroupIndex;
    for (const Listed &l : all) {
        const GroupInfo &g = *l.group;
        if (g.sort != layerSort(Layer::SiteGroup) || g.isAggregate())
            continue;
        if (g.upstreams.isEmpty() || !proxiedGroup(g.upstreams.first().url, urls).isEmpty()) {
            preview.ignored.append({g.name, l.instanceId, QStringLiteral("sort 20 but its upstream is not a site URL")});
            continue;
        }
        const std::optional<TypeSuffixedName> split = splitTypeSuffixedName(g.name);
        if (!split) {
            preview.ignored.append({g.name, l.instanceId, QStringLiteral("sort 20 but the name does not end in -<channel type>")});
            continue;
        }
        if (duplicate(l))
            continue;
        AdoptedSiteGroup sg;
        sg.name = g.name;
        sg.siteName = split->prefix;
        sg.instanceId = l.instanceId;
        sg.groupId = g.id;
        sg.channelType = typeOf(g, split->type);
        const Result<NormalizedBaseUrl> base = normalizeBaseUrl(g.upstreams.first().url, VersionSegmentPolicy::Warn);
        sg.baseUrl = base.ok() ? base->url : trimmedUrl(g.upstreams.first().url);
        sg.testModel = g.testModel;
        sg.validationEndpoint = g.validationEndpoint;
        sg.recorded = recordedNames.contains(g.name);
        siteGroupIndex.insert(sg.name, int(preview.siteGroups.size()));
        preview.siteGroups.append(sg);
    }

    // L2: sort 30 "-via-" groups; the test model is the real model name.
    QHash<QString, int> l2Index;
    for (const Listed &l : all) {
        const GroupInfo &g = *l.group;
        if (g.sort != layerSort(Layer::ModelChannel) || g.isAggregate())
            continue;
        const std::optional<ModelChannelNameParts> parts = splitModelChannelGroupName(g.name);
        if (!parts) {
            preview.ignored.append({g.name, l.instanceId, QStringLiteral("sort 30 but not a <model>-via-<site group> name")});
            continue;
        }
        // The upstream names the site group exactly; the name part may be cut at 100 characters.
        QString siteGroup = g.upstreams.isEmpty() ? QString() : proxiedGroup(g.upstreams.first().url, urls);
        if (!siteGroupIndex.contains(siteGroup))
            siteGroup = parts->siteGroupPart;
        if (!siteGroupIndex.contains(siteGroup)) {
            preview.ignored.append({g.name, l.instanceId, QStringLiteral("its site group was not found")});
            continue;
        }
        if (g.testModel.trimmed().isEmpty()) {
            preview.ignored.append({g.name, l.instanceId, QStringLiteral("no test model to tell the model name")});
            continue;
        }
        if (duplicate(l))
            continue;
        AdoptedModelChannel mc;
        mc.name = g.name;
        mc.model = g.testModel.trimmed();
        mc.siteGroup = siteGroup;
        mc.instanceId = l.instanceId;
        mc.groupId = g.id;
        AdoptedSiteGroup &owner = preview.siteGroups[siteGroupIndex.value(siteGroup)];
        mc.channelType = owner.channelType;
        mc.recorded = recordedNames.contains(g.name);
        if (!owner.models.contains(mc.model))
            owner.models.append(mc.model);
        l2Index.insert(mc.name, int(preview.modelChannelGroups.size()));
        preview.modelChannelGroups.append(mc);
    }

    // L3 (upstreams at L2 groups) and legacy two-layer groups (upstreams at L1 groups).
    for (const Listed &l : all) {
        const GroupInfo &g = *l.group;
        if (g.sort != layerSort(Layer::Aggregate) || g.isAggregate())
            continue;
        AdoptedModelGroup mg;
        LegacyModelGroup legacy;
        QHash<QString, int> modelVotes;
        for (const Upstream &u : g.upstreams) {
            const QString target = proxiedGroup(u.url, urls);
            if (l2Index.contains(target)) {
                mg.members.append(AdoptedMember{target, u.weight});
                ++modelVotes[preview.modelChannelGroups.at(l2Index.value(target)).model];
            } else if (siteGroupIndex.contains(target)) {
                legacy.siteGroups.append(target);
            } else {
                mg.otherUpstreams.append(trimmedUrl(u.url));
            }
        }
        if (mg.members.isEmpty()) {
            if (!legacy.siteGroups.isEmpty()) {
                legacy.name = g.name;
                legacy.instanceId = l.instanceId;
                legacy.groupId = g.id;
                preview.legacyGroups.append(legacy);
            } else {
                preview.ignored.append({g.name, l.instanceId, QStringLiteral("sort 40 without model-channel or site-group upstreams")});
            }
            continue;
        }
        if (duplicate(l))
            continue;
        // The original set test_model to the model; fall back to what the members serve.
        QString model = g.testModel.trimmed();
        if (!modelVotes.contains(model)) {
            int best = 0;
            for (auto it = modelVotes.begin(); it != modelVotes.end(); ++it) {
                if (it.value() > best || (it.value() == best && it.key() < model)) {
                    best = it.value();
                    model = it.key();
                }
            }
        }
        mg.name = g.name;
        mg.model = model;
        mg.instanceId = l.instanceId;
        mg.groupId = g.id;
        mg.channelType = typeOf(g, ChannelType::OpenAI);
        mg.recorded = recordedNames.contains(g.name);
        preview.modelGroups.append(mg);
    }

    // Groups with the layer sorts that fit nowhere are listed too, so the operator sees them.
    for (const Listed &l : all) {
        const int sort = l.group->sort;
        if (l.group->isAggregate() && layerFromSort(sort))
            preview.ignored.append({l.group->name, l.instanceId, QStringLiteral("a gpt-load aggregate group")});
    }
    return preview;
}

namespace {
// Groups of one layer an import would record.
template <typename Group>
int unrecorded(const QList<Group> &groups)
{
    return int(std::count_if(groups.cbegin(), groups.cend(), [](const Group &g) { return !g.recorded; }));
}
} // namespace

int AdoptionPreview::newRecordCount() const
{
    return unrecorded(siteGroups) + unrecorded(modelChannelGroups) + unrecorded(modelGroups);
}

QJsonObject AdoptionPreview::toJson(bool withRecorded) const
{
    // {all, new} per layer, whatever the lists hold.
    const auto count = [](const auto &list) {
        return QJsonObject{{QStringLiteral("all"), int(list.size())}, {QStringLiteral("new"), unrecorded(list)}};
    };
    QJsonArray sg;
    for (const AdoptedSiteGroup &g : siteGroups) {
        if (g.recorded && !withRecorded)
            continue;
        sg.append(QJsonObject{{QStringLiteral("name"), g.name},
                              {QStringLiteral("site"), g.siteName},
                              {QStringLiteral("instance"), g.instanceId},
                              {QStringLiteral("channelType"), channelTypeName(g.channelType)},
                              {QStringLiteral("baseUrl"), g.baseUrl},
                              {QStringLiteral("models"), QJsonArray::fromStringList(g.models)},
                              {QStringLiteral("recorded"), g.recorded}});
    }
    QJsonArray l2;
    for (const AdoptedModelChannel &g : modelChannelGroups) {
        if (g.recorded && !withRecorded)
            continue;
        l2.append(QJsonObject{{QStringLiteral("name"), g.name},
                              {QStringLiteral("model"), g.model},
                              {QStringLiteral("siteGroup"), g.siteGroup},
                              {QStringLiteral("instance"), g.instanceId},
                              {QStringLiteral("recorded"), g.recorded}});
    }
    QJsonArray l3;
    for (const AdoptedModelGroup &g : modelGroups) {
        if (g.recorded && !withRecorded)
            continue;
        QJsonArray members;
        for (const AdoptedMember &m : g.members)
            members.append(QJsonObject{{QStringLiteral("group"), m.l2Name}, {QStringLiteral("weight"), m.weight}});
        l3.append(QJsonObject{{QStringLiteral("name"), g.name},
                              {QStringLiteral("model"), g.model},
                              {QStringLiteral("instance"), g.instanceId},
                              {QStringLiteral("channelType"), channelTypeName(g.channelType)},
                              {QStringLiteral("members"), members},
                              {QStringLiteral("otherUpstreams"), QJsonArray::fromStringList(g.otherUpstreams)},
                              {QStringLiteral("recorded"), g.recorded}});
    }
    QJsonArray legacy;
    for (const LegacyModelGroup &g : legacyGroups)
        legacy.append(QJsonObject{{QStringLiteral("name"), g.name},
                                  {QStringLiteral("instance"), g.instanceId},
                                  {QStringLiteral("siteGroups"), QJsonArray::fromStringList(g.siteGroups)}});
    QJsonArray ignoredJson;
    for (const IgnoredGroup &g : ignored)
        ignoredJson.append(QJsonObject{{QStringLiteral("name"), g.name},
                                       {QStringLiteral("instance"), g.instanceId},
                                       {QStringLiteral("reason"), g.reason}});
    return QJsonObject{{QStringLiteral("siteGroups"), sg},
                       {QStringLiteral("modelChannelGroups"), l2},
                       {QStringLiteral("aggregateGroups"), l3},
                       {QStringLiteral("legacyGroups"), legacy},
                       {QStringLiteral("ignored"), ignoredJson},
                       {QStringLiteral("unreachableInstances"), QJsonArray::fromStringList(unreachableInstances)},
                       {QStringLiteral("counts"), QJsonObject{{QStringLiteral("siteGroups"), count(siteGroups)},
                                                              {QStringLiteral("modelChannelGroups"), count(modelChannelGroups)},
                                                              {QStringLiteral("aggregateGroups"), count(modelGroups)}}},
                       {QStringLiteral("newRecords"), newRecordCount()}};
}

QJsonObject AdoptionImportSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("sites"), sites},
                       {QStringLiteral("siteGroups"), siteGroups},
                       {QStringLiteral("modelChannelGroups"), modelChannelGroups},
                       {QStringLiteral("aggregateGroups"), modelGroups},
                       {QStringLiteral("members"), members}};
}

} // namespace ul
