#include "tests/engine/simenginefixture.h"

#include "tests/support/testengine.h"
#include "tests/support/testutil.h"

#include <QTest>

namespace ul::test {

SimEngineFixture::~SimEngineFixture() = default;

bool SimEngineFixture::start(const SimClusterOptions &options, const QByteArray &apiYaml, const std::function<void(EngineOptions &)> &adjust)
{
    m_cluster = std::make_unique<SimCluster>(options);
    EngineOptions o = engineOptionsIn(m_dir.path());
    o.uniApiYamlPath = yamlPath();
    if (adjust)
        adjust(o);
    if (!m_cluster->start() || !m_cluster->writeInstancesFile(o.instancesFilePath) || !writeFile(o.uniApiYamlPath, apiYaml))
        return false;
    return startEngineAndWait(m_engine, o, m_cluster->instanceCount());
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
