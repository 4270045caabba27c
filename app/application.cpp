#include "app/application.h"

#include "core/api/apicontext.h"
#include "core/api/apiserver.h"
#include "core/api/apitraffic.h"
#include "core/api/routes.h"
#include "core/api/webconsole.h"
#include "core/config/apitoken.h"
#include "core/config/envfile.h"
#include "core/engine/engine.h"
#include "core/log/categories.h"
#include "core/log/loghub.h"
#include "core/sim/simdemo.h"
#include "core/store/statestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QProcessEnvironment>

#ifdef UNILOAD_WITH_GUI
#include "app/desktopfrontend.h"
#endif

#include <cstdio>

namespace ul {

namespace {
void printError(const QString &text)
{
    std::fprintf(stderr, "uni-load: %s\n", qPrintable(text));
    std::fflush(stderr);
}
} // namespace

Application::Application(CliOptions options, QObject *parent) : QObject(parent), m_options(std::move(options)) {}

Application::~Application()
{
    stop();
}

int Application::loadConfiguration()
{
    Result<AppDirectories> dirs = systemDirectories(m_options.configDir, m_options.dataDir);
    if (!dirs.ok()) {
        printError(dirs.error().message);
        return 2;
    }
    m_dirs = dirs.value();
    if (Status s = ensureDirectories(m_dirs); !s.ok()) {
        printError(s.error().message);
        return 1;
    }
    m_config.setDirectories(m_dirs.configDir, m_dirs.dataDir);
    applyStoredSettings();
    const LoadedEnvironment env = loadEnvironment(m_dirs.configDir, QProcessEnvironment::systemEnvironment());
    m_config.applyEnvironment(env);
    if (m_options.port)
        m_config.setOverride(SettingKey::Port, QString::number(*m_options.port), ConfigOrigin::CommandLine);
    if (!m_options.listen.isEmpty())
        m_config.setOverride(QStringLiteral("BIND_ADDRESS"), m_options.listen, ConfigOrigin::CommandLine);
    for (const auto &problem : env.problems())
        printError(problem);
    for (const ConfigIssue &issue : m_config.issues()) {
        if (!issue.isError())
            printError(QStringLiteral("warning: ") + issue.toString());
    }
    if (Status s = m_config.validate(); !s.ok()) {
        printError(s.error().message);
        return 2;
    }
    return 0;
}

void Application::applyStoredSettings()
{
    // Settings saved from the console live in the state store; they sit below .env and the
    // environment. Read them once here, before the engine thread owns the store.
    StateStore store;
    if (!QFileInfo::exists(m_dirs.stateStorePath()) || !store.open(m_dirs.stateStorePath()).ok())
        return;
    const auto stored = store.allSettings();
    m_storedLanguage = stored.value(QStringLiteral("ui.language")).toString();
    m_storedStartMinimized = stored.value(QStringLiteral("ui.startMinimized")).toBool(false);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("env.")))
            continue;
        const QJsonValue v = it.value();
        const QString text = v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        m_config.setOverride(it.key().mid(4), text, ConfigOrigin::StoredSetting);
    }
}

void Application::startLogging()
{
    LogHubOptions options;
    options.minimumLevel = m_config.logLevel();
    if (m_config.logFileMaxBytes() > 0)
        options.fileRotation.maxBytes = m_config.logFileMaxBytes();
    options.fileRotation.maxFiles = m_config.snapshot().logFileCount;
    m_log = std::make_unique<LogHub>(options);
    m_log->installMessageHandler();
    if (Status s = m_log->openFileSinks(m_dirs.logsDir()); !s.ok())
        qCWarning(lcApp).noquote() << "file logging disabled:" << s.error().message;
    qCInfo(lcApp).noquote() << "uni-load" << QStringLiteral(UNILOAD_VERSION) << "config directory" << m_dirs.configDir
                            << QStringLiteral("(%1)").arg(configDirSourceName(m_dirs.source)) << "data directory" << m_dirs.dataDir;
}

