#include "core/uniapi/configfileio.h"

#include "core/common/savefile.h"

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

Status writeAtomically(ConfigFileIo &io, const QString &path, const QByteArray &bytes)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return ioError(QStringLiteral("cannot create directory %1").arg(dir), QStringLiteral("UNIAPI_WRITE_FAILED"));

    const bool created = !QFileInfo::exists(path);
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
    // QSaveFile keeps an existing file's mode but creates a new one owner-only (0600), which
    // uni-api, often another user, cannot read: a new api.yaml is readable by its group too
    // (a setgid directory gives it uni-api's group) and never by others (it holds a key).
    if (created)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    return {};
}

} // namespace ul::uniapi
