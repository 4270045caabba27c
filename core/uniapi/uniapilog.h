#pragma once

#include <QLoggingCategory>

namespace ul {

// "uniload.uniapi": the api.yaml writer. Declared here (not in core/log) so the module stands on
// its own; a second category object with the same name elsewhere is harmless in Qt.
Q_DECLARE_LOGGING_CATEGORY(lcUniApiWriter)

} // namespace ul
