#include "core/uniapi/uniapilog.h"

namespace ul {

Q_LOGGING_CATEGORY(lcUniApiWriter, "uniload.uniapi")

} // namespace ul
