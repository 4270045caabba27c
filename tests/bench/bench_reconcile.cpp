// Reconciliation benchmark: N sites × M shared models in a simulated gpt-load cluster (loopback).
// Prints wall time, management calls, mutating calls and peak RSS for the first run (everything
// created) and for a no-op run (nothing changed); then the time to read the model view
// (GET /api/models: readModelMatrix + toJson) from the store the runs left.
//
//   bench_reconcile                 50 sites × 100 models
//   bench_reconcile --large         100 sites × 300 models
//   bench_reconcile 1 200 --latency 20    one 200-model site, 20 ms per gpt-load answer
//
// Options: --latency <ms> (answer delay of every management call), --instances <n>,
// --concurrency <n> (MAX_CONCURRENT_REQUESTS per instance, default 10), --memory-store (the state
// store in memory instead of a file).
//
// The simulated gpt-load runs in its own thread (a real one is another process), so the figures
// show what the engine's thread spends; the store is a file in a temporary directory. Peak RSS is
// the whole process, simulator included (its request recorder is switched off).

#include "core/common/clock.h"
#include "core/engine/job.h"
#include "core/engine/modelmatrix.h"
#include "core/instances/instanceregistry.h"
#include "core/layers/layerreconciler.h"
#include "core/layers/layersettings.h"
#include "core/sim/simcluster.h"
#include "core/store/proxykeys.h"
#include "core/store/statestore.h"
#include "core/uniapi/uniapiwriter.h"
#include "tests/bench/benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace ul;

namespace {

struct Options
{
    int sites = 50;
    int models = 100;
    int latencyMs = 0;
    int instances = 1;
    int concurrency = 10;
    bool memoryStore = false;
};

Options parse(const QStringList &args)
{
    Options o;
    QStringList positional;
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--large")) {
            o.sites = 100;
            o.models = 300;
        } else if (a == QLatin1String("--latency") && i + 1 < args.size()) {
            o.latencyMs = args.at(++i).toInt();
        } else if (a == QLatin1String("--instances") && i + 1 < args.size()) {
            o.instances = std::max(1, args.at(++i).toInt());
        } else if (a == QLatin1String("--memory-store")) {
            o.memoryStore = true;
        } else if (a == QLatin1String("--concurrency") && i + 1 < args.size()) {
            o.concurrency = std::max(1, args.at(++i).toInt());
        } else {
            positional.append(a);
        }
    }
    if (positional.size() >= 2) {
        o.sites = std::max(1, positional.at(0).toInt());
        o.models = std::max(1, positional.at(1).toInt());
    }
    return o;
}

