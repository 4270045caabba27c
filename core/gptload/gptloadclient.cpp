#include "core/gptload/gptloadclient.h"

#include "core/common/redactor.h"
#include "core/gptload/futureutil.h"
#include "core/gptload/logging.h"

#include <QJsonDocument>
#include <QJsonObject>

// Construction, request plumbing, health and capability detection. The other calls are in
// gptloadclient_groups.cpp, gptloadclient_keys.cpp and gptloadclient_data.cpp.

namespace ul {

GptLoadClient::GptLoadClient(const InstanceConfig &instance, QNetworkAccessManager *network,
                             const GptLoadClientOptions &options, QObject *parent)
    : QObject(parent),
      m_instance(instance),
      m_options(options),
      m_scheduler(new RequestScheduler(options.maxConcurrent, this)),
      m_http(new HttpClient(network, m_scheduler, {}, this)),
      m_delays(new DelayPool(this))
{
    applyHttpOptions();
    Redactor::registerSecret(m_instance.token);
}

void GptLoadClient::setWire(WireThread *wire)
{
    m_http->setWire(wire);
}

GptLoadClient::~GptLoadClient()
{
    // Finish everything while this object is whole; continuations see m_closing and stop.
    m_closing = true;
    m_http->cancelAll();
    m_delays->finishAll();
    const auto waiters = std::exchange(m_capabilityWaiters, {});
    for (const auto &promise : waiters) {
        promise->addResult(Result<Capabilities>(Error::cancelled(label() + QStringLiteral(": client destroyed"))));
        promise->finish();
    }
}

void GptLoadClient::setInstance(const InstanceConfig &instance)
{
    if (instance.url != m_instance.url)
        forgetCapabilities();
    m_instance = instance;
    Redactor::registerSecret(m_instance.token);
}

void GptLoadClient::setOptions(const GptLoadClientOptions &options)
{
    m_options = options;
    applyHttpOptions();
}

RequestCounters GptLoadClient::counters() const
{
    return m_scheduler->counters();
}

void GptLoadClient::cancelAll()
{
    ++m_cancelEpoch;
    m_scheduler->cancelQueued();
    m_http->cancelAll();
    m_delays->finishAll();
}

void GptLoadClient::applyHttpOptions()
{
    HttpClientOptions http;
    http.timeoutMs = m_options.timeoutMs;
    http.retryAttempts = m_options.retryAttempts;
    http.retryBaseDelayMs = m_options.retryBaseDelayMs;
    http.wireLogging = m_options.wireLogging;
    m_http->setOptions(http);
    m_scheduler->setMaxInFlightPerKey(m_options.maxConcurrent);
}

QString GptLoadClient::label() const
{
    return QStringLiteral("gpt-load ") + (m_instance.name.isEmpty() ? m_instance.id : m_instance.name);
}

QString GptLoadClient::context(HttpMethod method, const QString &route) const
{
    return label() + QStringLiteral(": ") + QString::fromLatin1(httpMethodName(method)) + QLatin1Char(' ') + route;
}

QUrl GptLoadClient::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QString base = m_instance.url.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QUrl url(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

HttpRequestSpec GptLoadClient::managementSpec(HttpMethod method, const QString &path, const QString &route,
                                              const QUrlQuery &query, const QByteArray &body, int flags) const
{
    HttpRequestSpec spec = HttpRequestSpec::make(method, apiUrl(path, query), body);
    spec.route = route;
    spec.schedulerKey = m_instance.id.isEmpty() ? m_instance.url : m_instance.id;
    spec.tls = TlsSettings{m_instance.caCertificate, m_instance.tlsInsecure};
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // English messages: the only ones whose counts we may read (§2.1).
    spec.setHeader(QByteArrayLiteral("Accept-Language"), QByteArrayLiteral("en-US"));
    if (!m_instance.token.isEmpty())
        spec.setHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_instance.token.toUtf8());
    spec.secretRequestBody = (flags & SecretRequest) != 0;
    spec.secretResponseBody = (flags & SecretResponse) != 0;
    // Group lists, key exports and log pages of a big installation are tens of MB; /health and
    // the proxy calls keep the small default.
    spec.maxResponseBytes = kManagementMaxResponseBytes;
    // gpt-load's global semaphore rejects before any handler runs, so even a POST may be retried.
    spec.answerRetryVerdict = [](const HttpResponse &response) {
        return isServerBusyAnswer(response) ? RetryVerdict::Retry : RetryVerdict::Default;
    };
    return spec;
}

QFuture<Result<HttpResponse>> GptLoadClient::sendRaw(const HttpRequestSpec &spec)
{
    if (m_closing)
        return readyError<HttpResponse>(Error::cancelled(label() + QStringLiteral(": client is shutting down")));
    return m_http->send(spec);
}

std::optional<Error> GptLoadClient::versionGuard() const
{
    if (!m_capabilities || m_capabilities->profile != ApiProfile::V2Unsupported)
        return std::nullopt;
    Error error = Error::make(ErrorKind::Unavailable,
                              label() + QStringLiteral(" is a gpt-load v2 server; only v1.1 to v1.4 can be managed"));
    error.code = QLatin1String(kUnsupportedVersionCode);
    return error;
}

QFuture<Result<Envelope>> GptLoadClient::call(HttpMethod method, const QString &path, const QString &route,
                                              const QUrlQuery &query, const QByteArray &body, int flags)
{
    if (!(flags & SkipVersionGuard)) {
        if (const std::optional<Error> unsupported = versionGuard())
            return readyError<Envelope>(*unsupported);
    }
    const QString where = context(method, route);
    const QString who = label();
    return guardedThen(sendRaw(managementSpec(method, path, route, query, body, flags)), this,
                       [where, who](Result<HttpResponse> response) -> Result<Envelope> {
                           if (!response.ok())
                               return response.error().withContext(who);
                           return decodeEnvelope(response.value(), where);
                       });
}

// --- Health ----------------------------------------------------------------------------------

QFuture<Result<HealthInfo>> GptLoadClient::health()
{
    HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Get, apiUrl(QStringLiteral("/health")));
    spec.route = QStringLiteral("/health");
    spec.schedulerKey = m_instance.id.isEmpty() ? m_instance.url : m_instance.id;
    spec.tls = TlsSettings{m_instance.caCertificate, m_instance.tlsInsecure};
    spec.retryAttempts = m_options.healthRetryAttempts;
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return guardedThen(sendRaw(spec), this, [this](Result<HttpResponse> response) -> Result<HealthInfo> {
        if (!response.ok())
            return response.error().withContext(label());
        if (response->status != 200)
            return httpStatusError(response.value(), label() + QStringLiteral(": GET /health"));
        const QJsonDocument document = QJsonDocument::fromJson(response->body);
        Result<HealthInfo> info = HealthInfo::fromJson(document.object());
        if (!info.ok()) {
            Error error = info.error().withContext(label() + QStringLiteral(": GET /health"));
            error.httpStatus = response->status;
            error.details = redactedSnippet(response->body);
            return error;
        }
        info->responseMs = response->elapsedMs;
        if (info->uptimeMs) {
            if (m_lastUptimeMs && *info->uptimeMs < *m_lastUptimeMs && m_capabilities) {
                qCInfo(lcGptload).noquote() << label() << "restarted (uptime went backwards); capabilities will be detected again";
                forgetCapabilities();
            }
            m_lastUptimeMs = info->uptimeMs;
        }
        return info;
    });
}

