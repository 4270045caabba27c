#pragma once

#include "core/common/channeltype.h"
#include "core/common/instanceconfig.h"
#include "core/common/result.h"
#include "core/gptload/grouptypes.h"
#include "core/onboarding/onboardingwarning.h"
#include "core/sites/modelfilter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// Results of the onboarding commands, with the JSON shapes of the original's routes
// (uni-load-behaviour.md §9.4, §7.5, §18, §22.2) plus our additions.

struct InstanceRef
{
    QString id;
    QString name;
    QString url;

    static InstanceRef of(const InstanceConfig &instance) { return {instance.id, instance.name, instance.url}; }
    bool isEmpty() const { return id.isEmpty(); }
    QString label() const;       // "'name' (id)"
    QJsonObject toJson() const;  // {id, name}
};

// One step of an operation, as journaled (JobContext::journal) and reported in `steps`.
struct OnboardingStep
{
    QString op;        // "create-group", "upload-keys", "delete-temp-group", "discover-models", …
    QString instanceId;
    QString target;    // group name or URL
    QString outcome;   // ok | failed | skipped | adopted | unchanged
    QString detail;    // redacted, counts only for keys

    QJsonObject toJson() const;
};

enum class SiteGroupAction { Created, Adopted, Updated, Unchanged, Failed };
QString siteGroupActionName(SiteGroupAction action);  // "created", "adopted", …

// What happened to one L1 site group during an operation.
struct SiteGroupOutcome
{
    QString name;
    ChannelType channelType = ChannelType::OpenAI;
    InstanceRef instance;
    quint64 groupId = 0;              // 0 when it does not exist
    SiteGroupAction action = SiteGroupAction::Failed;
    bool existsOnInstance = false;    // the group exists now (also after a later failure)
    QStringList models;               // the models this type serves
    QString testModel;
    QString validationEndpoint;
    QString upstream;
    QStringList changedFields;        // fields sent in an update
    qint64 keysSubmitted = 0;
    qint64 keysAdded = 0;
    qint64 keysIgnored = 0;
    qint64 keysInGroup = -1;          // -1 = unknown (no upload in this run)
    std::optional<Error> error;       // the step that failed, if any

    bool ok() const { return !error.has_value(); }
    QJsonObject toJson() const;
};

// The result of `process-ai-site` (§9.4).
struct ProcessSiteReport
{
    QString siteName;
    QString siteNameSource;           // computed | existing-site | requested | host-and-port | path-slug | numbered
    QString baseUrl;                  // normalized
    QString strippedSuffix;           // "/v1" when the operator typed it
    QList<ChannelType> channelTypes;
    bool update = false;
    QStringList models;               // every kept model (union over the types)
    QMap<ChannelType, QStringList> modelsByChannel;
    QList<SiteGroupOutcome> siteGroups;
    int modelGroups = 0;              // L3 groups (from the reconciler, or counted in the store)
    bool usingManualModels = false;
    QString discoverySource;          // manual | temp-group:<id> | proxy:<group> | direct
    InstanceRef successfulInstance;   // where temp-group discovery succeeded; empty otherwise
    InstanceRef chosenInstance;       // where new site groups are created
    QString instanceReason;           // assignment | discovery | first-healthy | existing-group
    FilterReport filter;
    QJsonObject reconcile;            // the reconcile hook's result, {} when not connected
    QJsonArray conflicts;
    OnboardingWarnings warnings;      // `warnings` (English texts) and `warningDetails` ({code, args, text})
    QList<OnboardingStep> steps;

    int groupsCreatedOrUpdated() const;  // the original's `groupsCreated`
    QString message() const;
    // {success:true, message, data:{…}}
    QJsonObject toJson() const;
};

// `POST /api/probe-api` (§7.5).
struct ProbeReport
{
    QString baseUrl;       // normalized
    QString endpoint;      // the URL that answered with models
    QString format = QStringLiteral("openai_compatible");
    int modelCount = 0;
    QStringList modelsSample;  // first 3 kept models
    QStringList models;

    // {success:true, baseUrl, probeResult:{success, endpoint, format, modelCount, modelsSample}}
    QJsonObject toJson() const;
};

// `POST /api/preview-site-name`: the name a site will actually get (§6.1).
struct SiteNamePreview
{
    QString siteName;
    QString computedName;
    QString normalizedBaseUrl;
    QString strippedSegment;
    QString warning;
    QString source;
    bool disambiguated = false;
    bool existingSite = false;
    QStringList unreachableInstances;  // instances whose groups could not be read

    QJsonObject toJson() const;  // {siteName, normalizedBaseUrl, …}
};

// Temporary groups (§18).
struct TempGroupEntry
{
    quint64 id = 0;
    QString name;
    QDateTime createdAt;   // invalid when unknown
};

struct InstanceTempGroups
{
    InstanceRef instance;
    QList<TempGroupEntry> tempGroups;
    QString error;         // the instance was unreachable or its listing failed
};

struct TempGroupStats
{
    QList<InstanceTempGroups> instances;

    int total() const;
    QJsonObject toJson() const;  // {totalTempGroups, instanceStats:[{instanceId, instanceName, tempGroups:[…], error?}]}
};

struct InstanceCleanupResult
{
    InstanceRef instance;
    int cleaned = 0;
    int kept = 0;          // younger than the cut-off, or of unknown age
    QStringList deleted;
    QStringList errors;
    bool unreachable = false;
};

struct TempGroupCleanupReport
{
    QList<InstanceCleanupResult> instances;
    std::optional<double> hoursOld;  // set for cleanup-old

    int totalCleaned() const;
    QJsonObject toJson() const;  // {totalCleaned, instanceResults:[{instanceId, instanceName, cleaned, kept, errors}]}
};

// `GET /api/channels/site-groups`: sort-20 groups as gpt-load reports them.
struct LiveSiteGroup
{
    InstanceRef instance;
    GroupInfo group;
};

struct LiveSiteGroups
{
    QList<LiveSiteGroup> groups;
    QStringList errors;  // instances that could not be read

    // {siteGroups:[<group object, proxy_keys redacted> + _instance:{id,name,url}], errors:[…]}
    QJsonObject toJson() const;
};

} // namespace ul

Q_DECLARE_METATYPE(ul::ProcessSiteReport)
