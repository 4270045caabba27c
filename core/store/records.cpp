#include "core/store/records.h"

namespace ul {

QString channelStateName(ChannelState s)
{
    switch (s) {
    case ChannelState::Active: return QStringLiteral("active");
    case ChannelState::DisabledByHealth: return QStringLiteral("disabled-by-health");
    case ChannelState::DisabledByCleanup: return QStringLiteral("disabled-by-cleanup");
    case ChannelState::DisabledByUser: return QStringLiteral("disabled-by-user");
    case ChannelState::Removing: return QStringLiteral("removing");
    }
    return QStringLiteral("active");
}

ChannelState parseChannelState(const QString &name)
{
    if (name == QLatin1String("disabled-by-health"))
        return ChannelState::DisabledByHealth;
    if (name == QLatin1String("disabled-by-cleanup"))
        return ChannelState::DisabledByCleanup;
    if (name == QLatin1String("disabled-by-user"))
        return ChannelState::DisabledByUser;
    if (name == QLatin1String("removing"))
        return ChannelState::Removing;
    return ChannelState::Active;
}

} // namespace ul
