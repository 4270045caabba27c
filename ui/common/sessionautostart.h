#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ul {

// The desktop session's autostart entry for uni-load in the tray (freedesktop "Desktop
// Application Autostart": <XDG config home>/autostart/uni-load.desktop). Only where the session
// reads such entries (Linux and the BSDs); elsewhere isSupported() is false.
class SessionAutostart final
{
public:
    static bool isSupported();
    static QString entryPath();
    static bool isEnabled();
    // Writes the entry (atomically; it starts this executable with --minimized and `arguments`)
    // or removes it.
    static Status setEnabled(bool enabled, const QStringList &arguments = {});
    // The entry's text for `executable`.
    static QByteArray entryText(const QString &executable, const QStringList &arguments = {});
    // --config-dir/--data-dir for the directories this process uses when they are not the
    // standard ones: a session autostart begins in $HOME and would pick those.
    static QStringList directoryArguments(const QString &configDir, const QString &dataDir);
};

} // namespace ul
