// The headless HTTP API and the web console at scale: a real engine holding N sites × M models
// (every site onboarded for real), serving the real routes and the embedded web console, for the
// scripts in webscale/ to measure (route sizes and times, the console in headless Chromium).
// Two processes, so that the server's RSS and CPU are its own:
//
//   bench_webscale sim   --dir D --sites N --models M --fail K --port P --token T
//       one simulated gpt-load and N simulated OpenAI-format sites, each serving the same M
//       models; writes D/gptload-instances.json and D/sites.json, then serves on 127.0.0.1:P
//       GET /calls (the simulator's call counters, per route), POST /calls/reset and
//       POST /sites/stop (stops the first K sites, so channel checks find failing channels).
//
//   bench_webscale serve --dir D --port P2 --token T [--reuse]
//       a real Engine (store D/engine/uni-load.db, loops off) over that simulator: onboards every
//       site of D/sites.json one after the other, writes D/onboarded and waits for D/check (the
//       driver stops K sites meanwhile), runs three channel checks, then serves the HTTP API and
//       the web console on 127.0.0.1:P2 with token T, as `uni-load --headless` does, and writes
//       D/ready. --reuse serves the store of an earlier run without onboarding.
//
// webscale/start.sh runs both; webscale/README.md has the commands and the figures.
#include "core/api/apicontext.h"
#include "core/api/apiserver.h"
#include "core/api/apitraffic.h"
#include "core/api/routes.h"
#include "core/api/webconsole.h"
#include "core/engine/engine.h"
#include "core/onboarding/siterequest.h"
#include "core/sim/simcluster.h"
#include "tests/support/testutil.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

using namespace ul;

