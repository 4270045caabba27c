#include "app/configcheck.h"

#include "app/apihost.h"
#include "app/settingsloader.h"
#include "core/common/clock.h"
#include "core/common/configfileio.h"
#include "core/common/processruns.h"
#include "core/common/redactor.h"
#include "core/config/apitoken.h"
#include "core/config/directories.h"
#include "core/gptload/httpclient.h"
#include "core/instances/instancefile.h"
#include "core/instances/instanceregistry.h"
#include "core/uniapi/uniapistatus.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTcpServer>

#include <cstdio>

namespace ul {

namespace {

// A check never waits long for a peer (an instance, uni-api): it answers the operator at the terminal.
constexpr int kPeerTimeoutCapMs = 10000;

// Runs the event loop until `future` has its result (the network answers through it).
template <typename T>
T waitFor(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!watcher.isFinished())
        loop.exec();
    return future.result();
}

enum class Finding { Ok, Info, Warning, Error };

// The findings, printed as they come, and the exit code they add up to.
class Report
{
public:
    void add(Finding finding, const QString &area, const QString &text)
    {
        static const char *const kLabels[] = {"ok", "info", "warning", "error"};
        std::printf("%-8s %-12s %s\n", kLabels[int(finding)], qPrintable(area), qPrintable(Redactor::text(text)));
        std::fflush(stdout);
        if (finding == Finding::Warning)
            ++m_warnings;
        if (finding == Finding::Error)
            ++m_errors;
    }
    // An error of the configuration itself (exit code 2) rather than of a peer (1).
    void addConfigurationError(const QString &area, const QString &text)
    {
        add(Finding::Error, area, text);
        m_configurationError = true;
    }

