#pragma once

#include "core/config/appconfig.h"

#include <QJsonObject>
#include <QList>

namespace ul {

class ApiServerControl;
class Engine;
class LanguageController;
class LogHub;

// What the console's pages work with. The engine is used only through its facade (snapshots and
// commands); `config` is the configuration this process started with (for the settings page).
struct ConsoleContext
{
    Engine *engine = nullptr;
    AppConfig config;
    LanguageController *language = nullptr;  // may be null (tests): no live switching
    LogHub *log = nullptr;                   // may be null: the log view stays empty
    ApiServerControl *apiServer = nullptr;   // may be null: the API server switch is hidden
    // --demo: the process-ai-site bodies of the demo's simulated AI sites (their keys are the
    // simulator's own), which the add-site dialog offers to fill in. Empty outside the demo.
    QList<QJsonObject> demoSites;
};

} // namespace ul