namespace {

QString arg(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

QStringList modelNames(int count)
{
    QStringList models;
    for (int m = 0; m < count; ++m)
        models.append(QStringLiteral("gpt-bench-%1").arg(m, 4, 10, QLatin1Char('0')));
    return models;
}

int runSim(const QStringList &args)
{
    const QString dir = arg(args, QStringLiteral("--dir"));
    const int sites = arg(args, QStringLiteral("--sites"), QStringLiteral("100")).toInt();
    const int models = arg(args, QStringLiteral("--models"), QStringLiteral("300")).toInt();
    const int failing = arg(args, QStringLiteral("--fail"), QStringLiteral("0")).toInt();
    SimClusterOptions options;
    options.instanceCount = 1;
    auto *cluster = new SimCluster(options);
    if (!cluster->start()) {
        std::fprintf(stderr, "sim: cannot start: %s\n", qPrintable(cluster->errorString()));
        return 1;
    }
    for (SimGptLoad *sim : cluster->instances())
        sim->recorder().setEnabled(false);
    QJsonArray list;
    const QStringList names = modelNames(models);
    for (int s = 0; s < sites; ++s) {
        SimAiSiteOptions o;
        o.name = QStringLiteral("bench-site-%1").arg(s, 3, 10, QLatin1Char('0'));
        o.models = names;
        o.validKeys = {QStringLiteral("sk-bench-%1-a").arg(s), QStringLiteral("sk-bench-%1-b").arg(s)};
        SimAiSite *site = cluster->addSite(o);
        if (!site) {
            std::fprintf(stderr, "sim: cannot start site %d\n", s);
            return 1;
        }
        list.append(QJsonObject{{QStringLiteral("name"), o.name}, {QStringLiteral("url"), site->url()},
                                {QStringLiteral("keys"), QJsonArray{o.validKeys.at(0), o.validKeys.at(1)}}});
    }
    QDir().mkpath(dir);
    if (!cluster->writeInstancesFile(dir + QStringLiteral("/gptload-instances.json")))
        return 1;
    QFile f(dir + QStringLiteral("/sites.json"));
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(QJsonDocument(list).toJson());
    f.close();

    ApiServerOptions so;
    so.port = quint16(arg(args, QStringLiteral("--port")).toUInt());
    so.token = arg(args, QStringLiteral("--token"));
    auto *server = new ApiServer(so);
    server->router().get(QStringLiteral("/calls"), [cluster](const ApiRequest &, const ApiReply &reply) {
        QJsonObject out;
        qint64 management = 0, mutating = 0, proxy = 0, total = 0;
        QJsonObject perRoute;
        for (SimGptLoad *sim : cluster->instances()) {
            const SimCallCounters c = sim->counters();
            management += c.managementCalls;
            mutating += c.mutatingCalls;
            proxy += c.proxyRequests;
            total += c.totalRequests;
            for (auto it = c.perRoute.cbegin(); it != c.perRoute.cend(); ++it)
                perRoute.insert(it.key(), perRoute.value(it.key()).toInteger() + it.value());
        }
        out.insert(QStringLiteral("management"), management);
        out.insert(QStringLiteral("mutating"), mutating);
        out.insert(QStringLiteral("proxy"), proxy);
        out.insert(QStringLiteral("total"), total);
        out.insert(QStringLiteral("perRoute"), perRoute);
        out.insert(QStringLiteral("groups"), qint64(cluster->instance(0)->groups().size()));
        reply(ApiResponse::json(out));
    });
    server->router().post(QStringLiteral("/calls/reset"), [cluster](const ApiRequest &, const ApiReply &reply) {
        for (SimGptLoad *sim : cluster->instances())
            sim->resetCounters();
        reply(ApiResponse::json(QJsonObject{{QStringLiteral("ok"), true}}));
    });
    // Stops the first K sites (connection refused), so channel checks find failing channels.
    server->router().post(QStringLiteral("/sites/stop"), [cluster, failing](const ApiRequest &, const ApiReply &reply) {
        int stopped = 0;
        for (int i = 0; i < failing && i < cluster->sites().size(); ++i) {
            cluster->site(i)->stop();
            ++stopped;
        }
        reply(ApiResponse::json(QJsonObject{{QStringLiteral("stopped"), stopped}}));
    });
    const Result<quint16> port = server->listen();
    if (!port.ok()) {
        std::fprintf(stderr, "sim: cannot listen: %s\n", qPrintable(port.error().message));
        return 1;
    }
    std::printf("sim ready: %d sites x %d models, control on 127.0.0.1:%u\n", sites, models, unsigned(port.value()));
    std::fflush(stdout);
    QFile ready(dir + QStringLiteral("/sim.ready"));
    (void)ready.open(QIODevice::WriteOnly);
    return QCoreApplication::exec();
}

int runServe(const QStringList &args)
{
    const QString dir = arg(args, QStringLiteral("--dir"));
    const QString engineDir = dir + QStringLiteral("/engine");
    const bool reuse = args.contains(QStringLiteral("--reuse"));  // the store of an earlier run; no onboarding
    if (!reuse)
        QDir(engineDir).removeRecursively();
    QDir().mkpath(engineDir);
    QFile sitesFile(dir + QStringLiteral("/sites.json"));
    if (!sitesFile.open(QIODevice::ReadOnly))
        return 1;
    const QJsonArray sites = QJsonDocument::fromJson(sitesFile.readAll()).array();

    EngineOptions o;
    o.configDir = engineDir;
    o.dataDir = engineDir;
    o.instancesFilePath = dir + QStringLiteral("/gptload-instances.json");
    o.uniApiYamlPath = engineDir + QStringLiteral("/api.yaml");
    o.stateStorePath = engineDir + QStringLiteral("/uni-load.db");
    o.maxConcurrentRequests = 10;
    o.instanceHealthIntervalSecs = 24 * 3600;
    o.enableModelSync = false;
    o.enableChannelHealth = false;
    o.enableModelOptimizer = false;
    auto engine = std::make_unique<Engine>(o);
    engine->start();
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        const EngineSnapshot s = engine->snapshot();
        if (s.ready && s.healthyInstanceCount() == 1)
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    QElapsedTimer total;
    total.start();
    int n = 0;
    for (const QJsonValue &v : reuse ? QJsonArray() : sites) {
        const QJsonObject site = v.toObject();
        const QJsonObject json{{QStringLiteral("baseUrl"), site.value(QStringLiteral("url"))},
                               {QStringLiteral("apiKeys"), site.value(QStringLiteral("keys"))},
                               {QStringLiteral("siteName"), site.value(QStringLiteral("name"))},
                               {QStringLiteral("channelTypes"), QJsonArray{QStringLiteral("openai")}}};
        Result<SiteRequest> request = SiteRequest::fromJson(json);
        if (!request.ok()) {
            std::fprintf(stderr, "bad request: %s\n", qPrintable(request.error().message));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        const auto result = test::await(engine->processAiSite(request.value()), 600000);
        ++n;
        if (!result || !result->ok()) {
            std::fprintf(stderr, "onboarding %d failed: %s\n", n, result ? qPrintable(result->error().message) : "timeout");
            return 1;
        }
        if (n % 10 == 0 || n == 1) {
            std::printf("onboarded %d/%lld (last %.2f s, total %.1f s)\n", n, qint64(sites.size()), double(t.elapsed()) / 1000.0,
                        double(total.elapsed()) / 1000.0);
            std::fflush(stdout);
        }
    }
    // The control file says which sites to stop before the health check (done by the driver script
    // between the two phases: it waits for D/onboarded, stops sites, then touches D/check).
    QFile(dir + QStringLiteral("/onboarded")).open(QIODevice::WriteOnly);
    std::printf("onboarding done in %.1f s; waiting for %s/check\n", double(total.elapsed()) / 1000.0, qPrintable(dir));
    std::fflush(stdout);
    while (!reuse && !QFile::exists(dir + QStringLiteral("/check")))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    for (int round = 0; round < (reuse ? 0 : 3); ++round) {  // three checks: a stopped site's failures reach the threshold
        QElapsedTimer t;
        t.start();
        const auto health = test::await(engine->checkChannels(), 600000);
        std::printf("channel check %d: %s in %.2f s\n", round + 1, health && health->ok() ? "ok" : "FAILED", double(t.elapsed()) / 1000.0);
        std::fflush(stdout);
    }

    ApiServerOptions so;
    so.port = quint16(arg(args, QStringLiteral("--port")).toUInt());
    so.token = arg(args, QStringLiteral("--token"));
    so.accessLogPath = engineDir + QStringLiteral("/access.log");
    auto server = std::make_unique<ApiServer>(so);
    WebConsoleOptions web;
    if (Status s = installWebConsole(*server, web); !s.ok()) {
        std::fprintf(stderr, "web console: %s\n", qPrintable(s.error().message));
        return 1;
    }
    const Result<quint16> port = server->listen();
    if (!port.ok()) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(port.error().message));
        return 1;
    }
    ApiTrafficStats traffic;
    traffic.watch(server.get());
    ApiContext ctx{engine.get(), server.get(), nullptr, {}};
    registerAllRoutes(server->router(), ctx);
    registerMetricsRoute(server->router(), ctx, &traffic);
    std::printf("serving on 127.0.0.1:%u pid %lld\n", unsigned(port.value()), qint64(QCoreApplication::applicationPid()));
    std::fflush(stdout);
    QFile(dir + QStringLiteral("/ready")).open(QIODevice::WriteOnly);
    const int rc = QCoreApplication::exec();
    engine->shutdown();
    return rc;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    const QStringList args = app.arguments();
    if (args.size() >= 2 && args.at(1) == QLatin1String("sim"))
        return runSim(args);
    if (args.size() >= 2 && args.at(1) == QLatin1String("serve"))
        return runServe(args);
    std::fprintf(stderr, "usage: bench_webscale sim|serve ...\n");
    return 2;
}
