#include "tests/onboarding/onboardingfixture.h"

#include "core/engine/enginecore.h"
#include "core/onboarding/siteonboarding.h"
#include "core/sites/groupnames.h"
#include "core/store/statestore.h"
#include "tests/support/testengine.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QTest>

namespace ul::test {

OnboardingFixture::OnboardingFixture(int instanceCount, int cacheLagMs)
{
    SimClusterOptions options;
    options.instanceCount = instanceCount;
    options.instanceOptions.cacheLagMs = cacheLagMs;
    m_cluster = std::make_unique<SimCluster>(options);
    if (!m_cluster->start())
        qWarning("cannot start the simulated cluster: %s", qPrintable(m_cluster->errorString()));
}

OnboardingFixture::~OnboardingFixture()
{
    stopEngine();
    m_cluster->stop();
}

SimAiSite *OnboardingFixture::addSite(const SimAiSiteOptions &options)
{
    return m_cluster->addSite(options);
}

bool OnboardingFixture::startEngine(const std::function<void(EngineOptions &)> &tweak)
{
    stopEngine();
    EngineOptions o = engineOptionsIn(m_dir.path());
    if (!m_cluster->writeInstancesFile(o.instancesFilePath))
        return false;
    if (tweak)
        tweak(o);
    m_options = o;
    return startEngineAndWait(m_engine, o, m_cluster->instanceCount());
}

void OnboardingFixture::stopEngine()
{
    if (m_engine)
        m_engine->shutdown();
    m_engine.reset();
}

void OnboardingFixture::skipReconciliation()
{
    (void)await(m_engine->invoke<int>([](EngineCore &core) {
        core.onboarding().setReconcileHook(
            [](const QStringList &, const JobContextPtr &) { return readyResult<QJsonObject>(QJsonObject()); });
        return readyResult<int>(0);
    }));
}

std::optional<Result<ProcessSiteReport>> OnboardingFixture::process(const QJsonObject &json, int timeoutMs)
{
    Result<SiteRequest> request = SiteRequest::fromJson(json);
    if (!request.ok())
        return Result<ProcessSiteReport>(request.error());
    return await(m_engine->processAiSite(request.value()), timeoutMs);
}

QJsonObject OnboardingFixture::request(const QString &baseUrl, const QStringList &keys, const QStringList &types)
{
    QJsonObject o{{QStringLiteral("baseUrl"), baseUrl}, {QStringLiteral("apiKeys"), QJsonArray::fromStringList(keys)}};
    if (!types.isEmpty())
        o.insert(QStringLiteral("channelTypes"), QJsonArray::fromStringList(types));
    return o;
}

QString OnboardingFixture::hopKey()
{
    auto r = await(m_engine->invoke<QString>([](EngineCore &core) { return readyResult<QString>(core.proxyKeys().hop); }));
    return r && r->ok() ? r->value() : QString();
}

QList<PendingTempGroup> OnboardingFixture::ledger()
{
    auto r = await(m_engine->invoke<QList<PendingTempGroup>>([](EngineCore &core) {
        return readyResult<QList<PendingTempGroup>>(TempGroupLedger(core.store()).all());
    }));
    return r && r->ok() ? r->value() : QList<PendingTempGroup>();
}

QList<SiteGroupRecord> OnboardingFixture::siteGroupRecords()
{
    auto r = await(m_engine->invoke<QList<SiteGroupRecord>>([](EngineCore &core) { return readyResult(core.store().siteGroups()); }));
    return r && r->ok() ? r->value() : QList<SiteGroupRecord>();
}

QList<SiteRecord> OnboardingFixture::siteRecords()
{
    auto r = await(m_engine->invoke<QList<SiteRecord>>([](EngineCore &core) { return readyResult(core.store().sites()); }));
    return r && r->ok() ? r->value() : QList<SiteRecord>();
}

QStringList OnboardingFixture::tempGroups() const
{
    QStringList out;
    for (SimGptLoad *instance : m_cluster->instances()) {
        for (const SimGroup &g : instance->groups()) {
            if (isTempGroupName(g.name))
                out.append(g.name);
        }
    }
    return out;
}

QList<SimGroup> OnboardingFixture::groupsNamed(const QString &name) const
{
    QList<SimGroup> out;
    for (SimGptLoad *instance : m_cluster->instances()) {
        for (const SimGroup &g : instance->groups()) {
            if (g.name == name)
                out.append(g);
        }
    }
    return out;
}

} // namespace ul::test
