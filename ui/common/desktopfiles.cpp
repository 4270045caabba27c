#include "ui/common/desktopfiles.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

namespace ul::ui {

bool openFileExternally(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && QDesktopServices::openUrl(QUrl::fromLocalFile(info.absoluteFilePath()));
}

bool openContainingFolder(const QString &path)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    return folder.isDir() && QDesktopServices::openUrl(QUrl::fromLocalFile(folder.absoluteFilePath()));
}

} // namespace ul::ui
