// Onboarding benchmark: one site of M models (OpenAI format) through the real engine against the
// simulated gpt-load, whose management API answers after L ms. Prints wall time, management
// calls, calls per second and the ratio to the bound L·(4M/C + 12) of issue 10 (C =
// MAX_CONCURRENT_REQUESTS; 12 calls must run one after another).
//
//   bench_onboarding                      M ∈ {20, 200, 1000} × L ∈ {0, 20} ms
//   bench_onboarding --models 200 --latency 20 [--concurrency 10]
#include "tests/bench/benchsupport.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace ul;
using namespace ul::bench;

namespace {

struct Case
{
    int models = 0;
    int latencyMs = 0;
};

bool runCase(const Case &c, int concurrency)
{
    SimClusterOptions options;
    options.instanceCount = 1;
    options.instanceOptions.apiLatencyMs = c.latencyMs;
    SimHost sims(options);
    if (!sims.started()) {
        std::fprintf(stderr, "cannot start the simulated gpt-load\n");
        return false;
    }
    SimAiSiteOptions siteOptions;
    siteOptions.name = QStringLiteral("bench-site");
    siteOptions.models = benchModelNames(c.models);
    siteOptions.latencyMs = c.latencyMs;
    SimAiSite *site = sims.addSite(siteOptions);
    EngineHost host(sims, concurrency);
    if (!host.ready()) {
        std::fprintf(stderr, "the engine did not become ready\n");
        return false;
    }
    sims.resetCalls();

    QElapsedTimer timer;
    timer.start();
    const auto report = test::await(onboard(host.engine(), site, siteOptions.validKeys.constFirst()), 30 * 60 * 1000);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report || !report->ok()) {
        std::fprintf(stderr, "M=%d L=%d: onboarding failed: %s\n", c.models, c.latencyMs,
                     report ? qPrintable(report->error().toString()) : "timeout");
        return false;
    }
    const SimCalls calls = sims.calls();
    const qint64 callBudget = 4LL * c.models + 10;
    const double bound = c.latencyMs / 1000.0 * (4.0 * c.models / concurrency + 12.0);
    const QString ratio = bound > 0 ? QString::number(seconds / bound, 'f', 2) : QStringLiteral("  - ");
    std::printf("%6d %5d ms %9.3f s %8lld %8lld %9.0f %9.3f s %6s   models %d, groups %d\n", c.models, c.latencyMs, seconds,
                static_cast<long long>(calls.management), static_cast<long long>(callBudget), double(calls.management) / seconds, bound,
                qPrintable(ratio), int(report->value().models.size()), report->value().modelGroups);
    std::fflush(stdout);
    return calls.management <= callBudget;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // UNILOAD_BENCH_LOG=1 keeps the engine's log (with QT_MESSAGE_PATTERN timestamps: a timeline).
    if (qEnvironmentVariableIsEmpty("UNILOAD_BENCH_LOG"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    QList<Case> cases;
    int concurrency = 10;
    Case single;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--models"))
            single.models = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--latency"))
            single.latencyMs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--concurrency"))
            concurrency = std::max(1, args[i + 1].toInt());
    }
    if (single.models > 0) {
        cases.append(single);
    } else {
        for (int latency : {0, 20}) {
            for (int models : {20, 200, 1000})
                cases.append({models, latency});
        }
    }
    std::printf("onboarding one OpenAI-format site through the engine; MAX_CONCURRENT_REQUESTS=%d\n", concurrency);
    std::printf("%6s %8s %11s %8s %8s %9s %11s %6s\n", "models", "latency", "wall", "calls", "≤4M+10", "calls/s", "bound", "ratio");
    bool ok = true;
    for (const Case &c : cases)
        ok = runCase(c, concurrency) && ok;
    return ok ? 0 : 2;
}
