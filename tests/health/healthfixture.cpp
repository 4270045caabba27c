#include "tests/health/healthfixture.h"

#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/onboarding/siterequest.h"
#include "core/sites/groupnames.h"
#include "core/store/statestore.h"
#include "tests/support/testengine.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

namespace ul::test {

namespace {

template <typename T>
QList<T> listOf(std::optional<Result<QList<T>>> r)
{
    return r && r->ok() ? r->value() : QList<T>();
}

} // namespace

HealthFixture::HealthFixture(int instanceCount) : m_clock(QDateTime::currentDateTimeUtc())
{
    SimClusterOptions options;
    options.instanceCount = instanceCount;
    m_cluster = std::make_unique<SimCluster>(options);
    if (!m_cluster->start())
        qWarning("cannot start the simulated cluster: %s", qPrintable(m_cluster->errorString()));
}

HealthFixture::~HealthFixture()
{
    stopEngine();
    m_cluster->stop();
}

QString HealthFixture::instanceId(int index) const
{
    return m_cluster->instancesJson().at(index).toObject().value(QStringLiteral("id")).toString();
}

SimAiSite *HealthFixture::addSite(const QString &name, const QStringList &models)
{
    SimAiSiteOptions options;
    options.name = name;
    options.models = models;
    options.validKeys = {QStringLiteral("sk-%1-key-0001").arg(name)};
    return m_cluster->addSite(options);
}

bool HealthFixture::startEngine(const std::function<void(EngineOptions &)> &tweak)
{
    stopEngine();
    EngineOptions o = engineOptionsIn(m_dir.path());
    if (!m_cluster->writeInstancesFile(o.instancesFilePath))
        return false;
    o.enableChannelHealth = true;  // the timer runs every 10 min: it never fires during a test
    o.channelFirstCheckSecs = 24 * 3600;  // nor does the first cycle after start
    o.clock = &m_clock;
    if (tweak)
        tweak(o);
    return startEngineAndWait(m_engine, o, m_cluster->instanceCount());
}

void HealthFixture::stopEngine()
{
    if (m_engine)
        m_engine->shutdown();
    m_engine.reset();
}

QString HealthFixture::onboard(SimAiSite *site, const QStringList &keys)
{
    const QStringList useKeys = keys.isEmpty() ? site->validKeys() : keys;
    const QJsonObject json{{QStringLiteral("baseUrl"), site->url()},
                           {QStringLiteral("apiKeys"), QJsonArray::fromStringList(useKeys)},
                           {QStringLiteral("channelTypes"), QJsonArray{QStringLiteral("openai")}}};
    Result<SiteRequest> request = SiteRequest::fromJson(json);
    if (!request.ok())
        return {};
    const auto report = wait(m_engine->processAiSite(request.value()), 60000);
    if (!report || !report->ok()) {
        qWarning("onboarding %s failed: %s", qPrintable(site->name()),
                 report ? qPrintable(report->error().toString()) : "timeout");
        return {};
    }
    // The site group of the site whose base URL is this site's.
    const QList<SiteGroupRecord> groups = siteGroups();
    for (const SiteRecord &r : sites()) {
        if (r.baseUrl != site->url())
            continue;
        for (const SiteGroupRecord &g : groups) {
            if (g.siteId == r.id)
                return g.name;
        }
    }
    return {};
}

Result<HealthCycleReport> HealthFixture::cycle()
{
    const auto r = wait(m_engine->checkChannels(), 60000);
    if (!r)
        return Error::make(ErrorKind::Timeout, QStringLiteral("the health cycle did not finish"));
    return *r;
}

Result<HealthCycleReport> HealthFixture::cycleAfter(int minutes)
{
    advanceClock(qint64(minutes) * 60);
    return cycle();
}

void HealthFixture::advanceClock(qint64 secs)
{
    ManualClock *clock = &m_clock;
    (void)wait(m_engine->invoke<int>([clock, secs](EngineCore &) {
        clock->advanceSecs(secs);
        return readyResult<int>(0);
    }));
}

bool HealthFixture::waitForIdleJobs(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const auto busy = wait(m_engine->invoke<int>([](EngineCore &core) {
            const QList<JobView> jobs = core.jobs().jobs();
            return readyResult<int>(int(std::count_if(jobs.cbegin(), jobs.cend(), [](const JobView &j) { return !j.isFinished(); })));
        }));
        if (busy && busy->ok() && busy->value() == 0)
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return false;
}

bool HealthFixture::waitForSnapshot(const std::function<bool(const EngineSnapshot &)> &done, int timeoutMs)
{
    return test::waitUntil([&] { return done(m_engine->snapshot()); }, timeoutMs);
}

QList<SiteGroupRecord> HealthFixture::siteGroups()
{
    return listOf(wait(m_engine->invoke<QList<SiteGroupRecord>>([](EngineCore &core) { return readyResult(core.store().siteGroups()); })));
}

std::optional<SiteGroupRecord> HealthFixture::siteGroup(const QString &name)
{
    for (const SiteGroupRecord &g : siteGroups()) {
        if (g.name == name)
            return g;
    }
    return std::nullopt;
}

QList<SiteRecord> HealthFixture::sites()
{
    return listOf(wait(m_engine->invoke<QList<SiteRecord>>([](EngineCore &core) { return readyResult(core.store().sites()); })));
}

QList<L2Record> HealthFixture::l2Groups()
{
    return listOf(wait(m_engine->invoke<QList<L2Record>>([](EngineCore &core) { return readyResult(core.store().l2Groups()); })));
}

QList<L3Record> HealthFixture::l3Groups()
{
    return listOf(wait(m_engine->invoke<QList<L3Record>>([](EngineCore &core) { return readyResult(core.store().l3Groups()); })));
}

std::optional<L3Record> HealthFixture::l3(const QString &name)
{
    for (const L3Record &r : l3Groups()) {
        if (r.name == name)
            return r;
    }
    return std::nullopt;
}

QList<L3MemberRecord> HealthFixture::members()
{
    return listOf(wait(m_engine->invoke<QList<L3MemberRecord>>([](EngineCore &core) { return readyResult(core.store().l3Members()); })));
}

QList<ChannelHealthRecord> HealthFixture::channelHealth()
{
    return listOf(
        wait(m_engine->invoke<QList<ChannelHealthRecord>>([](EngineCore &core) { return readyResult(core.store().channelHealth()); })));
}

std::optional<ChannelHealthRecord> HealthFixture::channelHealth(const QString &siteGroupName)
{
    const std::optional<SiteGroupRecord> g = siteGroup(siteGroupName);
    if (!g)
        return std::nullopt;
    for (const ChannelHealthRecord &r : channelHealth()) {
        if (r.siteGroupId == g->id)
            return r;
    }
    return std::nullopt;
}

int HealthFixture::historyRows(const QString &channel)
{
    return int(listOf(wait(m_engine->invoke<QList<HealthHistoryEntry>>([channel](EngineCore &core) {
                   return readyResult(core.store().healthHistory(channel, QDateTime(), 100000));
               }))).size());
}

Status HealthFixture::withStore(const std::function<Status(StateStore &)> &fn)
{
    const auto r = wait(m_engine->invoke<int>([fn](EngineCore &core) -> QFuture<Result<int>> {
        const Status s = fn(core.store());
        core.markSitesChanged();
        return s.ok() ? readyResult<int>(0) : readyError<int>(s.error());
    }));
    if (!r)
        return Error::make(ErrorKind::Timeout, QStringLiteral("store call timed out"));
    return r->ok() ? Status() : Status(r->error());
}

QList<QPair<int, SimGroup>> HealthFixture::groupsNamed(const QString &name) const
{
    QList<QPair<int, SimGroup>> out;
    for (int i = 0; i < m_cluster->instanceCount(); ++i) {
        if (const std::optional<SimGroup> g = m_cluster->instance(i)->group(name))
            out.append({i, *g});
    }
    return out;
}

QList<SimUpstream> HealthFixture::upstreamsOf(const QString &groupName) const
{
    const QList<QPair<int, SimGroup>> found = groupsNamed(groupName);
    return found.isEmpty() ? QList<SimUpstream>() : found.first().second.upstreams;
}

QStringList HealthFixture::allUpstreamUrls() const
{
    QStringList out;
    for (SimGptLoad *sim : m_cluster->instances()) {
        for (const SimGroup &g : sim->groups()) {
            for (const SimUpstream &u : g.upstreams)
                out.append(u.url);
        }
    }
    return out;
}

QByteArray HealthFixture::apiYaml() const
{
    return readFile(m_dir.filePath(QStringLiteral("api.yaml")));
}

bool HealthFixture::addOperatorProvider()
{
    QByteArray yaml = apiYaml();
    if (!yaml.contains("providers:\n"))
        return false;
    const QByteArray withOwn = "providers:\n"
                               "  - provider: operator-own\n"
                               "    base_url: \"https://api.example.com/v1/chat/completions\"\n"
                               "    api: sk-operator-own-0001\n"
                               "    model:\n"
                               "      - operator-model-x\n";
    yaml.replace("providers:\n", withOwn);
    return writeFile(m_dir.filePath(QStringLiteral("api.yaml")), yaml);
}

qint64 HealthFixture::mutatingCalls() const
{
    qint64 n = 0;
    for (SimGptLoad *sim : m_cluster->instances())
        n += sim->counters().mutatingCalls;
    return n;
}

qint64 HealthFixture::managementCalls() const
{
    qint64 n = 0;
    for (SimGptLoad *sim : m_cluster->instances())
        n += sim->counters().managementCalls;
    return n;
}

qint64 HealthFixture::proxyRequests() const
{
    qint64 n = 0;
    for (SimGptLoad *sim : m_cluster->instances())
        n += sim->counters().proxyRequests;
    return n;
}

void HealthFixture::resetCounters()
{
    for (SimGptLoad *sim : m_cluster->instances())
        sim->resetCounters();
}

QString nanoGroup()
{
    return modelGroupName(QStringLiteral("gpt-4.1-nano"));
}

} // namespace ul::test
