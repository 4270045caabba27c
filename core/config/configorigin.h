#pragma once

#include <QString>

namespace ul {

// Where a setting's effective value came from, lowest precedence first: a later origin overrides
// an earlier one (DESIGN.md §5: environment variables override files, the command line overrides
// both; uni-load-behaviour.md §2.1: real environment > .env.local > .env).
enum class ConfigOrigin {
    Default,
    StoredSetting,   // saved from the settings page / settings route
    DotEnv,          // <config dir>/.env
    DotEnvLocal,     // <config dir>/.env.local
    Environment,     // the process environment
    CommandLine,
};

// "default", "stored setting", ".env", ".env.local", "environment", "command line".
QString configOriginName(ConfigOrigin origin);
// Whether the value was set outside the application's own settings (an .env file, the
// environment or the command line): the UI shows such settings as "overridden by …".
bool isExternalOrigin(ConfigOrigin origin);

} // namespace ul
