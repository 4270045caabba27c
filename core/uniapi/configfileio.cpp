#include "core/uniapi/configfileio.h"

#include "core/common/savefile.h"
#include "core/uniapi/uniapilog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>


namespace ul::uniapi {

namespace {

Error ioError(const QString &message, const QString &code)
{
    Error e = Error::io(message);
    e.code = code;
    return e;
}

} // namespace

FileSnapshot FileSnapshot::of(const QByteArray &bytes)
{
    FileSnapshot s;
    s.exists = true;
    s.bytes = bytes;
    s.hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return s;
}

Result<FileSnapshot> ConfigFileIo::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return FileSnapshot::missing();
    if (!file.open(QIODevice::ReadOnly))
        return ioError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("UNIAPI_READ_FAILED"));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return ioError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("UNIAPI_READ_FAILED"));
    return FileSnapshot::of(bytes);
}

std::unique_ptr<QSaveFile> ConfigFileIo::atomicDevice(const QString &path)
{
    return std::make_unique<QSaveFile>(path);
}

std::unique_ptr<QFile> ConfigFileIo::inPlaceDevice(const QString &path)
{
    return std::make_unique<QFile>(path);
}

Status writeAtomically(ConfigFileIo &io, const QString &path, const QByteArray &bytes)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return ioError(QStringLiteral("cannot create directory %1").arg(dir), QStringLiteral("UNIAPI_WRITE_FAILED"));

    std::unique_ptr<QSaveFile> file = io.atomicDevice(path);
    file->setDirectWriteFallback(false);  // never fall back to a non-atomic write silently
    if (!file->open(QIODevice::WriteOnly))
        return ioError(QStringLiteral("cannot write %1: %2").arg(path, file->errorString()), QStringLiteral("UNIAPI_WRITE_FAILED"));
    // Flushed and synced here: QSaveFile::commit() would rename a short-written file (savefile.h).
    if (const QString reason = writeFullyAndSync(*file, bytes); !reason.isEmpty()) {
        file->cancelWriting();
        return ioError(QStringLiteral("writing %1 failed, the file was left unchanged: %2").arg(path, reason),
                       QStringLiteral("UNIAPI_WRITE_FAILED"));
    }
    if (!file->commit())
        return ioError(QStringLiteral("could not replace %1 (%2); the file was left unchanged. If it is a single-file "
                                      "bind mount inside a container, set UNI_API_WRITE_MODE=in-place")
                           .arg(path, file->errorString()),
                       QStringLiteral("UNIAPI_COMMIT_FAILED"));
    return {};
}

Status writeInPlace(ConfigFileIo &io, const QString &path, const QByteArray &bytes, const QByteArray &previous)
{
    std::unique_ptr<QFile> file = io.inPlaceDevice(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
        return ioError(QStringLiteral("cannot open %1 for writing: %2").arg(path, file->errorString()),
                       QStringLiteral("UNIAPI_WRITE_FAILED"));
    const QString reason = writeFullyAndSync(*file, bytes);
    file->close();
    if (reason.isEmpty())
        return {};

    // Put the old content back rather than leave a truncated file behind.
    QFile restore(path);
    const bool restored = restore.open(QIODevice::WriteOnly | QIODevice::Truncate) && writeFullyAndSync(restore, previous).isEmpty();
    qCWarning(lcUniApiWriter) << "in-place write of" << path << "failed:" << reason
                              << (restored ? "(old content written back)" : "(old content could NOT be written back)");
    return ioError(QStringLiteral("writing %1 in place failed: %2%3")
                       .arg(path, reason,
                            restored ? QStringLiteral("; the old content was written back")
                                     : QStringLiteral("; the old content could not be written back, restore a backup")),
                   QStringLiteral("UNIAPI_WRITE_FAILED"));
}

} // namespace ul::uniapi
