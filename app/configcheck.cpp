#include "app/configcheck.h"

#include "app/apihost.h"
#include "app/configcheckreport.h"
#include "app/settingsloader.h"
#include "core/common/pathancestor.h"
#include "core/common/processruns.h"
#include "core/common/redactor.h"
#include "core/config/apitoken.h"
#include "core/config/directories.h"
#include "core/instances/instancefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTcpServer>

#include <cstdio>

namespace ul::ConfigCheck {

void Report::add(Finding finding, const QString &area, const QString &text)
{
    static const char *const kLabels[] = {"ok", "info", "warning", "error"};
    std::printf("%-8s %-12s %s\n", kLabels[int(finding)], qPrintable(area), qPrintable(Redactor::text(text)));
    std::fflush(stdout);
    if (finding == Finding::Warning)
        ++m_warnings;
    if (finding == Finding::Error)
        ++m_errors;
}

void Report::addConfigurationError(const QString &area, const QString &text)
{
    add(Finding::Error, area, text);
    m_configurationError = true;
}

int Report::exitCode() const
{
    return m_configurationError ? 2 : m_errors > 0 ? 1 : 0;
}

void Report::printSummary() const
{
    std::printf("%d error(s), %d warning(s): %s\n", m_errors, m_warnings,
                m_configurationError ? "the configuration has errors to fix (exit code 2)"
                : m_errors > 0       ? "uni-load would start, but cannot use what the errors above name (exit code 1)"
                                     : "uni-load can start with this configuration");
}

QString hostPort(const QString &address, quint16 port)
{
    return (address.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(address) : address) + QLatin1Char(':')
           + QString::number(port);
}

namespace {

// Why a start could not use `path` as the directory `what` ("config", "data"), or "": it exists
// as a directory (writable when `mustWrite`), or it can be created below its nearest existing
// ancestor. Creates nothing.
QString directoryProblem(const QString &path, const QString &what, bool mustWrite)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isDir())
            return QStringLiteral("the %1 directory %2 exists but is not a directory").arg(what, path);
        if (mustWrite && !info.isWritable())
            return QStringLiteral("the %1 directory %2 is not writable for this user").arg(what, path);
        return {};
    }
    const QString ancestor = nearestExistingAncestor(path);
    const QFileInfo parent(ancestor);
    if (!parent.isDir() || !parent.isWritable())
        return QStringLiteral("the %1 directory %2 does not exist and cannot be created (%3 is not writable for this user)")
            .arg(what, path, ancestor);
    return {};
}

// The name the process `pid` runs under, where the system tells it ("" elsewhere).
QString processName(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll()).trimmed() : QString();
}

} // namespace

bool checkDirectories(const AppDirectories &dirs, Report &report)
{
    const QString area = QStringLiteral("directories");
    report.add(Finding::Info, area, QStringLiteral("config %1 (%2), data %3").arg(dirs.configDir, configDirSourceName(dirs.source), dirs.dataDir));
    if (dirs.compatibilityMode)
        report.add(Finding::Info, area, QStringLiteral("compatibility mode: the working directory holds %1").arg(dirs.compatibilityMarker));
    bool usable = true;
    for (const auto &[path, what, mustWrite] : {std::tuple{dirs.configDir, QStringLiteral("config"), false},
                                                std::tuple{dirs.dataDir, QStringLiteral("data"), true}}) {
        if (const QString problem = directoryProblem(path, what, mustWrite); !problem.isEmpty()) {
            report.addConfigurationError(area, problem);
            usable = false;
        }
    }
    // A mistyped --config-dir is worth a warning; the standard one is simply not made yet.
    if (usable && dirs.configDirCreated)
        report.add(dirs.source == ConfigDirSource::CommandLine ? Finding::Warning : Finding::Info, area,
                   QStringLiteral("the config directory %1 does not exist (a start creates it empty)").arg(dirs.configDir));

    // Read the lock's owner without taking the lock: the check may run beside the service. A
    // lock left by a process whose pid is now another program's is stale, as QLockFile judges.
    QLockFile lock(QDir(dirs.dataDir).filePath(QStringLiteral("uni-load.lock")));
    qint64 pid = 0;
    QString host, application;
    const bool running = lock.getLockInfo(&pid, &host, &application) && processRuns(pid)
                         && (host.isEmpty() || host == QSysInfo::machineHostName())
                         && (processName(pid).isEmpty() || processName(pid).startsWith(QLatin1String("uni-load")));
    if (running)
        report.add(Finding::Info, area, QStringLiteral("uni-load is running on this data directory (pid %1)").arg(pid));
    return running;
}

