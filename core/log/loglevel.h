#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace ul {

// Severity of a diagnostic message, ordered: a hub with minimum level Warn drops Debug and Info.
// The names are those of LOG_LEVEL (uni-load-behaviour.md §3.1).
enum class LogLevel { Debug = 0, Info = 1, Warn = 2, Error = 3 };

QString logLevelName(LogLevel level);                    // "debug", "info", "warn", "error"
// Case-insensitive and trimmed; also accepts "warning". std::nullopt for anything else.
std::optional<LogLevel> parseLogLevel(const QString &text);
// qDebug → Debug, qInfo → Info, qWarning → Warn, qCritical/qFatal → Error.
LogLevel logLevelForMessageType(QtMsgType type);

} // namespace ul
