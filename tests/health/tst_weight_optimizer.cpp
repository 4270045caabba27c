// Weight optimization (core/services/weightoptimizer*, uni-load-behaviour.md §12.2) against the
// simulated gpt-load: three sites share gpt-4o, one serves gpt-4.1-nano alone; the stats of their
// L2 groups are set per test and the engine's clock is a ManualClock.
#include "core/engine/enginecore.h"
#include "core/services/weightoptimizerservice.h"
#include "core/store/statestore.h"
#include "tests/health/healthfixture.h"
#include "tests/support/inprocessapi.h"
#include "tests/support/testutil.h"

#include <QJsonArray>

#include <QtTest>

using namespace ul;
using namespace ul::test;

class TestWeightOptimizer : public QObject
{
    Q_OBJECT

    std::unique_ptr<HealthFixture> f;
    QString ga, gb, gc;

    // The L2 record of (model, site group).
    std::optional<L2Record> l2Of(const QString &model, const QString &siteGroupName)
    {
        const std::optional<SiteGroupRecord> sg = f->siteGroup(siteGroupName);
        if (!sg)
            return std::nullopt;
        for (const L2Record &r : f->l2Groups()) {
            if (r.model == model && r.siteGroupId == sg->id)
                return r;
        }
        return std::nullopt;
    }

    int instanceIndex(const QString &instanceId) const
    {
        for (int i = 0; i < f->cluster().instanceCount(); ++i) {
            if (f->instanceId(i) == instanceId)
                return i;
        }
        return -1;
    }

    bool setTraffic(const QString &siteGroupName, qint64 total, qint64 failed)
    {
        const std::optional<L2Record> l2 = l2Of(QStringLiteral("gpt-4o"), siteGroupName);
        if (!l2)
            return false;
        SimGroupStats stats;
        stats.last24Hours = {total, failed};
        return f->instance(instanceIndex(l2->instanceId))->setGroupStats(l2->name, stats);
    }

    // The gpt-4o member weights in the store, by site group.
    QHash<QString, L3MemberRecord> storedMembers()
    {
        QHash<qint64, QString> siteGroupOfL2;
        QHash<qint64, QString> names;
        for (const SiteGroupRecord &sg : f->siteGroups())
            names.insert(sg.id, sg.name);
        for (const L2Record &r : f->l2Groups())
            siteGroupOfL2.insert(r.id, names.value(r.siteGroupId));
        const std::optional<L3Record> l3 = gpt4oGroup();
        QHash<QString, L3MemberRecord> out;
        for (const L3MemberRecord &m : f->members()) {
            if (l3 && m.l3Id == l3->id)
                out.insert(siteGroupOfL2.value(m.l2Id), m);
        }
        return out;
    }

    std::optional<L3Record> gpt4oGroup()
    {
        for (const L3Record &r : f->l3Groups()) {
            if (r.model == QLatin1String("gpt-4o"))
                return r;
        }
        return std::nullopt;
    }

    // The weight gpt-load gives the L2 of (gpt-4o, site group) in the gpt-4o model group.
    int liveWeight(const QString &siteGroupName)
    {
        const std::optional<L3Record> l3 = gpt4oGroup();
        const std::optional<L2Record> l2 = l2Of(QStringLiteral("gpt-4o"), siteGroupName);
        if (!l3 || !l2)
            return -1;
        for (const SimUpstream &u : f->upstreamsOf(l3->name)) {
            if (u.url.endsWith(QStringLiteral("/proxy/") + l2->name))
                return u.weight;
        }
        return -1;
    }

    Result<WeightOptimizationReport> optimize(bool dryRun, bool includeOperatorWeights = false)
    {
        WeightOptimizationRequest request;
        request.dryRun = dryRun;
        request.includeOperatorWeights = includeOperatorWeights;
        const auto r = f->wait(f->engine().optimizeWeights(request));
        if (!r)
            return Error::make(ErrorKind::Timeout, QStringLiteral("optimizeWeights timed out"));
        return *r;
    }

