#pragma once

#include "core/engine/engine.h"
#include "core/sim/simcluster.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace ul::test {

// A real engine over a simulated cluster, everything in one temporary directory: the instance
// file, api.yaml and the state store. Model sync and channel health are off, so only what a
// test starts happens.
class SimEngineFixture final
{
public:
    SimEngineFixture() = default;
    ~SimEngineFixture();
    SimEngineFixture(const SimEngineFixture &) = delete;
    SimEngineFixture &operator=(const SimEngineFixture &) = delete;

    // Starts the cluster, writes `apiYaml` as the operator's api.yaml, starts the engine and
    // waits (10 s at most) until it sees every instance healthy; false otherwise.
    // `adjust` changes the engine's options before it starts.
    bool start(const SimClusterOptions &options, const QByteArray &apiYaml, const std::function<void(EngineOptions &)> &adjust = {});

    Engine &engine() { return *m_engine; }
    SimCluster &cluster() { return *m_cluster; }
    QString yamlPath() const;
    QString filePath(const QString &relativePath) const { return m_dir.filePath(relativePath); }
    // POST/PUT/DELETE calls the instances have answered so far.
    qint64 mutatingCalls() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<Engine> m_engine;
};

} // namespace ul::test
