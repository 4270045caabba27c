#include "core/log/loghub.h"

#include "core/common/clock.h"
#include "core/common/redactor.h"

#include <QDir>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace ul {

namespace {

std::atomic<LogHub *> g_installedHub{nullptr};
QtMessageHandler g_previousHandler = nullptr;

// Messages logged while a hub is already handling one on this thread (a sink or a directly
// connected slot that logs) go straight to stderr beyond this depth, so logging never recurses
// without bound.
thread_local int t_handlerDepth = 0;
constexpr int kMaxHandlerDepth = 4;

void writeStderr(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void hubMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogHub *hub = g_installedHub.load(std::memory_order_acquire);
    const QString category = context.category ? QString::fromLatin1(context.category) : QStringLiteral("default");
    if (!hub || t_handlerDepth >= kMaxHandlerDepth) {
        writeStderr((category + QStringLiteral(": ") + Redactor::text(message) + QLatin1Char('\n')).toUtf8());
        return;
    }
    ++t_handlerDepth;
    hub->append(logLevelForMessageType(type), category, message);
    --t_handlerDepth;
}

// Text from requests and upstream answers may carry NULs, carriage returns or bidi overrides:
// they are shown as \u{…}, so that a log file stays text and reads as it was written.
bool needsEscapeInLog(QChar c)
{
    const char16_t u = c.unicode();
    const bool bidiControl = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    return bidiControl || (c.category() == QChar::Other_Control && u != u'\n' && u != u'\t');
}

QString escapedForLog(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), needsEscapeInLog))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text)
        out += needsEscapeInLog(c) ? QStringLiteral("\\u{%1}").arg(int(c.unicode()), 0, 16) : QString(c);
    return out;
}

} // namespace

QString formatLogLine(const LogEntry &entry)
{
    QString text = escapedForLog(entry.text);
    text.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    return entry.timestamp.toString(Qt::ISODateWithMs) + QLatin1Char(' ')
        + logLevelName(entry.level).leftJustified(5) + QLatin1Char(' ') + entry.category
        + QStringLiteral(": ") + text;
}

LogHub::LogHub(const LogHubOptions &options, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, options.ringCapacity))
    , m_clock(options.clock ? options.clock : Clock::system())
    , m_rotation(options.fileRotation)
    , m_minimumLevel(static_cast<int>(options.minimumLevel))
    , m_console(options.consoleOutput)
    , m_consoleWriter(writeStderr)
{
    qRegisterMetaType<ul::LogEntry>();
}

LogHub::~LogHub()
{
    uninstallMessageHandler();
    closeFileSinks();
}

void LogHub::installMessageHandler()
{
    LogHub *previousHub = g_installedHub.exchange(this, std::memory_order_acq_rel);
    if (!previousHub) {
        QtMessageHandler previous = qInstallMessageHandler(hubMessageHandler);
        if (previous != hubMessageHandler)
            g_previousHandler = previous;
    }
}

void LogHub::uninstallMessageHandler()
{
    LogHub *expected = this;
    if (g_installedHub.compare_exchange_strong(expected, nullptr, std::memory_order_acq_rel)) {
        qInstallMessageHandler(g_previousHandler);
        g_previousHandler = nullptr;
    }
}

LogHub *LogHub::installed()
{
    return g_installedHub.load(std::memory_order_acquire);
}

void LogHub::setMinimumLevel(LogLevel level)
{
    m_minimumLevel.store(static_cast<int>(level), std::memory_order_relaxed);
}

LogLevel LogHub::minimumLevel() const
{
    return static_cast<LogLevel>(m_minimumLevel.load(std::memory_order_relaxed));
}

Status LogHub::openFileSinks(const QString &logDirectory)
{
    const QString dir = QDir::cleanPath(QDir(logDirectory).absolutePath());
    if (!QDir().mkpath(dir))
        return Error::io(QStringLiteral("cannot create log directory ") + dir);
    auto combined = std::make_unique<RotatingFileWriter>(dir + QStringLiteral("/combined.log"), m_rotation);
    auto errors = std::make_unique<RotatingFileWriter>(dir + QStringLiteral("/error.log"), m_rotation);
    QMutexLocker lock(&m_sinkMutex);
    m_logDirectory = dir;
    m_combined = std::move(combined);
    m_errors = std::move(errors);
    return {};
}

