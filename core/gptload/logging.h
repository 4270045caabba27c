#pragma once

#include <QLoggingCategory>

namespace ul {

// Categories of this module (a later change may gather all categories in core/log).
Q_DECLARE_LOGGING_CATEGORY(lcGptload)  // "uniload.gptload": gpt-load client decisions
Q_DECLARE_LOGGING_CATEGORY(lcHttp)     // "uniload.http": outbound HTTP, retries, wire log

} // namespace ul
