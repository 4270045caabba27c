#pragma once

#include "core/engine/snapshot.h"

#include <QJsonObject>
#include <QList>

namespace ul {

// The demo's simulated AI sites (process-ai-site bodies: the desktop's ConsoleContext::demoSites,
// the web console's GET /api/demo/sites) against what the engine has onboarded.
namespace DemoSites {

// True when a site with the demo site's normalized base URL is onboarded.
bool isOnboarded(const QJsonObject &demoSite, const EngineSnapshot &snapshot);
// Index of the first demo site not onboarded yet, -1 when all are.
int firstToAdd(const QList<QJsonObject> &demoSites, const EngineSnapshot &snapshot);

} // namespace DemoSites
} // namespace ul
