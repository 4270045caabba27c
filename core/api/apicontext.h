#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace ul {

class AppConfig;
class Engine;

// What route handlers need: the engine facade (commands and snapshots), an object living in
// the server's thread, to which engine results are delivered, and the configuration this run
// started with (GET/PUT /api/settings, the instance file's path). Handlers run in the server's
// thread, the owner's; `config` is owned by whoever owns the server (ApiHost) and outlives the
// routes. Without it the settings routes answer 503 and the instance routes use the path of the
// engine's snapshot only.
struct ApiContext
{
    Engine *engine = nullptr;
    QObject *receiver = nullptr;
    const AppConfig *config = nullptr;
    // --demo: the simulated sites a newcomer may add from the web console (process-ai-site
    // bodies without keys, since those sites take any key); empty otherwise.
    QList<QJsonObject> demoSites;
};

} // namespace ul