int Application::start()
{
    if (int code = checkDesktopOptions(); code != 0)
        return code;
    if (m_options.demo) {
        if (int code = startDemoWorld(); code != 0)
            return code;
    }
    if (int code = loadConfiguration(); code != 0)
        return code;
    if (m_demo) {
        // The demo never reads or writes the operator's own files, whatever the environment says.
        m_config.setOverride(QStringLiteral("GPTLOAD_INSTANCES_FILE"), m_demo->configDir() + QStringLiteral("/gptload-instances.json"),
                             ConfigOrigin::CommandLine);
        m_config.setOverride(QStringLiteral("UNI_API_YAML_PATH"), m_demo->apiYamlPath(), ConfigOrigin::CommandLine);
    }
    startLogging();

    const AppConfigSnapshot cfg = m_config.snapshot();
    EngineOptions eo;
    eo.configDir = m_dirs.configDir;
    eo.dataDir = m_dirs.dataDir;
    eo.instancesFilePath = cfg.instanceFile.path;
    eo.uniApiYamlPath = cfg.uniApiYamlPath;
    eo.stateStorePath = m_dirs.stateStorePath();
    eo.maxConcurrentRequests = cfg.maxConcurrentRequests;
    eo.requestTimeoutMs = cfg.requestTimeoutMs;
    eo.retryAttempts = cfg.retryAttempts;
    eo.wireLogging = cfg.enableDebugLogs;
    eo.instanceHealthIntervalSecs = cfg.instanceHealthIntervalSeconds;
    eo.enableModelSync = cfg.enableModelSync;
    eo.modelSyncIntervalMinutes = cfg.modelSyncIntervalMinutes;
    eo.enableChannelHealth = cfg.enableChannelHealth;
    eo.channelCheckIntervalMinutes = cfg.channelCheckIntervalMinutes;
    eo.channelFailureThreshold = cfg.channelFailureThreshold;
    eo.enableModelOptimizer = cfg.enableModelOptimizer;
    eo.enableModelWhitelist = cfg.enableModelWhitelist;
    eo.enableModelBlacklist = cfg.enableModelBlacklist;
    if (!cfg.instanceFile.exists)
        qCWarning(lcConfig).noquote() << "no instance file found; looked for" << cfg.instanceFile.candidates.join(QStringLiteral(", "));

    if (m_options.headless) {
        if (int code = startApiServer(); code != 0)
            return code;
    }
    m_engine = std::make_unique<Engine>(eo);
    m_engine->start();
    if (m_api) {
        ApiContext ctx{m_engine.get(), m_api.get()};
        registerAllRoutes(m_api->router(), ctx);
        if (m_config.snapshot().enableMetrics)
            registerMetricsRoute(m_metrics ? m_metrics->router() : m_api->router(), ctx, m_traffic.get());
    }
    if (!m_options.headless)
        startDesktop();
    if (m_demo)
        onboardDemoSite();
    return 0;
}

int Application::startDemoWorld()
{
    m_demo = std::make_unique<SimDemo>();
    if (!m_demo->start()) {
        printError(QStringLiteral("cannot start the demo: ") + m_demo->errorString());
        return 1;
    }
    // The demo's world is disposable: it never uses directories that may hold an operator's files.
    if (!m_options.configDir.isEmpty() || !m_options.dataDir.isEmpty())
        printError(QStringLiteral("note: --demo ignores --config-dir and --data-dir; its files are in ") + m_demo->configDir());
    m_options.configDir = m_demo->configDir();
    m_options.dataDir = m_demo->configDir();
    std::printf("demo: simulated gpt-load at %s and %s, AI sites at %s, %s, %s; files in %s\n",
                qPrintable(m_demo->cluster()->instance(0)->url()), qPrintable(m_demo->cluster()->instance(1)->url()),
                qPrintable(m_demo->cluster()->site(0)->url()), qPrintable(m_demo->cluster()->site(1)->url()),
                qPrintable(m_demo->cluster()->site(2)->url()), qPrintable(m_demo->configDir()));
    std::fflush(stdout);
    return 0;
}

void Application::onboardDemoSite()
{
    // Onboard the first site as soon as both simulated instances are healthy, so a newcomer
    // immediately sees L1/L2/L3 groups, providers in api.yaml and health.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_engine.get(), &Engine::snapshotChanged, this, [this, connection](const EngineSnapshot &s) {
        if (!m_demo || !s.ready || s.healthyInstanceCount() < m_demo->cluster()->instanceCount())
            return;
        disconnect(*connection);
        const QList<QJsonObject> requests = m_demo->siteRequests();
        Result<SiteRequest> request = SiteRequest::fromJson(requests.constFirst());
        if (!request.ok())
            return;
        deliverTo(m_engine->processAiSite(request.value()), this, [this](const Result<ProcessSiteReport> &report) {
            if (report.ok()) {
                qCInfo(lcApp).noquote() << "demo: onboarded" << report->siteName << "with" << report->models.size()
                                        << "models and" << report->modelGroups << "model groups";
                // One health cycle right away, so the health views have a first data point.
                if (m_engine)
                    (void)m_engine->checkChannels();
            } else {
                qCWarning(lcApp).noquote() << "demo: onboarding failed:" << report.error().toString();
            }
        });
    });
}

int Application::checkDesktopOptions() const
{
#ifdef UNILOAD_WITH_GUI
    if (!m_options.headless) {
        if (const QString problem = DesktopFrontEnd::checkOptions(m_options); !problem.isEmpty()) {
            printError(problem);
            return 2;
        }
    }
#endif
    return 0;
}

