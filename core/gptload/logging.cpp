#include "core/gptload/logging.h"

namespace ul {

Q_LOGGING_CATEGORY(lcGptload, "uniload.gptload")
Q_LOGGING_CATEGORY(lcHttp, "uniload.http")

} // namespace ul
