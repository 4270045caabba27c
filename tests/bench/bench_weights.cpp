// Weight optimization benchmark: the cost of one run over N sites (default 50) that all serve the
// same M models (default 100), so every model group has N members and every L2 group is read —
// against a simulated gpt-load over loopback (in its own thread), through the real engine. Every L2 group reports a
// day of traffic with a failure rate fixed by its name (0–19 %). Prints, for a dry run, the first
// run (every weight changes) and a second run (nothing left to change): the wall time, the
// gpt-load requests (management / mutating), the stats read and the weights changed.
//
//   bench_weights                   50 sites x 100 models
//   bench_weights 20 --models 30 --latency 20
//
// Options: --models <n>, --latency <ms> (per gpt-load management answer), --concurrency <n>
// (MAX_CONCURRENT_REQUESTS per instance, default 10).

#include "tests/bench/benchsupport.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

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

bool measure(const char *label, Engine &engine, bench::SimHost &sims, bool dryRun)
{
    sims.resetCalls();
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
    const bench::SimCalls c = sims.calls();
    const WeightOptimizationReport &r = report->value();
    std::printf("%-12s %7lld ms  model groups %d  stats read %d (failed %d)  weights changed %d  gpt-load requests %lld (mutating %lld)%s\n",
                label, static_cast<long long>(ms), r.modelGroups, r.statsRead, r.statsFailed, r.changed,
                static_cast<long long>(c.management), static_cast<long long>(c.mutating),
                r.errors.isEmpty() ? "" : qPrintable(QStringLiteral("  problems: ") + r.errors.join(QStringLiteral("; "))));
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\nuniload.*.warning=false"));
    const Options o = parse(app.arguments());

    SimClusterOptions clusterOptions;
    clusterOptions.instanceCount = 1;
    clusterOptions.instanceOptions.syntheticStats = traffic;
    bench::SimHost sims(clusterOptions);
    if (!sims.started()) {
        std::fprintf(stderr, "cannot start the simulated cluster\n");
        return 1;
    }
    const QStringList models = bench::benchModelNames(o.models);
    QList<QPair<SimAiSite *, QString>> sites;
    for (int i = 0; i < o.sites; ++i) {
        SimAiSiteOptions site;
        site.name = QStringLiteral("bench-%1").arg(i);
        site.models = models;
        site.validKeys = {QStringLiteral("sk-bench-%1-key-0001").arg(i)};
        SimAiSite *s = sims.addSite(site);
        if (!s)
            return 1;
        sites.append({s, site.validKeys.first()});
    }
    bench::EngineHost host(sims, o.concurrency);
    if (!host.ready()) {
        std::fprintf(stderr, "the engine did not see the simulated instance\n");
        return 1;
    }

    QElapsedTimer onboarding;
    onboarding.start();
    for (const auto &[site, key] : std::as_const(sites)) {
        const auto done = test::await(bench::onboard(host.engine(), site, key), 600000);
        if (!done || !done->ok()) {
            std::fprintf(stderr, "onboarding failed: %s\n", done ? qPrintable(done->error().toString()) : "timeout");
            return 1;
        }
    }
    sims.run([&] {
        for (SimGptLoad *sim : sims.cluster()->instances())
            sim->setApiLatencyMs(o.latencyMs);
    });
    std::printf("%d sites x %d models onboarded in %lld ms; now gpt-load latency %d ms, concurrency %d\n", o.sites, o.models,
                static_cast<long long>(onboarding.elapsed()), o.latencyMs, o.concurrency);

    return measure("dry run", host.engine(), sims, true) && measure("first run", host.engine(), sims, false)
                   && measure("second run", host.engine(), sims, false)
               ? 0
               : 1;
}
