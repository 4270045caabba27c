#include "app/apihost.h"

#include "core/api/apicontext.h"
#include "core/api/apiserver.h"
#include "core/api/apitraffic.h"
#include "core/api/routes.h"
#include "core/api/webconsole.h"
#include "core/config/apitoken.h"
#include "core/log/categories.h"

#include <QDir>

#include <cstdio>

namespace ul {

ApiHost::ApiHost(AppConfig config, AppDirectories dirs, QString webRoot)
    : m_config(std::move(config)), m_dirs(std::move(dirs)), m_webRoot(std::move(webRoot))
{
}

ApiHost::~ApiHost()
{
    stop();
}

QString ApiHost::exposureProblem(const AppConfig &config, const ApiToken &token)
{
    const AppConfigSnapshot cfg = config.snapshot();
    // API_AUTH=none is honoured on loopback only (AppConfig ignores it elsewhere); an operator who
    // asked for it on a public address must not find the server running with a surprise.
    if (config.value(SettingKey::ApiAuth).trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0
        && !cfg.bindAddressIsLoopback) {
        return QStringLiteral("API_AUTH=none is only allowed when the server is bound to a loopback address, and "
                              "BIND_ADDRESS is %1: remove API_AUTH=none (the API token then protects the API and the "
                              "web console) or bind to 127.0.0.1")
            .arg(cfg.bindAddress);
    }
    if (!cfg.bindAddressIsLoopback && !token.explicitlyConfigured() && !cfg.apiAuthDisabled) {
        return QStringLiteral("refusing to listen on %1 without an explicitly configured API token: "
                              "set API_TOKEN (environment or .env) or bind to 127.0.0.1")
            .arg(cfg.bindAddress);
    }
    if (!cfg.bindAddressIsLoopback && token.isShort() && !cfg.apiAuthDisabled) {
        return QStringLiteral("refusing to listen on %1 with an API token shorter than %2 characters: "
                              "it could be guessed; set a longer API_TOKEN or bind to 127.0.0.1")
            .arg(cfg.bindAddress)
            .arg(ApiToken::kShortApiTokenLength);
    }
    return {};
}

Status ApiHost::listen()
{
    stop();
    const AppConfigSnapshot cfg = m_config.snapshot();
    const auto refuse = [this](ErrorKind kind, const QString &message) -> Status {
        m_lastError = message;
        return Error::make(kind, message);
    };
    Result<ApiToken> token = resolveApiToken(apiTokenInputs(m_config));
    if (!token.ok()) {
        // A configuration problem (exit code 2: systemd does not restart into the same failure),
        // with the two ways out.
        return refuse(ErrorKind::Validation,
                      token.error().message
                          + QStringLiteral("; set API_TOKEN (environment, .env or the service's env file) or make that file readable"));
    }
    for (const QString &w : token->warnings)
        qCWarning(lcApi).noquote() << w;
    if (const QString problem = exposureProblem(m_config, token.value()); !problem.isEmpty())
        return refuse(ErrorKind::Validation, problem);
    if (token->source == ApiTokenSource::Generated || token->source == ApiTokenSource::File)
        qCInfo(lcApi).noquote() << "API token: stored in" << token->filePath << "(send it as 'Authorization: Bearer <token>')";
    else
        qCInfo(lcApi).noquote() << "API token: from" << apiTokenSourceName(token->source);
    if (cfg.apiAuthDisabled)
        qCWarning(lcApi) << "API_AUTH=none: the HTTP API and the web console accept requests without a token (loopback only)";

    ApiServerOptions so;
    so.address = QHostAddress(cfg.bindAddress);
    so.port = cfg.port;
    so.token = token->value;
    so.authDisabled = cfg.apiAuthDisabled;
    so.allowedOrigins = cfg.allowedOrigins;
    so.allowedHosts = cfg.allowedHosts;
    so.maxRequestBytes = cfg.maxRequestSizeBytes;
    so.accessLogPath = QDir(m_dirs.logsDir()).filePath(QStringLiteral("access.log"));
    auto api = std::make_unique<ApiServer>(so);
    WebConsoleOptions web;
    web.webRoot = m_webRoot;
    if (Status installed = installWebConsole(*api, web); !installed.ok())
        return refuse(ErrorKind::Validation, QStringLiteral("--web-root: ") + installed.error().message);
    Result<quint16> port = api->listen();
    if (!port.ok())
        return refuse(ErrorKind::Unavailable, port.error().message);
    m_host = so.address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(so.address.toString())
                                                                      : so.address.toString();
    m_api = std::move(api);
    m_url = QStringLiteral("http://%1:%2").arg(m_host).arg(port.value());
    m_tokenFilePath = token->filePath;
    std::printf("listening on %s:%u\n", qPrintable(m_host), static_cast<unsigned>(port.value()));
    std::fflush(stdout);
    m_traffic = std::make_unique<ApiTrafficStats>();
    m_traffic->watch(m_api.get());
    if (Status metrics = listenMetrics(m_host); !metrics.ok()) {
        stop();
        return refuse(ErrorKind::Unavailable, metrics.error().message);
    }
    m_lastError.clear();
    qCInfo(lcApi).noquote() << "HTTP API listening on" << QStringLiteral("%1:%2").arg(m_host).arg(port.value());
    return {};
}

Status ApiHost::listenMetrics(const QString &host)
{
    // GET /metrics on METRICS_PORT, same bind address and token rule as the API; on the API
    // server itself when both ports are the same.
    const AppConfigSnapshot cfg = m_config.snapshot();
    if (!cfg.enableMetrics || (cfg.metricsPort != 0 && cfg.metricsPort == cfg.port))
        return {};
    ApiServerOptions mo = m_api->options();
    mo.port = cfg.metricsPort;
    mo.accessLogPath.clear();
    mo.allowedOrigins.clear();
    auto metrics = std::make_unique<ApiServer>(mo);
    Result<quint16> port = metrics->listen();
    if (!port.ok())
        return Error::make(ErrorKind::Unavailable, QStringLiteral("metrics endpoint: ") + port.error().message);
    m_metrics = std::move(metrics);
    std::printf("metrics on %s:%u\n", qPrintable(host), static_cast<unsigned>(port.value()));
    std::fflush(stdout);
    qCInfo(lcApi).noquote() << "metrics at" << QStringLiteral("http://%1:%2/metrics").arg(host).arg(port.value());
    return {};
}

void ApiHost::serve(Engine *engine)
{
    if (!m_api || !engine)
        return;
    ApiContext ctx{engine, m_api.get(), &m_config, m_demoSites};  // m_config outlives m_api and its routes
    registerAllRoutes(m_api->router(), ctx);
    if (m_config.snapshot().enableMetrics)
        registerMetricsRoute(m_metrics ? m_metrics->router() : m_api->router(), ctx, m_traffic.get());
}

ApiHostState ApiHost::start(Engine *engine)
{
    if (!m_api) {
        if (Status s = listen(); !s.ok())
            return state();
        serve(engine);
    }
    return state();
}

void ApiHost::stop()
{
    if (m_api)
        qCInfo(lcApi).noquote() << "HTTP API on" << m_url << "stopped";
    m_metrics.reset();
    m_api.reset();
    m_traffic.reset();
    m_url.clear();
}

ApiHostState ApiHost::state() const
{
    ApiHostState s;
    s.running = m_api != nullptr;
    s.url = m_url;
    s.tokenFilePath = m_tokenFilePath;
    s.error = m_lastError;
    return s;
}

} // namespace ul
