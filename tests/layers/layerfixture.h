#pragma once

// A simulated gpt-load cluster, the instance registry, an in-memory state store, an api.yaml
// writer in a temporary directory and the LayerReconciler over them — the real components over
// loopback. Test state is seeded by writing store records directly (and L1 groups in the sim).

#include "core/common/clock.h"
#include "core/engine/job.h"
#include "core/instances/instanceregistry.h"
#include "core/layers/layerreconciler.h"
#include "core/sim/simcluster.h"
#include "core/store/proxykeys.h"
#include "core/store/statestore.h"
#include "core/uniapi/uniapiwriter.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace ul::test {

struct LayerFixtureOptions
{
    int instances = 1;
    int clientTimeoutMs = 5000;
    int maxConcurrent = 10;
    int apiLatencyMs = 0;
    QString storePath = QStringLiteral(":memory:");
};

class LayerFixture
{
public:
    explicit LayerFixture(const LayerFixtureOptions &options = {});
    ~LayerFixture();

    // Starts the sims, opens the store, checks instance health. False (with a message) on failure.
    bool start(QString *error = nullptr);

    SimGptLoad *sim(int index) const { return cluster->instance(index); }
    QString instanceId(int index) const { return QStringLiteral("sim-%1").arg(index + 1); }

    // A site with one site group: store records plus its L1 group in the sim.
    SiteGroupRecord addSiteGroup(const QString &siteName, ChannelType type, int instanceIndex, const QStringList &models);
    Status setModels(const QString &siteGroupName, const QStringList &models);
    std::optional<SiteGroupRecord> siteGroup(const QString &name) const;

    JobContextPtr job(const QString &kind = QStringLiteral("reconcile"));
    std::optional<Result<ReconcileResult>> reconcile(const ReconcileScope &scope = ReconcileScope::everything());
    template <typename T>
    std::optional<T> wait(QFuture<T> future, int timeoutMs = 60000) const;

    // Every group of every sim, by name (duplicates across instances show as two entries).
    QMultiHash<QString, QPair<int, SimGroup>> allGroups() const;
    qint64 mutatingCalls() const;
    qint64 managementCalls() const;
    void resetCounters();
    QStringList backups() const;
    QByteArray yaml() const;
    void writeYaml(const QByteArray &text) const;

    LayerFixtureOptions options;
    std::unique_ptr<SimCluster> cluster;
    QNetworkAccessManager network;
    ManualClock clock;
    QTemporaryDir dir;
    QString yamlPath;
    StateStore store;
    ProxyKeys keys;
    std::unique_ptr<InstanceRegistry> registry;
    std::unique_ptr<uniapi::UniApiWriter> writer;
    std::unique_ptr<LayerReconciler> reconciler;

private:
    int m_jobs = 0;
};

} // namespace ul::test

#include "tests/support/testutil.h"

template <typename T>
std::optional<T> ul::test::LayerFixture::wait(QFuture<T> future, int timeoutMs) const
{
    return ul::test::await(future, timeoutMs);
}
