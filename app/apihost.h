#pragma once

#include "core/common/result.h"
#include "core/config/apitoken.h"
#include "core/config/appconfig.h"
#include "core/config/directories.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace ul {

class ApiServer;
class ApiTrafficStats;
class Engine;

// What the operator reads about the API server: where it listens, or why it does not.
struct ApiHostState
{
    bool running = false;
    QString url;            // http://host:port
    QString tokenFilePath;  // where the token is kept, when it is a file
    QString error;          // why the last start failed ("" when it did not)
};

// The HTTP API, the web console and the metrics endpoint of this process: started for
// --headless, and by the desktop console when DESKTOP_API_SERVER is on or the operator switches
// the server on in the settings page. Main thread; the engine outlives it.
class ApiHost final
{
public:
    ApiHost(AppConfig config, AppDirectories dirs, QString webRoot);
    ~ApiHost();
    ApiHost(const ApiHost &) = delete;
    ApiHost &operator=(const ApiHost &) = delete;

    // Checks the token rules and listens; prints "listening on HOST:PORT" (and "metrics on …").
    // Errors: Validation for a configuration the operator must change, anything else when the
    // address cannot be bound. Nothing listens after a failure.
    Status listen();
    // Serves the engine's routes (before that every route answers 404); call after listen().
    void serve(Engine *engine);
    // listen() and serve() in one step, for the desktop's switch; the state after.
    ApiHostState start(Engine *engine);
    void stop();

    ApiHostState state() const;

    // Why the API must not listen with this configuration and token (API_AUTH=none or a token
    // that is not explicit or too short on a non-loopback address); "" when it may.
    static QString exposureProblem(const AppConfig &config, const ApiToken &token);

    // --demo: the simulated sites GET /api/demo/sites offers (see ApiContext::demoSites); set
    // before serve().
    void setDemoSites(QList<QJsonObject> sites) { m_demoSites = std::move(sites); }

private:
    Status listenMetrics(const QString &host);

    AppConfig m_config;
    AppDirectories m_dirs;
    QString m_webRoot;
    QList<QJsonObject> m_demoSites;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<ApiServer> m_metrics;  // GET /metrics on METRICS_PORT
    std::unique_ptr<ApiTrafficStats> m_traffic;
    QString m_url;
    QString m_host;
    QString m_tokenFilePath;
    QString m_lastError;
};

} // namespace ul
