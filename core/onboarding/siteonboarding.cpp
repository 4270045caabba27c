#include "core/onboarding/siteonboarding.h"

#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/gptload/gptloadclient.h"
#include "core/gptload/httpclient.h"
#include "core/instances/instanceregistry.h"
#include "core/log/categories.h"
#include "core/onboarding/grouplistings.h"
#include "core/onboarding/tempgroupcleaner.h"
#include "core/onboarding/tempgroupledger.h"
#include "core/sites/baseurl.h"
#include "core/sites/sitename.h"
#include "core/store/statestore.h"

namespace ul {

namespace {

template <typename T>
QFuture<Result<T>> storeClosed()
{
    return readyError<T>(StateStore::notOpenError());
}

} // namespace

SiteOnboarding::SiteOnboarding(EngineCore &core, QObject *parent)
    : QObject(parent), m_core(core), m_alive(std::make_shared<bool>(true)), m_lastTempGroupMs(std::make_shared<qint64>(0))
{
    m_siteHttp = core.createSiteHttpClient(core.siteHttpOptions(), this);
    connect(&core.instances(), &InstanceRegistry::instanceHealthChanged, this,
            [this](const QString &id, bool healthy, const QString &) { onInstanceHealthChanged(id, healthy); });
}

SiteOnboarding::~SiteOnboarding()
{
    *m_alive = false;
}

void SiteOnboarding::shutdown()
{
    *m_alive = false;
    m_siteHttp->cancelAll();
}

OnboardingServices SiteOnboarding::services() const
{
    OnboardingServices s;
    s.core = &m_core;
    s.siteHttp = m_siteHttp;
    s.alive = m_alive;
    s.lastTempGroupMs = m_lastTempGroupMs;
    return s;
}

FilterRulesStore SiteOnboarding::rulesStore() const
{
    const EngineOptions &options = m_core.options();
    return FilterRulesStore(m_core.store(), {options.enableModelWhitelist, options.enableModelBlacklist});
}

QFuture<Result<ProcessSiteReport>> SiteOnboarding::processSite(const SiteRequest &request, QString *jobId)
{
    if (!*m_alive)
        return readyError<ProcessSiteReport>(shutdownError());
    Result<PreparedSiteRequest> prepared = prepareSiteRequest(request, m_core.store(), m_core.instances());
    if (!prepared.ok()) {
        qCInfo(lcSites).noquote() << "process-site refused:" << prepared.error().message << "-" << request.summary();
        return readyError<ProcessSiteReport>(prepared.error());
    }
    const PreparedSiteRequest job = prepared.value();
    QPointer<SiteOnboarding> guard(this);
    return m_core.jobs().enqueue<ProcessSiteReport>(
        QStringLiteral("process-site"), job.title(), job.dedupeKey,
        [guard, job](const JobContextPtr &context) -> QFuture<Result<ProcessSiteReport>> {
            if (!guard || !*guard->m_alive)
                return readyError<ProcessSiteReport>(shutdownError());
            return ProcessSiteJob::run(guard->services(), job, guard->m_hooks, context);
        },
        [](const ProcessSiteReport &report) { return report.toJson(); }, jobId);
}

QFuture<Result<ProbeReport>> SiteOnboarding::probe(const ProbeRequest &request)
{
    if (!m_core.store().isOpen())
        return storeClosed<ProbeReport>();
    Result<FilterRules> rules = effectiveFilterRules();
    if (!rules.ok())
        return readyError<ProbeReport>(rules.error());
    return probeSite(services(), request, rules.value());
}

QFuture<Result<SiteNamePreview>> SiteOnboarding::previewSiteName(const QString &baseUrl, const QString &requestedSiteName)
{
    if (!m_core.store().isOpen())
        return storeClosed<SiteNamePreview>();
    Result<NormalizedBaseUrl> url = normalizeBaseUrl(baseUrl, VersionSegmentPolicy::Warn);
    if (!url.ok())
        return readyError<SiteNamePreview>(url.error());
    Result<QString> computed = siteNameFromUrl(url->url);
    if (!computed.ok())
        return readyError<SiteNamePreview>(computed.error());
    Result<QList<SiteRecord>> sites = m_core.store().sites();
    if (!sites.ok())
        return readyError<SiteNamePreview>(sites.error());

    SiteNamePreview preview;
    preview.computedName = computed.value();
    preview.normalizedBaseUrl = url->url;
    preview.strippedSegment = url->strippedSegment;
    preview.warning = url->warning;
    const InstanceConfigList healthy = m_core.instances().healthyInstances();
    return GroupListings::fetch(healthy, m_core.instances(), m_alive)
        .then([preview, sites = sites.value(), requestedSiteName](Result<GroupListings> listings) mutable -> Result<SiteNamePreview> {
            if (!listings.ok())
                return listings.error();
            const SiteNameChoice choice = chooseSiteName(preview.computedName, preview.normalizedBaseUrl, requestedSiteName,
                                                         siteUrlIndex(sites, listings.value()));
            preview.siteName = choice.name;
            preview.disambiguated = choice.disambiguated;
            preview.existingSite = choice.existingSite;
            switch (choice.source) {
            case SiteNameSource::Computed: preview.source = QStringLiteral("computed"); break;
            case SiteNameSource::ExistingSite: preview.source = QStringLiteral("existing-site"); break;
            case SiteNameSource::Requested: preview.source = QStringLiteral("requested"); break;
            case SiteNameSource::HostAndPort: preview.source = QStringLiteral("host-and-port"); break;
            case SiteNameSource::PathSlug: preview.source = QStringLiteral("path-slug"); break;
            case SiteNameSource::Numbered: preview.source = QStringLiteral("numbered"); break;
            }
            preview.unreachableInstances = listings->unreachableIds();
            return preview;
        });
}

QFuture<Result<TempGroupStats>> SiteOnboarding::tempGroupStats()
{
    if (!m_core.store().isOpen())
        return storeClosed<TempGroupStats>();
    return collectTempGroupStats(services());
}

QFuture<Result<TempGroupCleanupReport>> SiteOnboarding::cleanupTempGroups(std::optional<double> hoursOld, QString *jobId)
{
    if (!m_core.store().isOpen())
        return storeClosed<TempGroupCleanupReport>();
    if (hoursOld && *hoursOld < 0)
        return readyError<TempGroupCleanupReport>(Error::validation(QStringLiteral("hoursOld"), QStringLiteral("hoursOld must not be negative")));
    QPointer<SiteOnboarding> guard(this);
    const QString title = hoursOld ? QStringLiteral("Delete temporary groups older than %1 h").arg(QString::number(*hoursOld, 'g', 10))
                                   : QStringLiteral("Delete all temporary groups");
    return m_core.jobs().enqueue<TempGroupCleanupReport>(
        QStringLiteral("temp-group-cleanup"), title, QStringLiteral("temp-groups"),
        [guard, hoursOld](const JobContextPtr &context) -> QFuture<Result<TempGroupCleanupReport>> {
            if (!guard || !*guard->m_alive)
                return readyError<TempGroupCleanupReport>(shutdownError());
            return cleanTempGroups(guard->services(), hoursOld, context);
        },
        [](const TempGroupCleanupReport &report) { return report.toJson(); }, jobId);
}

QFuture<Result<LiveSiteGroups>> SiteOnboarding::liveSiteGroups()
{
    InstanceConfigList healthy;
    QStringList unreachable;
    for (const InstanceConfig &instance : m_core.instances().instances()) {
        if (m_core.instances().isHealthy(instance.id))
            healthy.append(instance);
        else
            unreachable.append(QStringLiteral("gpt-load '%1' (%2) is unreachable").arg(instance.name, instance.id));
    }
    return GroupListings::fetch(healthy, m_core.instances(), m_alive)
        .then([unreachable](Result<GroupListings> listings) -> Result<LiveSiteGroups> {
            if (!listings.ok())
                return listings.error();
            LiveSiteGroups out;
            out.errors = unreachable + listings->failures();
            for (const GroupListings::Located &located : listings->all()) {
                if (located.group.sort == 20 && !located.group.isAggregate())
                    out.groups.append({InstanceRef::of(located.instance), located.group});
            }
            return out;
        });
}

Result<FilterRulesView> SiteOnboarding::filterRules() const
{
    return rulesStore().view();
}

Result<FilterRulesView> SiteOnboarding::saveFilterRules(const FilterRules &rules)
{
    FilterRulesStore store = rulesStore();
    Result<FilterRulesView> saved = store.save(rules);
    if (saved.ok())
        qCInfo(lcSites) << "filter rules saved";
    return saved;
}

Result<FilterRulesView> SiteOnboarding::updateFilterRules(const QJsonObject &patch)
{
    FilterRulesStore store = rulesStore();
    Result<FilterRulesView> saved = store.update(patch);
    if (saved.ok())
        qCInfo(lcSites) << "filter rules updated";
    return saved;
}

Result<FilterRules> SiteOnboarding::effectiveFilterRules() const
{
    return rulesStore().effective();
}

void SiteOnboarding::onInstanceHealthChanged(const QString &instanceId, bool healthy)
{
    if (!healthy || !*m_alive || !m_core.store().isOpen())
        return;
    if (TempGroupLedger(m_core.store()).forInstance(instanceId).isEmpty())
        return;
    const QString key = QStringLiteral("temp-group-leftovers:") + instanceId;
    if (m_core.jobs().hasJobWithKey(key))
        return;
    qCInfo(lcSites).noquote() << "deleting temporary groups left on instance" << instanceId << "by an interrupted discovery";
    QPointer<SiteOnboarding> guard(this);
    (void)m_core.jobs().enqueue<TempGroupCleanupReport>(
        QStringLiteral("temp-group-cleanup"), QStringLiteral("Delete leftover temporary groups on %1").arg(instanceId), key,
        [guard, instanceId](const JobContextPtr &context) -> QFuture<Result<TempGroupCleanupReport>> {
            if (!guard || !*guard->m_alive)
                return readyError<TempGroupCleanupReport>(shutdownError());
            return cleanRecordedTempGroups(guard->services(), instanceId, context);
        },
        [](const TempGroupCleanupReport &report) { return report.toJson(); });
}

} // namespace ul
