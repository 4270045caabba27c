#pragma once

class QCoreApplication;

namespace ul {

// SIGINT/SIGTERM/SIGQUIT/SIGHUP → QCoreApplication::quit() through a self-pipe (signal handlers may not call
// Qt); shutdown then runs from aboutToQuit and the process exits 0 (qt64-notes.md §5.2).
void installQuitOnSignals(QCoreApplication *app);

} // namespace ul
