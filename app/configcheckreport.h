#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QString>

// The pieces of `uni-load --check` (configcheck.h): the report it prints and the checks, by
// subject. Private to app/configcheck*.cpp.

namespace ul {

struct AppConfigSnapshot;
struct AppDirectories;
class AppConfig;
struct InstanceConfig;
struct SettingsLoad;
using InstanceConfigList = QList<InstanceConfig>;

namespace ConfigCheck {

enum class Finding { Ok, Info, Warning, Error };

// The findings, printed as they come (one line each, secrets masked), and the exit code they
// add up to: 2 when the configuration itself is wrong, 1 when something it needs does not work.
class Report
{
public:
    void add(Finding finding, const QString &area, const QString &text);
    // An error of the configuration itself (exit code 2) rather than of a peer (1).
    void addConfigurationError(const QString &area, const QString &text);
    int exitCode() const;
    void printSummary() const;

private:
    int m_errors = 0;
    int m_warnings = 0;
    bool m_configurationError = false;
};

// A check never waits long for a peer (an instance, uni-api): it answers the operator at the terminal.
inline constexpr int kPeerTimeoutCapMs = 10000;

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

// "host:port", "[::1]:port" for an IPv6 address.
QString hostPort(const QString &address, quint16 port);

// configcheck.cpp: directories (returns whether a uni-load runs on the data directory), settings,
// the HTTP API (token, exposure, ports).
bool checkDirectories(const AppDirectories &dirs, Report &report);
void checkSettings(const SettingsLoad &settings, Report &report);
void checkHttpApi(const AppConfig &config, bool apiServed, bool uniLoadRunning, Report &report);
// configcheckfiles.cpp: the instance file and api.yaml.
InstanceConfigList checkInstanceFile(const AppConfigSnapshot &cfg, Report &report);
void checkUniApiConfig(const AppConfigSnapshot &cfg, const InstanceConfigList &instances, Report &report);
// configcheckpeers.cpp: the gpt-load instances and uni-api (its service and reload settings).
void checkInstances(const AppConfigSnapshot &cfg, const InstanceConfigList &instances, Report &report);
void checkUniApiService(const AppConfigSnapshot &cfg, Report &report);

} // namespace ConfigCheck
} // namespace ul
