#include "core/config/configorigin.h"

namespace ul {

QString configOriginName(ConfigOrigin origin)
{
    switch (origin) {
    case ConfigOrigin::Default: return QStringLiteral("default");
    case ConfigOrigin::StoredSetting: return QStringLiteral("stored setting");
    case ConfigOrigin::DotEnv: return QStringLiteral(".env");
    case ConfigOrigin::DotEnvLocal: return QStringLiteral(".env.local");
    case ConfigOrigin::Environment: return QStringLiteral("environment");
    case ConfigOrigin::CommandLine: return QStringLiteral("command line");
    }
    return QStringLiteral("default");
}

bool isExternalOrigin(ConfigOrigin origin)
{
    return origin == ConfigOrigin::DotEnv || origin == ConfigOrigin::DotEnvLocal
        || origin == ConfigOrigin::Environment || origin == ConfigOrigin::CommandLine;
}

} // namespace ul
