#include "ui/pages/pagecatalog.h"

#include "ui/pages/architecturepage.h"
#include "ui/pages/cleanuppage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/healthpage.h"
#include "ui/pages/instancespage.h"
#include "ui/pages/layerspage.h"
#include "ui/pages/modelspage.h"
#include "ui/pages/operationspage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/sitespage.h"
#include "ui/pages/syncpage.h"
#include "ui/pages/uniapipage.h"

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
        page<SitesPage>("sites"),
        page<ModelsPage>("models"),
        page<InstancesPage>("instances"),
        page<LayersPage>("layers"),
        page<ArchitecturePage>("architecture"),
        page<SyncPage>("sync"),
        page<HealthPage>("health"),
        page<CleanupPage>("cleanup"),
        page<OperationsPage>("operations"),
        page<UniApiPage>("uniapi"),
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
