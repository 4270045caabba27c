#pragma once

// Counting the files a benchmarked operation wrote: a listing of a directory tree (size and
// modification time per file) before and after, compared. The state store (uni-load.db and its
// journal files) is left out: benches report its rows separately.

#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QPair>
#include <QString>

namespace ul::bench {

using FileListing = QHash<QString, QPair<qint64, QDateTime>>;

inline FileListing listFiles(const QString &root)
{
    FileListing out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.fileName().startsWith(QLatin1String("uni-load.db")))
            continue;
        out.insert(info.filePath(), qMakePair(info.size(), info.lastModified()));
    }
    return out;
}

// Files that are new or whose size or modification time changed since `before`.
inline int filesWritten(const FileListing &before, const FileListing &after)
{
    int n = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto was = before.constFind(it.key());
        if (was == before.cend() || was.value() != it.value())
            ++n;
    }
    return n;
}

} // namespace ul::bench
