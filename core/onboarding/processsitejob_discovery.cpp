// ProcessSiteJob: where the models come from (uni-load-behaviour.md §7.2, §7.3, §8.7).
#include "core/onboarding/processsitejob.h"

#include "core/common/redactor.h"
#include "core/gptload/envelope.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/onboarding/tempgroupdiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ul {

namespace {

QString failureLine(const InstanceRef &instance, const Error &error)
{
    return QStringLiteral("through gpt-load %1: %2").arg(instance.label(), error.message);
}

} // namespace

const ProcessSiteJob::Target *ProcessSiteJob::discoveryTarget() const
{
    // The site group of the first type when it exists, else any existing site group of the site;
    // its own channel type is the format of the list.
    for (const Target &t : m_targets) {
        if (t.live)
            return &t;
    }
    return nullptr;
}

QFuture<Result<DiscoveredModels>> ProcessSiteJob::discover()
{
    const SiteRequest &request = m_prepared.request;
    if (request.usesManualModels()) {
        DiscoveredModels manual;
        manual.raw = request.models;
        manual.models = request.models;
        manual.source = QStringLiteral("manual");
        m_steps->record(QStringLiteral("discover-models"), QString(), m_site.baseUrl, QStringLiteral("skipped"),
                        QStringLiteral("%1 manual model(s) given").arg(request.models.size()));
        return readyValue(manual);
    }
    if (const Target *target = discoveryTarget())
        return discoverThroughGroup(*target);
    return discoverNewSite();
}

QFuture<Result<DiscoveredModels>> ProcessSiteJob::discoverThroughGroup(const Target &target)
{
    GptLoadClient *client = m_services.instances().client(target.live->instance.id);
    if (!client)
        return discoverNewSite();
    auto self = shared_from_this();
    const Target copy = target;
    const InstanceRef instance = InstanceRef::of(target.live->instance);
    return whenDone(listModelsViaProxy(client, m_services.alive, target.groupName, target.type, SecretText(m_services.hopKey())),
                    m_services.alive,
                    [self, copy, instance](Result<DiscoveredModels> models) -> QFuture<Result<DiscoveredModels>> {
                        if (models.ok()) {
                            self->m_steps->record(QStringLiteral("discover-models"), instance.id, copy.groupName, QStringLiteral("ok"),
                                                  QStringLiteral("%1 model(s) through the site group's proxy").arg(models->models.size()));
                            return readyValue(models.value());
                        }
                        if (models.error().kind == ErrorKind::Cancelled)
                            return readyError<DiscoveredModels>(models.error());
                        self->m_steps->record(QStringLiteral("discover-models"), instance.id, copy.groupName,
                                              QStringLiteral("failed"), models.error().message);
                        const QStringList failures{failureLine(instance, models.error())};
                        const bool judged = isProxyVerdictCode(models.error().code);
                        const QString key = self->m_prepared.request.apiKeys.value(0);
                        if (!key.isEmpty())
                            return self->discoverDirect(copy.type, key, failures, judged);
                        return andThen(self->firstActiveKey(copy), self->m_services.alive,
                                       [self, copy, failures, judged](QString groupKey) {
                                           return self->discoverDirect(copy.type, groupKey, failures, judged);
                                       });
                    });
}

QFuture<Result<QString>> ProcessSiteJob::firstActiveKey(const Target &target)
{
    GptLoadClient *client = m_services.instances().client(target.live->instance.id);
    KeyQuery query;
    query.status = KeyStatusFilter::Active;
    query.pageSize = 1;
    const QString name = target.groupName;
    return client->listKeys(target.live->group.id, query).then([name](const Result<KeyPage> &page) -> Result<QString> {
        if (!page.ok())
            return page.error().withContext(QStringLiteral("reading a key of %1").arg(name));
        if (page->items.isEmpty()) {
            Error error = Error::validation(QStringLiteral("apiKeys"),
                                            QStringLiteral("site group %1 has no active key to discover models with; give apiKeys").arg(name));
            error.code = QStringLiteral("API_KEYS_REQUIRED");
            return error;
        }
        const QString key = page->items.first().keyValue.reveal();
        Redactor::registerSecret(key);
        return key;
    });
}