QFuture<Status> GptLoadClient::verifyAdminKey()
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("auth_key"), m_instance.token}}).toJson(QJsonDocument::Compact);
    const QString route = QStringLiteral("/api/auth/login");
    return guardedThen(call(HttpMethod::Post, route, route, {}, body, SkipVersionGuard | SecretRequest), this,
                       [](Result<Envelope> envelope) -> Status {
                           if (!envelope.ok())
                               return envelope.error();
                           return {};
                       });
}

// --- Capabilities (§0.4) ---------------------------------------------------------------------

namespace {

Capabilities capabilitiesFor(ApiProfile profile)
{
    Capabilities c;
    c.profile = profile;
    c.nativeAggregates = profile == ApiProfile::V1_4;
    c.statsLayout = profile == ApiProfile::V1_4 ? StatsLayout::Current
                  : profile == ApiProfile::V1_2 ? StatsLayout::Legacy
                                                : StatsLayout::Unknown;
    return c;
}

bool isNoAnswer(const Error &error)
{
    return error.kind == ErrorKind::Network || error.kind == ErrorKind::Timeout || error.kind == ErrorKind::Cancelled;
}

} // namespace

QFuture<Result<Capabilities>> GptLoadClient::capabilities()
{
    if (m_capabilities)
        return readyResult(Result<Capabilities>(*m_capabilities));
    auto promise = std::make_shared<QPromise<Result<Capabilities>>>();
    promise->start();
    QFuture<Result<Capabilities>> future = promise->future();
    m_capabilityWaiters.append(promise);
    if (m_capabilityWaiters.size() == 1) {
        const quint64 generation = m_capabilityGeneration;
        detectCapabilities().then([guard = QPointer<GptLoadClient>(this), generation](Result<Capabilities> result) {
            if (guard)
                guard->finishCapabilityDetection(result, generation);
        });
    }
    return future;
}

