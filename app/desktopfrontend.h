#pragma once

#include "app/clioptions.h"
#include "app/settingsloader.h"
#include "core/config/appconfig.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>

namespace ul {

class ApiHost;
class ApiServerControl;
class DesktopConsole;
class Engine;
class LanguageController;
class LogHub;
class PageScreenshot;

// What the desktop front end needs from the process shell.
struct DesktopStart
{
    CliOptions cli;
    AppConfig config;
    Engine *engine = nullptr;
    LogHub *log = nullptr;
    StoredConsoleSettings stored;
    ApiHost *apiHost = nullptr;    // the settings page's API server switch (may be null)
    QList<QJsonObject> demoSites;  // --demo: the simulated sites the add-site dialog offers
};

// The GUI part of the process (GUI builds only): the interface language, the console window and
// tray, or a one-shot page screenshot. Owned by Application and destroyed before the engine.
class DesktopFrontEnd final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopFrontEnd)

public:
    // "" when the GUI options are usable; else the message for stderr (exit code 2).
    static QString checkOptions(const CliOptions &cli);

    explicit DesktopFrontEnd(DesktopStart start, QObject *parent = nullptr);
    ~DesktopFrontEnd() override;

    void start();
    // Raises the console window (a second launch asked for it).
    void showConsole();

private:
    DesktopStart m_start;
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<ApiServerControl> m_apiControl;
    std::unique_ptr<DesktopConsole> m_console;
    std::unique_ptr<PageScreenshot> m_screenshot;
};

} // namespace ul
