#pragma once

#include <QByteArray>
#include <QString>

class QFileDevice;

namespace ul {

// Writes all of `bytes` to an open file device and makes sure they reached the disk: flush of
// Qt's write buffer, then fsync. Returns an empty string on success, else the reason.
//
// Call it before QSaveFile::commit(): Qt 6.4's commit() ignores a failed flush of the write
// buffer (a short write on a full disk or past a file size limit) and renames the truncated
// temporary file over the target.
QString writeFullyAndSync(QFileDevice &file, const QByteArray &bytes);

} // namespace ul
