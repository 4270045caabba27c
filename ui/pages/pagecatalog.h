#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace ul {

class ConsolePage;
struct ConsoleContext;

// The main window's pages, in navigation order. Adding a page is one entry in pagecatalog.cpp.
struct PageEntry
{
    QString id;  // "dashboard": also the --page name of --screenshot
    std::function<ConsolePage *(const ConsoleContext &, QWidget *)> create;
};

const QList<PageEntry> &consolePages();
QStringList consolePageIds();

} // namespace ul
