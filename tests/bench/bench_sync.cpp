// Model sync over a simulated cluster: N onboarded sites, then the cost of a sync cycle in which
// nothing changed (time, gpt-load calls by kind, requests to the sites, files written — api.yaml,
// its backups, logs; the state store aside — and api.yaml backups).
//
//   bench_sync [sites=50] [models-per-site=8]
#include "core/engine/engine.h"
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
#include <cstdlib>

using namespace ul;

namespace {

struct Calls
{
    qint64 total = 0;
    qint64 management = 0;
    qint64 mutating = 0;
    qint64 proxy = 0;
    qint64 sites = 0;
};

Calls countCalls(const SimCluster &cluster)
{
    Calls c;
    for (SimGptLoad *sim : cluster.instances()) {
        const SimCallCounters counters = sim->counters();
        c.total += counters.totalRequests;
        c.management += counters.managementCalls;
        c.mutating += counters.mutatingCalls;
        c.proxy += counters.proxyRequests;
    }
    for (SimAiSite *site : cluster.sites())
        c.sites += site->totalRequests();
    return c;
}

void resetCalls(SimCluster &cluster)
{
    for (SimGptLoad *sim : cluster.instances())
        sim->resetCounters();
    for (SimAiSite *site : cluster.sites())
        site->resetCounters();
}

bool runSync(Engine &engine, const char *label, SimCluster &cluster, const QString &dataDir)
{
    resetCalls(cluster);
    const bench::FileListing filesBefore = bench::listFiles(dataDir);
    QElapsedTimer timer;
    timer.start();
    auto report = test::await(engine.syncModels(), 300000);
    const qint64 ms = timer.elapsed();
    if (!report || !report->ok()) {
        std::fprintf(stderr, "%s sync failed: %s\n", label, report ? qPrintable(report->error().toString()) : "timeout");
        return false;
    }
    const ModelSyncRunView summary = report->value().summary();
    const Calls c = countCalls(cluster);
    const int files = bench::filesWritten(filesBefore, bench::listFiles(dataDir));
    std::printf("%-14s %6lld ms  site groups %d (changed %d, failed %d)  gpt-load requests %lld "
                "(management %lld, mutating %lld, proxied %lld)  site requests %lld  reconciled %s  files written %d\n",
                label, static_cast<long long>(ms), summary.siteGroups, summary.changed, summary.failed,
                static_cast<long long>(c.total), static_cast<long long>(c.management), static_cast<long long>(c.mutating),
                static_cast<long long>(c.proxy), static_cast<long long>(c.sites),
                report->value().reconcile ? "yes" : "no", files);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\nuniload.*.warning=false"));
    const int siteCount = argc > 1 ? std::max(1, std::atoi(argv[1])) : 50;
    const int modelsPerSite = argc > 2 ? std::max(1, std::atoi(argv[2])) : 8;

    SimClusterOptions options;
    options.instanceCount = 1;
    for (int i = 0; i < siteCount; ++i) {
        SimAiSiteOptions site;
        site.name = QStringLiteral("bench-%1").arg(i);
        site.models.clear();
        for (int m = 0; m < modelsPerSite; ++m)  // half shared by every site, half of its own
            site.models.append(m % 2 == 0 ? QStringLiteral("gpt-shared-%1").arg(m) : QStringLiteral("gpt-s%1-m%2").arg(i).arg(m));
        site.validKeys = {QStringLiteral("sk-bench-site-%1-000000000000").arg(i)};
        options.sites.append(site);
    }
    SimCluster cluster(options);
    if (!cluster.start()) {
        std::fprintf(stderr, "cannot start the simulated cluster: %s\n", qPrintable(cluster.errorString()));
        return 1;
    }
    QTemporaryDir dir;
    const QString instancesFile = dir.filePath(QStringLiteral("gptload-instances.json"));
    cluster.writeInstancesFile(instancesFile);

    EngineOptions o;
    o.configDir = dir.path();
    o.dataDir = dir.path();
    o.instancesFilePath = instancesFile;
    o.uniApiYamlPath = dir.filePath(QStringLiteral("api.yaml"));
    o.stateStorePath = dir.filePath(QStringLiteral("uni-load.db"));
    o.enableModelSync = false;
    o.enableChannelHealth = false;
    o.enableModelOptimizer = false;
    o.retryBaseDelayMs = 5;
    Engine engine(o);
    engine.start();
    QDeadlineTimer ready(15000);
    while (engine.snapshot().healthyInstanceCount() < 1 && !ready.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (engine.snapshot().healthyInstanceCount() < 1) {
        std::fprintf(stderr, "the simulated gpt-load did not become healthy\n");
        return 1;
    }

    QElapsedTimer onboarding;
    onboarding.start();
    for (SimAiSite *site : cluster.sites()) {
        QJsonObject request{{QStringLiteral("baseUrl"), site->url()},
                            {QStringLiteral("apiKeys"), QJsonArray::fromStringList(site->validKeys())},
                            {QStringLiteral("channelTypes"), QJsonArray{QStringLiteral("openai")}}};
        Result<SiteRequest> parsed = SiteRequest::fromJson(request);
        auto report = parsed.ok() ? test::await(engine.processAiSite(parsed.value()), 120000) : std::nullopt;
        if (!report || !report->ok()) {
            std::fprintf(stderr, "onboarding %s failed: %s\n", qPrintable(site->name()),
                         report ? qPrintable(report->error().toString()) : "timeout or bad request");
            return 1;
        }
    }
    std::printf("onboarded %d sites x %d models in %lld ms\n", siteCount, modelsPerSite, static_cast<long long>(onboarding.elapsed()));

    auto backupsBefore = test::await(engine.uniApiBackups());
    if (!runSync(engine, "first sync", cluster, dir.path()) || !runSync(engine, "no-op sync", cluster, dir.path())
        || !runSync(engine, "no-op sync", cluster, dir.path()))
        return 1;
    auto backupsAfter = test::await(engine.uniApiBackups());
    std::printf("api.yaml backups before/after the syncs: %lld/%lld\n",
                static_cast<long long>(backupsBefore && backupsBefore->ok() ? backupsBefore->value().size() : -1),
                static_cast<long long>(backupsAfter && backupsAfter->ok() ? backupsAfter->value().size() : -1));
    engine.shutdown();
    return 0;
}
