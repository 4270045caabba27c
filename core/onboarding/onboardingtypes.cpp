#include "core/onboarding/onboardingtypes.h"

#include "core/common/redactor.h"

namespace ul {

namespace {

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject errorJson(const Error &error)
{
    QJsonObject o{{QStringLiteral("message"), Redactor::text(error.message)},
                  {QStringLiteral("code"), error.code.isEmpty() ? errorKindName(error.kind) : error.code}};
    if (error.httpStatus != 0)
        o.insert(QStringLiteral("httpStatus"), error.httpStatus);
    return o;
}

QJsonArray typeNames(const QList<ChannelType> &types)
{
    QJsonArray out;
    for (ChannelType type : types)
        out.append(channelTypeName(type));
    return out;
}

} // namespace

QString InstanceRef::label() const
{
    return name.isEmpty() || name == id ? QStringLiteral("'%1'").arg(id) : QStringLiteral("'%1' (%2)").arg(name, id);
}

QJsonObject InstanceRef::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

QJsonObject OnboardingStep::toJson() const
{
    QJsonObject o{{QStringLiteral("op"), op}, {QStringLiteral("target"), target}, {QStringLiteral("outcome"), outcome}};
    if (!instanceId.isEmpty())
        o.insert(QStringLiteral("instance"), instanceId);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), Redactor::text(detail));
    return o;
}

QString siteGroupActionName(SiteGroupAction action)
{
    switch (action) {
    case SiteGroupAction::Created: return QStringLiteral("created");
    case SiteGroupAction::Adopted: return QStringLiteral("adopted");
    case SiteGroupAction::Updated: return QStringLiteral("updated");
    case SiteGroupAction::Unchanged: return QStringLiteral("unchanged");
    case SiteGroupAction::Failed: break;
    }
    return QStringLiteral("failed");
}

QJsonObject SiteGroupOutcome::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("channelType"), channelTypeName(channelType)},
                  {QStringLiteral("channel_type"), channelTypeName(channelType)},
                  {QStringLiteral("action"), siteGroupActionName(action)},
                  {QStringLiteral("exists"), existsOnInstance},
                  {QStringLiteral("sort"), 20},
                  {QStringLiteral("upstream"), upstream},
                  {QStringLiteral("testModel"), testModel},
                  {QStringLiteral("validationEndpoint"), validationEndpoint},
                  {QStringLiteral("modelsCount"), int(models.size())},
                  {QStringLiteral("models"), QJsonArray::fromStringList(models)},
                  {QStringLiteral("keysSubmitted"), keysSubmitted},
                  {QStringLiteral("keysAdded"), keysAdded},
                  {QStringLiteral("keysIgnored"), keysIgnored}};
    if (groupId != 0)
        o.insert(QStringLiteral("id"), qint64(groupId));
    if (!instance.isEmpty()) {
        o.insert(QStringLiteral("instance"), instance.toJson());
        o.insert(QStringLiteral("_instance"), QJsonObject{{QStringLiteral("id"), instance.id},
                                                          {QStringLiteral("name"), instance.name},
                                                          {QStringLiteral("url"), instance.url}});
    }
    if (keysInGroup >= 0)
        o.insert(QStringLiteral("keysInGroup"), keysInGroup);
    if (!changedFields.isEmpty())
        o.insert(QStringLiteral("changedFields"), QJsonArray::fromStringList(changedFields));
    if (error)
        o.insert(QStringLiteral("error"), errorJson(*error));
    return o;
}

int ProcessSiteReport::groupsCreatedOrUpdated() const
{
    int n = 0;
    for (const SiteGroupOutcome &g : siteGroups) {
        if (g.ok())
            ++n;
    }
    return n;
}

QString ProcessSiteReport::message() const
{
    int failed = 0;
    for (const SiteGroupOutcome &g : siteGroups)
        failed += g.ok() ? 0 : 1;
    QString text = update ? QStringLiteral("Site %1 updated: %2 site group(s), %3 model(s)")
                          : QStringLiteral("Site %1 configured: %2 site group(s) created or updated, %3 model(s)");
    text = text.arg(siteName).arg(groupsCreatedOrUpdated()).arg(models.size());
    if (failed > 0)
        text += QStringLiteral("; %1 site group(s) failed (see siteGroups)").arg(failed);
    const QString uniApiError = reconcile.value(QStringLiteral("uniApi")).toObject().value(QStringLiteral("error")).toString();
    if (!uniApiError.isEmpty())
        text += QStringLiteral("; uni-api's api.yaml was NOT updated (see warnings)");
    return text;
}

