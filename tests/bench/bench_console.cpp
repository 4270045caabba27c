// Desktop console benchmark: how long the UI thread is busy when the engine publishes a snapshot
// with many sites. The real MainWindow (every page of pagecatalog.cpp) runs offscreen over a real
// engine whose state store holds N sites × M models (site groups, L2, L3 and members, so the
// pages that read the model matrix from the engine get one); the window is fed synthetic
// EngineSnapshots describing the same sites (the engine's own publications are disconnected).
//
// Per scale and per current page (Sites, Models, Dashboard) it measures
//   (a) the first snapshot with data (cold: fresh window),
//   (b) the same snapshot again with a bumped revision (every coalesced publish),
//   (c) one running job's progress changed (onboarding publishes these in bursts),
//   (d) one site group's health and failure count changed,
// each as the showSnapshot call itself ("sync") plus the work it leaves to the event loop
// ("deferred": ColumnFitter's next-turn column fitting, repaints, the engine's answers to the
// reloads it asked for) — the time the UI thread is busy before it can take the next input.
// Then the same per page (each page's showSnapshot timed on its own, followed by its deferred
// work), a 2 s burst of snapshots 20 ms apart (how far the window falls behind), and the cost of
// switching to each page (showPage: hiding the page left and showing the
// new one, with the deferred work of both) on its first visit and after a health change.
// Before cases b–d every page is shown once (as after an operator looked around: the Models,
// Architecture and Health pages then hold the model matrix); --no-visit skips that.
//
//   QT_QPA_PLATFORM=offscreen ./bench_console                      10×50, 50×100, 100×300
//   ./bench_console --scale 100x300 --pages models --cases d --reps 5   (one slice)
//   options: --scale SxM[,SxM…]  --pages dashboard,sites,models  --cases abcd  --reps N
//            --budget SECONDS (per case and page, default 20)  --quiet MS (default 40)
//            --no-breakdown  --no-switch  --no-visit  --burst c|d|cd|none (default c)  --burst-seconds S (default 2)
//   profiling one phase only:  mkfifo ctl ack; BENCH_PROFILE=d:models BENCH_PERF_CTL=ctl BENCH_PERF_ACK=ack
//     perf record -D -1 --control fifo:ctl,ack --call-graph dwarf ./bench_console --scale 100x300 --pages models --cases d
//
// Deferred time is the wall time of the event-loop iterations that did work after the call (the
// loop is drained until nothing happened for a quiet period and no matrix load is outstanding);
// "cpu" is the UI thread's CPU time over call + deferred (CLOCK_THREAD_CPUTIME_ID), which other
// load on the machine does not inflate.

#include "core/engine/engine.h"
#include "core/engine/enginecore.h"
#include "core/engine/modelmatrix.h"
#include "core/common/future.h"
#include "core/store/statestore.h"
#include "tests/bench/benchsupport.h"
#include "tests/support/testutil.h"
#include "ui/consolecontext.h"
#include "ui/mainwindow.h"
#include "ui/pages/consolepage.h"
#include "ui/pages/modelspage.h"
#include "ui/tray/traystate.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <vector>

using namespace ul;

