#include "core/sim/simlog.h"

namespace ul {

Q_LOGGING_CATEGORY(lcSim, "uniload.sim", QtWarningMsg)

} // namespace ul
