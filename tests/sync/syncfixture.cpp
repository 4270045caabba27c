#include "tests/sync/syncfixture.h"

#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/services/modelsyncservice.h"
#include "core/store/statestore.h"
#include "tests/support/testutil.h"

#include <algorithm>

namespace ul::test {

namespace {

template <typename T>
T valueOrDefault(const std::optional<Result<T>> &r)
{
    return r && r->ok() ? r->value() : T();
}

} // namespace

SyncFixture::SyncFixture(int instanceCount)
    : OnboardingFixture(instanceCount), m_clock(QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC))
{
}

SyncFixture::~SyncFixture()
{
    stopEngine();  // before the clock goes away
}

bool SyncFixture::start(bool enableModelSync, const std::function<void(EngineOptions &)> &tweak)
{
    return startEngine([this, enableModelSync, tweak](EngineOptions &o) {
        o.clock = &m_clock;
        o.enableModelSync = enableModelSync;
        if (tweak)
            tweak(o);
    });
}

SimAiSite *SyncFixture::addOpenAiSite(const QString &name, const QStringList &models)
{
    SimAiSiteOptions options;
    options.name = name;
    options.formats = SimAiFormat::OpenAI;
    options.models = models;
    options.validKeys = {QStringLiteral("sk-sync-%1-key-000000001").arg(name)};
    return addSite(options);
}

QString SyncFixture::onboard(SimAiSite *site)
{
    auto r = process(request(site->url(), site->validKeys(), {QStringLiteral("openai")}));
    if (!r || !r->ok()) {
        qWarning("onboarding %s failed: %s", qPrintable(site->name()), r ? qPrintable(r->error().toString()) : "timeout");
        return {};
    }
    for (const SiteRecord &s : siteRecords()) {
        if (s.baseUrl != site->url())
            continue;
        for (const SiteGroupRecord &g : siteGroupRecords()) {
            if (g.siteId == s.id)
                return g.name;
        }
    }
    return {};
}

std::optional<Result<ModelSyncReport>> SyncFixture::sync(int timeoutMs)
{
    return await(engine().syncModels(), timeoutMs);
}

SiteGroupRecord SyncFixture::siteGroup(const QString &name)
{
    for (const SiteGroupRecord &g : siteGroupRecords()) {
        if (g.name == name)
            return g;
    }
    return {};
}

QHash<QString, int> SyncFixture::missingCounters(const QString &siteGroupName)
{
    const qint64 id = siteGroup(siteGroupName).id;
    return valueOrDefault(await(engine().invoke<QHash<QString, int>>(
        [id](EngineCore &core) { return readyResult<QHash<QString, int>>(core.store().missingCounters(id)); })));
}

QList<L2Record> SyncFixture::l2Records()
{
    return valueOrDefault(await(engine().invoke<QList<L2Record>>([](EngineCore &core) { return readyResult(core.store().l2Groups()); })));
}

QList<L3Record> SyncFixture::l3Records()
{
    return valueOrDefault(await(engine().invoke<QList<L3Record>>([](EngineCore &core) { return readyResult(core.store().l3Groups()); })));
}

QList<L3MemberRecord> SyncFixture::l3Members()
{
    return valueOrDefault(
        await(engine().invoke<QList<L3MemberRecord>>([](EngineCore &core) { return readyResult(core.store().l3Members()); })));
}

QList<PendingChange> SyncFixture::pending()
{
    return valueOrDefault(await(engine().pendingModelChanges()));
}

QList<SyncHistoryEntry> SyncFixture::history(int limit)
{
    return valueOrDefault(await(engine().modelSyncHistory(limit)));
}

QList<EngineEvent> SyncFixture::events(const QString &kind)
{
    QList<EngineEvent> out;
    for (const EngineEvent &e : valueOrDefault(await(engine().events(0)))) {
        if (e.kind == kind)
            out.append(e);
    }
    return out;
}

int SyncFixture::backupCount()
{
    return int(valueOrDefault(await(engine().uniApiBackups())).size());
}

qint64 SyncFixture::mutatingCalls()
{
    qint64 n = 0;
    for (SimGptLoad *sim : cluster().instances())
        n += sim->counters().mutatingCalls;
    return n;
}

qint64 SyncFixture::managementCalls()
{
    qint64 n = 0;
    for (SimGptLoad *sim : cluster().instances())
        n += sim->counters().managementCalls;
    return n;
}

QHash<QString, qint64> SyncFixture::perRoute()
{
    QHash<QString, qint64> out;
    for (SimGptLoad *sim : cluster().instances()) {
        const QHash<QString, qint64> routes = sim->counters().perRoute;
        for (auto it = routes.cbegin(); it != routes.cend(); ++it)
            out[it.key()] += it.value();
    }
    return out;
}

void SyncFixture::resetCounters()
{
    for (SimGptLoad *sim : cluster().instances())
        sim->resetCounters();
}

void SyncFixture::advanceClock(qint64 secs)
{
    ManualClock *clock = &m_clock;
    (void)await(engine().invoke<int>([clock, secs](EngineCore &) {
        clock->advanceSecs(secs);
        return readyResult<int>(0);
    }));
}

QDateTime SyncFixture::clockNow()
{
    ManualClock *clock = &m_clock;
    return valueOrDefault(await(engine().invoke<QDateTime>([clock](EngineCore &) { return readyResult<QDateTime>(clock->now()); })));
}

void SyncFixture::fireSyncTimer()
{
    (void)await(engine().invoke<int>([](EngineCore &core) {
        core.modelSync().onTimer();
        return readyResult<int>(0);
    }));
}

bool SyncFixture::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    return test::waitUntil(done, timeoutMs);
}

bool SyncFixture::waitForIdleJobs(int timeoutMs)
{
    return waitUntil(
        [this]() {
            const auto busy = await(engine().invoke<int>([](EngineCore &core) {
                const QList<JobView> jobs = core.jobs().jobs();
                return readyResult<int>(int(std::count_if(jobs.cbegin(), jobs.cend(), [](const JobView &j) { return !j.isFinished(); })));
            }));
            return busy && busy->ok() && busy->value() == 0;
        },
        timeoutMs);
}

std::optional<SimGroup> SyncFixture::group(const QString &name) const
{
    return instance(0)->group(name);
}

QStringList SyncFixture::upstreamUrls(const QString &name) const
{
    QStringList out;
    if (const std::optional<SimGroup> g = group(name)) {
        for (const SimUpstream &u : g->upstreams)
            out.append(u.url);
    }
    return out;
}

QString SyncFixture::proxyUrl(const QString &name) const
{
    return instance(0)->url() + QStringLiteral("/proxy/") + name;
}

} // namespace ul::test
