#pragma once

#include <QtGlobal>

namespace ul {

// Whether the process `pid` of this host still runs (a lock's holder): Unix asks the kernel
// (kill with signal 0, which a process of another user answers with EPERM); elsewhere any pid > 0
// is assumed to run.
bool processRuns(qint64 pid);

} // namespace ul
