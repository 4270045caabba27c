#pragma once

// A simulated cluster (N gpt-load instances, AI sites added per test) and a real engine against
// it over loopback, with an injected ManualClock (health cycles are run directly; nothing
// waits for a timer), a state store file in a temporary directory (so a test can restart the
// engine on the same store) and small retry delays.

#include "core/engine/engine.h"
#include "core/sim/simcluster.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace ul::test {

class HealthFixture
{
public:
    explicit HealthFixture(int instanceCount = 1);
    ~HealthFixture();

    SimCluster &cluster() { return *m_cluster; }
    SimGptLoad *instance(int index = 0) const { return m_cluster->instance(index); }
    QString instanceId(int index) const;
    // A site serving `models` (OpenAI format) with one valid key.
    SimAiSite *addSite(const QString &name, const QStringList &models);

    bool startEngine(const std::function<void(EngineOptions &)> &tweak = {});
    void stopEngine();
    Engine &engine() { return *m_engine; }
    ManualClock &clock() { return m_clock; }
    QString dataDir() const { return m_dir.path(); }

    // process-ai-site for the site (openai); the site group's name, or empty on failure.
    QString onboard(SimAiSite *site, const QStringList &keys = {});

    // One health cycle, run now; the report (or the error).
    Result<HealthCycleReport> cycle();
    // Advances the clock by `minutes`, then runs a cycle.
    Result<HealthCycleReport> cycleAfter(int minutes);
    // Moves the engine's clock forward in the engine thread (the ManualClock is not thread-safe:
    // the engine reads it while it works).
    void advanceClock(qint64 secs);
    // Waits until the engine's job queue holds no queued or running job. Asks the queue in the
    // engine thread: the published snapshot may still predate a job that was just queued.
    bool waitForIdleJobs(int timeoutMs = 60000);
    // Processes events until the latest published snapshot satisfies `done` (snapshots arrive
    // asynchronously after a command finished).
    bool waitForSnapshot(const std::function<bool(const EngineSnapshot &)> &done, int timeoutMs = 5000);

    // Store reads in the engine thread.
    QList<SiteGroupRecord> siteGroups();
    std::optional<SiteGroupRecord> siteGroup(const QString &name);
    QList<SiteRecord> sites();
    QList<L2Record> l2Groups();
    QList<L3Record> l3Groups();
    std::optional<L3Record> l3(const QString &name);
    QList<L3MemberRecord> members();
    QList<ChannelHealthRecord> channelHealth();
    std::optional<ChannelHealthRecord> channelHealth(const QString &siteGroupName);
    int historyRows(const QString &channel = {});
    // Runs fn(store) in the engine thread.
    Status withStore(const std::function<Status(StateStore &)> &fn);

    // Every group named `name` over all instances, with the index of its instance.
    QList<QPair<int, SimGroup>> groupsNamed(const QString &name) const;
    // Upstream URLs of a group (first match over the instances).
    QList<SimUpstream> upstreamsOf(const QString &groupName) const;
    // Every upstream URL of every group on every instance.
    QStringList allUpstreamUrls() const;
    QByteArray apiYaml() const;
    // Adds a hand-written provider `operator-own` to api.yaml: not managed by uni-load, and it
    // keeps the file from being left without providers (the writer refuses that, uniapi-config.md
    // §6.6), so a test can remove every managed provider.
    bool addOperatorProvider();

    qint64 mutatingCalls() const;   // POST/PUT/DELETE under /api over every instance
    qint64 managementCalls() const;
    qint64 proxyRequests() const;
    void resetCounters();

    template <typename T>
    std::optional<T> wait(QFuture<T> future, int timeoutMs = 60000);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<Engine> m_engine;
    ManualClock m_clock;
};

// The L3 group (and api.yaml provider suffix) of gpt-4.1-nano, the model the health tests give
// one site alone: group names are safe names (uni-load-behaviour.md §6.2), "gpt-4-1-nano".
QString nanoGroup();

} // namespace ul::test

#include "tests/support/testutil.h"

template <typename T>
std::optional<T> ul::test::HealthFixture::wait(QFuture<T> future, int timeoutMs)
{
    return ul::test::await(future, timeoutMs);
}
