#pragma once

#include "core/engine/engine.h"
#include "core/onboarding/tempgroupledger.h"
#include "core/sim/simcluster.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace ul::test {

// A simulated cluster (N gpt-load instances, AI sites added per test) and a real engine
// against it over loopback, with a state store file in a temporary directory (so a test can
// restart the engine on the same store) and small retry delays.
class OnboardingFixture
{
public:
    explicit OnboardingFixture(int instanceCount = 1, int cacheLagMs = 0);
    ~OnboardingFixture();

    SimCluster &cluster() { return *m_cluster; }
    SimGptLoad *instance(int index) const { return m_cluster->instance(index); }
    SimAiSite *addSite(const SimAiSiteOptions &options);

    // Starts (or restarts) the engine and waits until every instance is healthy.
    bool startEngine(const std::function<void(EngineOptions &)> &tweak = {});
    void stopEngine();
    Engine &engine() { return *m_engine; }
    // Replaces the reconcile hook with one that does nothing (tests about discovery only, where
    // building thousands of L2/L3 groups would only cost time).
    void skipReconciliation();
    EngineOptions options() const { return m_options; }

    // Runs process-ai-site with a JSON request; nullopt when it did not finish in time.
    std::optional<Result<ProcessSiteReport>> process(const QJsonObject &request, int timeoutMs = 30000);
    static QJsonObject request(const QString &baseUrl, const QStringList &keys, const QStringList &types = {});

    QString hopKey();
    QList<PendingTempGroup> ledger();
    QList<SiteGroupRecord> siteGroupRecords();
    QList<SiteRecord> siteRecords();
    // Names of temp groups (temp-test-… / debug-models-…) on every instance.
    QStringList tempGroups() const;
    // Groups named `name` over all instances (duplicates show as several entries).
    QList<SimGroup> groupsNamed(const QString &name) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<Engine> m_engine;
    EngineOptions m_options;
};

} // namespace ul::test
