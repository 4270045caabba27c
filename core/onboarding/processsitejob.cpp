#include "core/onboarding/processsitejob.h"

#include "core/common/redactor.h"
#include "core/engine/enginecore.h"
#include "core/instances/instanceregistry.h"
#include "core/log/categories.h"
#include "core/onboarding/filterrulesstore.h"
#include "core/sites/apikeys.h"
#include "core/sites/groupnames.h"
#include "core/sites/sitename.h"
#include "core/store/statestore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ul {

namespace {

Error unavailable(const QString &message)
{
    Error error = Error::make(ErrorKind::Unavailable, message);
    error.code = QStringLiteral("NO_HEALTHY_INSTANCE");
    return error;
}

QString sourceName(SiteNameSource source)
{
    switch (source) {
    case SiteNameSource::Computed: return QStringLiteral("computed");
    case SiteNameSource::ExistingSite: return QStringLiteral("existing-site");
    case SiteNameSource::Requested: return QStringLiteral("requested");
    case SiteNameSource::HostAndPort: return QStringLiteral("host-and-port");
    case SiteNameSource::PathSlug: return QStringLiteral("path-slug");
    case SiteNameSource::Numbered: return QStringLiteral("numbered");
    }
    return QStringLiteral("computed");
}

std::optional<SiteRecord> siteWithUrl(const QList<SiteRecord> &sites, const QString &url)
{
    for (const SiteRecord &s : sites) {
        if (s.baseUrl == url)
            return s;
    }
    return std::nullopt;
}

std::optional<SiteRecord> siteWithId(const QList<SiteRecord> &sites, qint64 id)
{
    for (const SiteRecord &s : sites) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

SiteUrlIndex storeIndex(const QList<SiteRecord> &sites)
{
    SiteUrlIndex index;
    for (const SiteRecord &s : sites)
        index.insert(s.name, s.baseUrl);
    return index;
}

} // namespace

QString keysFingerprint(const QStringList &keys)
{
    QStringList sorted = keys;
    sorted.removeDuplicates();
    std::sort(sorted.begin(), sorted.end());
    return QString::fromLatin1(QCryptographicHash::hash(sorted.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString PreparedSiteRequest::title() const
{
    if (request.operation == SiteOperation::Update)
        return QStringLiteral("Update site group %1").arg(request.targetChannelName);
    return QStringLiteral("Onboard %1").arg(provisionalName);
}

Result<PreparedSiteRequest> prepareSiteRequest(const SiteRequest &request, const StateStore &store,
                                               const InstanceRegistry &instances)
{
    // Before anything can fail: a gpt-load or proxy error that echoes the upload must not put
    // the keys into a log line or an API answer.
    Redactor::registerSecrets(request.apiKeys);
    if (!store.isOpen())
        return StateStore::notOpenError();
    Result<QList<SiteRecord>> sites = store.sites();
    if (!sites.ok())
        return sites.error();

    PreparedSiteRequest prepared;
    prepared.request = request;
    if (request.operation == SiteOperation::Create) {
        Result<NormalizedBaseUrl> url = normalizeBaseUrl(request.baseUrl, VersionSegmentPolicy::Reject);
        if (!url.ok())
            return url.error();
        prepared.url = url.value();
        prepared.storedSite = siteWithUrl(sites.value(), prepared.url.url);
        if (!prepared.storedSite) {
            if (Status keys = validateApiKeys(request.apiKeys, ApiKeyRequirement::Required); !keys.ok())
                return keys.error();
        }
        Result<QString> computed = siteNameFromUrl(prepared.url.url);
        if (!computed.ok())
            return computed.error();
        prepared.provisionalName =
            chooseSiteName(computed.value(), prepared.url.url, request.siteName, storeIndex(sites.value())).name;
        prepared.dedupeKey = QStringLiteral("site:") + prepared.url.url;
    } else {
        Result<QList<SiteGroupRecord>> groups = store.siteGroups();
        if (!groups.ok())
            return groups.error();
        for (const SiteGroupRecord &g : groups.value()) {
            if (g.name == request.targetChannelName)
                prepared.storedTarget = g;
        }
        if (prepared.storedTarget) {
            prepared.storedSite = siteWithId(sites.value(), prepared.storedTarget->siteId);
            if (!prepared.storedSite)
                return Error::internal(QStringLiteral("site group %1 has no site record").arg(request.targetChannelName));
            prepared.url.url = prepared.storedSite->baseUrl;
            prepared.provisionalName = prepared.storedSite->name;
            prepared.dedupeKey = QStringLiteral("site:") + prepared.url.url;
        } else {
            prepared.dedupeKey = QStringLiteral("site-group:") + request.targetChannelName;
        }
    }
    // Right after start the first health check may still be out: the job then waits for it in
    // the queue (EngineCore holds the queue) and checks again when it runs.
    if (instances.healthyInstances().isEmpty() && instances.healthKnown())
        return unavailable(QStringLiteral("no healthy gpt-load instance available to create the site group"));
    return prepared;
}

QFuture<Result<ProcessSiteReport>> ProcessSiteJob::run(const OnboardingServices &services, const PreparedSiteRequest &prepared,
                                                       const OnboardingHooks &hooks, const JobContextPtr &context)
{
    auto job = std::make_shared<ProcessSiteJob>(services, prepared, hooks, context);
    return job->start();
}

ProcessSiteJob::ProcessSiteJob(const OnboardingServices &services, const PreparedSiteRequest &prepared,
                               const OnboardingHooks &hooks, const JobContextPtr &context)
    : m_services(services), m_prepared(prepared), m_reconcile(hooks.reconcile), m_modelSync(hooks.modelSync), m_context(context),
      m_steps(std::make_shared<StepLog>(context))
{
}

bool ProcessSiteJob::cancelled() const
{
    return m_context && m_context->isCancelled();
}

Error ProcessSiteJob::failure(Error error) const
{
    QJsonObject details = QJsonDocument::fromJson(error.details.toUtf8()).object();
    if (details.isEmpty() && !error.details.isEmpty())
        details.insert(QStringLiteral("cause"), error.details);
    const QStringList created = m_steps->created();
    details.insert(QStringLiteral("created"), QJsonArray::fromStringList(created));
    QJsonArray steps;
    for (const OnboardingStep &s : m_steps->steps())
        steps.append(s.toJson());
    details.insert(QStringLiteral("steps"), steps);
    if (!m_warnings.isEmpty()) {
        details.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warningTexts(m_warnings)));
        details.insert(QStringLiteral("warningDetails"), warningDetailsJson(m_warnings));
    }
    if (!m_site.name.isEmpty())
        details.insert(QStringLiteral("siteName"), m_site.name);
    error.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    qCWarning(lcSites).noquote() << QStringLiteral("process-site %1 failed: %2; created so far: %3")
                                        .arg(m_site.name.isEmpty() ? m_prepared.provisionalName : m_site.name, error.message,
                                             created.isEmpty() ? QStringLiteral("nothing") : created.join(QStringLiteral(", ")));
    return error;
}

QFuture<Result<ProcessSiteReport>> ProcessSiteJob::start()
{
    auto self = shared_from_this();
    qCInfo(lcSites).noquote() << "process-site:" << m_prepared.request.summary();
    if (m_prepared.request.duplicateKeys > 0)
        m_warnings.append(OnboardingWarning::keysDeduplicated(m_prepared.request.duplicateKeys));
    if (Status loaded = loadSettings(); !loaded.ok())
        return readyError<ProcessSiteReport>(failure(loaded.error()));
    const InstanceConfigList healthy = m_services.instances().healthyInstances();
    if (healthy.isEmpty())
        return readyError<ProcessSiteReport>(failure(unavailable(QStringLiteral("no healthy gpt-load instance available"))));
    if (m_context)
        m_context->setProgress(0, 5, QStringLiteral("reading the groups of %1 instance(s)").arg(healthy.size()));
    auto listed = GroupListings::fetch(healthy, m_services.instances(), m_services.alive);
    QFuture<Result<ProcessSiteReport>> done =
        andThen(listed, m_services.alive, [self](GroupListings listings) { return self->afterListing(listings); });
    return done.then([self](Result<ProcessSiteReport> result) -> Result<ProcessSiteReport> {
        if (!result.ok() && result.error().kind != ErrorKind::Cancelled && *self->m_services.alive)
            return self->failure(result.error());
        return result;
    });
}

Status ProcessSiteJob::loadSettings()
{
    if (!m_services.core->storeReady())
        return Error::make(ErrorKind::Unavailable, QStringLiteral("the state store or the proxy keys are not available"));
    const EngineOptions &options = m_services.core->options();
    FilterRulesStore rules(m_services.store(), {options.enableModelWhitelist, options.enableModelBlacklist});
    Result<FilterRules> effective = rules.effective();
    if (!effective.ok())
        return effective.error();
    m_rules = effective.value();
    Result<SiteGroupConfig> config = loadSiteGroupConfig(m_services.store());
    if (!config.ok())
        return config.error();
    m_config = config.value();
    return {};
}

QFuture<Result<ProcessSiteReport>> ProcessSiteJob::afterListing(const GroupListings &listings)
{
    m_listings = listings;
    for (const QString &failure : m_listings.failures()) {
        m_warnings.append(OnboardingWarning::groupListingFailed(failure));
        m_steps->record(QStringLiteral("list-groups"), QString(), QStringLiteral("/api/groups"), QStringLiteral("failed"), failure);
    }
    if (m_listings.reachable().isEmpty())
        return readyError<ProcessSiteReport>(unavailable(QStringLiteral("no gpt-load instance answered GET /api/groups")));
    const Status resolved = m_prepared.request.operation == SiteOperation::Update ? resolveUpdate() : resolveCreate();
    if (!resolved.ok())
        return readyError<ProcessSiteReport>(resolved.error());
    if (cancelled())
        return readyError<ProcessSiteReport>(Error::cancelled(QStringLiteral("onboarding cancelled")));
    if (m_context)
        m_context->setProgress(1, 5, QStringLiteral("discovering the models of %1").arg(m_site.name));
    auto self = shared_from_this();
    return andThen(discover(), m_services.alive, [self](DiscoveredModels discovered) { return self->afterDiscovery(discovered); });
}

void ProcessSiteJob::addTarget(ChannelType type, const QString &groupName)
{
    Target target;
    target.type = type;
    target.groupName = groupName;
    Result<QList<SiteGroupRecord>> groups = m_services.store().siteGroups();
    if (groups.ok()) {
        for (const SiteGroupRecord &g : groups.value()) {
            if (g.name == groupName)
                target.record = g;
        }
    }
    if (target.record) {
        if (std::optional<GroupInfo> live = m_listings.find(target.record->instanceId, groupName)) {
            const std::optional<InstanceConfig> instance = m_services.instances().instance(target.record->instanceId);
            if (instance)
                target.live = GroupListings::Located{*instance, *live};
        }
    } else {
        target.live = m_listings.findAnywhere(groupName);
    }
    m_targets.append(target);
}

Status ProcessSiteJob::resolveCreate()
{
    Result<QList<SiteRecord>> sites = m_services.store().sites();
    if (!sites.ok())
        return sites.error();
    const QString url = m_prepared.url.url;
    Result<QString> computed = siteNameFromUrl(url);
    if (!computed.ok())
        return computed.error();
    const SiteNameChoice choice =
        chooseSiteName(computed.value(), url, m_prepared.request.siteName, siteUrlIndex(sites.value(), m_listings));
    if (!m_prepared.request.siteName.isEmpty() && choice.source != SiteNameSource::Requested
        && m_prepared.request.siteName != choice.name)
        m_warnings.append(OnboardingWarning::siteNameNotUsed(m_prepared.request.siteName));
    m_siteNameSource = sourceName(choice.existingSite ? SiteNameSource::ExistingSite : choice.source);
    if (const std::optional<SiteRecord> stored = siteWithUrl(sites.value(), url)) {
        m_site = *stored;
    } else {
        m_site.name = choice.name;
        m_site.baseUrl = url;
    }
    if (m_prepared.url.versionStripped())
        m_site.strippedSuffix = QLatin1Char('/') + m_prepared.url.strippedSegment;
    if (choice.disambiguated)
        m_warnings.append(OnboardingWarning::siteNameTaken(computed.value(), choice.name));

    // A site the store does not know needs keys; one whose name only gpt-load knows (made by the
    // original uni-load) is adopted like a rerun.
    for (ChannelType type : m_prepared.request.effectiveChannelTypes())
        addTarget(type, siteGroupName(m_site.name, type));
    for (const Target &t : m_targets) {
        if (t.record)
            m_previousModels += t.record->models;
    }
    m_steps->record(QStringLiteral("resolve-site"), QString(), m_site.name, QStringLiteral("ok"),
                    QStringLiteral("base URL %1, name %2").arg(url, m_siteNameSource));
    return {};
}

Status ProcessSiteJob::resolveUpdate()
{
    const QString name = m_prepared.request.targetChannelName;
    Result<QList<SiteRecord>> sites = m_services.store().sites();
    if (!sites.ok())
        return sites.error();
    if (m_prepared.storedTarget) {
        m_site = *m_prepared.storedSite;
        m_siteNameSource = sourceName(SiteNameSource::ExistingSite);
        addTarget(m_prepared.storedTarget->channelType, name);
        const Target &t = m_targets.first();
        if (!m_services.instances().isHealthy(m_prepared.storedTarget->instanceId))
            return unavailable(QStringLiteral("site group %1 lives on gpt-load instance %2, which is not healthy now")
                                   .arg(name, m_prepared.storedTarget->instanceId));
        if (!t.live)
            m_warnings.append(OnboardingWarning::siteGroupMissing(name, m_prepared.storedTarget->instanceId));
        m_previousModels = t.record->models;
    } else {
        // Not in the store: a site group only gpt-load knows (made by the original) is adopted.
        const std::optional<GroupListings::Located> live = m_listings.findAnywhere(name);
        if (!live || live->group.sort != 20 || live->group.upstreams.isEmpty()) {
            Error error = Error::notFound(QStringLiteral("site group %1 is unknown (neither recorded nor listed by a reachable gpt-load instance)").arg(name));
            error.code = QStringLiteral("SITE_GROUP_NOT_FOUND");
            error.field = QStringLiteral("targetChannelName");
            return error;
        }
        const std::optional<ChannelType> type = live->group.channel();
        if (!type || !siteChannelTypes().contains(*type))
            return Error::validation(QStringLiteral("targetChannelName"),
                                     QStringLiteral("site group %1 has channel type %2, which uni-load does not manage").arg(name, live->group.channelType));
        Result<NormalizedBaseUrl> url = normalizeBaseUrl(live->group.upstreams.first().url, VersionSegmentPolicy::Reject);
        if (!url.ok())
            return url.error().withContext(QStringLiteral("upstream of %1").arg(name));
        m_prepared.url = url.value();
        if (const std::optional<SiteRecord> stored = siteWithUrl(sites.value(), url->url)) {
            m_site = *stored;
        } else {
            const std::optional<TypeSuffixedName> split = splitTypeSuffixedName(name);
            Result<QString> computed = siteNameFromUrl(url->url);
            m_site.name = split && isValidSiteName(split->prefix) && siteGroupName(split->prefix, *type) == name
                              ? split->prefix
                              : computed.valueOr(QString());
            m_site.baseUrl = url->url;
            if (url->versionStripped())
                m_site.strippedSuffix = QLatin1Char('/') + url->strippedSegment;
        }
        m_siteNameSource = sourceName(SiteNameSource::ExistingSite);
        Target target;
        target.type = *type;
        target.groupName = name;
        target.live = live;
        m_targets.append(target);
        m_warnings.append(OnboardingWarning::siteGroupAdopted(name));
    }
    if (!m_prepared.request.baseUrl.isEmpty()) {
        const Result<NormalizedBaseUrl> given = normalizeBaseUrl(m_prepared.request.baseUrl, VersionSegmentPolicy::Warn);
        if (!given.ok() || given->url != m_site.baseUrl)
            m_warnings.append(OnboardingWarning::baseUrlIgnored(m_site.baseUrl));
    }
    m_steps->record(QStringLiteral("resolve-site"), QString(), m_site.name, QStringLiteral("ok"),
                    QStringLiteral("update of %1").arg(name));
    return {};
}

} // namespace ul
