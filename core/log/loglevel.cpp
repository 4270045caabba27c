#include "core/log/loglevel.h"

namespace ul {

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug: return QStringLiteral("debug");
    case LogLevel::Info: return QStringLiteral("info");
    case LogLevel::Warn: return QStringLiteral("warn");
    case LogLevel::Error: return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

std::optional<LogLevel> parseLogLevel(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("debug"))
        return LogLevel::Debug;
    if (t == QLatin1String("info"))
        return LogLevel::Info;
    if (t == QLatin1String("warn") || t == QLatin1String("warning"))
        return LogLevel::Warn;
    if (t == QLatin1String("error"))
        return LogLevel::Error;
    return std::nullopt;
}

LogLevel logLevelForMessageType(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return LogLevel::Debug;
    case QtInfoMsg: return LogLevel::Info;
    case QtWarningMsg: return LogLevel::Warn;
    case QtCriticalMsg:
    case QtFatalMsg: return LogLevel::Error;
    }
    return LogLevel::Info;
}

} // namespace ul