QFuture<Result<DiscoveredModels>> ProcessSiteJob::discoverNewSite()
{
    const QString key = m_prepared.request.apiKeys.value(0);
    if (key.isEmpty()) {
        Error error = Error::validation(QStringLiteral("apiKeys"),
                                        QStringLiteral("API keys are required when a site is configured for the first time"));
        error.code = QStringLiteral("API_KEYS_REQUIRED");
        return readyError<DiscoveredModels>(error);
    }
    // Only the key that goes on the wire is registered: the Redactor masks registered values in
    // every log line, and thousands of entries would slow every line down.
    Redactor::registerSecret(key);
    const ChannelType type = m_targets.isEmpty() ? ChannelType::OpenAI : m_targets.first().type;
    auto self = shared_from_this();
    return andThen(discoverThroughTempGroups(m_services, m_listings.reachable(), m_site.baseUrl, type, key, m_steps, m_context),
                   m_services.alive, [self, type, key](TempDiscoveryOutcome outcome) -> QFuture<Result<DiscoveredModels>> {
                       QStringList failures;
                       bool judged = false;
                       for (const TempDiscoveryFailure &f : outcome.failures) {
                           failures.append(failureLine(f.instance, f.error));
                           judged = judged || isProxyVerdictCode(f.error.code);
                       }
                       if (outcome.models) {
                           if (!failures.isEmpty())
                               self->m_warnings.append(OnboardingWarning::tempDiscoveryFailed(failures.join(QStringLiteral("; "))));
                           return readyValue(*outcome.models);
                       }
                       if (self->cancelled())
                           return readyError<DiscoveredModels>(Error::cancelled(QStringLiteral("onboarding cancelled")));
                       return self->discoverDirect(type, key, failures, judged);
                   });
}

QFuture<Result<DiscoveredModels>> ProcessSiteJob::discoverDirect(ChannelType type, const QString &key,
                                                                 const QStringList &earlierFailures, bool siteJudged)
{
    auto self = shared_from_this();
    const QString url = m_site.baseUrl;
    const std::optional<int> retries = siteJudged ? std::optional<int>(0) : std::nullopt;
    return whenDone(listModelsDirect(m_services.siteHttp, m_services.alive, url, type, key, 0, retries), m_services.alive,
                    [self, url, earlierFailures](Result<DiscoveredModels> models) -> QFuture<Result<DiscoveredModels>> {
                        if (models.ok()) {
                            if (!earlierFailures.isEmpty())
                                self->m_warnings.append(OnboardingWarning::listedDirectly(earlierFailures.join(QStringLiteral("; "))));
                            self->m_steps->record(QStringLiteral("discover-models"), QString(), url, QStringLiteral("ok"),
                                                  QStringLiteral("%1 model(s) directly from the site").arg(models->models.size()));
                            return readyValue(models.value());
                        }
                        const Error &cause = models.error();
                        if (cause.kind == ErrorKind::Cancelled)
                            return readyError<DiscoveredModels>(cause);
                        self->m_steps->record(QStringLiteral("discover-models"), QString(), url, QStringLiteral("failed"), cause.message);
                        QStringList attempts = earlierFailures;
                        attempts.append(QStringLiteral("directly: %1").arg(cause.message));
                        Error error = Error::make(ErrorKind::Upstream,
                                                  QStringLiteral("model discovery failed for %1 (%2)").arg(url, attempts.join(QStringLiteral("; "))));
                        error.code = cause.code == QLatin1String(kModelListEmptyCode) ? cause.code : QStringLiteral("DISCOVERY_FAILED");
                        error.httpStatus = cause.httpStatus;
                        error.details = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("step"), QStringLiteral("discover models")},
                                                                                    {QStringLiteral("code"), error.code},
                                                                                    {QStringLiteral("attempts"), QJsonArray::fromStringList(attempts)}})
                                                              .toJson(QJsonDocument::Compact));
                        return readyError<DiscoveredModels>(error);
                    });
}

} // namespace ul