    static const WeightProposal *proposalFor(const WeightOptimizationReport &r, const QString &l2Name)
    {
        for (const WeightProposal &p : r.proposals) {
            if (p.modelChannel == l2Name)
                return &p;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        f = std::make_unique<HealthFixture>(2);
        SimAiSite *alpha = f->addSite(QStringLiteral("alpha"), {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1-nano")});
        SimAiSite *beta = f->addSite(QStringLiteral("beta"), {QStringLiteral("gpt-4o")});
        SimAiSite *gamma = f->addSite(QStringLiteral("gamma"), {QStringLiteral("gpt-4o")});
        QVERIFY(f->startEngine());
        ga = f->onboard(alpha);
        gb = f->onboard(beta);
        gc = f->onboard(gamma);
        QVERIFY(!ga.isEmpty() && !gb.isEmpty() && !gc.isEmpty());
        QVERIFY(f->waitForIdleJobs());
        QCOMPARE(storedMembers().size(), 3);
        // alpha fails 40 %, beta 1 %, gamma has too few requests to tell.
        QVERIFY(setTraffic(ga, 100, 40));
        QVERIFY(setTraffic(gb, 200, 2));
        QVERIFY(setTraffic(gc, 5, 5));
    }

    void cleanup()
    {
        f.reset();
    }

    void dryRunProposesAndChangesNothing()
    {
        f->resetCounters();
        const Result<WeightOptimizationReport> r = optimize(true);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QVERIFY(r->dryRun);
        // gpt-4.1-nano has one member: nothing to balance, not even read.
        QCOMPARE(r->modelGroups, 1);
        QCOMPARE(r->statsRead, 3);
        QCOMPARE(r->proposals.size(), 3);
        QCOMPARE(r->changed, 3);
        QCOMPARE(r->models, QStringList{QStringLiteral("gpt-4o")});
        const WeightProposal *a = proposalFor(*r, l2Of(QStringLiteral("gpt-4o"), ga)->name);
        const WeightProposal *b = proposalFor(*r, l2Of(QStringLiteral("gpt-4o"), gb)->name);
        const WeightProposal *c = proposalFor(*r, l2Of(QStringLiteral("gpt-4o"), gc)->name);
        QVERIFY(a && b && c);
        QCOMPARE(a->proposedWeight, 60);
        QCOMPARE(b->proposedWeight, 99);
        QCOMPARE(c->proposedWeight, 100);  // 5 requests are no evidence: neutral
        QCOMPARE(a->traffic->total, 100);
        QCOMPARE(a->decision, WeightDecision::Change);
        QVERIFY(!r->reconcile);

        QCOMPARE(f->mutatingCalls(), 0);
        for (const L3MemberRecord &m : storedMembers())
            QCOMPARE(m.weight, 1);
        QCOMPARE(liveWeight(ga), 1);
    }

    void runStoresAndAppliesThenSettles()
    {
        const QByteArray yamlBefore = f->apiYaml();
        Result<WeightOptimizationReport> r = optimize(false);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->changed, 3);
        QVERIFY(f->waitForSnapshot([](const EngineSnapshot &s) {
            return std::any_of(s.events.cbegin(), s.events.cend(), [](const EngineEvent &e) {
                return e.kind == QLatin1String("weights-optimized") && e.message == QLatin1String("the weight optimization changed 3 weight(s)");
            });
        }));
        QVERIFY(r->errors.isEmpty());
        QVERIFY(r->reconcile.has_value());

        const QHash<QString, L3MemberRecord> stored = storedMembers();
        QCOMPARE(stored.value(ga).weight, 60);
        QCOMPARE(stored.value(gb).weight, 99);
        QCOMPARE(stored.value(gc).weight, 100);
        for (const L3MemberRecord &m : stored)
            QCOMPARE(m.weightSource, QStringLiteral("optimizer"));
        QCOMPARE(liveWeight(ga), 60);
        QCOMPARE(liveWeight(gb), 99);
        QCOMPARE(liveWeight(gc), 100);
        QCOMPARE(f->apiYaml(), yamlBefore);  // weights live in gpt-load; the providers are unchanged

        // The same stats again, and a 3 % move: within tolerance, no call at all.
        QVERIFY(setTraffic(ga, 100, 42));
        f->resetCounters();
        r = optimize(false);
        QVERIFY(r.ok());
        QCOMPARE(r->changed, 0);
        QCOMPARE(proposalFor(*r, l2Of(QStringLiteral("gpt-4o"), ga)->name)->decision, WeightDecision::WithinTolerance);
        QCOMPARE(f->mutatingCalls(), 0);

        // Later onboarding or a full reconcile keeps the optimizer's weights.
        const auto full = f->wait(f->engine().initializeArchitecture());
        QVERIFY(full && full->ok());
        QCOMPARE(liveWeight(ga), 60);
        QCOMPARE(storedMembers().value(gb).weight, 99);
    }

    void operatorWeightKeptUnlessIncluded()
    {
        const std::optional<L3Record> l3 = gpt4oGroup();
        const std::optional<L2Record> l2b = l2Of(QStringLiteral("gpt-4o"), gb);
        QVERIFY(l3 && l2b);
        const auto set = f->wait(f->engine().setMemberWeights({MemberWeightChange{l3->id, l2b->id, 7}}));
        QVERIFY(set && set->ok());
        QCOMPARE(liveWeight(gb), 7);

        Result<WeightOptimizationReport> r = optimize(false);
        QVERIFY(r.ok());
        QCOMPARE(proposalFor(*r, l2b->name)->decision, WeightDecision::OperatorWeight);
        QCOMPARE(r->statsRead, 2);  // the operator's member is not even read
        QCOMPARE(storedMembers().value(gb).weight, 7);
        QCOMPARE(storedMembers().value(gb).weightSource, QStringLiteral("operator"));
        QCOMPARE(liveWeight(gb), 7);
        QCOMPARE(liveWeight(ga), 60);

        r = optimize(false, true);
        QVERIFY(r.ok());
        QCOMPARE(proposalFor(*r, l2b->name)->decision, WeightDecision::Change);
        QCOMPARE(storedMembers().value(gb).weight, 99);
        QCOMPARE(storedMembers().value(gb).weightSource, QStringLiteral("optimizer"));
        QCOMPARE(liveWeight(gb), 99);
    }

    void disabledMembersAndUnreadableStatsAreLeftAlone()
    {
        const auto disabled = f->wait(f->engine().disableChannel(gc));
        QVERIFY(disabled && disabled->ok());
        // beta's L2 group vanished from gpt-load behind our back: its stats answer 404.
        const std::optional<L2Record> l2b = l2Of(QStringLiteral("gpt-4o"), gb);
        QVERIFY(l2b);
        QVERIFY(f->instance(instanceIndex(l2b->instanceId))->deleteGroup(l2b->name));

        const Result<WeightOptimizationReport> r = optimize(true);
        QVERIFY(r.ok());
        QCOMPARE(r->proposals.size(), 2);  // gamma is out of rotation
        QVERIFY(!proposalFor(*r, l2Of(QStringLiteral("gpt-4o"), gc)->name));
        const WeightProposal *b = proposalFor(*r, l2b->name);
        QVERIFY(b);
        QCOMPARE(b->decision, WeightDecision::NoStats);
        QVERIFY(!b->statsError.isEmpty());
        QCOMPARE(r->statsFailed, 1);
        QCOMPARE(r->changed, 1);  // alpha only
    }

    void loopRunsFromTheStoredLastRun()
    {
        QVERIFY(f->startEngine([](EngineOptions &o) {
            o.enableWeightOptimization = true;
            o.weightOptimizationIntervalHours = 24;
        }));
        const QDateTime start = f->clock().now();
        QVERIFY(f->waitForSnapshot([](const EngineSnapshot &s) { return s.weightOptimizer.enabled; }));
        QVERIFY(f->waitForSnapshot([&](const EngineSnapshot &s) {
            return s.weightOptimizer.nextRun == start.addSecs(WeightOptimizerService::kFirstRunDelaySecs);
        }));

        auto fire = [this]() {
            return f->wait(f->engine().invoke<int>([](EngineCore &core) {
                core.weightOptimizer().onTimer();
                return readyResult<int>(0);
            }));
        };
        // Not due yet: nothing runs.
        QVERIFY(fire());
        QVERIFY(f->waitForIdleJobs());
        QCOMPARE(storedMembers().value(ga).weight, 1);

        f->advanceClock(WeightOptimizerService::kFirstRunDelaySecs);
        QVERIFY(fire());
        QVERIFY(f->waitForIdleJobs());
        QCOMPARE(storedMembers().value(ga).weight, 60);
        QCOMPARE(liveWeight(ga), 60);
        const QDateTime ranAt = f->clock().now();
        QVERIFY(f->waitForSnapshot([&](const EngineSnapshot &s) {
            return s.weightOptimizer.lastRun == ranAt && s.weightOptimizer.nextRun == ranAt.addSecs(24 * 3600) &&
                   s.weightOptimizer.lastResult.startsWith(QStringLiteral("3 weight(s) changed"));
        }));

        // A restart an hour later keeps the day: the next run is 24 h after the last one.
        f->advanceClock(3600);
        QVERIFY(f->startEngine([](EngineOptions &o) { o.enableWeightOptimization = true; }));
        QVERIFY(f->waitForSnapshot([&](const EngineSnapshot &s) {
            return s.weightOptimizer.enabled && s.weightOptimizer.nextRun == ranAt.addSecs(24 * 3600) && s.weightOptimizer.lastRun == ranAt;
        }));
    }

    // POST /api/models/weights/optimize and /api/status through the API's dispatch.
    void routes()
    {
        InProcessApi api(f->engine());
        const auto post = [&api](const QString &target, const QJsonObject &body) { return api.call("POST", target, compactJson(body)); };

        RouteAnswer bad = post(QStringLiteral("/api/models/weights/optimize"), {{QStringLiteral("dryRun"), QStringLiteral("yes")}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json.value(QStringLiteral("field")).toString(), QStringLiteral("dryRun"));
        // A misspelt dryRun is refused (read as absent it would change the weights); an unrelated
        // extra field is ignored, as the original ignores it.
        bad = post(QStringLiteral("/api/models/weights/optimize"), {{QStringLiteral("dryrun"), true}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json.value(QStringLiteral("field")).toString(), QStringLiteral("dryrun"));
        QVERIFY2(bad.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("did you mean \"dryRun\"")),
                 qPrintable(bad.json.value(QStringLiteral("error")).toString()));
        QCOMPARE(storedMembers().value(ga).weight, 1);

        // A dry run answers at once, also when ?async=1 asks for a job.
        const RouteAnswer dry = post(QStringLiteral("/api/models/weights/optimize?async=1"),
                                     {{QStringLiteral("dryRun"), true}, {QStringLiteral("requestedBy"), QStringLiteral("a script")}});
        QCOMPARE(dry.status, 200);
        const QJsonObject data = dry.json.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("changed")).toInt(), 3);
        QCOMPARE(data.value(QStringLiteral("dryRun")).toBool(), true);
        const QJsonArray proposals = data.value(QStringLiteral("proposals")).toArray();
        QCOMPARE(proposals.size(), 3);
        QCOMPARE(proposals.at(0).toObject().value(QStringLiteral("decision")).toString(), QStringLiteral("change"));
        QVERIFY(proposals.at(0).toObject().contains(QStringLiteral("failureRate")));
        QCOMPARE(storedMembers().value(ga).weight, 1);

        // A run as a job; a second one while it reads the (slow) stats is refused.
        const int slow = f->instance(0)->addFault(SimFaultRule::delay("GET", QStringLiteral("/api/groups/*/stats"), 300));
        const RouteAnswer started = post(QStringLiteral("/api/models/weights/optimize?async=1"), {});
        QCOMPARE(started.status, 202);
        QVERIFY(!started.json.value(QStringLiteral("jobId")).toString().isEmpty());
        const RouteAnswer busy = post(QStringLiteral("/api/models/weights/optimize"), {});
        QCOMPARE(busy.status, 409);
        QCOMPARE(busy.json.value(QStringLiteral("code")).toString(), QStringLiteral("JOB_IN_PROGRESS"));
        QVERIFY(f->waitForIdleJobs());
        f->instance(0)->removeFault(slow);
        QCOMPARE(storedMembers().value(ga).weight, 60);

        QVERIFY(test::waitUntil([&] {
            const QJsonObject w = api.call("GET", QStringLiteral("/api/status")).json.value(QStringLiteral("weightOptimizer")).toObject();
            return w.value(QStringLiteral("enabled")) == false && w.value(QStringLiteral("intervalHours")).toInt() == 24
                   && w.value(QStringLiteral("lastResult")).toString() == QStringLiteral("3 weight(s) changed; 1 model group(s) checked");
        }, 5000));
    }

    void offByDefault()
    {
        QVERIFY(f->waitForSnapshot([](const EngineSnapshot &s) { return !s.weightOptimizer.enabled && !s.weightOptimizer.nextRun.isValid(); }));
    }
};

QTEST_GUILESS_MAIN(TestWeightOptimizer)
#include "tst_weight_optimizer.moc"
