// Channel-health benchmark: the cost of one health cycle for N healthy sites (default 50) against
// a simulated gpt-load over loopback, through the real engine. Prints, for the first cycle and
// for a later one (nothing changed), the wall time, the gpt-load requests (management / mutating
// / proxied), the requests the sites received, the probes sent, the store rows written and the
// files written (api.yaml, its backups, logs/channel-operations.log; the store aside). A last
// cycle runs after the instance stopped answering while the engine still counts it healthy (its
// next instance check is an hour away): the first checks to fail mark it lost and the others are
// not sent.
//
//   bench_health                   50 sites, 3 models each
//   bench_health 200 --latency 20  200 sites, 20 ms per gpt-load management answer
//
// Options: --models <n> (models per site), --latency <ms>, --concurrency <n>
// (MAX_CONCURRENT_REQUESTS per instance, default 10), --retry-delay <ms> (the unit of the gpt-load
// client's retry backoff: default 5 here, 1000 in uni-load itself).

#include "core/engine/engine.h"
#include "core/engine/enginecore.h"
#include "core/onboarding/siterequest.h"
#include "core/sim/simcluster.h"
#include "tests/bench/benchfiles.h"
#include "tests/support/testutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ul;

namespace {

struct Options
{
    int sites = 50;
    int models = 3;
    int latencyMs = 0;
    int concurrency = 10;
    int retryDelayMs = 5;
};

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--models") && i + 1 < args.size())
            o.models = std::max(1, args.at(++i).toInt());
        else if (a == QLatin1String("--latency") && i + 1 < args.size())
            o.latencyMs = std::max(0, args.at(++i).toInt());
        else if (a == QLatin1String("--concurrency") && i + 1 < args.size())
            o.concurrency = std::max(1, args.at(++i).toInt());
        else if (a == QLatin1String("--retry-delay") && i + 1 < args.size())
            o.retryDelayMs = std::max(1, args.at(++i).toInt());
        else
            o.sites = std::max(1, a.toInt());
    }
    return o;
}

struct Counts
{
    qint64 management = 0;
    qint64 mutating = 0;
    qint64 proxied = 0;
    qint64 siteRequests = 0;
};

Counts counts(const SimCluster &cluster)
{
    Counts c;
    for (SimGptLoad *sim : cluster.instances()) {
        c.management += sim->counters().managementCalls;
        c.mutating += sim->counters().mutatingCalls;
        c.proxied += sim->counters().proxyRequests;
    }
    for (SimAiSite *site : cluster.sites())
        c.siteRequests += site->totalRequests();
    return c;
}

void resetCounts(SimCluster &cluster)
{
    for (SimGptLoad *sim : cluster.instances())
        sim->resetCounters();
    for (SimAiSite *site : cluster.sites())
        site->resetCounters();
}