void GptLoadClient::forgetCapabilities()
{
    m_capabilities.reset();
    ++m_capabilityGeneration;  // a detection still running will not be cached
}

void GptLoadClient::finishCapabilityDetection(const Result<Capabilities> &result, quint64 generation)
{
    if (result.ok() && result->profile != ApiProfile::Unknown && generation == m_capabilityGeneration) {
        m_capabilities = result.value();
        if (result->profile == ApiProfile::V2Unsupported)
            qCWarning(lcGptload).noquote() << label() << "is a gpt-load v2 server; it will not be managed";
        else
            qCInfo(lcGptload).noquote() << label() << "API profile" << apiProfileName(result->profile);
    }
    const auto waiters = std::exchange(m_capabilityWaiters, {});
    for (const auto &promise : waiters) {
        promise->addResult(result);
        promise->finish();
    }
}

QFuture<Result<Capabilities>> GptLoadClient::detectCapabilities()
{
    // Step 1: only v2 answers GET /api/health; v1 says 404 {"error":"Not Found"}.
    const QString route = QStringLiteral("/api/health");
    const HttpRequestSpec spec = managementSpec(HttpMethod::Get, route, route, {}, {}, NoFlags);
    return guardedThen(sendRaw(spec), this, [this](Result<HttpResponse> response) -> QFuture<Result<Capabilities>> {
               if (!response.ok())
                   return readyError<Capabilities>(response.error().withContext(label()));
               if (response->isSuccess())
                   return readyResult(Result<Capabilities>(capabilitiesFor(ApiProfile::V2Unsupported)));
               return detectFromGroups();
           })
        .unwrap();
}

QFuture<Result<Capabilities>> GptLoadClient::detectFromGroups()
{
    // Step 2: group_type on any group means ≥ v1.3.
    const QString route = QStringLiteral("/api/groups");
    return guardedThen(call(HttpMethod::Get, route, route, {}, {}, SkipVersionGuard), this,
                       [this](Result<Envelope> envelope) -> QFuture<Result<Capabilities>> {
                           if (!envelope.ok())
                               return readyError<Capabilities>(envelope.error());
                           Result<QList<GroupInfo>> groups = parseGroupList(envelope->data);
                           if (!groups.ok())
                               return readyError<Capabilities>(groups.error().withContext(label()));
                           if (groups->isEmpty())
                               return detectFromSubGroupRoute();
                           for (const GroupInfo &g : groups.value()) {
                               if (g.groupTypeReported)
                                   return readyResult(Result<Capabilities>(capabilitiesFor(ApiProfile::V1_4)));
                           }
                           return readyResult(Result<Capabilities>(capabilitiesFor(ApiProfile::V1_2)));
                       })
        .unwrap();
}

QFuture<Result<Capabilities>> GptLoadClient::detectFromSubGroupRoute()
{
    // Step 3 (no groups yet): the sub-group route exists from v1.3 and answers with an envelope.
    const QString path = QStringLiteral("/api/groups/0/sub-groups");
    return guardedThen(call(HttpMethod::Get, path, QStringLiteral("/api/groups/:id/sub-groups"), {}, {}, SkipVersionGuard),
                       this, [](Result<Envelope> envelope) -> Result<Capabilities> {
                           if (envelope.ok())
                               return capabilitiesFor(ApiProfile::V1_4);
                           const Error &error = envelope.error();
                           if (error.kind == ErrorKind::Auth || isNoAnswer(error))
                               return error;
                           if (!error.code.isEmpty())
                               return capabilitiesFor(ApiProfile::V1_4);
                           if (error.kind == ErrorKind::RouteMissing)
                               return capabilitiesFor(ApiProfile::V1_2);
                           return capabilitiesFor(ApiProfile::Unknown);
                       });
}

} // namespace ul
