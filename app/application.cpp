#include "app/application.h"

#include "app/apihost.h"
#include "app/consoleactivation.h"
#include "app/settingsloader.h"
#include "core/engine/engine.h"
#include "core/log/categories.h"
#include "core/log/loghub.h"
#include "core/sim/simaisite.h"
#include "core/sim/simdemo.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLockFile>

#ifdef UNILOAD_WITH_GUI
#include "app/desktopfrontend.h"
#endif

#include <cstdio>

namespace ul {

namespace {
// uniapi-config.md §6.10 settings as the engine takes them (AppConfig has checked the values).
uniapi::ReloadSettings uniApiReloadSettings(const AppConfigSnapshot &cfg)
{
    uniapi::ReloadSettings r;
    r.runtime = uniapi::parseRuntime(cfg.uniApiRuntime).value_or(uniapi::UniApiRuntime::Rust);
    r.action = uniapi::parseReloadAction(cfg.uniApiReload).value_or(uniapi::ReloadAction::None);
    r.baseUrl = cfg.uniApiUrl;
    r.adminKey = cfg.uniApiAdminKey;
    r.restartCommand = cfg.uniApiRestartCommand;
    return r;
}

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
    if (int code = lockDataDirectory(); code != 0)
        return code;
    const SettingsLoad settings = loadSettings(m_config, m_dirs, m_options);
    m_storedConsole = settings.console;
    for (const QString &warning : settings.warnings)
        printError(QStringLiteral("warning: ") + warning);
    for (const QString &error : settings.errors)
        printError(error);
    if (!settings.errors.isEmpty())
        return 2;
    return 0;
}

int Application::lockDataDirectory()
{
    // Two processes on one data directory would both run the startup reconcile and the loops
    // against the same gpt-load instances and api.yaml. The lock dies with its process (a
    // dead owner's lock is taken over), so no age makes it stale.
    const QString path = QDir(m_dirs.dataDir).filePath(QStringLiteral("uni-load.lock"));
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_dataLock = std::move(lock);
        return 0;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        // The console already runs (often hidden in the tray): bring it up instead of failing.
        if (!m_options.headless && m_options.screenshotFile.isEmpty() && ConsoleActivation::askRunningConsoleToShow(m_dirs.dataDir)) {
            std::printf("uni-load is already running on %s; its console is shown.\n", qPrintable(m_dirs.dataDir));
            std::fflush(stdout);
            return kHandedOver;
        }
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        printError(QStringLiteral("another uni-load (pid %1) is using the data directory %2; stop it first, or give this one "
                                  "its own --data-dir")
                       .arg(pid)
                       .arg(m_dirs.dataDir));
        return 2;
    }
    printError(QStringLiteral("cannot create the lock file %1").arg(path));
    return 1;
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
    if (m_dirs.configDirCreated && m_dirs.source == ConfigDirSource::CommandLine)
        qCWarning(lcApp).noquote() << QStringLiteral("the config directory %1 did not exist and was created empty: if you meant an "
                                                     "existing deployment, check the --config-dir path")
                                          .arg(m_dirs.configDir);
    if (m_dirs.compatibilityMode)
        qCWarning(lcApp).noquote() << QStringLiteral("the working directory holds %1, so it is the config and data directory "
                                                     "(an existing deployment's); start with --config-dir to use another")
                                          .arg(m_dirs.compatibilityMarker);
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
    eo.uniApiWriteInPlace = cfg.uniApiWriteInPlace;
    eo.uniApiBackups = cfg.uniApiBackups;
    eo.uniApiEngineField = cfg.uniApiEngineField;
    // The demo writes its own api.yaml: never restart or call the operator's uni-api for it.
    if (!m_demo)
        eo.uniApiReload = uniApiReloadSettings(cfg);
    eo.stateStorePath = m_dirs.stateStorePath();
    eo.maxConcurrentRequests = cfg.maxConcurrentRequests;
    eo.requestTimeoutMs = cfg.requestTimeoutMs;
    eo.retryAttempts = cfg.retryAttempts;
    eo.wireLogging = cfg.enableDebugLogs;
    eo.instanceHealthIntervalSecs = cfg.instanceHealthIntervalSeconds;
    eo.enableModelSync = cfg.enableModelSync;
    eo.modelSyncForced = cfg.modelSyncForced;
    eo.channelHealthForced = cfg.channelHealthForced;
    eo.modelSyncIntervalMinutes = cfg.modelSyncIntervalMinutes;
    eo.enableChannelHealth = cfg.enableChannelHealth;
    eo.channelCheckIntervalMinutes = cfg.channelCheckIntervalMinutes;
    eo.channelFailureThreshold = cfg.channelFailureThreshold;
    eo.reassignCopyInvalidKeys = cfg.reassignCopyInvalidKeys;
    eo.enableModelOptimizer = cfg.enableModelOptimizer;
    eo.enableWeightOptimization = cfg.enableWeightOptimization;
    eo.weightOptimizationIntervalHours = cfg.weightOptimizationIntervalHours;
    eo.enableModelWhitelist = cfg.enableModelWhitelist;
    eo.enableModelBlacklist = cfg.enableModelBlacklist;
    if (!m_options.screenshotFile.isEmpty() && !m_demo) {
        // A picture of the operator's own state: it reads, and changes nothing — no start-up
        // reconcile, no loop (the loops' stored start/stop is not touched either).
        eo.enableModelOptimizer = false;
        eo.enableWeightOptimization = false;
        eo.enableModelSync = false;
        eo.modelSyncForced = true;
        eo.enableChannelHealth = false;
        eo.channelHealthForced = true;
    }
    if (!cfg.instanceFile.exists)
        qCWarning(lcConfig).noquote() << "no instance file found; looked for" << cfg.instanceFile.candidates.join(QStringLiteral(", "));

