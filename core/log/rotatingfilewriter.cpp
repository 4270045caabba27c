#include "core/log/rotatingfilewriter.h"

#include "core/common/redactor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace ul {

namespace {

class DiskLogFileBackend final : public LogFileBackend
{
public:
    bool openForAppend(const QString &path) override
    {
        m_file.close();
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir)) {
            m_error = QStringLiteral("cannot create directory ") + dir;
            return false;
        }
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append,
                         QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            m_error = m_file.errorString();
            return false;
        }
        return true;
    }
    bool isOpen() const override { return m_file.isOpen(); }
    qint64 size() const override { return m_file.size(); }
    bool write(const QByteArray &bytes) override
    {
        if (m_file.write(bytes) != bytes.size() || !m_file.flush()) {
            m_error = m_file.errorString();
            return false;
        }
        return true;
    }
    void close() override { m_file.close(); }
    bool exists(const QString &path) const override { return QFileInfo::exists(path); }
    bool remove(const QString &path) override
    {
        if (QFile::remove(path))
            return true;
        m_error = QStringLiteral("cannot remove ") + path;
        return false;
    }
    bool rename(const QString &from, const QString &to) override
    {
        if (QFile::rename(from, to))
            return true;
        m_error = QStringLiteral("cannot rename ") + from + QStringLiteral(" to ") + to;
        return false;
    }
    QString errorString() const override { return m_error; }

private:
    QFile m_file;
    QString m_error;
};

} // namespace

std::unique_ptr<LogFileBackend> diskLogFileBackend()
{
    return std::make_unique<DiskLogFileBackend>();
}

RotatingFileWriter::RotatingFileWriter(const QString &path, RotationPolicy policy,
                                       std::unique_ptr<LogFileBackend> backend)
    : m_path(path)
    , m_policy{std::max<qint64>(policy.maxBytes, 1), std::max(policy.maxFiles, 1)}
    , m_backend(backend ? std::move(backend) : diskLogFileBackend())
{
}

RotatingFileWriter::~RotatingFileWriter()
{
    close();
}

QString RotatingFileWriter::rotatedPath(const QString &path, int index)
{
    return index <= 0 ? path : path + QLatin1Char('.') + QString::number(index);
}

bool RotatingFileWriter::appendLine(const QString &line)
{
    return appendRaw(line.toUtf8());
}

bool RotatingFileWriter::appendJsonLine(const QJsonObject &object)
{
    const QJsonObject redacted = Redactor::json(object).toObject();
    return appendRaw(QJsonDocument(redacted).toJson(QJsonDocument::Compact));
}

bool RotatingFileWriter::appendRaw(const QByteArray &lineWithoutNewline)
{
    QByteArray bytes = lineWithoutNewline;
    bytes.append('\n');

    QMutexLocker lock(&m_mutex);
    if (!ensureOpen())
        return false;
    if (m_size > 0 && m_size + bytes.size() > m_policy.maxBytes) {
        rotate();
        if (!ensureOpen())
            return false;
    }
    if (!m_backend->write(bytes)) {
        recordFailure(QStringLiteral("write failed"));
        m_backend->close();  // reopened (and its size re-read) on the next append
        return false;
    }
    m_size += bytes.size();
    return true;
}

void RotatingFileWriter::close()
{
    QMutexLocker lock(&m_mutex);
    m_backend->close();
}

bool RotatingFileWriter::ensureOpen()
{
    if (m_backend->isOpen())
        return true;
    if (!m_backend->openForAppend(m_path)) {
        recordFailure(QStringLiteral("cannot open"));
        return false;
    }
    m_size = m_backend->size();
    return true;
}

// x.log.(n-1) is dropped, x.log.i → x.log.(i+1), x.log → x.log.1. When the current file cannot
// be renamed it is removed instead, so that the log stays bounded even on a hostile file system.
void RotatingFileWriter::rotate()
{
    m_backend->close();
    const int keep = m_policy.maxFiles - 1;
    bool moved = false;
    if (keep > 0) {
        const QString oldest = rotatedPath(m_path, keep);
        if (m_backend->exists(oldest))
            m_backend->remove(oldest);
        for (int i = keep - 1; i >= 1; --i) {
            const QString from = rotatedPath(m_path, i);
            if (m_backend->exists(from))
                m_backend->rename(from, rotatedPath(m_path, i + 1));
        }
        moved = m_backend->rename(m_path, rotatedPath(m_path, 1));
        if (!moved)
            recordFailure(QStringLiteral("rotation failed"));
    }
    if (!moved && !m_backend->remove(m_path))
        recordFailure(QStringLiteral("cannot truncate"));
    m_size = 0;
    ++m_rotations;
}

void RotatingFileWriter::recordFailure(const QString &what)
{
    ++m_failures;
    const QString detail = m_backend->errorString();
    m_lastError = m_path + QStringLiteral(": ") + what + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
}

QString RotatingFileWriter::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

int RotatingFileWriter::failureCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_failures;
}

int RotatingFileWriter::rotationCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_rotations;
}

} // namespace ul