namespace {

int g_quiet = 40;  // ms without events that count as "settled" between measured steps

// Profiling phases: with BENCH_PROFILE=<phase>[,<phase>…] and BENCH_PERF_CTL / BENCH_PERF_ACK naming the
// fifos of `perf record -D -1 --control fifo:CTL,ACK`, perf records only while that phase (the
// call and its deferred work) runs. Phases: a, b, c, d (window), switch-first:<page>,
// switch:<page>, <case>:<page> (per page).
QStringList g_profilePhases;
FILE *g_perfCtl = nullptr;
FILE *g_perfAck = nullptr;

void perfControl(const char *command)
{
    if (!g_perfCtl)
        return;
    std::fprintf(g_perfCtl, "%s\n", command);
    std::fflush(g_perfCtl);
    if (g_perfAck) {
        char ack[16] = {};
        if (!std::fgets(ack, sizeof ack, g_perfAck))
            std::fprintf(stderr, "warning: no ack from perf\n");
    }
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

// ---------------------------------------------------------------------------------------------
// Synthetic data: the same N sites × M models in the state store and in the snapshots.

const QStringList kFormats{QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini")};
const ChannelType kTypes[] = {ChannelType::OpenAI, ChannelType::Anthropic, ChannelType::Gemini};

struct GroupSpec
{
    int site = 0;
    int format = 0;  // index into kFormats
    QString name;
    QString instanceId;
    QStringList models;
    QString health;  // healthy | failing | disabled-by-health
    int failures = 0;
    qint64 invalidKeys = 0;
    QString syncError;
};

struct Scale
{
    int sites = 0;
    int models = 0;
    QString label() const { return QStringLiteral("%1x%2").arg(sites).arg(models); }
};

struct Synth
{
    Scale scale;
    QStringList models;
    QStringList siteNames;
    QList<GroupSpec> groups;  // by site, then format
    int l2 = 0;
    int l3 = 0;
};

QString siteName(int s)
{
    return QStringLiteral("api-site%1-example-com").arg(s, 3, 10, QLatin1Char('0'));
}

QString instanceId(int i)
{
    return i == 0 ? QStringLiteral("gpt-a") : QStringLiteral("gpt-b");
}

QString instanceName(const QString &id)
{
    return id == QLatin1String("gpt-a") ? QStringLiteral("gpt-load A") : QStringLiteral("gpt-load B");
}

// Every site has an OpenAI-format group, every third an Anthropic one, every fifth a Gemini one;
// each group serves an overlapping ~60 % subset of the M models. A few groups are failing, out
// of rotation, hold invalid keys or failed their last model listing.
Synth makeSynth(Scale scale)
{
    Synth d;
    d.scale = scale;
    for (int m = 0; m < scale.models; ++m)
        d.models << QStringLiteral("model-%1").arg(m, 4, 10, QLatin1Char('0'));
    QSet<QString> l3s;
    for (int s = 0; s < scale.sites; ++s) {
        d.siteNames << siteName(s);
        for (int f = 0; f < 3; ++f) {
            if ((f == 1 && s % 3 != 0) || (f == 2 && s % 5 != 0))
                continue;
            GroupSpec g;
            g.site = s;
            g.format = f;
            g.name = siteName(s) + QLatin1Char('-') + kFormats.at(f);
            g.instanceId = instanceId(s % 2);
            for (int m = 0; m < scale.models; ++m) {
                if ((m * 7 + s * 13 + f * 5) % 10 < 6)
                    g.models << d.models.at(m);
            }
            const int i = static_cast<int>(d.groups.size());
            g.health = i % 37 == 11 ? QStringLiteral("disabled-by-health") : i % 20 == 7 ? QStringLiteral("failing") : QStringLiteral("healthy");
            g.failures = g.health == QLatin1String("failing") ? 1 + i % 2 : g.health == QLatin1String("disabled-by-health") ? 3 : 0;
            g.invalidKeys = i % 9 == 4 ? 2 : 0;
            if (i % 23 == 5)
                g.syncError = QStringLiteral("network: site %1: connection refused").arg(g.name);
            d.l2 += static_cast<int>(g.models.size());
            for (const QString &m : std::as_const(g.models))
                l3s.insert(m + QLatin1Char('/') + kFormats.at(f));
            d.groups << g;
        }
    }
    d.l3 = static_cast<int>(l3s.size());
    return d;
}

// Writes the sites, site groups, L2, L3 and members into the engine's store (engine thread, one
// transaction). The engine's own snapshot is not told (no markSitesChanged): it keeps publishing
// an empty site list, which the window never sees anyway.
bool seedStore(Engine &engine, const Synth &d)
{
    auto done = test::await(engine.invoke<int>([&d](EngineCore &core) -> QFuture<Result<int>> {
        StateStore &store = core.store();
        const Status s = store.transaction([&]() -> Status {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QHash<int, qint64> siteIds;
            for (int si = 0; si < d.scale.sites; ++si) {
                SiteRecord site;
                site.name = siteName(si);
                site.baseUrl = QStringLiteral("https://api.site%1.example.com").arg(si, 3, 10, QLatin1Char('0'));
                site.createdAt = now;
                site.updatedAt = now;
                auto saved = store.saveSite(site);
                if (!saved.ok())
                    return saved.error();
                siteIds.insert(si, saved->id);
            }
            QHash<QString, qint64> l3Ids;  // model/format → id
            qint64 groupId = 100;
            for (const GroupSpec &g : d.groups) {
                SiteGroupRecord r;
                r.siteId = siteIds.value(g.site);
                r.name = g.name;
                r.channelType = kTypes[g.format];
                r.instanceId = g.instanceId;
                r.groupId = ++groupId;
                r.testModel = g.models.value(0);
                r.keysCount = 5;
                r.models = g.models;
                r.rawModels = g.models;
                r.discoveredAt = now;
                r.discoverySource = QStringLiteral("temp-group:") + g.instanceId;
                r.state = g.health == QLatin1String("disabled-by-health") ? ChannelState::DisabledByHealth : ChannelState::Active;
                r.syncedAt = now;
                r.syncError = g.syncError;
                auto savedGroup = store.saveSiteGroup(r);
                if (!savedGroup.ok())
                    return savedGroup.error();
                for (const QString &model : g.models) {
                    const QString l3Key = model + QLatin1Char('/') + kFormats.at(g.format);
                    qint64 l3Id = l3Ids.value(l3Key);
                    if (l3Id == 0) {
                        L3Record l3;
                        l3.name = g.format == 0 ? model : model + QLatin1Char('-') + kFormats.at(g.format);
                        l3.model = model;
                        l3.instanceId = instanceId(0);
                        l3.groupId = ++groupId;
                        l3.channelType = kTypes[g.format];
                        auto savedL3 = store.saveL3(l3);
                        if (!savedL3.ok())
                            return savedL3.error();
                        l3Id = savedL3->id;
                        l3Ids.insert(l3Key, l3Id);
                    }
                    L2Record l2;
                    l2.name = model + QLatin1Char('-') + g.name;
                    l2.model = model;
                    l2.siteGroupId = savedGroup->id;
                    l2.instanceId = g.instanceId;
                    l2.groupId = ++groupId;
                    l2.channelType = kTypes[g.format];
                    auto savedL2 = store.saveL2(l2);
                    if (!savedL2.ok())
                        return savedL2.error();
                    L3MemberRecord member;
                    member.l3Id = l3Id;
                    member.l2Id = savedL2->id;
                    member.weight = 1 + static_cast<int>(savedL2->id % 10);
                    member.weightSource = QStringLiteral("default");
                    member.state = r.state;
                    if (Status ms = store.saveL3Member(member); !ms.ok())
                        return ms;
                }
            }
            return {};
        });
        if (!s.ok())
            return readyError<int>(s.error());
        return readyResult(1);
    }),
                                 600000);
    if (!done || !done->ok()) {
        std::fprintf(stderr, "seeding the store failed: %s\n", done ? qPrintable(done->error().message) : "timeout");
        return false;
    }
    return true;
}

JobView job(int i, const QString &kind, const QString &title, const QString &state, int done, int total, const QString &step)
{
    JobView j;
    j.id = QStringLiteral("job-%1").arg(i);
    j.kind = kind;
    j.title = title;
    j.state = state;
    j.progressDone = done;
    j.progressTotal = total;
    j.step = step;
    j.queuedAt = QDateTime::currentDateTimeUtc().addSecs(-600 + i);
    if (state != QLatin1String("queued"))
        j.startedAt = j.queuedAt.addSecs(1);
    if (j.isFinished())
        j.finishedAt = j.startedAt.addSecs(20);
    if (state == QLatin1String("failed")) {
        j.error = QStringLiteral("network: gpt-load A: connection refused");
        j.errorCode = QStringLiteral("network");
    }
    return j;
}

EngineSnapshot makeSnapshot(const Synth &d, const QString &dir)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EngineSnapshot s;
    s.revision = 1;
    s.startedAt = now.addSecs(-3600);
    s.ready = true;
    s.instanceFile.path = dir + QStringLiteral("/gptload-instances.json");
    s.instanceFile.loaded = true;
    for (int i = 0; i < 2; ++i) {
        InstanceView v;
        v.id = instanceId(i);
        v.name = instanceName(v.id);
        v.url = QStringLiteral("http://10.0.0.%1:3001").arg(i + 1);
        v.priority = i + 1;
        v.healthy = true;
        v.checked = true;
        v.responseTimeMs = 12 + i;
        v.lastCheck = now;
        v.profile = QStringLiteral("v1.4");
        v.hasToken = true;
        s.instances << v;
    }
    s.uniApi.path = dir + QStringLiteral("/api.yaml");
    s.uniApi.exists = true;
    s.uniApi.directoryExists = true;
    s.uniApi.providersCount = d.l3 + 2;
    s.uniApi.managedCount = d.l3;
    s.modelSync = ServiceView{true, false, 360, now.addSecs(3 * 3600), now.addSecs(-3 * 3600), QStringLiteral("model sync finished")};
    s.modelSyncDetails.lastRun.startedAt = now.addSecs(-3 * 3600);
    s.modelSyncDetails.lastRun.finishedAt = now.addSecs(-3 * 3600 + 40);
    s.modelSyncDetails.lastRun.trigger = QStringLiteral("timer");
    s.modelSyncDetails.lastRun.outcome = QStringLiteral("ok");
    s.modelSyncDetails.lastRun.siteGroups = static_cast<int>(d.groups.size());
    s.channelHealth = ServiceView{true, false, 10, now.addSecs(300), now.addSecs(-300), QString()};
    s.instanceHealth = ServiceView{true, false, 1, now.addSecs(30), now.addSecs(-30), QString()};
    s.weightOptimizer = ServiceView{};
    s.channelFailureThreshold = 3;
    s.layers = LayerCounts{static_cast<int>(d.groups.size()), d.l2, d.l3, d.scale.models, 0x5eed};

    QList<SiteView> sites;
    for (int si = 0; si < d.scale.sites; ++si) {
        SiteView site;
        site.id = si + 1;
        site.name = siteName(si);
        site.baseUrl = QStringLiteral("https://api.site%1.example.com").arg(si, 3, 10, QLatin1Char('0'));
        site.instanceId = instanceId(si % 2);
        site.instanceName = instanceName(site.instanceId);
        site.keysCount = 5;
        site.state = QStringLiteral("active");
        site.lastDiscovery = now.addSecs(-7200);
        site.lastSync = now.addSecs(-3 * 3600);
        sites << site;
    }
    QSet<QString> modelsOf;
    int gi = 0;
    for (const GroupSpec &spec : d.groups) {
        SiteView &site = sites[spec.site];
        SiteGroupView g;
        g.id = ++gi;
        g.name = spec.name;
        g.channelType = kFormats.at(spec.format);
        g.instanceId = spec.instanceId;
        g.instanceName = instanceName(spec.instanceId);
        g.groupId = 100 + gi;
        g.modelCount = static_cast<int>(spec.models.size());
        g.rawModelCount = g.modelCount + 3;
        g.keysCount = 5;
        g.state = spec.health == QLatin1String("disabled-by-health") ? spec.health : QStringLiteral("active");
        g.health = spec.health;
        g.failures = spec.failures;
        g.testModel = spec.models.value(0);
        g.testModelHighCost = gi % 17 == 3;
        g.discoverySource = QStringLiteral("temp-group:") + spec.instanceId;
        g.discoveredAt = now.addSecs(-7200);
        g.syncedAt = now.addSecs(-3 * 3600);
        g.syncError = spec.syncError;
        g.modelChannelGroups = g.modelCount;
        g.lastCheck = now.addSecs(-300);
        g.lastVerdict = spec.health == QLatin1String("healthy") ? QStringLiteral("healthy") : QStringLiteral("unhealthy");
        g.lastCheckDetail = spec.health == QLatin1String("healthy")
                                ? QStringLiteral("%1 of %2 final requests succeeded (%3%), average %4 ms").arg(190 + gi % 10).arg(200).arg(95 + gi % 5).arg(800 + gi)
                                : QStringLiteral("model-list probe answered HTTP 503");
        g.keyPool.total = 5;
        g.keyPool.invalid = spec.invalidKeys;
        g.keyPool.active = 5 - spec.invalidKeys;
        g.keyPool.readAt = now.addSecs(-300);
        if (!site.channelTypes.contains(g.channelType))
            site.channelTypes << g.channelType;
        site.invalidKeys = std::max(site.invalidKeys, spec.invalidKeys);
        if (!spec.syncError.isEmpty())
            site.syncErrors << g.name + QStringLiteral(": ") + spec.syncError;
        site.siteGroups += 1;
        site.modelChannelGroups += g.modelCount;
        site.aggregateGroups += g.modelCount;
        if (spec.failures > 0)
            s.channelFailures.insert(g.name, spec.failures);
        site.groups << g;
    }
    for (SiteView &site : sites) {
        QSet<QString> distinct;
        for (const GroupSpec &spec : d.groups) {
            if (spec.site == site.id - 1)
                for (const QString &m : spec.models)
                    distinct.insert(m);
        }
        site.modelCount = static_cast<int>(distinct.size());
        if (site.id % 10 == 0)
            s.siteAssignments.insert(site.baseUrl, SiteAssignmentView{site.instanceId, site.instanceName});
    }
    s.sites = sites;

    // A running onboarding (its progress moves in case c), one queued job, eight finished ones.
    s.jobs << job(0, QStringLiteral("process-site"), QStringLiteral("Onboard api-new-example-com"), QStringLiteral("running"), 120, 800,
                  QStringLiteral("creating L2 groups"));
    s.jobs << job(1, QStringLiteral("sync"), QStringLiteral("Model sync"), QStringLiteral("queued"), 0, 0, QString());
    for (int i = 2; i < 10; ++i)
        s.jobs << job(i, i % 2 ? QStringLiteral("reconcile") : QStringLiteral("channel-health"),
                      i % 2 ? QStringLiteral("Reconcile layers") : QStringLiteral("Channel health check"),
                      i == 5 ? QStringLiteral("failed") : QStringLiteral("done"), 10, 10, QString());
    for (int i = 0; i < 20; ++i) {
        EngineEvent e;
        e.id = i + 1;
        e.time = now.addSecs(-1000 + i * 10);
        e.kind = i % 2 ? QStringLiteral("models-added") : QStringLiteral("channel-removed");
        e.severity = i % 2 ? EngineEvent::Severity::Info : EngineEvent::Severity::Warning;
        e.subject = d.groups.value(i % std::max<qsizetype>(1, d.groups.size())).name;
        e.message = i % 2 ? QStringLiteral("2 models added") : QStringLiteral("channel removed after 3 failed checks");
        s.events << e;
    }
    return s;
}

// ---------------------------------------------------------------------------------------------
// Measuring.

struct Sample
{
    double syncMs = 0;      // the call itself (wall)
    double deferredMs = 0;  // event-loop iterations that did work afterwards (wall)
    double cpuMs = 0;       // UI thread CPU over both
    double total() const { return syncMs + deferredMs; }
};

struct Stats
{
    std::vector<Sample> samples;
    static double median(std::vector<double> v)
    {
        if (v.empty())
            return 0;
        std::sort(v.begin(), v.end());
        const size_t n = v.size();
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
    static double quantile(std::vector<double> v, double q)
    {
        if (v.empty())
            return 0;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, static_cast<size_t>(q * double(v.size() - 1) + 0.5))];
    }
    std::vector<double> pick(double Sample::*field) const
    {
        std::vector<double> out;
        for (const Sample &s : samples)
            out.push_back(s.*field);
        return out;
    }
    std::vector<double> totals() const
    {
        std::vector<double> out;
        for (const Sample &s : samples)
            out.push_back(s.total());
        return out;
    }
    double med(double Sample::*field) const { return median(pick(field)); }
    double medTotal() const { return median(totals()); }
    double p90Total() const { return quantile(totals(), 0.9); }
    double maxTotal() const
    {
        const std::vector<double> v = totals();
        return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
    }
};

class Bench
{
public:
    Bench(Engine *engine, const QString &dir, int quietMs) : m_engine(engine), m_dir(dir), m_quietMs(quietMs) {}

