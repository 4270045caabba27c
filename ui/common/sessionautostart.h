#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

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
    // Writes the entry (atomically; it starts this executable with --minimized) or removes it.
    static Status setEnabled(bool enabled);
    // The entry's text for `executable`.
    static QByteArray entryText(const QString &executable);
};

} // namespace ul