    if (int code = startApiServer(m_options.headless || cfg.desktopApiServer); code != 0)
        return code;
    m_engine = std::make_unique<Engine>(eo);
    m_engine->start();
    if (m_apiHost) {
        m_apiHost->serve(m_engine.get());
        const ApiHostState api = m_apiHost->state();
        if (m_demo && api.running && !api.tokenFilePath.isEmpty()) {
            std::printf("demo: try  curl -H \"Authorization: Bearer $(cat %s)\" %s/api/status\n", qPrintable(api.tokenFilePath),
                        qPrintable(api.url));
            std::fflush(stdout);
        }
    }
    if (!m_options.headless)
        startDesktop();
    if (m_demo)
        onboardDemoSites();
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
    QStringList sites;
    for (const SimAiSite *site : m_demo->cluster()->sites())
        sites << site->url();
    std::printf("demo: simulated gpt-load at %s and %s, AI sites at %s; files in %s\n", qPrintable(m_demo->cluster()->instance(0)->url()),
                qPrintable(m_demo->cluster()->instance(1)->url()), qPrintable(sites.join(QStringLiteral(", "))),
                qPrintable(m_demo->configDir()));
    const QList<QJsonObject> requests = m_demo->siteRequests();
    std::printf("demo: the two OpenAI-compatible relays are onboarded at start; add the Anthropic site %s or the Gemini site %s "
                "yourself (web console: the Demo list of Site configuration; desktop: Add a demo site…) — they accept any key\n",
                qPrintable(requests.value(1).value(QStringLiteral("baseUrl")).toString()),
                qPrintable(requests.value(2).value(QStringLiteral("baseUrl")).toString()));
    std::fflush(stdout);
    return 0;
}

void Application::onboardDemoSites()
{
    // Onboard the demo's first sites as soon as both simulated instances are healthy, so a
    // newcomer immediately sees L1/L2/L3 groups, a model spread over two sites, providers in
    // api.yaml and health.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_engine.get(), &Engine::snapshotChanged, this, [this, connection](const EngineSnapshot &s) {
        if (!m_demo || !s.ready || s.healthyInstanceCount() < m_demo->cluster()->instanceCount())
            return;
        disconnect(*connection);
        const QList<QJsonObject> requests = m_demo->siteRequests();
        QList<QJsonObject> queue;
        for (int index : SimDemo::sitesOnboardedAtStart())
            queue.append(requests.value(index));
        onboardDemoSite(queue);
    });
}

// One site after the other (the second's name depends on the first's), then one health cycle
// right away, so the health views have a first data point.
void Application::onboardDemoSite(QList<QJsonObject> queue)
{
    if (!m_engine)
        return;
    if (queue.isEmpty()) {
        (void)m_engine->checkChannels();
        return;
    }
    Result<SiteRequest> request = SiteRequest::fromJson(queue.takeFirst());
    if (!request.ok()) {
        qCWarning(lcApp).noquote() << "demo: invalid site request:" << request.error().toString();
        return;
    }
    deliverTo(m_engine->processAiSite(request.value()), this, [this, queue](const Result<ProcessSiteReport> &report) {
        if (report.ok())
            qCInfo(lcApp).noquote() << "demo: onboarded" << report->siteName << "with" << report->models.size() << "models and"
                                    << report->modelGroups << "model groups";
        else
            qCWarning(lcApp).noquote() << "demo: onboarding failed:" << report.error().toString();
        onboardDemoSite(queue);
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
    start.stored = m_storedConsole;
    start.apiHost = m_apiHost.get();
    if (m_demo)
        start.demoSites = m_demo->siteRequests();
    auto desktop = std::make_unique<DesktopFrontEnd>(start);
    // Listening before the window is built (which takes a moment): a request that comes in
    // meanwhile is read by the event loop, once the console exists.
    if (m_options.screenshotFile.isEmpty()) {
        m_activation = std::make_unique<ConsoleActivation>();
        connect(m_activation.get(), &ConsoleActivation::showRequested, desktop.get(), &DesktopFrontEnd::showConsole);
        m_activation->listen(m_dirs.dataDir);
    }
    desktop->start();
    m_desktop = std::move(desktop);
#endif
}

int Application::startApiServer(bool listenNow)
{
    m_apiHost = std::make_unique<ApiHost>(m_config, m_dirs, m_options.webRoot);
    if (m_demo) {
        const QList<QJsonObject> requests = m_demo->siteRequests();
        QList<QJsonObject> webSites;
        for (int index : SimDemo::sitesAcceptingAnyKey()) {
            QJsonObject site = requests.value(index);
            site.remove(QStringLiteral("apiKeys"));  // they take any key; the demo's own stay out of responses
            webSites.append(site);
        }
        m_apiHost->setDemoSites(webSites);
    }
    if (!listenNow)
        return 0;  // the desktop console's server stays off until switched on
    if (Status s = m_apiHost->listen(); !s.ok()) {
        if (!m_options.headless) {
            // The console runs without it; the settings page shows why and can try again.
            qCWarning(lcApi).noquote() << "HTTP API not started:" << s.error().message;
            return 0;
        }
        printError(s.error().message);
        return s.error().kind == ErrorKind::Validation ? 2 : 1;
    }
    return 0;
}

void Application::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_desktop.reset();  // window and tray go before the engine they show (and the API switch they use)
    m_apiHost.reset();  // no new requests
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
