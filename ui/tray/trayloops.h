#pragma once

#include <QStringList>

namespace ul {

// The tray's "Pause background checks": it stops the loops that run (model sync, channel health)
// and remembers which, so that Resume starts those again and never a loop the operator switched
// off elsewhere (the configuration, the Sync or Health page). Pure; the desktop console keeps the
// remembered list in the stored settings (storedKey()), so a pause survives a restart.
struct TrayLoops
{
    enum class Menu {
        Pause,   // a loop runs
        Resume,  // none runs, and the tray stopped some
        Off,     // none runs, none by the tray: nothing for the tray to do
    };

    bool syncOn = false;
    bool healthOn = false;
    QStringList pausedByTray;  // kSync, kHealth

    static constexpr char kSync[] = "sync";
    static constexpr char kHealth[] = "health";
    static QString storedKey() { return QStringLiteral("ui.trayPausedLoops"); }

    Menu menu() const;
    QStringList running() const;      // what Pause stops
    QStringList afterPause() const;   // what is remembered after Pause: pausedByTray ∪ running()
};

} // namespace ul