    // Drains the event loop: until nothing happened for `quietMs` and no matrix load of the
    // models page is outstanding. Returns the busy wall time and adds the CPU time to `cpuNs`.
    double settle(int quietMs, MainWindow *window, qint64 *cpuNs = nullptr)
    {
        QAbstractEventDispatcher *dispatcher = QThread::currentThread()->eventDispatcher();
        auto *models = window ? qobject_cast<ModelsPage *>(window->page(QStringLiteral("models"))) : nullptr;
        const qint64 cpu0 = threadCpuNs();
        qint64 busyNs = 0;
        qint64 idleCpuNs = 0;
        QElapsedTimer wall;
        wall.start();
        QElapsedTimer quiet;
        quiet.start();
        for (;;) {
            QElapsedTimer step;
            step.start();
            const qint64 stepCpu = threadCpuNs();
            const bool did = dispatcher->processEvents(QEventLoop::AllEvents);
            if (did) {
                busyNs += step.nsecsElapsed();
                quiet.restart();
                continue;
            }
            idleCpuNs += threadCpuNs() - stepCpu;
            if (models && models->isLoading())
                quiet.restart();
            else if (quiet.elapsed() >= quietMs)
                break;
            if (wall.elapsed() > 120000) {
                std::fprintf(stderr, "warning: the event loop did not settle in 120 s\n");
                break;
            }
            const qint64 sleepCpu = threadCpuNs();
            QThread::usleep(1000);
            idleCpuNs += threadCpuNs() - sleepCpu;
        }
        if (cpuNs)
            *cpuNs += threadCpuNs() - cpu0 - idleCpuNs;
        return double(busyNs) / 1e6;
    }

