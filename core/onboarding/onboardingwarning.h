#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ul {

// A warning of an onboarding run: a stable code and its arguments, so that the API and the
// console can say it in the operator's language, plus the English text that `warnings` has
// always carried. Free-form texts (gpt-load's or a site's error messages) stay arguments.
struct OnboardingWarning
{
    QString code;
    QStringList args;
    QString text;  // English

    // The warnings of the process-site job; the arguments are listed with each code.
    static OnboardingWarning groupListingFailed(const QString &failure);                        // [failure]
    static OnboardingWarning siteNameNotUsed(const QString &requested);                         // [requested name]
    static OnboardingWarning siteNameTaken(const QString &computed, const QString &chosen);     // [name from URL, name used]
    static OnboardingWarning siteGroupMissing(const QString &group, const QString &instanceId);  // [group, instance id]
    static OnboardingWarning siteGroupAdopted(const QString &group);                             // [group]
    static OnboardingWarning baseUrlIgnored(const QString &siteUrl);                             // [the site's URL]
    static OnboardingWarning formatWithoutModels(const QString &channelType, const QString &group);  // [channel type, group]
    static OnboardingWarning siteGroupFailed(const QString &group, const QString &message);     // [group, error message]
    static OnboardingWarning tempDiscoveryFailed(const QString &failures);                      // [failures, "; "-joined]
    static OnboardingWarning listedDirectly(const QString &failures);                           // [failures, "; "-joined]
    static OnboardingWarning uniApiNotWritten(const QString &error);                            // [error message]
    static OnboardingWarning modelGroupsFailed(int failedOperations);                           // [count]
    static OnboardingWarning keysDeduplicated(int dropped);                                     // [count]
    static OnboardingWarning missingModelsKept(const QString &group, const QStringList &models);  // [group, models ", "-joined]
    static OnboardingWarning modelChangesQueued(const QString &group, int changes);               // [group, count]
    static OnboardingWarning modelListNotUpdated(const QString &group, const QString &error);     // [group, error message]
    // [site group, its format, models ", "-joined, the format their L3 groups use]
    static OnboardingWarning modelsInOtherFormat(const QString &group, const QString &format, const QStringList &models,
                                                 const QString &usedFormat);

    // {code, args, text}; args and text redacted.
    QJsonObject toJson() const;
    static OnboardingWarning fromJson(const QJsonObject &json);

    // `templ` with %1…%9 replaced by `args` in one pass, so an argument that contains "%2" is
    // never substituted again (QString::arg chains would).
    static QString fill(const QString &templ, const QStringList &args);
};

using OnboardingWarnings = QList<OnboardingWarning>;

QStringList warningTexts(const OnboardingWarnings &warnings);  // redacted
QJsonArray warningDetailsJson(const OnboardingWarnings &warnings);

// The codes (the API's `warningDetails[].code`; never rename one).
namespace WarningCode {
inline constexpr char kGroupListingFailed[] = "GROUP_LISTING_FAILED";
inline constexpr char kSiteNameNotUsed[] = "SITE_NAME_NOT_USED";
inline constexpr char kSiteNameTaken[] = "SITE_NAME_TAKEN";
inline constexpr char kSiteGroupMissing[] = "SITE_GROUP_MISSING";
inline constexpr char kSiteGroupAdopted[] = "SITE_GROUP_ADOPTED";
inline constexpr char kBaseUrlIgnored[] = "BASE_URL_IGNORED";
inline constexpr char kFormatWithoutModels[] = "FORMAT_WITHOUT_MODELS";
inline constexpr char kSiteGroupFailed[] = "SITE_GROUP_FAILED";
inline constexpr char kTempDiscoveryFailed[] = "TEMP_DISCOVERY_FAILED";
inline constexpr char kListedDirectly[] = "MODELS_LISTED_DIRECTLY";
inline constexpr char kUniApiNotWritten[] = "UNIAPI_NOT_WRITTEN";
inline constexpr char kModelGroupsFailed[] = "MODEL_GROUPS_FAILED";
inline constexpr char kModelsInOtherFormat[] = "MODELS_IN_OTHER_FORMAT";
inline constexpr char kKeysDeduplicated[] = "KEYS_DEDUPLICATED";
inline constexpr char kMissingModelsKept[] = "MISSING_MODELS_KEPT";
inline constexpr char kModelChangesQueued[] = "MODEL_CHANGES_QUEUED";
inline constexpr char kModelListNotUpdated[] = "MODEL_LIST_NOT_UPDATED";
} // namespace WarningCode

} // namespace ul
