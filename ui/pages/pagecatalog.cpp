#include "ui/pages/pagecatalog.h"

#include "ui/pages/dashboardpage.h"
#include "ui/pages/instancespage.h"
#include "ui/pages/layerspage.h"
#include "ui/pages/operationspage.h"
#include "ui/pages/settingspage.h"

namespace ul {

namespace {
template <typename Page>
PageEntry page(const char *id)
{
    return PageEntry{QString::fromLatin1(id),
                     [](const ConsoleContext &context, QWidget *parent) -> ConsolePage * { return new Page(context, parent); }};
}
} // namespace

const QList<PageEntry> &consolePages()
{
    static const QList<PageEntry> pages{
        page<DashboardPage>("dashboard"),
        page<InstancesPage>("instances"),
        page<LayersPage>("layers"),
        page<OperationsPage>("operations"),
        page<SettingsPage>("settings"),
    };
    return pages;
}

QStringList consolePageIds()
{
    QStringList ids;
    for (const PageEntry &entry : consolePages())
        ids << entry.id;
    return ids;
}

} // namespace ul