    template <typename Fn>
    Sample measure(MainWindow *window, Fn &&call, const QString &phase = QString())
    {
        const bool profiled = !phase.isEmpty() && g_profilePhases.contains(phase);
        if (profiled)
            perfControl("enable");
        Sample s = measureNow(window, call);
        if (profiled)
            perfControl("disable");
        return s;
    }

    template <typename Fn>
    Sample measureNow(MainWindow *window, Fn &&call)
    {
        Sample s;
        const qint64 cpu0 = threadCpuNs();
        QElapsedTimer t;
        t.start();
        call();
        s.syncMs = double(t.nsecsElapsed()) / 1e6;
        qint64 cpu = threadCpuNs() - cpu0;
        s.deferredMs = settle(m_quietMs, window, &cpu);
        s.cpuMs = double(cpu) / 1e6;
        return s;
    }

    std::unique_ptr<MainWindow> newWindow(const QString &current)
    {
        ConsoleContext c;
        c.engine = m_engine;
        c.config = AppConfig(m_dir, m_dir);
        auto window = std::make_unique<MainWindow>(c);
        // The synthetic snapshots only: the engine's own (no sites) never reach the window.
        QObject::disconnect(m_engine, &Engine::snapshotChanged, window.get(), &MainWindow::showSnapshot);
        window->resize(1180, 760);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            std::fprintf(stderr, "warning: window not exposed\n");
        window->showPage(current);
        settle(m_slowQuietMs, window.get());
        return window;
    }

