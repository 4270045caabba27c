#pragma once

#include "ui/tray/traystate.h"

#include <QIcon>

namespace ul {

// The state icons (resources/ui/tray-*.svg, embedded under :/ui), rendered at the usual tray
// and title-bar sizes so that no image plugin is needed.
QIcon healthIcon(OverallHealth health);

} // namespace ul
