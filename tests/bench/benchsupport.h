#pragma once

// Shared by the benchmark programs: the simulated cluster in its own thread (a real gpt-load is
// another process; keeping the simulator off the measured threads keeps the figures honest), an
// engine over it in a temporary directory, and small measuring helpers.

#include "core/engine/engine.h"
#include "core/sim/simcluster.h"
#include "core/common/future.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>
#include <functional>
#include <memory>

namespace ul::bench {

inline long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;  // kilobytes on Linux
}

// Current resident set size of a process (self by default), from /proc, in KiB; -1 if unknown.
inline long rssKb(qint64 pid = 0)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

struct SimCalls
{
    qint64 management = 0;
    qint64 mutating = 0;
    qint64 proxy = 0;
};

// The simulated cluster, created, used and destroyed in its own thread.
class SimHost
{
public:
    explicit SimHost(const SimClusterOptions &options)
    {
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        run([this, options] {
            m_cluster = new SimCluster(options);
            m_started = m_cluster->start();
            for (SimGptLoad *sim : m_cluster->instances())
                sim->recorder().setEnabled(false);  // test bookkeeping, not gpt-load behaviour
        });
    }
    ~SimHost()
    {
        run([this] {
            delete m_cluster;
            delete m_context;
        });
        m_thread.quit();
        m_thread.wait();
    }
    SimHost(const SimHost &) = delete;
    SimHost &operator=(const SimHost &) = delete;

    void run(const std::function<void()> &fn) { QMetaObject::invokeMethod(m_context, fn, Qt::BlockingQueuedConnection); }
    bool started() const { return m_started; }
    SimCluster *cluster() const { return m_cluster; }  // touch only inside run()

    SimAiSite *addSite(const SimAiSiteOptions &options)
    {
        SimAiSite *site = nullptr;
        run([&] { site = m_cluster->addSite(options); });
        return site;
    }
    SimCalls calls()
    {
        SimCalls c;
        run([&] {
            for (SimGptLoad *sim : m_cluster->instances()) {
                c.management += sim->counters().managementCalls;
                c.mutating += sim->counters().mutatingCalls;
                c.proxy += sim->counters().proxyRequests;
            }
        });
        return c;
    }
    void resetCalls()
    {
        run([&] {
            for (SimGptLoad *sim : m_cluster->instances())
                sim->resetCounters();
        });
    }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    SimCluster *m_cluster = nullptr;
    bool m_started = false;
};

// A real engine (its own thread) over the simulated cluster, files in a temporary directory,
// every periodic loop off so only the measured work calls gpt-load.
class EngineHost
{
public:
    EngineHost(SimHost &sims, int maxConcurrentRequests = 10)
    {
        const QString instancesFile = m_dir.filePath(QStringLiteral("gptload-instances.json"));
        bool written = false;
        sims.run([&] { written = sims.cluster()->writeInstancesFile(instancesFile); });
        if (!written)
            return;
        EngineOptions o;
        o.configDir = m_dir.path();
        o.dataDir = m_dir.path();
        o.instancesFilePath = instancesFile;
        o.uniApiYamlPath = m_dir.filePath(QStringLiteral("api.yaml"));
        o.stateStorePath = m_dir.filePath(QStringLiteral("uni-load.db"));
        o.maxConcurrentRequests = maxConcurrentRequests;
        o.instanceHealthIntervalSecs = 24 * 3600;
        o.enableModelSync = false;
        o.enableChannelHealth = false;
        o.enableModelOptimizer = false;
        m_engine = std::make_unique<Engine>(o);
        m_engine->start();
        int expected = 0;
        sims.run([&] { expected = sims.cluster()->instanceCount(); });
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            const EngineSnapshot s = m_engine->snapshot();
            if (s.ready && s.healthyInstanceCount() == expected) {
                m_ready = true;
                break;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
    }
    ~EngineHost()
    {
        if (m_engine)
            m_engine->shutdown();
    }
    EngineHost(const EngineHost &) = delete;
    EngineHost &operator=(const EngineHost &) = delete;

    bool ready() const { return m_ready; }
    Engine &engine() { return *m_engine; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    bool m_ready = false;
};

inline QStringList benchModelNames(int count)
{
    QStringList models;
    for (int m = 0; m < count; ++m)
        models.append(QStringLiteral("gpt-bench-%1").arg(m, 4, 10, QLatin1Char('0')));
    return models;
}

// process-ai-site for one OpenAI-format simulated site.
inline QFuture<Result<ProcessSiteReport>> onboard(Engine &engine, SimAiSite *site, const QString &key)
{
    const QJsonObject json{{QStringLiteral("baseUrl"), site->url()},
                           {QStringLiteral("apiKeys"), QJsonArray{key}},
                           {QStringLiteral("channelTypes"), QJsonArray{QStringLiteral("openai")}}};
    Result<SiteRequest> request = SiteRequest::fromJson(json);
    if (!request.ok())
        return readyError<ProcessSiteReport>(request.error());
    return engine.processAiSite(request.value());
}

} // namespace ul::bench