    // Shows every page once (each loads what it reads from the engine, as after an operator has
    // looked around) and comes back to `current`. Returns the cost of each switch.
    QHash<QString, Sample> visitAll(MainWindow *window, const QString &current)
    {
        QHash<QString, Sample> costs;
        for (const QString &id : window->pageIds()) {
            costs.insert(id, measureSlow(window, [&]() { window->showPage(id); }, QStringLiteral("switch-first:") + id));
            m_rssAfterVisit.insert(id, bench::rssKb());
        }
        window->showPage(current);
        settle(m_slowQuietMs, window);
        return costs;
    }

    template <typename Fn>
    Sample measureSlow(MainWindow *window, Fn &&call, const QString &phase = QString())
    {
        const int keep = m_quietMs;
        m_quietMs = m_slowQuietMs;
        Sample s = measure(window, call, phase);
        m_quietMs = keep;
        return s;
    }

    void setSlowQuiet(int ms) { m_slowQuietMs = ms; }
    long rssAfterVisitKb(const QString &id) const { return m_rssAfterVisit.value(id, -1); }

private:
    Engine *m_engine;
    QString m_dir;
    int m_quietMs;
    int m_slowQuietMs = 300;
    QHash<QString, long> m_rssAfterVisit;  // RSS after the last visitAll() showed each page
};

// The snapshot stream of one case: each call returns the next snapshot, which differs from the
// previous one only as the case says.
class Stream
{
public:
    Stream(EngineSnapshot base, char kind) : m_s(std::move(base)), m_kind(kind)
    {
        const int n = static_cast<int>(m_s.sites.size());
        m_site = n / 2;
    }

