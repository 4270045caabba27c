#include "tests/engine/simenginefixture.h"

#include "tests/support/testutil.h"

#include <QTest>

namespace ul::test {

SimEngineFixture::~SimEngineFixture() = default;

bool SimEngineFixture::start(const SimClusterOptions &options, const QByteArray &apiYaml)
{
    m_cluster = std::make_unique<SimCluster>(options);
    const QString instancesFile = m_dir.filePath(QStringLiteral("gptload-instances.json"));
    if (!m_cluster->start() || !m_cluster->writeInstancesFile(instancesFile) || !writeFile(yamlPath(), apiYaml))
        return false;

    EngineOptions o;
    o.configDir = m_dir.path();
    o.dataDir = m_dir.path();
    o.instancesFilePath = instancesFile;
    o.uniApiYamlPath = yamlPath();
    o.stateStorePath = m_dir.filePath(QStringLiteral("uni-load.db"));
    o.retryBaseDelayMs = 5;
    o.requestTimeoutMs = 5000;
    o.enableModelSync = false;
    o.enableChannelHealth = false;
    m_engine = std::make_unique<Engine>(o);
    m_engine->start();
    const int instances = m_cluster->instanceCount();
    return QTest::qWaitFor([this, instances]() { return m_engine->snapshot().healthyInstanceCount() == instances; }, 10000);
}

QString SimEngineFixture::yamlPath() const
{
    return m_dir.filePath(QStringLiteral("uni-api/api.yaml"));
}

qint64 SimEngineFixture::mutatingCalls() const
{
    qint64 n = 0;
    for (SimGptLoad *sim : m_cluster->instances())
        n += sim->counters().mutatingCalls;
    return n;
}

} // namespace ul::test