void LogHub::closeFileSinks()
{
    QMutexLocker lock(&m_sinkMutex);
    m_combined.reset();
    m_errors.reset();
    m_logDirectory.clear();
}

QString LogHub::logDirectory() const
{
    QMutexLocker lock(&m_sinkMutex);
    return m_logDirectory;
}

QString LogHub::fileSinkError() const
{
    QMutexLocker lock(&m_sinkMutex);
    if (m_combined && m_combined->failureCount() > 0)
        return m_combined->lastError();
    if (m_errors && m_errors->failureCount() > 0)
        return m_errors->lastError();
    return {};
}

void LogHub::setConsoleWriter(std::function<void(const QByteArray &)> writer)
{
    QMutexLocker lock(&m_sinkMutex);
    m_consoleWriter = writer ? std::move(writer) : std::function<void(const QByteArray &)>(writeStderr);
}

void LogHub::append(LogLevel level, const QString &category, const QString &text)
{
    if (static_cast<int>(level) < m_minimumLevel.load(std::memory_order_relaxed))
        return;

    LogEntry entry;
    entry.level = level;
    entry.timestamp = m_clock->now().toUTC();
    entry.category = category;
    entry.text = Redactor::text(text);  // before any sink, the ring included

    {
        QMutexLocker lock(&m_ringMutex);
        entry.id = m_nextId++;
        m_ring.push_back(entry);
        while (m_ring.size() > static_cast<size_t>(m_capacity))
            m_ring.pop_front();
    }
    writeToSinks(entry);
    emit messageAdded(entry);
}

void LogHub::writeToSinks(const LogEntry &entry)
{
    const QString line = formatLogLine(entry);
    QMutexLocker lock(&m_sinkMutex);
    if (m_console && m_consoleWriter)
        m_consoleWriter((line + QLatin1Char('\n')).toUtf8());
    bool written = true;
    if (m_combined)
        written = m_combined->appendLine(line) && written;
    if (m_errors && entry.level >= LogLevel::Warn)
        written = m_errors->appendLine(line) && written;
    if (written == m_fileSinksFailing)
        noteFileSinkState(entry, written);
}

void LogHub::noteFileSinkState(const LogEntry &after, bool writable)
{
    // A full disk must not stop logging silently: say so once on stderr (journald), even when
    // console output is off, and once more when the files take lines again.
    m_fileSinksFailing = !writable;
    LogEntry note;
    note.level = writable ? LogLevel::Info : LogLevel::Error;
    note.timestamp = after.timestamp;
    note.category = QStringLiteral("uniload.log");
    const QString error = m_combined && m_combined->failureCount() > 0 ? m_combined->lastError()
                                                                         : (m_errors ? m_errors->lastError() : QString());
    note.text = writable ? QStringLiteral("the log files in %1 are written again").arg(m_logDirectory)
                         : QStringLiteral("the log files in %1 cannot be written (%2); messages go on to stderr and the "
                                          "in-memory log (/api/logs, Operations page) only")
                               .arg(m_logDirectory, error);
    const QByteArray bytes = (formatLogLine(note) + QLatin1Char('\n')).toUtf8();
    if (m_consoleWriter)
        m_consoleWriter(bytes);
    else
        writeStderr(bytes);
}

QList<LogEntry> LogHub::messages(qint64 sinceId) const
{
    QMutexLocker lock(&m_ringMutex);
    QList<LogEntry> out;
    if (m_ring.empty())
        return out;
    // Ids are consecutive within the ring, so the first wanted entry is found by arithmetic.
    const qint64 firstId = m_ring.front().id;
    const qint64 start = qMax<qint64>(0, sinceId + 1 - firstId);
    for (size_t i = static_cast<size_t>(start); i < m_ring.size(); ++i)
        out.append(m_ring[i]);
    return out;
}

qint64 LogHub::lastId() const
{
    QMutexLocker lock(&m_ringMutex);
    return m_nextId - 1;
}

} // namespace ul
