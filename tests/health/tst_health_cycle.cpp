// The channel health monitor against the simulated gpt-load and AI sites, with the engine's
// clock injected (uni-load-behaviour.md §16): verdicts, the threshold, removal with the last
// member kept, recovery with backoff and the same weights, the operator's disable, restarts.
#include "core/engine/enginecore.h"
#include "core/services/channelhealthservice.h"
#include "core/store/statestore.h"
#include "tests/health/healthfixture.h"
#include "tests/support/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ul;
using namespace ul::test;

class TestHealthCycle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HealthFixture> f;
    SimAiSite *alpha = nullptr;  // gpt-4o, gpt-4o-mini and gpt-4.1-nano (its own)
    SimAiSite *beta = nullptr;   // gpt-4o, gpt-4o-mini
    QString ga;                  // their site groups
    QString gb;

    std::optional<L2Record> l2Of(const QString &siteGroup, const QString &model)
    {
        const std::optional<SiteGroupRecord> g = f->siteGroup(siteGroup);
        for (const L2Record &r : f->l2Groups()) {
            if (g && r.siteGroupId == g->id && r.model == model)
                return r;
        }
        return std::nullopt;
    }

    QString proxyUrlOf(const QString &siteGroup, const QString &model)
    {
        const std::optional<L2Record> l2 = l2Of(siteGroup, model);
        return l2 ? f->instance(0)->url() + QStringLiteral("/proxy/") + l2->name : QString();
    }

    std::optional<int> weightIn(const QString &l3, const QString &url) const
    {
        for (const SimUpstream &u : f->upstreamsOf(l3)) {
            if (u.url == url)
                return u.weight;
        }
        return std::nullopt;
    }

    QList<QJsonObject> operationLog() const
    {
        QList<QJsonObject> out;
        QFile file(f->dataDir() + QStringLiteral("/logs/channel-operations.log"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                out.append(QJsonDocument::fromJson(line).object());
        }
        return out;
    }

    bool waitForEvent(const QString &kind, const QString &subject)
    {
        QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired()) {
            for (const EngineEvent &e : f->engine().snapshot().events) {
                if (e.kind == kind && e.subject == subject)
                    return true;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        return false;
    }

    const ChannelCheck *checkOf(const HealthCycleReport &r, const QString &channel)
    {
        for (const ChannelCheck &c : r.checks) {
            if (c.channel == channel)
                return &c;
        }
        return nullptr;
    }

    // Three failing cycles ten minutes apart: the channel is taken out at the third.
    void failThreeTimes(const QString &channel)
    {
        for (int i = 1; i <= 3; ++i) {
            const Result<HealthCycleReport> r = f->cycleAfter(10);
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
            const ChannelCheck *c = checkOf(r.value(), channel);
            QVERIFY(c);
            QCOMPARE(c->verdict, HealthVerdict::Unhealthy);
            QCOMPARE(c->failures, i);
            QCOMPARE(r->disabled.contains(channel), i == 3);
        }
    }

    void setOperatorWeight(const QString &l3Name, const QString &siteGroup, const QString &model, int weight)
    {
        const std::optional<L2Record> l2 = l2Of(siteGroup, model);
        const std::optional<L3Record> l3 = f->l3(l3Name);
        QVERIFY(l2 && l3);
        QVERIFY(f->withStore([&](StateStore &store) -> Status {
                     return store.saveL3Member(L3MemberRecord{l3->id, l2->id, weight, QStringLiteral("operator"), ChannelState::Active});
                 }).ok());
        const auto r = f->wait(f->engine().initializeArchitecture());
        QVERIFY(r && r->ok());
    }

private slots:
    void init()
    {
        f = std::make_unique<HealthFixture>();
        alpha = f->addSite(QStringLiteral("alpha"), {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1-nano")});
        beta = f->addSite(QStringLiteral("beta"), {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")});
        QVERIFY(f->startEngine());
        ga = f->onboard(alpha);
        gb = f->onboard(beta);
        QVERIFY(!ga.isEmpty());
        QVERIFY(!gb.isEmpty());
        QCOMPARE(f->upstreamsOf(QStringLiteral("gpt-4o")).size(), 2);
    }

    // The monitor checks soon after start (§16.1: start() checks now), not an interval later, so a
    // channel that broke while uni-load was down is seen; then every interval.
    void firstCycleRunsSoonAfterStart()
    {
        QVERIFY(f->startEngine([](EngineOptions &o) { o.channelFirstCheckSecs = 1; }));
        const QDateTime started = f->clock().now();
        QVERIFY(f->waitForSnapshot([](const EngineSnapshot &s) { return s.channelHealth.lastRun.isValid(); }, 15000));
        QVERIFY(f->waitForSnapshot([&](const EngineSnapshot &s) {
            return !s.channelHealth.busy && s.channelHealth.nextRun == started.addSecs(qint64(s.channelHealth.intervalMinutes) * 60);
        }));
    }

    void cleanup()
    {
        f.reset();
    }

    void healthyCycleMakesNoMutationAndWritesNothing()
    {
        const Result<HealthCycleReport> first = f->cycle();
        QVERIFY2(first.ok(), qPrintable(first.error().toString()));
        QCOMPARE(first->count(HealthVerdict::Healthy), 2);
        const int historyAfterFirst = f->historyRows();
        const QByteArray yaml = f->apiYaml();
        f->resetCounters();

        const Result<HealthCycleReport> second = f->cycleAfter(10);
        QVERIFY(second.ok());
        QCOMPARE(second->checks.size(), 2);
        QCOMPARE(second->count(HealthVerdict::Healthy), 2);
        QCOMPARE(f->mutatingCalls(), 0);
        QCOMPARE(second->storeWrites, 0);
        QCOMPARE(f->historyRows(), historyAfterFirst);
        QVERIFY(!QFile::exists(f->dataDir() + QStringLiteral("/logs/channel-operations.log")));
        QCOMPARE(f->apiYaml(), yaml);
        // No traffic: the stats are inconclusive and the free probe decides — two requests a channel.
        QCOMPARE(second->calls, 4);
        QCOMPARE(second->probes, 2);
        for (const ChannelCheck &c : second->checks)
            QCOMPARE(c.source, QStringLiteral("probe"));

        // An hour later each channel gets one history sample.
        const Result<HealthCycleReport> later = f->cycleAfter(60);
        QVERIFY(later.ok());
        QCOMPARE(f->historyRows(), historyAfterFirst + 2);
        QCOMPARE(f->mutatingCalls(), 0);
    }

    void downSiteIsRemovedAndRestoredWithItsWeights()
    {
        setOperatorWeight(QStringLiteral("gpt-4o"), ga, QStringLiteral("gpt-4o"), 7);
        const QString alphaUrl = proxyUrlOf(ga, QStringLiteral("gpt-4o"));
        const QString betaUrl = proxyUrlOf(gb, QStringLiteral("gpt-4o"));
        QCOMPARE(weightIn(QStringLiteral("gpt-4o"), alphaUrl), std::optional<int>(7));

        alpha->setFailure(SimAiFailure::Unavailable);
        failThreeTimes(ga);

        // Out of rotation: its upstream left the shared L3, the weight is remembered.
        QCOMPARE(f->siteGroup(ga)->state, ChannelState::DisabledByHealth);
        QVERIFY(!weightIn(QStringLiteral("gpt-4o"), alphaUrl));
        QVERIFY(weightIn(QStringLiteral("gpt-4o"), betaUrl));
        const std::optional<L2Record> l2 = l2Of(ga, QStringLiteral("gpt-4o"));
        bool found = false;
        for (const L3MemberRecord &m : f->members()) {
            if (m.l2Id == l2->id) {
                found = true;
                QCOMPARE(m.state, ChannelState::DisabledByHealth);
                QCOMPARE(m.weight, 7);
            }
        }
        QVERIFY(found);
        // Its own model keeps the last upstream, flagged.
        QCOMPARE(f->upstreamsOf(nanoGroup()).size(), 1);
        QVERIFY(f->l3(nanoGroup())->noHealthyMember);
        QCOMPARE(f->channelHealth(ga)->failures, 0);

        const QList<QJsonObject> log = operationLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().value(QStringLiteral("action")).toString(), QStringLiteral("channel_upstreams_removed"));
        QCOMPARE(log.first().value(QStringLiteral("channel")).toString(), ga);
        QCOMPARE(log.first().value(QStringLiteral("reason")).toString(), QStringLiteral("health_check_failure"));
        QVERIFY(log.first().value(QStringLiteral("affectedGroups")).toArray().contains(QStringLiteral("gpt-4o")));
        QVERIFY(!log.first().value(QStringLiteral("timestamp")).toString().isEmpty());
        QVERIFY(waitForEvent(QStringLiteral("channel-removed"), ga));

        // The site comes back: two successful recovery probes, one cycle apart.
        alpha->setFailure(SimAiFailure::None);
        const Result<HealthCycleReport> first = f->cycleAfter(10);
        QVERIFY(first.ok());
        QVERIFY(first->restored.isEmpty());
        QCOMPARE(first->recovery.size(), 1);
        QVERIFY(first->recovery.first().success);
        QCOMPARE(first->recovery.first().streak, 1);
        QCOMPARE(f->siteGroup(ga)->state, ChannelState::DisabledByHealth);

        const Result<HealthCycleReport> second = f->cycleAfter(10);
        QVERIFY(second.ok());
        QCOMPARE(second->restored, QStringList{ga});
        QCOMPARE(f->siteGroup(ga)->state, ChannelState::Active);
        QCOMPARE(weightIn(QStringLiteral("gpt-4o"), alphaUrl), std::optional<int>(7));
        QVERIFY(weightIn(QStringLiteral("gpt-4o"), betaUrl));
        QVERIFY(!f->l3(nanoGroup())->noHealthyMember);
        for (const L3MemberRecord &m : f->members())
            QCOMPARE(m.state, ChannelState::Active);
        for (const SimKey &k : f->instance(0)->keys(ga))
            QVERIFY(k.isActive());
        QCOMPARE(operationLog().last().value(QStringLiteral("action")).toString(), QStringLiteral("channel_restored"));
        QVERIFY(waitForEvent(QStringLiteral("channel-restored"), ga));
        QVERIFY(!f->channelHealth(ga).has_value());

        // Back to normal: the next cycle judges it healthy.
        const Result<HealthCycleReport> after = f->cycleAfter(10);
        QVERIFY(after.ok());
        QCOMPARE(checkOf(after.value(), ga)->verdict, HealthVerdict::Healthy);
    }

    void logsAndStatsCountOneFailurePerCycle()
    {
        f->advanceClock(60);
        const QDateTime now = f->clock().now();
        QList<SimLogItem> items;
        for (int i = 0; i < 20; ++i) {
            SimLogItem failed;
            failed.timestamp = now;
            failed.groupName = ga;
            failed.isSuccess = false;
            failed.statusCode = 500;
            items.append(failed);
            SimLogItem retry = failed;  // retried attempts are not counted
            retry.requestType = QStringLiteral("retry");
            items.append(retry);
        }
        for (int i = 0; i < 30; ++i) {
            SimLogItem other;  // a substring match of the group name, healthy
            other.timestamp = now;
            other.groupName = QStringLiteral("gpt-4o-via-") + ga;
            items.append(other);
        }
        f->instance(0)->addLogItems(items);
        SimGroupStats stats;
        stats.last24Hours = {100, 60};
        QVERIFY(f->instance(0)->setGroupStats(ga, stats));

        for (int i = 1; i <= 3; ++i) {
            const Result<HealthCycleReport> r = f->cycle();
            QVERIFY(r.ok());
            const ChannelCheck *c = checkOf(r.value(), ga);
            QCOMPARE(c->verdict, HealthVerdict::Unhealthy);
            QCOMPARE(c->source, QStringLiteral("logs"));
            QVERIFY2(c->detail.startsWith(QStringLiteral("critical")), qPrintable(c->detail));
            QCOMPARE(c->failures, i);  // stats and logs both failing: still one per cycle
            QCOMPARE(checkOf(r.value(), gb)->verdict, HealthVerdict::Healthy);
        }
        QCOMPARE(f->siteGroup(ga)->state, ChannelState::DisabledByHealth);
    }

    void userDisabledChannelStaysDisabled()
    {
        const auto disabled = f->wait(f->engine().disableChannel(ga));
        QVERIFY(disabled && disabled->ok());
        QCOMPARE(disabled->value().state, QStringLiteral("disabled-by-user"));
        const QString alphaUrl = proxyUrlOf(ga, QStringLiteral("gpt-4o"));
        QVERIFY(!weightIn(QStringLiteral("gpt-4o"), alphaUrl));

        for (int i = 0; i < 4; ++i) {
            const Result<HealthCycleReport> r = f->cycleAfter(30);
            QVERIFY(r.ok());
            QVERIFY(!checkOf(r.value(), ga));  // not checked,
            QVERIFY(r->recovery.isEmpty());    // never probed for recovery
            QVERIFY(r->restored.isEmpty());
        }
        QCOMPARE(f->siteGroup(ga)->state, ChannelState::DisabledByUser);

        const auto manual = f->wait(f->engine().manualRecovery(QStringLiteral("gpt-4o"), ga));
        QVERIFY(manual && manual->ok());
        QVERIFY(!manual->value().recovered);
        QVERIFY(!manual->value().scheduled);
        QCOMPARE(f->siteGroup(ga)->state, ChannelState::DisabledByUser);

        const auto enabled = f->wait(f->engine().enableChannel(ga));
        QVERIFY(enabled && enabled->ok());
        QCOMPARE(f->siteGroup(ga)->state, ChannelState::Active);
        QVERIFY(weightIn(QStringLiteral("gpt-4o"), alphaUrl));
    }

    void restartKeepsCountersAndRemovals()
    {
        alpha->setFailure(SimAiFailure::Unavailable);
        QVERIFY(f->cycleAfter(10).ok());
        QVERIFY(f->cycleAfter(10).ok());
        QCOMPARE(f->channelHealth(ga)->failures, 2);

        QVERIFY(f->startEngine());  // restart on the same store
        const auto failed = f->wait(f->engine().failedChannels());
        QVERIFY(failed && failed->ok());
        QCOMPARE(failed->value().size(), 1);
        QCOMPARE(failed->value().first().name, ga);
        QCOMPARE(failed->value().first().failures, 2);
        QVERIFY(!failed->value().first().willBeRemoved);
        QCOMPARE(f->engine().snapshot().channelFailures.value(ga), 2);

        const Result<HealthCycleReport> third = f->cycleAfter(10);
        QVERIFY(third.ok());
        QCOMPARE(third->disabled, QStringList{ga});

        QVERIFY(f->startEngine());
        QCOMPARE(f->siteGroup(ga)->state, ChannelState::DisabledByHealth);
        QVERIFY(f->channelHealth(ga)->nextRecoveryProbe.isValid());
        alpha->setFailure(SimAiFailure::None);
        QVERIFY(f->cycleAfter(10).ok());
        QVERIFY(f->startEngine());  // the streak survives a restart too
        QCOMPARE(f->channelHealth(ga)->recoveryStreak, 1);
        const Result<HealthCycleReport> restored = f->cycleAfter(10);
        QVERIFY(restored.ok());
        QCOMPARE(restored->restored, QStringList{ga});
    }

    // The views say why: each channel's latest verdict and detail, also after a restart.
    void latestCheckIsShownWithItsReason()
    {
        const auto viewOf = [this](const EngineSnapshot &s, const QString &name) -> std::optional<SiteGroupView> {
            for (const SiteView &site : s.sites) {
                for (const SiteGroupView &g : site.groups) {
                    if (g.name == name)
                        return g;
                }
            }
            return std::nullopt;
        };
        QVERIFY(viewOf(f->engine().snapshot(), ga));
        QVERIFY(!viewOf(f->engine().snapshot(), ga)->lastCheck.isValid());

        alpha->setFailure(SimAiFailure::Unavailable);
        const Result<HealthCycleReport> r = f->cycleAfter(10);
        QVERIFY(r.ok());
        const QString why = checkOf(r.value(), ga)->detail;
        QVERIFY(!why.isEmpty());
        QVERIFY(f->waitForSnapshot([&](const EngineSnapshot &s) { return viewOf(s, ga) && viewOf(s, ga)->lastCheck.isValid(); }));
        std::optional<SiteGroupView> a = viewOf(f->engine().snapshot(), ga);
        QCOMPARE(a->lastVerdict, QStringLiteral("unhealthy"));
        QCOMPARE(a->lastCheckDetail, why);
        QCOMPARE(a->lastCheck, f->clock().now());
        std::optional<SiteGroupView> b = viewOf(f->engine().snapshot(), gb);
        QCOMPARE(b->lastVerdict, QStringLiteral("healthy"));
        QVERIFY(!b->lastCheckDetail.isEmpty());

        const auto failed = f->wait(f->engine().failedChannels());
        QVERIFY(failed && failed->ok() && failed->value().size() == 1);
        QCOMPARE(failed->value().first().detail, why);
        QCOMPARE(failed->value().first().toJson().value(QStringLiteral("detail")).toString(), why);

        // A healthy cycle writes nothing, yet the views show its time.
        const Result<HealthCycleReport> again = f->cycleAfter(10);
        QVERIFY(again.ok());
        QVERIFY(f->waitForSnapshot([&](const EngineSnapshot &s) { return viewOf(s, gb) && viewOf(s, gb)->lastCheck == f->clock().now(); }));

        QVERIFY(f->startEngine());  // restart on the same store: read back
        QVERIFY(f->waitForSnapshot([&](const EngineSnapshot &s) { return viewOf(s, ga) && viewOf(s, ga)->lastCheck.isValid(); }));
        a = viewOf(f->engine().snapshot(), ga);
        QCOMPARE(a->lastVerdict, QStringLiteral("unhealthy"));
        QCOMPARE(a->lastCheckDetail, why);
        QVERIFY(viewOf(f->engine().snapshot(), gb)->lastCheck.isValid());
    }

    // Each check reads the site group's key pool from gpt-load's stats anyway: the views, the
    // channel list and /metrics show its invalid keys before the channel fails as a whole.
    void keyPoolIsShownAsLastRead()
    {
        const auto poolOf = [this](const EngineSnapshot &s, const QString &name) -> std::optional<KeyPoolView> {
            for (const SiteView &site : s.sites) {
                for (const SiteGroupView &g : site.groups) {
                    if (g.name == name)
                        return g.keyPool;
                }
            }
            return std::nullopt;
        };
        QVERIFY(poolOf(f->engine().snapshot(), ga));
        QVERIFY(!poolOf(f->engine().snapshot(), ga)->known());

        f->instance(0)->addKeys(ga, {QStringLiteral("sk-alpha-key-0002"), QStringLiteral("sk-alpha-key-0003")});
        QVERIFY(f->instance(0)->setKeyStatus(ga, QStringLiteral("sk-alpha-key-0002"), QStringLiteral("invalid")));
        const Result<HealthCycleReport> r = f->cycleAfter(10);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        const ChannelCheck *check = checkOf(r.value(), ga);
        QVERIFY(check && check->keys);
        QCOMPARE(check->keys->total, 3);
        QCOMPARE(check->keys->invalid, 1);
        QCOMPARE(check->verdict, HealthVerdict::Healthy);  // two active keys still serve
        QCOMPARE(check->toJson().value(QStringLiteral("keys")).toObject().value(QStringLiteral("invalid")).toInt(), 1);

        QVERIFY(f->waitForSnapshot([&](const EngineSnapshot &s) { return poolOf(s, ga) && poolOf(s, ga)->known(); }));
        const EngineSnapshot s = f->engine().snapshot();
        const KeyPoolView a = *poolOf(s, ga);
        QCOMPARE(a.total, 3);
        QCOMPARE(a.active, 2);
        QCOMPARE(a.invalid, 1);
        QCOMPARE(a.readAt, f->clock().now());
        QCOMPARE(poolOf(s, gb)->invalid, 0);
        QCOMPARE(poolOf(s, gb)->total, 1);
        for (const SiteView &site : s.sites)
            QCOMPARE(site.invalidKeys, site.groups.first().name == ga ? 1 : 0);

        // The stats read that found them is all it took: no extra call.
        QCOMPARE(check->calls, 2);  // stats + the free probe (no traffic)
    }

    void recoveryBacksOffFromFiveMinutesDoubling()
    {
        alpha->setFailure(SimAiFailure::Unavailable);
        failThreeTimes(ga);

        // Not due yet (the first probe waits 5 minutes).
        Result<HealthCycleReport> r = f->cycleAfter(2);
        QVERIFY(r.ok());
        QCOMPARE(r->recovery.size(), 1);
        QVERIFY(!r->recovery.first().probed);

        r = f->cycleAfter(10);
        QVERIFY(r.ok());
        QVERIFY(r->recovery.first().probed);
        QVERIFY(!r->recovery.first().success);
        QCOMPARE(f->channelHealth(ga)->recoveryBackoffSecs, 300);
        QCOMPARE(f->channelHealth(ga)->recoveryFailures, 1);

        r = f->cycleAfter(4);  // 4 < 5 minutes: waits
        QVERIFY(!r->recovery.first().probed);
        r = f->cycleAfter(2);
        QVERIFY(r->recovery.first().probed);
        QCOMPARE(f->channelHealth(ga)->recoveryBackoffSecs, 600);
        for (int i = 0; i < 6; ++i)
            QVERIFY(f->cycleAfter(60).ok());
        QCOMPARE(f->channelHealth(ga)->recoveryBackoffSecs, 3600);
    }

    void unknownStatsFormatIsAnErrorNotInconclusive()
    {
        f->instance(0)->addFault(SimFaultRule::respond(
            "GET", QStringLiteral("/api/groups/*/stats"), 200,
            R"({"code":0,"message":"Success","data":{"key_stats":{"total_keys":1,"active_keys":1,"invalid_keys":0},"stats_1_hour":{}}})"));
        const Result<HealthCycleReport> r = f->cycle();
        QVERIFY(r.ok());
        QCOMPARE(r->count(HealthVerdict::Error), 2);
        QCOMPARE(r->count(HealthVerdict::Inconclusive), 0);
        const ChannelCheck *c = checkOf(r.value(), ga);
        QCOMPARE(c->errorCode, QStringLiteral("UNKNOWN_STATS_FORMAT"));
        QCOMPARE(c->failures, 0);
        QVERIFY(!r->errors.isEmpty());
        QCOMPARE(r->probes, 0);
    }

    void unreachableInstanceIsInconclusive()
    {
        alpha->setFailure(SimAiFailure::Unavailable);
        QVERIFY(f->cycleAfter(10).ok());
        QCOMPARE(f->channelHealth(ga)->failures, 1);
        f->instance(0)->stop();
        const auto healthy = f->wait(f->engine().checkInstances());
        QVERIFY(healthy && healthy->ok());
        QCOMPARE(healthy->value(), 0);
        const Result<HealthCycleReport> r = f->cycleAfter(10);
        QVERIFY(r.ok());
        QCOMPARE(r->count(HealthVerdict::Inconclusive), 2);
        QCOMPARE(r->calls, 0);
        QCOMPARE(f->channelHealth(ga)->failures, 1);  // unchanged
        f->instance(0)->start();
    }

    // The instance registry still calls the instance healthy (its next check is a minute away),
    // but once one channel found it silent, the others on it are not asked through their retries
    // again in this cycle, and the instance is checked at once.
    void instanceLostMidCycleIsNotAskedAgain()
    {
        for (int i = 0; i < 10; ++i) {
            SimAiSite *site = f->addSite(QStringLiteral("extra%1").arg(i), {QStringLiteral("gpt-4o")});
            QVERIFY(!f->onboard(site).isEmpty());
        }
        QVERIFY(f->engine().snapshot().instances.first().healthy);
        f->instance(0)->stop();
        const Result<HealthCycleReport> r = f->cycleAfter(10);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->checks.size(), 12);
        QCOMPARE(r->count(HealthVerdict::Inconclusive), 12);
        int skipped = 0;
        for (const ChannelCheck &c : r->checks) {
            QCOMPARE(c.failures, 0);
            if (c.detail.contains(QLatin1String("stopped answering during this health check cycle"))) {
                ++skipped;
                QCOMPARE(c.calls, 0);
            }
        }
        // At most ChannelHealthService::kConcurrentChecks were in flight when the first failed.
        QVERIFY2(skipped >= 12 - ChannelHealthService::kConcurrentChecks, qPrintable(QString::number(skipped)));
        QVERIFY(r->calls <= ChannelHealthService::kConcurrentChecks);
        QVERIFY(f->waitForSnapshot([](const EngineSnapshot &s) { return !s.instances.first().healthy; }));
        f->instance(0)->start();
    }

    void deepProbeIsBillableAndCheap()
    {
        SimAiSite *gamma = f->addSite(QStringLiteral("gamma"), {QStringLiteral("deepseek-chat"), QStringLiteral("deepseek-reasoner")});
        const QString gg = f->onboard(gamma);
        QVERIFY(!gg.isEmpty());
        QString gammaSite;
        QString alphaSite;
        for (const SiteRecord &s : f->sites()) {
            if (s.baseUrl == alpha->url())
                alphaSite = s.name;
            if (s.baseUrl == gamma->url())
                gammaSite = s.name;
        }
        QVERIFY(f->wait(f->engine().setDeepProbe(gammaSite, true))->ok());
        QVERIFY(f->wait(f->engine().setDeepProbe(alphaSite, true))->ok());
        gamma->recorder().clear();

        const Result<HealthCycleReport> r = f->cycle();
        QVERIFY(r.ok());
        QCOMPARE(checkOf(r.value(), gg)->source, QStringLiteral("deep-probe"));
        QCOMPARE(checkOf(r.value(), gg)->verdict, HealthVerdict::Healthy);
        const QList<SimRecordedRequest> completions = gamma->recorder().matching("POST", QStringLiteral("*/chat/completions"));
        QCOMPARE(completions.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(completions.first().request.body).object();
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 1);
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("deepseek-chat"));
        // Every model of alpha is high cost (gpt-4*): no billable probe there.
        QCOMPARE(checkOf(r.value(), ga)->source, QStringLiteral("probe"));
        QVERIFY(checkOf(r.value(), ga)->detail.contains(QStringLiteral("high cost")));
        QCOMPARE(f->siteGroup(gg)->state, ChannelState::Active);
        QVERIFY(f->wait(f->engine().setDeepProbe(QStringLiteral("no-such-site"), true))->error().kind == ErrorKind::NotFound);
    }

    void snapshotShowsHealthStates()
    {
        alpha->setFailure(SimAiFailure::Unavailable);
        QVERIFY(f->cycleAfter(10).ok());
        QDeadlineTimer deadline(5000);
        QString label;
        int failures = 0;
        while (!deadline.hasExpired()) {
            for (const SiteView &s : f->engine().snapshot().sites) {
                for (const SiteGroupView &g : s.groups) {
                    if (g.name == ga) {
                        label = g.health;
                        failures = g.failures;
                    }
                }
            }
            if (label == QLatin1String("failing"))
                break;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        QCOMPARE(label, QStringLiteral("failing"));
        QCOMPARE(failures, 1);
        const EngineSnapshot s = f->engine().snapshot();
        QCOMPARE(s.channelFailures.value(ga), 1);
        QCOMPARE(s.channelFailureThreshold, 3);
        QVERIFY(s.channelHealth.enabled);
        QCOMPARE(s.channelHealth.intervalMinutes, 10);
        QVERIFY(s.channelHealth.lastRun.isValid());
    }
};

QTEST_GUILESS_MAIN(TestHealthCycle)
#include "tst_health_cycle.moc"
