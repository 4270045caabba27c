#pragma once

#include <QString>

namespace ul::ui {

// Hands a file the console cannot fix itself (a broken instance file) to the desktop: the file
// in its default application, or the folder holding it in the file manager (QDesktopServices).
// False when there is nothing to open or no application took it; the caller says so.
bool openFileExternally(const QString &path);
bool openContainingFolder(const QString &path);

} // namespace ul::ui
