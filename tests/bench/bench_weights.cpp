// Weight optimization benchmark: the cost of one run over N sites (default 50) that all serve the
// same M models (default 100), so every model group has N members and every L2 group is read —
// against a simulated gpt-load over loopback, through the real engine. Every L2 group reports a
// day of traffic with a failure rate fixed by its name (0–19 %). Prints, for a dry run, the first
// run (every weight changes) and a second run (nothing left to change): the wall time, the
// gpt-load requests (management / mutating), the stats read and the weights changed.
//
//   bench_weights                   50 sites x 100 models
//   bench_weights 20 --models 30 --latency 20
//
// Options: --models <n>, --latency <ms> (per gpt-load management answer), --concurrency <n>
// (MAX_CONCURRENT_REQUESTS per instance, default 10).

#include "core/engine/engine.h"
#include "core/onboarding/siterequest.h"
#include "core/sim/simcluster.h"
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
    int models = 100;
    int latencyMs = 0;
    int concurrency = 10;
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
        else
            o.sites = std::max(1, a.toInt());
    }
    return o;
}

// 1000 requests a day, 0–19 % of them failed, fixed by the group's name.
std::optional<SimGroupStats> traffic(const QString &groupName)
{
    if (!groupName.contains(QLatin1String("-via-")))
        return std::nullopt;
    const int percent = int(qHash(groupName, 7u) % 20);
    const SimWindowStats day{1000, 10 * percent};
    return SimGroupStats{day, day, day, day};
}

bool measure(const char *label, Engine &engine, SimCluster &cluster, bool dryRun)
{
    for (SimGptLoad *sim : cluster.instances())
        sim->resetCounters();
    WeightOptimizationRequest request;
    request.dryRun = dryRun;
    QElapsedTimer timer;
    timer.start();
    const auto report = test::await(engine.optimizeWeights(request), 600000);
    const qint64 ms = timer.elapsed();
    if (!report || !report->ok()) {
        std::fprintf(stderr, "%s: the run failed: %s\n", label, report ? qPrintable(report->error().toString()) : "timeout");
        return false;
    }
    qint64 management = 0;
    qint64 mutating = 0;
    for (SimGptLoad *sim : cluster.instances()) {
        management += sim->counters().managementCalls;
        mutating += sim->counters().mutatingCalls;
    }
    const WeightOptimizationReport &r = report->value();
    std::printf("%-12s %7lld ms  model groups %d  stats read %d (failed %d)  weights changed %d  gpt-load requests %lld (mutating %lld)%s\n",
                label, static_cast<long long>(ms), r.modelGroups, r.statsRead, r.statsFailed, r.changed,
                static_cast<long long>(management), static_cast<long long>(mutating),
                r.errors.isEmpty() ? "" : qPrintable(QStringLiteral("  problems: ") + r.errors.join(QStringLiteral("; "))));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\nuniload.*.warning=false"));
    const Options o = parse(app.arguments());

    QStringList models;
    for (int i = 0; i < o.models; ++i)
        models.append(QStringLiteral("gpt-bench-%1").arg(i));

    SimClusterOptions clusterOptions;
    clusterOptions.instanceCount = 1;
    clusterOptions.instanceOptions.syntheticStats = traffic;
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
    EngineOptions options;
    options.configDir = dir.path();
    options.dataDir = dir.path();
    options.instancesFilePath = instancesFile;
    options.uniApiYamlPath = dir.filePath(QStringLiteral("api.yaml"));
    options.maxConcurrentRequests = o.concurrency;
    options.instanceHealthIntervalSecs = 3600;
    options.enableModelSync = false;
    options.enableChannelHealth = false;
    options.enableModelOptimizer = false;
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
        const auto done = test::await(engine.processAiSite(request.value()), 600000);
        if (!done || !done->ok()) {
            std::fprintf(stderr, "onboarding %s failed: %s\n", qPrintable(site->name()), done ? qPrintable(done->error().toString()) : "timeout");
            return 1;
        }
    }
    std::printf("%d sites x %d models onboarded in %lld ms; now gpt-load latency %d ms, concurrency %d\n", o.sites, o.models,
                static_cast<long long>(onboarding.elapsed()), o.latencyMs, o.concurrency);
    for (SimGptLoad *sim : cluster.instances())
        sim->setApiLatencyMs(o.latencyMs);

    const bool ok = measure("dry run", engine, cluster, true) && measure("first run", engine, cluster, false)
                    && measure("second run", engine, cluster, false);
    engine.shutdown();
    cluster.stop();
    return ok ? 0 : 1;
}