    EngineSnapshot next()
    {
        ++m_s.revision;
        ++m_step;
        if (m_kind == 'c') {
            m_s.jobs[0].progressDone += 1;
        } else if (m_kind == 'd' && !m_s.sites.isEmpty()) {
            SiteGroupView &g = m_s.sites[m_site].groups[0];
            const bool fail = m_step % 2 == 1;
            g.health = fail ? QStringLiteral("failing") : QStringLiteral("healthy");
            g.failures = fail ? 1 : 0;
            g.lastVerdict = fail ? QStringLiteral("unhealthy") : QStringLiteral("healthy");
            g.lastCheckDetail = fail ? QStringLiteral("model-list probe answered HTTP 503") : QStringLiteral("199 of 200 final requests succeeded (99%), average 800 ms");
            g.lastCheck = g.lastCheck.addSecs(600);
            if (fail)
                m_s.channelFailures.insert(g.name, 1);
            else
                m_s.channelFailures.remove(g.name);
        }
        return m_s;
    }

private:
    EngineSnapshot m_s;
    char m_kind;
    int m_site = 0;
    int m_step = 0;
};


// A publish burst as the engine produces during busy work: from another thread, one snapshot
// every 20 ms (the engine's coalescing interval) for `seconds`, each posted to the UI thread as
// a queued call (EngineCore::snapshotReady → Engine::acceptSnapshot → MainWindow::showSnapshot,
// which delivers every queued snapshot, none dropped). Reports how far the window falls behind
// and how long a 10 ms UI timer (a stand-in for input) waits.
void burst(Bench &bench, MainWindow *window, const EngineSnapshot &base, char kind, double seconds)
{
    const int count = std::max(1, static_cast<int>(seconds * 1000 / 20));
    QElapsedTimer clock;
    clock.start();
    int shown = 0;
    qint64 lastEmitted = -1;
    qint64 maxLagMs = 0;
    qint64 lastLagMs = 0;
    std::vector<double> perSnapshot;
    QThread worker;
    auto *timer = new QTimer;
    timer->setInterval(20);
    timer->setTimerType(Qt::PreciseTimer);
    timer->moveToThread(&worker);
    auto stream = std::make_shared<Stream>(base, kind);
    // The stream's first snapshot may undo what an earlier case changed: shown before the burst.
    window->showSnapshot(stream->next());
    bench.settle(g_quiet, window);
    auto emitted = std::make_shared<std::atomic_int>(0);
    std::atomic<qint64> lastEmit{-1};
    QObject::connect(timer, &QTimer::timeout, timer, [&, timer, stream, emitted]() {
        const EngineSnapshot next = stream->next();
        const qint64 at = clock.elapsed();
        lastEmit = at;
        QMetaObject::invokeMethod(
            window,
            [&, next, at]() {
                const qint64 lag = clock.elapsed() - at;
                maxLagMs = std::max(maxLagMs, lag);
                lastLagMs = lag;
                QElapsedTimer t;
                t.start();
                window->showSnapshot(next);
                perSnapshot.push_back(double(t.nsecsElapsed()) / 1e6);
                ++shown;
            },
            Qt::QueuedConnection);
        if (++*emitted >= count)
            timer->stop();
    });
    QObject::connect(&worker, &QThread::finished, timer, &QObject::deleteLater);
    qint64 maxGapMs = 0;
    qint64 lastTick = clock.elapsed();
    QTimer probe;
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&]() {
        const qint64 now = clock.elapsed();
        maxGapMs = std::max(maxGapMs, now - lastTick);
        lastTick = now;
    });
    worker.start();
    probe.start();
    QMetaObject::invokeMethod(timer, qOverload<>(&QTimer::start), Qt::QueuedConnection);
    while (shown < count && clock.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    lastEmitted = lastEmit;
    const qint64 drained = clock.elapsed();
    probe.stop();
    worker.quit();
    worker.wait();
    bench.settle(g_quiet, window);
    std::printf("  burst (%c) for %.1f s, a snapshot every 20 ms: %d shown, showSnapshot median %.2f ms; the window was %lld ms behind at the "
                "end (max %lld ms) and done %lld ms after the last publish; a 10 ms UI timer waited up to %lld ms\n",
                kind, seconds, shown, Stats::median(perSnapshot), static_cast<long long>(lastLagMs), static_cast<long long>(maxLagMs),
                static_cast<long long>(drained - lastEmitted), static_cast<long long>(maxGapMs));
    std::fflush(stdout);
}

struct Options
{
    QList<Scale> scales{{10, 50}, {50, 100}, {100, 300}};
    QStringList pages{QStringLiteral("sites"), QStringLiteral("models"), QStringLiteral("dashboard")};
    QString cases = QStringLiteral("abcd");
    int reps = 15;
    double budgetSecs = 20;
    bool breakdown = true;
    bool switches = true;
    bool visit = true;  // show every page once before cases b–d (pages load what they read from the engine)
    QString burstCases = QStringLiteral("c");
    double burstSecs = 2;
};

const char *caseTitle(char c)
{
    switch (c) {
    case 'a': return "(a) cold: first snapshot";
    case 'b': return "(b) unchanged, revision+1";
    case 'c': return "(c) one job's progress";
    case 'd': return "(d) one group's health";
    default: return "?";
    }
}

void printRow(const char *label, const Stats &st)
{
    std::printf("  %-28s %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f  n=%zu\n", label, st.med(&Sample::syncMs), st.med(&Sample::deferredMs), st.medTotal(),
                st.p90Total(), st.maxTotal(), st.med(&Sample::cpuMs), st.samples.size());
}

