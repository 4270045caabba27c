#pragma once

#include <QLoggingCategory>

namespace ul {

// Category of the simulated servers ("uniload.sim"); debug and info are off by default.
Q_DECLARE_LOGGING_CATEGORY(lcSim)

} // namespace ul
