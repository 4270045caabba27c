#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <memory>

namespace ul {

// The file operations RotatingFileWriter needs. The default implementation (diskLogFileBackend)
// uses QFile; tests inject one that fails on demand. Implementations must not log: a failing
// log file must never recurse into logging.
class LogFileBackend
{
public:
    virtual ~LogFileBackend() = default;
    // Opens `path` for appending, creating its directory and the file (owner-only) if missing.
    virtual bool openForAppend(const QString &path) = 0;
    virtual bool isOpen() const = 0;
    virtual qint64 size() const = 0;
    virtual bool write(const QByteArray &bytes) = 0;  // all bytes, flushed to the OS
    virtual void close() = 0;
    virtual bool exists(const QString &path) const = 0;
    virtual bool remove(const QString &path) = 0;
    virtual bool rename(const QString &from, const QString &to) = 0;
    virtual QString errorString() const = 0;
};

std::unique_ptr<LogFileBackend> diskLogFileBackend();

struct RotationPolicy
{
    qint64 maxBytes = 10 * 1024 * 1024;  // rotate before a line would grow the file past this
    int maxFiles = 5;                    // current file plus rotated ones: x.log, x.log.1 … x.log.4
};

// Appends lines to a log file with size-based rotation. Thread-safe. Used by the diagnostic log
// (combined.log, error.log), the access log and channel-operations.log (JSON lines).
// Failures are recorded (lastError, failureCount) and retried on the next append; they never
// throw, crash or write to the Qt log.
class RotatingFileWriter final
{
public:
    explicit RotatingFileWriter(const QString &path, RotationPolicy policy = {},
                                std::unique_ptr<LogFileBackend> backend = nullptr);
    ~RotatingFileWriter();
    Q_DISABLE_COPY_MOVE(RotatingFileWriter)

    // Appends `line` and a newline. The caller redacts; the writer stores bytes as given.
    bool appendLine(const QString &line);
    bool appendRaw(const QByteArray &lineWithoutNewline);
    // Appends the object as one compact JSON line, secret fields masked (Redactor::json).
    bool appendJsonLine(const QJsonObject &object);
    void close();

    QString path() const { return m_path; }
    RotationPolicy policy() const { return m_policy; }
    QString lastError() const;
    int failureCount() const;
    int rotationCount() const;

    // "<path>.<index>" for index ≥ 1, `path` for 0.
    static QString rotatedPath(const QString &path, int index);

private:
    bool ensureOpen();
    void rotate();
    void recordFailure(const QString &what);

    const QString m_path;
    const RotationPolicy m_policy;
    std::unique_ptr<LogFileBackend> m_backend;
    mutable QMutex m_mutex;
    qint64 m_size = 0;
    QString m_lastError;
    int m_failures = 0;
    int m_rotations = 0;
};

} // namespace ul