int runScale(const Options &o, Scale scale)
{
    QTemporaryDir dir;
    QElapsedTimer setup;
    setup.start();
    const Synth d = makeSynth(scale);
    EngineOptions eo;
    eo.configDir = dir.path();
    eo.dataDir = dir.path();
    eo.stateStorePath = dir.filePath(QStringLiteral("uni-load.db"));
    eo.instancesFilePath = dir.filePath(QStringLiteral("missing-instances.json"));
    eo.uniApiYamlPath = dir.filePath(QStringLiteral("api.yaml"));
    eo.enableModelSync = false;
    eo.enableChannelHealth = false;
    eo.enableModelOptimizer = false;
    eo.retryAttempts = 0;
    Engine engine(eo);
    engine.start();
    if (!test::waitUntil([&]() { return engine.snapshot().ready; }, 30000)) {
        std::fprintf(stderr, "the engine did not get ready\n");
        return 1;
    }
    if (!seedStore(engine, d))
        return 1;
    QElapsedTimer matrixTimer;
    matrixTimer.start();
    const auto matrix = test::await(loadModelMatrix(&engine), 120000);
    const qint64 matrixMs = matrixTimer.elapsed();
    const EngineSnapshot base = makeSnapshot(d, dir.path());
    int engineSnapshots = 0;
    QObject::connect(&engine, &Engine::snapshotChanged, &engine, [&engineSnapshots]() { ++engineSnapshots; });

    std::printf("\n=== %d sites × %d models: %lld site groups, %d L2, %d L3 (matrix %lld rows × %lld site groups, read by the "
                "engine in %lld ms; setup %lld ms) ===\n",
                scale.sites, scale.models, qint64(d.groups.size()), d.l2, d.l3, matrix && matrix->ok() ? qint64(matrix->value().models.size()) : -1LL,
                matrix && matrix->ok() ? qint64(matrix->value().siteGroups.size()) : -1LL, matrixMs, setup.elapsed());
    std::fflush(stdout);

    Bench bench(&engine, dir.path(), g_quiet);
    bench.setSlowQuiet(static_cast<int>(std::max<qint64>(300, matrixMs * 3 + 100)));
    {
        // Status line alone (MainWindow::updateStatus → TrayStateMapper::trayState) on the base snapshot.
        QElapsedTimer t;
        std::vector<double> v;
        for (int i = 0; i < 50; ++i) {
            t.start();
            const TrayState st = TrayStateMapper::trayState(base);
            v.push_back(double(t.nsecsElapsed()) / 1e6);
            Q_UNUSED(st)
        }
        std::printf("status line: TrayStateMapper::trayState median %.3f ms\n", Stats::median(v));
    }

    for (const QString &current : o.pages) {
        std::printf("\n--- current page: %s ---\n", qPrintable(current));
        std::printf("  %-28s %9s %9s %9s %9s %9s %9s   (ms; MainWindow::showSnapshot)\n", "case", "sync", "deferred", "total", "p90", "max",
                    "cpu");
        std::map<char, Stats> windowStats;
        // (a) cold: three fresh windows, each given its first snapshot with data.
        if (o.cases.contains(QLatin1Char('a'))) {
            for (int i = 0; i < 3; ++i) {
                auto window = bench.newWindow(current);
                windowStats['a'].samples.push_back(bench.measure(window.get(), [&]() { window->showSnapshot(base); }, QStringLiteral("a")));
            }
            printRow(caseTitle('a'), windowStats['a']);
            std::fflush(stdout);
        }
        auto window = bench.newWindow(current);
        bench.measure(window.get(), [&]() { window->showSnapshot(base); });
        const QHash<QString, Sample> firstVisit = o.visit ? bench.visitAll(window.get(), current) : QHash<QString, Sample>();
        std::printf("  RSS with this window%s: %.1f MiB (peak so far %.1f MiB)\n", o.visit ? " after every page was shown once" : "",
                    double(bench::rssKb()) / 1024.0, double(bench::peakRssKb()) / 1024.0);
        for (const char c : {'b', 'c', 'd'}) {
            if (!o.cases.contains(QLatin1Char(c)))
                continue;
            Stream stream(base, c);
            window->showSnapshot(stream.next());  // the stream's first change, not measured
            bench.settle(g_quiet, window.get());
            QElapsedTimer budget;
            budget.start();
            for (int r = 0; r < o.reps; ++r) {
                const EngineSnapshot next = stream.next();
                windowStats[c].samples.push_back(bench.measure(window.get(), [&]() { window->showSnapshot(next); }, QString(QLatin1Char(c))));
                if (r >= 4 && budget.elapsed() > o.budgetSecs * 1000)
                    break;
            }
            printRow(caseTitle(c), windowStats[c]);
            std::fflush(stdout);
        }
        for (const QChar kind : o.burstCases)
            burst(bench, window.get(), base, kind.toLatin1(), o.burstSecs);
        if (o.switches) {
            // After a data change (d) every page that reads the layout is dirty: what showing it costs.
            Stream stream(base, 'd');
            window->showSnapshot(stream.next());
            bench.settle(g_quiet, window.get());
            std::printf("  page switch, total (showPage + deferred) ms: first visit after the cold snapshot | after a health change\n");
            for (const QString &id : window->pageIds()) {
                window->showSnapshot(stream.next());
                bench.settle(g_quiet, window.get());
                const Sample s = bench.measureSlow(window.get(), [&]() { window->showPage(id); }, QStringLiteral("switch:") + id);
                const Sample f = firstVisit.value(id);
                std::printf("    %-14s %9.2f (%7.2f + %7.2f) | %9.2f (%7.2f + %7.2f)   RSS after its first visit %7.1f MiB\n", qPrintable(id),
                            f.total(), f.syncMs, f.deferredMs, s.total(), s.syncMs, s.deferredMs, double(bench.rssAfterVisitKb(id)) / 1024.0);
                window->showPage(current);
                bench.settle(g_quiet, window.get());
            }
        }
        window.reset();
        bench.settle(100, nullptr);

        if (o.breakdown) {
            // Per page: each page's showSnapshot on its own, then the deferred work it left.
            std::map<char, std::map<QString, Stats>> pageStats;
            std::map<char, Stats> statusStats;
            QStringList ids;
            {
                auto w = bench.newWindow(current);
                ids = w->pageIds();
                if (o.cases.contains(QLatin1Char('a'))) {
                    for (const QString &id : ids) {
                        ConsolePage *page = w->page(id);
                        pageStats['a'][id].samples.push_back(bench.measure(w.get(), [&]() { page->showSnapshot(base); }, QStringLiteral("a:") + id));
                    }
                }
            }
            auto w = bench.newWindow(current);
            for (const QString &id : ids)
                w->page(id)->showSnapshot(base);
            bench.settle(g_quiet, w.get());
            if (o.visit)
                bench.visitAll(w.get(), current);
            for (const char c : {'b', 'c', 'd'}) {
                if (!o.cases.contains(QLatin1Char(c)))
                    continue;
                Stream stream(base, c);
                const EngineSnapshot first = stream.next();
                for (const QString &id : ids)
                    w->page(id)->showSnapshot(first);
                bench.settle(g_quiet, w.get());
                QElapsedTimer budget;
                budget.start();
                for (int r = 0; r < o.reps; ++r) {
                    const EngineSnapshot next = stream.next();
                    statusStats[c].samples.push_back(bench.measure(nullptr, [&]() { (void)TrayStateMapper::trayState(next); }));
                    for (const QString &id : ids) {
                        ConsolePage *page = w->page(id);
                        pageStats[c][id].samples.push_back(
                            bench.measure(w.get(), [&]() { page->showSnapshot(next); }, QString(QLatin1Char(c)) + QLatin1Char(':') + id));
                    }
                    if (r >= 4 && budget.elapsed() > o.budgetSecs * 1000)
                        break;
                }
            }
            std::printf("  per page, current %s — median ms, sync + deferred = total (each page's showSnapshot alone):\n", qPrintable(current));
            std::printf("    %-14s", "page");
            for (const char c : o.cases.toLatin1())
                std::printf(" | %-26s", caseTitle(c));
            std::printf("\n");
            std::map<char, double> sums;
            for (const QString &id : ids) {
                std::printf("    %-14s", qPrintable(id));
                for (const char c : o.cases.toLatin1()) {
                    const Stats &st = pageStats[c][id];
                    std::printf(" | %7.2f + %7.2f = %7.2f", st.med(&Sample::syncMs), st.med(&Sample::deferredMs), st.medTotal());
                    sums[c] += st.medTotal();
                }
                std::printf("\n");
            }
            std::printf("    %-14s", "sum of pages");
            for (const char c : o.cases.toLatin1())
                std::printf(" | %27.2f", sums[c]);
            std::printf("\n");
            std::fflush(stdout);
        }
    }
    std::printf("\nRSS now %.1f MiB, peak %.1f MiB; the engine published %d snapshots of its own meanwhile (not shown)\n",
                double(bench::rssKb()) / 1024.0, double(bench::peakRssKb()) / 1024.0, engineSnapshots);
    engine.shutdown();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        const QString v = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--scale")) {
            o.scales.clear();
            for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QStringList sm = part.split(QLatin1Char('x'));
                o.scales << Scale{sm.value(0).toInt(), sm.value(1).toInt()};
            }
            ++i;
        } else if (a == QLatin1String("--pages")) {
            o.pages = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
            ++i;
        } else if (a == QLatin1String("--cases")) {
            o.cases = v;
            o.cases.remove(QLatin1Char(','));
            ++i;
        } else if (a == QLatin1String("--reps")) {
            o.reps = std::max(1, v.toInt());
            ++i;
        } else if (a == QLatin1String("--budget")) {
            o.budgetSecs = v.toDouble();
            ++i;
        } else if (a == QLatin1String("--quiet")) {
            g_quiet = std::max(1, v.toInt());
            ++i;
        } else if (a == QLatin1String("--no-breakdown")) {
            o.breakdown = false;
        } else if (a == QLatin1String("--burst")) {
            o.burstCases = v == QLatin1String("none") ? QString() : v;
            ++i;
        } else if (a == QLatin1String("--burst-seconds")) {
            o.burstSecs = v.toDouble();
            ++i;
        } else if (a == QLatin1String("--no-visit")) {
            o.visit = false;
        } else if (a == QLatin1String("--no-switch")) {
            o.switches = false;
        } else {
            std::fprintf(stderr, "usage: bench_console [--scale SxM,…] [--pages a,b] [--cases abcd] [--reps N] [--budget S] [--quiet MS] "
                                 "[--no-breakdown] [--no-switch] [--no-visit] [--burst c|d|cd|none] [--burst-seconds S]\n");
            return 2;
        }
    }
    g_profilePhases = qEnvironmentVariable("BENCH_PROFILE").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (const QByteArray ctl = qgetenv("BENCH_PERF_CTL"); !ctl.isEmpty()) {
        g_perfCtl = std::fopen(ctl.constData(), "w");
        if (const QByteArray ack = qgetenv("BENCH_PERF_ACK"); !ack.isEmpty())
            g_perfAck = std::fopen(ack.constData(), "r");
    }
    std::printf("bench_console: MainWindow offscreen (%s), Qt %s, %d cores\n", qPrintable(QGuiApplication::platformName()), qVersion(),
                QThread::idealThreadCount());
    for (const Scale &s : std::as_const(o.scales)) {
        if (runScale(o, s) != 0)
            return 1;
    }
    return 0;
}
