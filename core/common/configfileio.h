#pragma once

#include "core/common/filesnapshot.h"
#include "core/common/result.h"

#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>
#include <utility>

namespace ul {

// How the writers of the operator's configuration files (api.yaml, the instance file) reach the
// file system. The default implementation uses QFile and QSaveFile; tests override it to inject
// failures (a device that fails after N bytes, a read that sees a concurrent edit), since
// permission bits stop nothing when the tests run as root.
class ConfigFileIo
{
public:
    // `readErrorCode` is the code of a failed read, named for the file ("UNIAPI_READ_FAILED").
    explicit ConfigFileIo(QString readErrorCode = QStringLiteral("FILE_READ_FAILED")) : m_readErrorCode(std::move(readErrorCode)) {}
    virtual ~ConfigFileIo() = default;

    // Reads the whole file. A missing file is a snapshot with exists == false, not an error.
    virtual Result<FileSnapshot> read(const QString &path);
    // An unopened device that replaces `path` atomically on commit() (temp file, fsync, rename).
    virtual std::unique_ptr<QSaveFile> atomicDevice(const QString &path);
    // An unopened device on `path` itself, for the in-place mode.
    virtual std::unique_ptr<QFile> inPlaceDevice(const QString &path);

private:
    QString m_readErrorCode;
};

// Truncates the existing file and writes `bytes` in one call, then flushes and fsyncs: for a
// file that cannot be replaced by rename (a single-file Docker bind mount, uniapi-config.md
// §6.8). If the write fails, `previous` is written back so the file is not left truncated, and
// the error (kind Io, code `errorCode`) says whether that worked.
Status writeInPlace(ConfigFileIo &io, const QString &path, const QByteArray &bytes, const QByteArray &previous,
                    const QString &errorCode);

} // namespace ul
