#pragma once

#include "core/common/result.h"
#include "core/uniapi/filesnapshot.h"

#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace ul::uniapi {

// How the writer reaches the file system. The default implementation uses QFile and QSaveFile;
// tests override it to inject failures (a device that fails after N bytes, a read that sees a
// concurrent edit).
class ConfigFileIo
{
public:
    virtual ~ConfigFileIo() = default;

    // Reads the whole file. A missing file is a snapshot with exists == false, not an error.
    virtual Result<FileSnapshot> read(const QString &path);
    // An unopened device that replaces `path` atomically on commit() (temp file, fsync, rename).
    virtual std::unique_ptr<QSaveFile> atomicDevice(const QString &path);
    // An unopened device on `path` itself, for the in-place mode.
    virtual std::unique_ptr<QFile> inPlaceDevice(const QString &path);
};

// Writes `bytes` through QSaveFile; on any failure nothing is committed and the old file stays.
// A failed commit suggests the in-place mode (a bind-mounted target cannot be renamed over).
Status writeAtomically(ConfigFileIo &io, const QString &path, const QByteArray &bytes);

// Truncates the existing file and writes `bytes` in one call, then flushes and fsyncs (for
// single-file Docker bind mounts, uniapi-config.md §6.8). If the write fails, `previous` is
// written back so the file is not left truncated.
Status writeInPlace(ConfigFileIo &io, const QString &path, const QByteArray &bytes, const QByteArray &previous);

} // namespace ul::uniapi