void checkSettings(const SettingsLoad &settings, Report &report)
{
    const QString area = QStringLiteral("settings");
    for (const QString &warning : settings.warnings)
        report.add(Finding::Warning, area, warning);
    for (const QString &error : settings.errors)
        report.addConfigurationError(area, error);
    if (!settings.storeError.isEmpty())
        report.add(Finding::Error, area, settings.storeError);
    if (!settings.errors.isEmpty())
        report.add(Finding::Info, area, QStringLiteral("the checks below use the defaults of the settings in error"));
    else if (settings.warnings.isEmpty() && settings.storeError.isEmpty())
        report.add(Finding::Ok, area, QStringLiteral("every setting is valid"));
}

void checkHttpApi(const AppConfig &config, bool apiServed, bool uniLoadRunning, Report &report)
{
    const QString area = QStringLiteral("HTTP API");
    const AppConfigSnapshot cfg = config.snapshot();
    if (!apiServed) {
        report.add(Finding::Info, area,
                   QStringLiteral("not served by the desktop console (DESKTOP_API_SERVER is off; --check --headless judges the server mode)"));
        return;
    }
    // A problem of the token stops a start as it stops the server (exit code 2).
    ApiTokenInputs inputs = apiTokenInputs(config);
    inputs.readOnly = true;
    const Result<ApiToken> token = resolveApiToken(inputs);
    const QString advice = QStringLiteral("set API_TOKEN (environment, .env or the service's env file)");
    if (!token.ok()) {
        report.addConfigurationError(area, token.error().message + QStringLiteral("; ") + advice + QStringLiteral(" or make that file readable"));
        return;
    }
    for (const QString &warning : token->warnings)
        report.add(Finding::Warning, area, warning);
    if (const QString problem = ApiHost::exposureProblem(config, token.value()); !problem.isEmpty()) {
        report.addConfigurationError(area, problem);
        return;
    }
    if (token->source == ApiTokenSource::Generated) {
        const QString directory = QFileInfo(token->filePath).absolutePath();
        if (const QString problem = directoryProblem(directory, QStringLiteral("config"), true); !problem.isEmpty()) {
            report.addConfigurationError(area, QStringLiteral("the API token file %1 does not exist and cannot be written (%2); %3 or create the file")
                                                   .arg(token->filePath, problem, advice));
            return;
        }
    }
    if (cfg.apiAuthDisabled)
        report.add(Finding::Warning, area, QStringLiteral("API_AUTH=none: the HTTP API and the web console accept requests without a token"));

    // The addresses a start listens on. Beside a running uni-load a taken port may be its own.
    QList<std::pair<QString, quint16>> listeners{{QStringLiteral("the HTTP API"), cfg.port}};
    if (cfg.enableMetrics && cfg.metricsPort != cfg.port)
        listeners.append({QStringLiteral("the metrics endpoint"), cfg.metricsPort});
    QStringList free;
    for (const auto &[what, port] : listeners) {
        if (port == 0)
            continue;
        QTcpServer probe;
        const QString where = hostPort(cfg.bindAddress, port);
        if (probe.listen(QHostAddress(cfg.bindAddress), port))
            free << where;
        else if (uniLoadRunning)
            report.add(Finding::Info, area,
                       QStringLiteral("%1 is in use, by the running uni-load if it serves %2 there: a restart needs it free").arg(where, what));
        else
            report.add(Finding::Error, area, QStringLiteral("%1 cannot listen on %2: %3").arg(what, where, probe.errorString()));
    }
    const QString source = token->source == ApiTokenSource::Generated
                               ? QStringLiteral("generated into %1 at the first start").arg(token->filePath)
                           : token->source == ApiTokenSource::File ? QStringLiteral("from %1").arg(token->filePath)
                                                                   : QStringLiteral("from the ") + apiTokenSourceName(token->source);
    report.add(Finding::Ok, area,
               (free.isEmpty() ? QStringLiteral("token %1").arg(source)
                               : QStringLiteral("%1 free, token %2").arg(free.join(QStringLiteral(", ")), source)));
}

} // namespace ul::ConfigCheck

namespace ul {

int runConfigurationCheck(const CliOptions &options)
{
    using namespace ConfigCheck;
    // The report says what matters; the components' own log lines would only repeat it.
    QLoggingCategory::setFilterRules(QStringLiteral("uniload.*=false"));
    Report report;
    const AppDirectories dirs = resolveSystemDirectories(options.configDir, options.dataDir);
    const bool running = checkDirectories(dirs, report);

    AppConfig config;
    const SettingsLoad settings = loadSettings(config, dirs, options, StoreAccess::ReadOnly);
    checkSettings(settings, report);
    const AppConfigSnapshot cfg = config.snapshot();
    checkHttpApi(config, options.headless || cfg.desktopApiServer, running, report);
    const InstanceConfigList instances = checkInstanceFile(cfg, report);
    checkUniApiConfig(cfg, instances, report);
    checkInstances(cfg, instances, report);
    checkUniApiService(cfg, report);
    report.printSummary();
    return report.exitCode();
}

} // namespace ul