QJsonObject ProcessSiteReport::toJson() const
{
    QJsonObject byChannel;
    for (auto it = modelsByChannel.cbegin(); it != modelsByChannel.cend(); ++it)
        byChannel.insert(channelTypeName(it.key()), QJsonArray::fromStringList(it.value()));
    QJsonArray groups;
    for (const SiteGroupOutcome &g : siteGroups)
        groups.append(g.toJson());
    QJsonArray stepsJson;
    for (const OnboardingStep &s : steps)
        stepsJson.append(s.toJson());

    QJsonObject data{{QStringLiteral("siteName"), siteName},
                     {QStringLiteral("siteNameSource"), siteNameSource},
                     {QStringLiteral("baseUrl"), baseUrl},
                     {QStringLiteral("channelTypes"), typeNames(channelTypes)},
                     {QStringLiteral("operationType"), update ? QStringLiteral("update") : QStringLiteral("create")},
                     {QStringLiteral("groupsCreated"), groupsCreatedOrUpdated()},
                     {QStringLiteral("modelsCount"), int(models.size())},
                     {QStringLiteral("models"), QJsonArray::fromStringList(models)},
                     {QStringLiteral("modelsByChannel"), byChannel},
                     {QStringLiteral("siteGroups"), groups},
                     {QStringLiteral("modelGroups"), modelGroups},
                     {QStringLiteral("usingManualModels"), usingManualModels},
                     {QStringLiteral("discoverySource"), discoverySource},
                     {QStringLiteral("successfulInstance"),
                      successfulInstance.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(successfulInstance.toJson())},
                     {QStringLiteral("filter"), filter.toJson()},
                     {QStringLiteral("conflicts"), conflicts},
                     {QStringLiteral("warnings"), QJsonArray::fromStringList(warningTexts(warnings))},
                     {QStringLiteral("warningDetails"), warningDetailsJson(warnings)},
                     {QStringLiteral("steps"), stepsJson}};
    if (!strippedSuffix.isEmpty())
        data.insert(QStringLiteral("strippedSuffix"), strippedSuffix);
    if (!chosenInstance.isEmpty()) {
        QJsonObject chosen = chosenInstance.toJson();
        chosen.insert(QStringLiteral("reason"), instanceReason);
        data.insert(QStringLiteral("instance"), chosen);
    }
    if (!reconcile.isEmpty())
        data.insert(QStringLiteral("reconcile"), reconcile);
    return {{QStringLiteral("success"), true}, {QStringLiteral("message"), message()}, {QStringLiteral("data"), data}};
}

QJsonObject ProbeReport::toJson() const
{
    return {{QStringLiteral("success"), true},
            {QStringLiteral("baseUrl"), baseUrl},
            {QStringLiteral("probeResult"), QJsonObject{{QStringLiteral("success"), true},
                                                        {QStringLiteral("endpoint"), endpoint},
                                                        {QStringLiteral("format"), format},
                                                        {QStringLiteral("modelCount"), modelCount},
                                                        {QStringLiteral("modelsSample"), QJsonArray::fromStringList(modelsSample)}}}};
}

QJsonObject SiteNamePreview::toJson() const
{
    QJsonObject o{{QStringLiteral("siteName"), siteName},
                  {QStringLiteral("computedName"), computedName},
                  {QStringLiteral("normalizedBaseUrl"), normalizedBaseUrl},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("disambiguated"), disambiguated},
                  {QStringLiteral("existingSite"), existingSite}};
    if (!strippedSegment.isEmpty())
        o.insert(QStringLiteral("strippedSegment"), strippedSegment);
    if (!warning.isEmpty())
        o.insert(QStringLiteral("warning"), warning);
    if (!unreachableInstances.isEmpty())
        o.insert(QStringLiteral("unreachableInstances"), QJsonArray::fromStringList(unreachableInstances));
    return o;
}

int TempGroupStats::total() const
{
    int n = 0;
    for (const InstanceTempGroups &i : instances)
        n += int(i.tempGroups.size());
    return n;
}

QJsonObject TempGroupStats::toJson() const
{
    QJsonArray perInstance;
    for (const InstanceTempGroups &i : instances) {
        QJsonArray groups;
        for (const TempGroupEntry &g : i.tempGroups) {
            groups.append(QJsonObject{{QStringLiteral("id"), qint64(g.id)},
                                      {QStringLiteral("name"), g.name},
                                      {QStringLiteral("created_at"), timeJson(g.createdAt)}});
        }
        QJsonObject o{{QStringLiteral("instanceId"), i.instance.id},
                      {QStringLiteral("instanceName"), i.instance.name},
                      {QStringLiteral("tempGroups"), groups}};
        if (!i.error.isEmpty())
            o.insert(QStringLiteral("error"), Redactor::text(i.error));
        perInstance.append(o);
    }
    return {{QStringLiteral("totalTempGroups"), total()}, {QStringLiteral("instanceStats"), perInstance}};
}

int TempGroupCleanupReport::totalCleaned() const
{
    int n = 0;
    for (const InstanceCleanupResult &i : instances)
        n += i.cleaned;
    return n;
}

QJsonObject TempGroupCleanupReport::toJson() const
{
    QJsonArray perInstance;
    for (const InstanceCleanupResult &i : instances) {
        QStringList errors;
        for (const QString &e : i.errors)
            errors.append(Redactor::text(e));
        perInstance.append(QJsonObject{{QStringLiteral("instanceId"), i.instance.id},
                                       {QStringLiteral("instanceName"), i.instance.name},
                                       {QStringLiteral("cleaned"), i.cleaned},
                                       {QStringLiteral("kept"), i.kept},
                                       {QStringLiteral("deleted"), QJsonArray::fromStringList(i.deleted)},
                                       {QStringLiteral("unreachable"), i.unreachable},
                                       {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}});
    }
    QJsonObject o{{QStringLiteral("totalCleaned"), totalCleaned()}, {QStringLiteral("instanceResults"), perInstance}};
    if (hoursOld)
        o.insert(QStringLiteral("hoursOld"), *hoursOld);
    return o;
}

QJsonObject LiveSiteGroups::toJson() const
{
    QJsonArray out;
    for (const LiveSiteGroup &g : groups) {
        QJsonObject o = g.group.redactedRaw();
        o.insert(QStringLiteral("_instance"), QJsonObject{{QStringLiteral("id"), g.instance.id},
                                                          {QStringLiteral("name"), g.instance.name},
                                                          {QStringLiteral("url"), g.instance.url}});
        out.append(o);
    }
    QJsonObject result{{QStringLiteral("siteGroups"), out}};
    if (!errors.isEmpty()) {
        QStringList redacted;
        for (const QString &e : errors)
            redacted.append(Redactor::text(e));
        result.insert(QStringLiteral("errors"), QJsonArray::fromStringList(redacted));
    }
    return result;
}

} // namespace ul
