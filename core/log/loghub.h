#pragma once

#include "core/common/result.h"
#include "core/log/loglevel.h"
#include "core/log/rotatingfilewriter.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

namespace ul {

class Clock;

// One diagnostic message as the log view, the tray and `GET /api/logs` see it. `text` is
// already redacted.
struct LogEntry
{
    qint64 id = 0;  // 1, 2, 3, … in arrival order; never reused
    LogLevel level = LogLevel::Info;
    QDateTime timestamp;  // UTC
    QString category;     // "uniload.config", or "default" for uncategorised qDebug()
    QString text;
};

// "2025-01-02T03:04:05.678Z warn  uniload.config: text" (continuation lines indented).
QString formatLogLine(const LogEntry &entry);

struct LogHubOptions
{
    LogLevel minimumLevel = LogLevel::Info;  // from LOG_LEVEL
    int ringCapacity = 2000;
    bool consoleOutput = true;               // stderr
    RotationPolicy fileRotation;             // for combined.log and error.log
    Clock *clock = nullptr;                  // null: Clock::system()
};

// The process-wide log store (style-guide.md §10): installed as the Qt message handler, it
// filters by level, redacts every message (Redactor::text) before any sink sees it, keeps a
// bounded ring for the views, and writes to stderr and to logs/combined.log (everything at or
// above the level) and logs/error.log (warnings and errors) in the data directory.
//
// Thread-safe: messages may arrive from any thread. The object lives in the thread that created
// it; messageAdded is emitted in the logging thread (receivers elsewhere get queued calls).
class LogHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogHub)

public:
    explicit LogHub(const LogHubOptions &options = {}, QObject *parent = nullptr);
    ~LogHub() override;  // uninstalls itself if it is the installed hub

    // Makes this hub receive every qDebug/qInfo/qWarning/qCritical/qFatal of the process.
    void installMessageHandler();
    void uninstallMessageHandler();
    static LogHub *installed();

    void setMinimumLevel(LogLevel level);
    LogLevel minimumLevel() const;

    // Starts writing combined.log and error.log in `logDirectory` (created when missing).
    Status openFileSinks(const QString &logDirectory);
    void closeFileSinks();
    QString logDirectory() const;
    // The last file sink failure ("" when none), for the status view.
    QString fileSinkError() const;

    // Adds a message as if it had been logged through Qt (level filter and redaction apply).
    void append(LogLevel level, const QString &category, const QString &text);

    // Entries with id > sinceId, oldest first (all retained entries for sinceId ≤ 0).
    QList<LogEntry> messages(qint64 sinceId = 0) const;
    qint64 lastId() const;
    int ringCapacity() const { return m_capacity; }

    // Replaces stderr as the console sink (tests; the app may route to journald instead).
    void setConsoleWriter(std::function<void(const QByteArray &)> writer);

signals:
    void messageAdded(const ul::LogEntry &entry);

private:
    void writeToSinks(const LogEntry &entry);
    void noteFileSinkState(const LogEntry &after, bool writable);  // under m_sinkMutex

    const int m_capacity;
    Clock *m_clock;
    RotationPolicy m_rotation;
    std::atomic<int> m_minimumLevel;

    mutable QMutex m_ringMutex;
    std::deque<LogEntry> m_ring;
    qint64 m_nextId = 1;

    mutable QMutex m_sinkMutex;
    bool m_console = true;
    std::function<void(const QByteArray &)> m_consoleWriter;
    QString m_logDirectory;
    std::unique_ptr<RotatingFileWriter> m_combined;
    std::unique_ptr<RotatingFileWriter> m_errors;
    bool m_fileSinksFailing = false;  // the last line could not be written to a log file
};

} // namespace ul

Q_DECLARE_METATYPE(ul::LogEntry)