    int exitCode() const { return m_configurationError ? 2 : m_errors > 0 ? 1 : 0; }
    void printSummary() const
    {
        std::printf("%d error(s), %d warning(s): %s\n", m_errors, m_warnings,
                    m_configurationError ? "the configuration has errors to fix (exit code 2)"
                    : m_errors > 0       ? "the configuration is valid, but something it needs is not available (exit code 1)"
                                         : "uni-load can start with this configuration");
    }

private:
    int m_errors = 0;
    int m_warnings = 0;
    bool m_configurationError = false;
};

// Returns whether a uni-load runs on the data directory.
bool checkDirectories(const AppDirectories &dirs, Report &report)
{
    report.add(Finding::Info, QStringLiteral("directories"),
               QStringLiteral("config %1 (%2), data %3").arg(dirs.configDir, configDirSourceName(dirs.source), dirs.dataDir));
    if (dirs.compatibilityMode)
        report.add(Finding::Info, QStringLiteral("directories"),
                   QStringLiteral("compatibility mode: the working directory holds %1").arg(dirs.compatibilityMarker));
    // A mistyped --config-dir is worth a warning; the standard one is simply not made yet.
    if (dirs.configDirCreated)
        report.add(dirs.source == ConfigDirSource::CommandLine ? Finding::Warning : Finding::Info, QStringLiteral("directories"),
                   QStringLiteral("the config directory %1 does not exist (a start creates it empty)").arg(dirs.configDir));
    const QFileInfo data(dirs.dataDir);
    if (data.exists() && (!data.isDir() || !data.isWritable()))
        report.addConfigurationError(QStringLiteral("directories"),
                                     QStringLiteral("the data directory %1 is not a writable directory").arg(dirs.dataDir));

    // Read the lock's owner without taking the lock: the check may run beside the service.
    QLockFile lock(QDir(dirs.dataDir).filePath(QStringLiteral("uni-load.lock")));
    qint64 pid = 0;
    QString host, application;
    const bool running = lock.getLockInfo(&pid, &host, &application) && processRuns(pid);
    if (running)
        report.add(Finding::Info, QStringLiteral("directories"),
                   QStringLiteral("uni-load is running on this data directory (pid %1)").arg(pid));
    return running;
}

void checkSettings(const SettingsLoad &settings, Report &report)
{
    for (const QString &warning : settings.warnings)
        report.add(Finding::Warning, QStringLiteral("settings"), warning);
    for (const QString &error : settings.errors)
        report.addConfigurationError(QStringLiteral("settings"), error);
    if (settings.errors.isEmpty())
        report.add(Finding::Ok, QStringLiteral("settings"), QStringLiteral("every setting is valid"));
}

// Whether the API's address can be bound now. Not asked while a uni-load runs on this data
// directory: its own server holds the port.
void checkApiPort(const AppConfigSnapshot &cfg, Report &report)
{
    if (cfg.port == 0)
        return;
    QTcpServer probe;
    if (!probe.listen(QHostAddress(cfg.bindAddress), cfg.port))
        report.add(Finding::Error, QStringLiteral("HTTP API"),
                   QStringLiteral("cannot listen on %1:%2: %3").arg(cfg.bindAddress, QString::number(cfg.port), probe.errorString()));
}

void checkApiToken(const AppConfig &config, bool apiServed, Report &report)
{
    ApiTokenInputs inputs = apiTokenInputs(config);
    inputs.readOnly = true;
    const Result<ApiToken> token = resolveApiToken(inputs);
    const QString area = QStringLiteral("HTTP API");
    if (!token.ok()) {
        report.addConfigurationError(area, token.error().message);
        return;
    }
    for (const QString &warning : token->warnings)
        report.add(Finding::Warning, area, warning);
    const AppConfigSnapshot cfg = config.snapshot();
    const QString where = QStringLiteral("%1:%2").arg(cfg.bindAddress, QString::number(cfg.port));
    if (const QString problem = ApiHost::exposureProblem(config, token.value()); !problem.isEmpty()) {
        if (apiServed)
            report.addConfigurationError(area, problem);
        else
            report.add(Finding::Warning, area, problem + QStringLiteral(" (matters once DESKTOP_API_SERVER or --headless serves it)"));
        return;
    }
    const QString source = token->source == ApiTokenSource::Generated
                               ? QStringLiteral("generated into %1 at the first start").arg(token->filePath)
                           : token->source == ApiTokenSource::File ? QStringLiteral("from %1").arg(token->filePath)
                                                                   : QStringLiteral("from the ") + apiTokenSourceName(token->source);
    report.add(Finding::Ok, area,
               QStringLiteral("%1 %2, token %3")
                   .arg(where, apiServed ? QStringLiteral("(served in this mode)") : QStringLiteral("(served only with DESKTOP_API_SERVER)"),
                        source));
}

InstanceConfigList checkInstanceFile(const AppConfigSnapshot &cfg, Report &report)
{
    const QString area = QStringLiteral("instances");
    if (!cfg.instanceFile.exists) {
        if (cfg.instanceFile.configured)
            report.addConfigurationError(area, QStringLiteral("GPTLOAD_INSTANCES_FILE names %1, which does not exist").arg(cfg.instanceFile.path));
        else
            report.add(Finding::Warning, area,
                       QStringLiteral("no instance file (looked for %1): uni-load starts without any gpt-load instance")
                           .arg(cfg.instanceFile.candidates.join(QStringLiteral(", "))));
        return {};
    }
    const InstanceFileLoad load = loadInstanceFile(cfg.instanceFile.path);
    if (!load.ok()) {
        report.addConfigurationError(area, load.error->toString());
        return {};
    }
    for (const InstanceFileWarning &warning : load.warnings)
        report.add(Finding::Warning, area,
                   warning.field.isEmpty() ? warning.message : QStringLiteral("%1: %2").arg(warning.field, warning.message));
    if (load.instances.isEmpty())
        report.add(Finding::Warning, area, QStringLiteral("%1 lists no instance").arg(load.file));
    else
        report.add(Finding::Ok, area,
                   QStringLiteral("%1: %2 %3")
                       .arg(load.file, QString::number(load.instances.size()),
                            load.instances.size() == 1 ? QStringLiteral("instance") : QStringLiteral("instances")));
    return load.instances;
}

void checkUniApiConfig(const AppConfigSnapshot &cfg, const InstanceConfigList &instances, Report &report)
{
    const QString area = QStringLiteral("api.yaml");
    ConfigFileIo io(QStringLiteral("UNIAPI_READ_FAILED"));
    const Result<FileSnapshot> snapshot = io.read(cfg.uniApiYamlPath);
    const uniapi::UniApiStatus status = uniapi::describeConfig(cfg.uniApiYamlPath, snapshot);
    if (!status.error.isEmpty()) {
        report.addConfigurationError(area, QStringLiteral("%1: %2").arg(cfg.uniApiYamlPath, status.error));
        return;
    }
    if (!status.exists) {
        report.add(Finding::Info, area, QStringLiteral("%1 does not exist yet: the first onboarding creates it").arg(cfg.uniApiYamlPath));
        return;
    }
    QStringList urls;
    for (const InstanceConfig &instance : instances)
        urls << instance.url << instance.effectiveUniApiBaseUrl();
    const auto managed = uniapi::listManagedEntries(snapshot.value(), urls);
    const int managedCount = managed.ok() ? int(managed->size()) : 0;
    // The atomic mode renames a new file over the old one, so it needs the directory; in place
    // rewrites the file itself.
    const QFileInfo file(cfg.uniApiYamlPath);
    const QFileInfo directory(file.absolutePath());
    if (cfg.uniApiWriteInPlace ? !file.isWritable() : !directory.isWritable())
        report.addConfigurationError(area, QStringLiteral("%1 cannot be written (%2 is not writable for this user)")
                                               .arg(cfg.uniApiYamlPath, cfg.uniApiWriteInPlace ? file.filePath() : directory.filePath()));
    else
        report.add(Finding::Ok, area, QStringLiteral("%1: %2 provider(s), %3 of them uni-load's (gptload-*)")
                                          .arg(cfg.uniApiYamlPath, QString::number(status.providersCount),
                                               QString::number(managedCount)));
}

void checkInstances(const AppConfigSnapshot &cfg, const InstanceConfigList &instances, Report &report)
{
    if (instances.isEmpty())
        return;
    QNetworkAccessManager network;
    GptLoadClientOptions options;
    options.timeoutMs = qMin(cfg.requestTimeoutMs, kPeerTimeoutCapMs);
    options.retryAttempts = 0;
    InstanceRegistry registry(&network, options, Clock::system());
    registry.setInstances(instances);
    (void)waitFor(registry.checkAll());  // the views below hold what each check found
    for (const InstanceView &view : registry.views()) {
        const QString who = QStringLiteral("%1 (%2)").arg(view.name, view.url);
        if (view.healthy)
            report.add(view.tlsInsecure ? Finding::Warning : Finding::Ok, QStringLiteral("gpt-load"),
                       QStringLiteral("%1: gpt-load %2, admin token accepted, answered in %3 ms%4")
                           .arg(who, view.profile, QString::number(view.responseTimeMs),
                                view.tlsInsecure ? QStringLiteral(" (TLS verification off)") : QString()));
        else
            report.add(Finding::Error, QStringLiteral("gpt-load"), QStringLiteral("%1: %2").arg(who, view.error));
    }
}

// UNI_API_URL: uni-api answers GET /v1/models with the admin key, as the check after each
// write will ask it.
void checkUniApiService(const AppConfigSnapshot &cfg, Report &report)
{
    if (cfg.uniApiUrl.isEmpty())
        return;
    const QString area = QStringLiteral("uni-api");
    if (cfg.uniApiAdminKey.isEmpty()) {
        report.add(Finding::Warning, area,
                   QStringLiteral("UNI_API_URL is set but UNI_API_ADMIN_KEY is not: uni-api cannot be asked which models it serves"));
        return;
    }
    QNetworkAccessManager network;
    HttpClient http(&network, nullptr);
    HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Get, QUrl(cfg.uniApiUrl + QStringLiteral("/v1/models")));
    spec.setHeader("Authorization", "Bearer " + cfg.uniApiAdminKey.toUtf8());
    spec.timeoutMs = qMin(cfg.requestTimeoutMs, kPeerTimeoutCapMs);
    spec.retryAttempts = 0;
    const Result<HttpResponse> answer = waitFor(http.send(spec));
    if (!answer.ok()) {
        report.add(Finding::Error, area, QStringLiteral("%1 does not answer: %2").arg(cfg.uniApiUrl, answer.error().message));
    } else if (answer->status == 401 || answer->status == 403) {
        report.add(Finding::Warning, area,
                   QStringLiteral("%1 refuses UNI_API_ADMIN_KEY (HTTP %2)").arg(cfg.uniApiUrl, QString::number(answer->status)));
    } else if (!answer->isSuccess()) {
        report.add(Finding::Error, area, QStringLiteral("%1: GET /v1/models answered HTTP %2").arg(cfg.uniApiUrl, QString::number(answer->status)));
    } else {
        const qsizetype models = QJsonDocument::fromJson(answer->body).object().value(QStringLiteral("data")).toArray().size();
        report.add(Finding::Ok, area, QStringLiteral("%1 answers with %2 model(s)").arg(cfg.uniApiUrl, QString::number(models)));
    }
}

} // namespace

int runConfigurationCheck(const CliOptions &options)
{
    // The report says what matters; the components' own log lines would only repeat it.
    QLoggingCategory::setFilterRules(QStringLiteral("uniload.*=false"));
    Report report;
    const AppDirectories dirs = resolveSystemDirectories(options.configDir, options.dataDir);
    const bool running = checkDirectories(dirs, report);

    AppConfig config;
    const SettingsLoad settings = loadSettings(config, dirs, options, StoreAccess::ReadOnly);
    checkSettings(settings, report);
    if (settings.errors.isEmpty()) {
        const AppConfigSnapshot cfg = config.snapshot();
        const bool apiServed = options.headless || cfg.desktopApiServer;
        checkApiToken(config, apiServed, report);
        if (apiServed && !running)
            checkApiPort(cfg, report);
        const InstanceConfigList instances = checkInstanceFile(cfg, report);
        checkUniApiConfig(cfg, instances, report);
        checkInstances(cfg, instances, report);
        checkUniApiService(cfg, report);
    }
    report.printSummary();
    return report.exitCode();
}

} // namespace ul