bool measure(const char *label, Engine &engine, SimCluster &cluster, const QString &dataDir)
{
    resetCounts(cluster);
    const bench::FileListing filesBefore = bench::listFiles(dataDir);
    QElapsedTimer timer;
    timer.start();
    const auto report = test::await(engine.checkChannels(), 600000);
    const qint64 ms = timer.elapsed();
    if (!report || !report->ok()) {
        std::fprintf(stderr, "%s: the cycle failed: %s\n", label, report ? qPrintable(report->error().toString()) : "timeout");
        return false;
    }
    const HealthCycleReport &r = report->value();
    const Counts c = counts(cluster);
    const int files = bench::filesWritten(filesBefore, bench::listFiles(dataDir));
    std::printf("%-14s %6lld ms  checked %d (healthy %d, inconclusive %d)  checks that asked gpt-load %d"
                "  gpt-load requests %lld (management %lld, mutating %lld, proxied %lld)"
                "  site requests %lld  probes %d  store rows %d  files written %d\n",
                label, static_cast<long long>(ms), int(r.checks.size()), r.count(HealthVerdict::Healthy),
                r.count(HealthVerdict::Inconclusive),
                int(std::count_if(r.checks.cbegin(), r.checks.cend(), [](const ChannelCheck &check) { return check.calls > 0; })),
                static_cast<long long>(c.management + c.proxied), static_cast<long long>(c.management), static_cast<long long>(c.mutating),
                static_cast<long long>(c.proxied), static_cast<long long>(c.siteRequests), r.probes, r.storeWrites, files);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\nuniload.*.warning=false"));
    const Options o = parse(app.arguments());

    QStringList models;
    const QStringList pool = {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"), QStringLiteral("deepseek-chat"),
                              QStringLiteral("deepseek-reasoner"), QStringLiteral("gpt-4.1-mini"), QStringLiteral("gpt-4.1-nano")};
    for (int i = 0; i < o.models; ++i)
        models.append(i < pool.size() ? pool.at(i) : QStringLiteral("gpt-bench-%1").arg(i));

    SimClusterOptions clusterOptions;
    clusterOptions.instanceCount = 1;
    clusterOptions.instanceOptions.apiLatencyMs = o.latencyMs;
    SimCluster cluster(clusterOptions);
    if (!cluster.start()) {
        std::fprintf(stderr, "cannot start the simulator: %s\n", qPrintable(cluster.errorString()));
        return 1;
    }
    for (SimGptLoad *sim : cluster.instances())
        sim->recorder().setEnabled(false);
    for (int i = 0; i < o.sites; ++i) {
        SimAiSiteOptions site;
        site.name = QStringLiteral("bench-%1").arg(i);
        site.models = models;
        site.validKeys = {QStringLiteral("sk-bench-%1-key-0001").arg(i)};
        SimAiSite *s = cluster.addSite(site);
        if (!s)
            return 1;
        s->recorder().setEnabled(false);
    }

    QTemporaryDir dir;
    const QString instancesFile = dir.filePath(QStringLiteral("gptload-instances.json"));
    if (!cluster.writeInstancesFile(instancesFile))
        return 1;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    EngineOptions options;
    options.configDir = dir.path();
    options.dataDir = dir.path();
    options.instancesFilePath = instancesFile;
    options.uniApiYamlPath = dir.filePath(QStringLiteral("api.yaml"));
    options.maxConcurrentRequests = o.concurrency;
    options.retryBaseDelayMs = o.retryDelayMs;
    options.instanceHealthIntervalSecs = 3600;
    options.enableModelSync = false;
    options.enableModelOptimizer = false;
    options.channelCheckIntervalMinutes = 7 * 24 * 60;  // the timer never fires during the bench
    options.clock = &clock;
    Engine engine(options);
    engine.start();
    QDeadlineTimer ready(20000);
    while (!(engine.snapshot().ready && engine.snapshot().healthyInstanceCount() == 1) && !ready.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);

    QElapsedTimer onboarding;
    onboarding.start();
    for (SimAiSite *site : cluster.sites()) {
        const QJsonObject json{{QStringLiteral("baseUrl"), site->url()},
                               {QStringLiteral("apiKeys"), QJsonArray::fromStringList(site->validKeys())},
                               {QStringLiteral("channelTypes"), QJsonArray{QStringLiteral("openai")}}};
        const Result<SiteRequest> request = SiteRequest::fromJson(json);
        const auto done = test::await(engine.processAiSite(request.value()), 120000);
        if (!done || !done->ok()) {
            std::fprintf(stderr, "onboarding %s failed: %s\n", qPrintable(site->name()), done ? qPrintable(done->error().toString()) : "timeout");
            return 1;
        }
    }
    std::printf("%d sites x %d models onboarded in %lld ms (gpt-load latency %d ms, concurrency %d)\n", o.sites, o.models,
                static_cast<long long>(onboarding.elapsed()), o.latencyMs, o.concurrency);

    if (!measure("first cycle", engine, cluster, dir.path()))
        return 1;
    // The engine reads the clock in its own thread: move it there.
    (void)test::await(engine.invoke<int>([&clock](EngineCore &) {
        clock.advanceSecs(10 * 60);
        return readyResult<int>(0);
    }));
    if (!measure("later cycle", engine, cluster, dir.path()))
        return 1;
    (void)test::await(engine.invoke<int>([&clock](EngineCore &) {
        clock.advanceSecs(10 * 60);
        return readyResult<int>(0);
    }));
    cluster.instance(0)->stop();
    if (!measure("instance lost", engine, cluster, dir.path()))
        return 1;
    engine.shutdown();
    cluster.stop();
    return 0;
}
