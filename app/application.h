#pragma once

#include "app/clioptions.h"
#include "app/settingsloader.h"
#include "core/config/appconfig.h"
#include "core/config/directories.h"

#include <QObject>

#include <memory>

class QLockFile;

namespace ul {

class ApiHost;
class ConsoleActivation;
class Engine;
class LogHub;
class SimDemo;

// The process shell (style-guide.md §2): builds settings → log → engine → front ends in a fixed
// order and tears them down in reverse. The core never sees this class.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    explicit Application(CliOptions options, QObject *parent = nullptr);
    ~Application() override;

    // Everything up to the front ends; returns the process exit code on failure (2: bad
    // configuration, 1: cannot start), kHandedOver when a console already running on this data
    // directory was asked to show itself (exit 0, nothing started), or 0 when the event loop may run.
    static constexpr int kHandedOver = -1;
    int start();
    void stop();  // connected to aboutToQuit

    Engine *engine() const { return m_engine.get(); }

private:
    int loadConfiguration();
    // One process per data directory (exit code 2 when another holds it).
    int lockDataDirectory();
    void startLogging();
    // Headless: listens now or fails the start (exit code). Desktop: listens now when asked and
    // keeps running without the server when it cannot.
    int startApiServer(bool listenNow);
    // GUI builds: checks the console options before anything starts, then builds the front end.
    int checkDesktopOptions() const;
    void startDesktop();
    // --demo: the simulated world, and the first onboarding once its instances are healthy.
    int startDemoWorld();
    void onboardDemoSites();
    void onboardDemoSite(QList<QJsonObject> queue);

    CliOptions m_options;
    AppDirectories m_dirs;
    AppConfig m_config;
    std::unique_ptr<SimDemo> m_demo;  // before the engine: it must outlive it
    // <data dir>/uni-load.lock, held while running: released after the engine stopped and before
    // the demo removes its directory.
    std::unique_ptr<QLockFile> m_dataLock;
    std::unique_ptr<LogHub> m_log;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ApiHost> m_apiHost;  // HTTP API, web console, metrics
    std::unique_ptr<QObject> m_desktop;  // DesktopFrontEnd in GUI builds (window, tray, language)
    std::unique_ptr<ConsoleActivation> m_activation;  // a second launch shows this console
    StoredConsoleSettings m_storedConsole;
    bool m_stopped = false;
};

} // namespace ul
