#include "core/onboarding/onboardingwarning.h"

#include "core/common/redactor.h"

namespace ul {

namespace {

OnboardingWarning make(const char *code, const QString &english, const QStringList &args)
{
    return {QString::fromLatin1(code), args, OnboardingWarning::fill(english, args)};
}

} // namespace

OnboardingWarning OnboardingWarning::groupListingFailed(const QString &failure)
{
    return make(WarningCode::kGroupListingFailed, QStringLiteral("%1; a group there is unknown to this operation"), {failure});
}

OnboardingWarning OnboardingWarning::siteNameNotUsed(const QString &requested)
{
    return make(WarningCode::kSiteNameNotUsed,
                QStringLiteral("siteName \"%1\" was not used (it is only taken to tell two sites on one host apart, "
                               "and must be 3–90 characters of a-z, 0-9 and '-')"),
                {requested.left(100)});
}

OnboardingWarning OnboardingWarning::siteNameTaken(const QString &computed, const QString &chosen)
{
    return make(WarningCode::kSiteNameTaken, QStringLiteral("another site already uses the name %1; this site is named %2"),
                {computed, chosen});
}

OnboardingWarning OnboardingWarning::siteGroupMissing(const QString &group, const QString &instanceId)
{
    return make(WarningCode::kSiteGroupMissing,
                QStringLiteral("site group %1 is recorded on instance %2 but gpt-load does not list it; it is created again"),
                {group, instanceId});
}

OnboardingWarning OnboardingWarning::siteGroupAdopted(const QString &group)
{
    return make(WarningCode::kSiteGroupAdopted, QStringLiteral("site group %1 was not recorded by uni-load; it is adopted"), {group});
}

OnboardingWarning OnboardingWarning::baseUrlIgnored(const QString &siteUrl)
{
    return make(WarningCode::kBaseUrlIgnored, QStringLiteral("baseUrl is ignored in update mode; the site's URL %1 is kept"), {siteUrl});
}

OnboardingWarning OnboardingWarning::formatWithoutModels(const QString &channelType, const QString &group)
{
    return make(WarningCode::kFormatWithoutModels,
                QStringLiteral("no kept model is served by the %1 format; site group %2 is not written"), {channelType, group});
}

OnboardingWarning OnboardingWarning::modelsInOtherFormat(const QString &group, const QString &format, const QStringList &models,
                                                          const QString &usedFormat)
{
    return make(WarningCode::kModelsInOtherFormat,
                QStringLiteral("site group %1 (%2 format) carries no traffic for %3: their model groups use the %4 format, and "
                               "the name a %2-format model group for them would take belongs to another model"),
                {group, format, models.join(QStringLiteral(", ")), usedFormat});
}

OnboardingWarning OnboardingWarning::siteGroupFailed(const QString &group, const QString &message)
{
    // The text stays the error message alone, as `warnings` always had it.
    return {QString::fromLatin1(WarningCode::kSiteGroupFailed), {group, message}, message};
}

OnboardingWarning OnboardingWarning::tempDiscoveryFailed(const QString &failures)
{
    return make(WarningCode::kTempDiscoveryFailed, QStringLiteral("temp-group discovery failed %1 before it succeeded"), {failures});
}

OnboardingWarning OnboardingWarning::listedDirectly(const QString &failures)
{
    return make(WarningCode::kListedDirectly, QStringLiteral("models were listed directly from the site; %1"), {failures});
}

OnboardingWarning OnboardingWarning::uniApiNotWritten(const QString &error)
{
    return make(WarningCode::kUniApiNotWritten, QStringLiteral("uni-api's api.yaml was not updated: %1"), {error});
}

OnboardingWarning OnboardingWarning::modelGroupsFailed(int failedOperations)
{
    return make(WarningCode::kModelGroupsFailed,
                QStringLiteral("%1 model-group operation(s) failed and will be retried by the next reconcile (see reconcile.failed)"),
                {QString::number(failedOperations)});
}

OnboardingWarning OnboardingWarning::keysDeduplicated(int dropped)
{
    return make(WarningCode::kKeysDeduplicated, QStringLiteral("%1 repeated key(s) were given; each key is used once"), {QString::number(dropped)});
}

OnboardingWarning OnboardingWarning::missingModelsKept(const QString &group, const QStringList &models)
{
    return make(WarningCode::kMissingModelsKept,
                QStringLiteral("site group %1 keeps %2: not listed this time, they are removed once a model sync misses them "
                               "often enough in a row"),
                {group, models.join(QStringLiteral(", "))});
}

OnboardingWarning OnboardingWarning::modelChangesQueued(const QString &group, int changes)
{
    return make(WarningCode::kModelChangesQueued,
                QStringLiteral("site group %1 is in review mode: %2 model change(s) are queued for review on the Sync page"),
                {group, QString::number(changes)});
}

OnboardingWarning OnboardingWarning::modelListNotUpdated(const QString &group, const QString &error)
{
    return make(WarningCode::kModelListNotUpdated, QStringLiteral("the model list of site group %1 was not updated: %2"), {group, error});
}

QJsonObject OnboardingWarning::toJson() const
{
    QStringList redacted;
    for (const QString &a : args)
        redacted.append(Redactor::text(a));
    return {{QStringLiteral("code"), code}, {QStringLiteral("args"), QJsonArray::fromStringList(redacted)},
            {QStringLiteral("text"), Redactor::text(text)}};
}

OnboardingWarning OnboardingWarning::fromJson(const QJsonObject &json)
{
    OnboardingWarning w;
    w.code = json.value(QStringLiteral("code")).toString();
    for (const QJsonValue &a : json.value(QStringLiteral("args")).toArray())
        w.args.append(a.toString());
    w.text = json.value(QStringLiteral("text")).toString();
    return w;
}

QString OnboardingWarning::fill(const QString &templ, const QStringList &args)
{
    QString out;
    out.reserve(templ.size());
    for (qsizetype i = 0; i < templ.size(); ++i) {
        const QChar c = templ.at(i);
        if (c == QLatin1Char('%') && i + 1 < templ.size()) {
            const int n = templ.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QStringList warningTexts(const OnboardingWarnings &warnings)
{
    QStringList out;
    for (const OnboardingWarning &w : warnings)
        out.append(Redactor::text(w.text));
    return out;
}

QJsonArray warningDetailsJson(const OnboardingWarnings &warnings)
{
    QJsonArray out;
    for (const OnboardingWarning &w : warnings)
        out.append(w.toJson());
    return out;
}

} // namespace ul