bool runOnce(const char *label, bench::SimHost &sims, LayerReconciler &reconciler, StateStore &store, int &jobNumber)
{
    sims.resetCalls();
    auto job = std::make_shared<JobContext>(QStringLiteral("bench-%1").arg(++jobNumber), QStringLiteral("reconcile"), &store);
    QElapsedTimer timer;
    timer.start();
    const auto result = test::await(reconciler.reconcile(ReconcileScope::everything(), job), 3600 * 1000);
    const qint64 ms = timer.elapsed();
    if (!result || !result->ok()) {
        std::fprintf(stderr, "%s: reconcile failed: %s\n", label, result ? qPrintable(result->error().message) : "timeout");
        return false;
    }
    const bench::SimCalls c = sims.calls();
    const ReconcileResult &r = result->value();
    std::printf("%-8s %9.3f s  management calls %7lld  mutating calls %7lld  created %5lld  updated %5lld  failed %lld  "
                "api.yaml %s  peak RSS %6.1f MiB\n",
                label, double(ms) / 1000.0, static_cast<long long>(c.management), static_cast<long long>(c.mutating),
                static_cast<long long>(r.created.size()), static_cast<long long>(r.updated.size()),
                static_cast<long long>(r.failed.size()), r.uniApi.written ? "written" : "unchanged", double(bench::peakRssKb()) / 1024.0);
    std::fflush(stdout);
    return r.failed.isEmpty();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    const Options o = parse(app.arguments());

    SimClusterOptions clusterOptions;
    clusterOptions.instanceCount = o.instances;
    clusterOptions.instanceOptions.apiLatencyMs = o.latencyMs;
    bench::SimHost sims(clusterOptions);
    if (!sims.started()) {
        std::fprintf(stderr, "cannot start the simulated cluster\n");
        return 1;
    }
    QJsonArray instancesJson;
    sims.run([&] { instancesJson = sims.cluster()->instancesJson(); });

    QTemporaryDir dir;
    StateStore store;
    if (Status s = store.open(o.memoryStore ? QStringLiteral(":memory:") : dir.filePath(QStringLiteral("uni-load.db"))); !s.ok()) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(s.error().message));
        return 1;
    }
    const Result<ProxyKeys> keys = ensureProxyKeys(store);

    QNetworkAccessManager network;
    ManualClock clock;
    GptLoadClientOptions clientOptions;
    clientOptions.maxConcurrent = o.concurrency;
    InstanceRegistry registry(&network, clientOptions, &clock);
    InstanceConfigList instances;
    for (const QJsonValue &v : std::as_const(instancesJson)) {
        const QJsonObject j = v.toObject();
        InstanceConfig i;
        i.id = j.value(QStringLiteral("id")).toString();
        i.name = j.value(QStringLiteral("name")).toString();
        i.url = j.value(QStringLiteral("url")).toString();
        i.token = j.value(QStringLiteral("token")).toString();
        i.priority = j.value(QStringLiteral("priority")).toInt();
        instances.append(i);
    }
    registry.setInstances(instances);
    const auto healthy = test::await(registry.checkAll(), 30000);
    if (!healthy || !healthy->ok() || healthy->value() != o.instances) {
        std::fprintf(stderr, "the simulated instances are not healthy\n");
        return 1;
    }

    // Seed: N sites, each one openai site group serving the same M models; their L1 groups exist.
    QStringList models;
    for (int m = 0; m < o.models; ++m)
        models.append(QStringLiteral("model-%1").arg(m, 4, 10, QLatin1Char('0')));
    for (int s = 0; s < o.sites; ++s) {
        SiteRecord site;
        site.name = QStringLiteral("site-%1").arg(s, 3, 10, QLatin1Char('0'));
        site.baseUrl = QStringLiteral("https://%1.example").arg(site.name);
        const Result<SiteRecord> savedSite = store.saveSite(site);
        const QString name = site.name + QStringLiteral("-openai");
        const int instance = s % o.instances;
        const QJsonObject body{
            {QStringLiteral("name"), name},
            {QStringLiteral("channel_type"), QStringLiteral("openai")},
            {QStringLiteral("sort"), 20},
            {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), site.baseUrl}, {QStringLiteral("weight"), 1}}}},
            {QStringLiteral("test_model"), models.first()},
            {QStringLiteral("proxy_keys"), keys.ok() ? keys->hop : QString()},
            {QStringLiteral("config"), LayerSettingsSet::defaults().l1.config()}};
        std::optional<SimGroup> created;
        sims.run([&] { created = sims.cluster()->instance(instance)->createGroup(body); });
        SiteGroupRecord g;
        g.siteId = savedSite.ok() ? savedSite->id : 0;
        g.name = name;
        g.channelType = ChannelType::OpenAI;
        g.instanceId = QStringLiteral("sim-%1").arg(instance + 1);
        g.groupId = created ? created->id : 0;
        g.testModel = models.first();
        g.models = models;
        g.rawModels = models;
        (void)store.saveSiteGroup(g);
    }

    uniapi::UniApiWriterSettings writerSettings;
    writerSettings.path = dir.filePath(QStringLiteral("api.yaml"));
    uniapi::UniApiWriter writer(writerSettings, &clock);
    LayerReconciler reconciler(&store, &registry, &writer);

    std::printf("reconcile: %d sites × %d models (%d L2, %d L3), %d instance(s), latency %d ms, concurrency %d\n", o.sites,
                o.models, o.sites * o.models, o.models, o.instances, o.latencyMs, o.concurrency);
    int jobs = 0;
    const bool first = runOnce("first", sims, reconciler, store, jobs);
    clock.advanceSecs(1);
    const bool noop = runOnce("no-op", sims, reconciler, store, jobs);

    // The model view of what the runs built (the engine thread spends this per GET /api/models).
    QElapsedTimer viewTimer;
    viewTimer.start();
    const Result<ModelMatrix> matrix = readModelMatrix(store);
    const qint64 readMs = viewTimer.elapsed();
    const QByteArray json = matrix.ok() ? QJsonDocument(matrix->toJson()).toJson(QJsonDocument::Compact) : QByteArray();
    std::printf("model view  read %lld ms, as JSON %lld ms (%lld models, %.1f MiB)\n", readMs, viewTimer.elapsed() - readMs,
                matrix.ok() ? qint64(matrix->models.size()) : 0LL, double(json.size()) / (1024.0 * 1024.0));
    registry.cancelAll();
    return first && noop ? 0 : 2;
}
