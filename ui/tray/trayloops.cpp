#include "ui/tray/trayloops.h"

namespace ul {

TrayLoops::Menu TrayLoops::menu() const
{
    if (syncOn || healthOn)
        return Menu::Pause;
    return pausedByTray.isEmpty() ? Menu::Off : Menu::Resume;
}

QStringList TrayLoops::running() const
{
    QStringList out;
    if (syncOn)
        out << QLatin1String(kSync);
    if (healthOn)
        out << QLatin1String(kHealth);
    return out;
}

QStringList TrayLoops::afterPause() const
{
    QStringList out = pausedByTray;
    for (const QString &loop : running()) {
        if (!out.contains(loop))
            out << loop;
    }
    return out;
}

} // namespace ul