void Application::startDesktop()
{
#ifdef UNILOAD_WITH_GUI
    DesktopStart start;
    start.cli = m_options;
    start.config = m_config;
    start.engine = m_engine.get();
    start.log = m_log.get();
    start.storedLanguage = m_storedLanguage;
    start.storedStartMinimized = m_storedStartMinimized;
    auto desktop = std::make_unique<DesktopFrontEnd>(start);
    desktop->start();
    m_desktop = std::move(desktop);
#endif
}

int Application::startApiServer()
{
    const AppConfigSnapshot cfg = m_config.snapshot();
    Result<ApiToken> token = resolveApiToken(apiTokenInputs(m_config));
    if (!token.ok()) {
        printError(token.error().message);
        return 1;
    }
    for (const QString &w : token->warnings)
        qCWarning(lcApi).noquote() << w;
    // API_AUTH=none is honoured on loopback only (AppConfig ignores it elsewhere); an operator who
    // asked for it on a public address must not find the server running with a surprise.
    if (m_config.value(SettingKey::ApiAuth).trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0
        && !cfg.bindAddressIsLoopback) {
        printError(QStringLiteral("API_AUTH=none is only allowed when the server is bound to a loopback address, and "
                                  "BIND_ADDRESS is %1: remove API_AUTH=none (the API token then protects the API and the "
                                  "web console) or bind to 127.0.0.1")
                       .arg(cfg.bindAddress));
        return 2;
    }
    if (!cfg.bindAddressIsLoopback && !token->explicitlyConfigured() && !cfg.apiAuthDisabled) {
        printError(QStringLiteral("refusing to listen on %1 without an explicitly configured API token: "
                                  "set API_TOKEN (environment or .env) or bind to 127.0.0.1")
                       .arg(cfg.bindAddress));
        return 2;
    }
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
    m_api = std::make_unique<ApiServer>(so);
    WebConsoleOptions web;
    web.webRoot = m_options.webRoot;
    if (Status installed = installWebConsole(*m_api, web); !installed.ok()) {
        printError(QStringLiteral("--web-root: ") + installed.error().message);
        return 2;
    }
    Result<quint16> port = m_api->listen();
    if (!port.ok()) {
        printError(port.error().message);
        return 1;
    }
    const QString host = so.address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(so.address.toString())
                                                                                 : so.address.toString();
    std::printf("listening on %s:%u\n", qPrintable(host), static_cast<unsigned>(port.value()));
    m_traffic = std::make_unique<ApiTrafficStats>();
    m_traffic->watch(m_api.get());
    if (int code = startMetricsServer(so, host); code != 0)
        return code;
    if (m_demo && !token->filePath.isEmpty())
        std::printf("demo: try  curl -H \"Authorization: Bearer $(cat %s)\" http://%s:%u/api/status\n",
                    qPrintable(token->filePath), qPrintable(host), static_cast<unsigned>(port.value()));
    std::fflush(stdout);
    qCInfo(lcApi).noquote() << "HTTP API listening on" << QStringLiteral("%1:%2").arg(host).arg(port.value());
    return 0;
}

int Application::startMetricsServer(const ApiServerOptions &apiOptions, const QString &host)
{
    // GET /metrics on METRICS_PORT, same bind address and token rule as the API; on the API
    // server itself when both ports are the same.
    const AppConfigSnapshot cfg = m_config.snapshot();
    if (!cfg.enableMetrics || (cfg.metricsPort != 0 && cfg.metricsPort == apiOptions.port))
        return 0;
    ApiServerOptions mo = apiOptions;
    mo.port = cfg.metricsPort;
    mo.accessLogPath.clear();
    mo.allowedOrigins.clear();
    m_metrics = std::make_unique<ApiServer>(mo);
    Result<quint16> port = m_metrics->listen();
    if (!port.ok()) {
        printError(QStringLiteral("metrics endpoint: ") + port.error().message);
        return 1;
    }
    std::printf("metrics on %s:%u\n", qPrintable(host), static_cast<unsigned>(port.value()));
    qCInfo(lcApi).noquote() << "metrics at" << QStringLiteral("http://%1:%2/metrics").arg(host).arg(port.value());
    return 0;
}

void Application::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_metrics.reset();
    m_api.reset();      // no new requests
    m_desktop.reset();  // window and tray go before the engine they show
    if (m_engine)
        m_engine->shutdown();
    m_engine.reset();
    if (m_log) {
        qCInfo(lcApp) << "stopped";
        m_log->uninstallMessageHandler();
        m_log.reset();
    }
}

} // namespace ul
