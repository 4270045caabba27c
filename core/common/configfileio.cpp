#include "core/common/configfileio.h"

#include "core/common/savefile.h"

#include <QCryptographicHash>

namespace ul {

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
    auto failure = [&]() {
        Error e = Error::io(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        e.code = m_readErrorCode;
        return e;
    };
    if (!file.open(QIODevice::ReadOnly))
        return failure();
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure();
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

Status writeInPlace(ConfigFileIo &io, const QString &path, const QByteArray &bytes, const QByteArray &previous,
                    const QString &errorCode)
{
    auto failure = [&errorCode](const QString &message) {
        Error e = Error::io(message);
        e.code = errorCode;
        return e;
    };
    std::unique_ptr<QFile> file = io.inPlaceDevice(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failure(QStringLiteral("cannot open %1 for writing: %2").arg(path, file->errorString()));
    const QString reason = writeFullyAndSync(*file, bytes);
    file->close();
    if (reason.isEmpty())
        return {};

    // Put the old content back rather than leave a truncated file behind. Not through `io`: the
    // device that just failed is the one a test injected.
    QFile restore(path);
    const bool restored = restore.open(QIODevice::WriteOnly | QIODevice::Truncate) && writeFullyAndSync(restore, previous).isEmpty();
    return failure(QStringLiteral("writing %1 in place failed: %2%3")
                       .arg(path, reason,
                            restored ? QStringLiteral("; the old content was written back")
                                     : QStringLiteral("; the old content could not be written back, restore a backup")));
}

} // namespace ul
