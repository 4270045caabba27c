#include "core/common/pathancestor.h"

#include <QFileInfo>

namespace ul {

QString nearestExistingAncestor(const QString &path)
{
    QFileInfo existing(path);
    while (!existing.exists() && !existing.isRoot()) {
        const QString parent = existing.absolutePath();
        if (parent == existing.absoluteFilePath())
            break;
        existing = QFileInfo(parent);
    }
    return existing.absoluteFilePath();
}

} // namespace ul
