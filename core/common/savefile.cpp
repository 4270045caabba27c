#include "core/common/savefile.h"

#include <QFileDevice>

#include <cerrno>

#include <unistd.h>

namespace ul {

namespace {

// A short write leaves errno unset, so Qt reports "Unknown error"; say what it means instead.
QString reasonOf(const QFileDevice &file)
{
    const QString qtReason = file.errorString();
    if (qtReason.isEmpty() || qtReason == QLatin1String("Unknown error"))
        return QStringLiteral("not every byte could be written (disk full or file size limit reached)");
    return qtReason;
}

} // namespace

QString writeFullyAndSync(QFileDevice &file, const QByteArray &bytes)
{
    if (file.write(bytes) != bytes.size() || !file.flush())
        return reasonOf(file);
    if (::fsync(file.handle()) != 0)
        return QStringLiteral("the data could not be synced to disk: ") + qt_error_string(errno);
    return {};
}

} // namespace ul
