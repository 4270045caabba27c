#include "core/common/processruns.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace ul {

bool processRuns(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && !(::kill(pid_t(pid), 0) == -1 && errno == ESRCH);
#else
    return pid > 0;
#endif
}

} // namespace ul
