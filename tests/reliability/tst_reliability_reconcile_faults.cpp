// Fault injection against the simulated gpt-load during the three-layer reconciliation
// (core/layers): 500s, timeouts, resets and closed connections at seeded random points, and an
// instance that goes down in the middle of a plan and comes back. Whatever happened, repeated
// runs converge: the store and gpt-load agree, nothing is duplicated or orphaned, and a final
// run makes no mutating call.
#include "tests/reliability/fuzzinput.h"
#include "tests/reliability/layerchecks.h"

#include <QLoggingCategory>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

const QByteArray kFailureBody = QByteArrayLiteral(R"({"code":"INTERNAL_SERVER_ERROR","message":"simulated failure"})");

QStringList models(int count, const QString &prefix = QStringLiteral("model"))
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(QStringLiteral("%1-%2").arg(prefix).arg(i));
    return out;
}

} // namespace

class TestReliabilityReconcileFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Failed steps are logged as warnings by design; hundreds of them would bury a failure.
        QLoggingCategory::setFilterRules(QStringLiteral("uniload.*.debug=false\nuniload.*.info=false\nuniload.*.warning=false"));
    }

    // One fault kind at a time, on a seeded random share of the management calls.
    void faultKindConverges_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << int(SimFaultAction::Respond);
        QTest::newRow("timeout") << int(SimFaultAction::Hang);
        QTest::newRow("reset") << int(SimFaultAction::Reset);
        QTest::newRow("close") << int(SimFaultAction::Close);
    }
    void faultKindConverges()
    {
        QFETCH(int, kind);
        FuzzInput in("reconcile fault kind");
        LayerFixtureOptions options;
        options.instances = 2;
        options.clientTimeoutMs = 150;  // hung calls time out quickly
        LayerFixture f(options);
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, models(8));
        f.addSiteGroup(QStringLiteral("site-b"), ChannelType::OpenAI, 1, models(5, QStringLiteral("model")) + QStringList{QStringLiteral("only-b")});

        const auto action = SimFaultAction(kind);
        for (int i = 0; i < 2; ++i) {
            f.sim(i)->clearFaults();
            SimFaultRule rule;
            rule.pathPattern = QStringLiteral("/api/*");
            rule.action = action;
            rule.status = 500;
            rule.body = kFailureBody;
            // Half of the non-answers happen after gpt-load acted: the outcome is unknown.
            rule.processRequest = action != SimFaultAction::Respond && in.chance(50);
            rule.probability = action == SimFaultAction::Hang ? 0.05 : 0.15;
            rule.remaining = action == SimFaultAction::Hang ? 6 : -1;  // each hang costs a timeout
            f.sim(i)->addFault(rule);
        }
        QString problem;
        const int runs = reconcileUntilClean(f, 15, &problem);
        QVERIFY2(runs > 0, qPrintable(QStringLiteral("seed %1: not converged: %2").arg(in.seed()).arg(problem)));
        for (int i = 0; i < 2; ++i)
            f.sim(i)->clearFaults();
        QVERIFY2(reconcileUntilClean(f, 2, &problem) > 0, qPrintable(problem));
        verifyConvergedAndQuiet(f);
    }

    // Every kind mixed, on every path including listings and key uploads, over several seeds.
    void faultStormConverges_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {11u, 22u, 33u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void faultStormConverges()
    {
        QFETCH(quint32, seed);
        LayerFixtureOptions options;
        options.instances = 2;
        options.clientTimeoutMs = 150;
        LayerFixture f(options);
        QVERIFY(f.start());
        f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, models(6));
        f.addSiteGroup(QStringLiteral("site-b"), ChannelType::Anthropic, 1, models(4, QStringLiteral("claude")));
        f.addSiteGroup(QStringLiteral("site-c"), ChannelType::OpenAI, 1, models(3));
        QVERIFY(f.reconcile()->ok());
        // Change the desired state so that the faulty runs must create, update and delete.
        QVERIFY(f.setModels(QStringLiteral("site-a-openai"), models(4) + models(3, QStringLiteral("new"))).ok());
        QVERIFY(f.setModels(QStringLiteral("site-c-openai"), {QStringLiteral("model-0")}).ok());

        for (int i = 0; i < 2; ++i) {
            f.sim(i)->clearFaults();
            f.sim(i)->addFault(SimFaultRule::respond(QByteArray(), QStringLiteral("/api/*"), 500, kFailureBody).withProbability(0.08));
            f.sim(i)->addFault(SimFaultRule::respond(QByteArray(), QStringLiteral("/api/*"), 503, "Service Unavailable").withProbability(0.04));
            f.sim(i)->addFault(SimFaultRule::reset(QByteArray(), QStringLiteral("/api/*")).withProbability(0.04));
            f.sim(i)->addFault(SimFaultRule::close("POST", QStringLiteral("/api/*")).afterProcessing().withProbability(0.06));
            f.sim(i)->addFault(SimFaultRule::close("PUT", QStringLiteral("/api/groups/*")).afterProcessing().withProbability(0.06));
            f.sim(i)->addFault(SimFaultRule::hang("DELETE", QStringLiteral("/api/groups/*")).afterProcessing().withProbability(0.2).times(2));
        }
        for (int i = 0; i < 2; ++i)
            f.sim(i)->reseedFaults(seed + quint32(i));
        QString problem;
        const int runs = reconcileUntilClean(f, 15, &problem);
        QVERIFY2(runs > 0, qPrintable(QStringLiteral("seed %1: not converged: %2").arg(seed).arg(problem)));
        for (int i = 0; i < 2; ++i)
            f.sim(i)->clearFaults();
        QVERIFY2(reconcileUntilClean(f, 2, &problem) > 0, qPrintable(problem));
        verifyConvergedAndQuiet(f);
        // model-4, model-5 left site-a and site-c: only site-b's claude models and the rest remain.
        QVERIFY(!f.sim(0)->group(QStringLiteral("model-4-via-site-a-openai")).has_value());
        QVERIFY(f.sim(0)->group(QStringLiteral("new-2-via-site-a-openai")).has_value());
    }

    // gpt-load stops after a seeded number of mutating calls, in the middle of the plan, and
    // comes back (its database survives a restart). The interrupted run reports the instance;
    // the runs after the restart finish the job.
    void instanceDownMidPlanAndBack_data()
    {
        QTest::addColumn<int>("stopAfter");
        FuzzInput in("instance down mid-plan");
        for (int i = 0; i < 4; ++i) {
            const int n = 1 + in.below(40);
            QTest::newRow(qPrintable(QStringLiteral("after %1 mutating calls").arg(n))) << n;
        }
    }
    void instanceDownMidPlanAndBack()
    {
        QFETCH(int, stopAfter);
        LayerFixtureOptions options;
        options.instances = 2;
        options.clientTimeoutMs = 500;
        options.apiLatencyMs = 2;  // keeps a plan in flight long enough to be interrupted
        LayerFixture f(options);
        QVERIFY(f.start());
        f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, models(10));
        f.addSiteGroup(QStringLiteral("site-b"), ChannelType::OpenAI, 1, models(6));

        f.clock.advanceSecs(1);
        QFuture<Result<ReconcileResult>> run = f.reconciler->reconcile(ReconcileScope::everything(), f.job());
        QDeadlineTimer deadline(30000);
        while (!run.isFinished() && f.sim(0)->counters().mutatingCalls < stopAfter && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const bool interrupted = !run.isFinished();
        f.sim(0)->stop();
        const std::optional<Result<ReconcileResult>> result = f.wait(run, 30000);
        QVERIFY2(result.has_value(), "the interrupted run never finished");
        if (interrupted && result->ok())
            QVERIFY(!result->value().failed.isEmpty() || !result->value().unreachableInstances.isEmpty());

        // While it is down, a run leaves its groups alone and touches the other instance only.
        QVERIFY(f.wait(f.registry->checkAll()).has_value());
        const std::optional<Result<ReconcileResult>> whileDown = f.reconcile();
        QVERIFY(whileDown.has_value());
        if (whileDown->ok())
            QVERIFY(whileDown->value().unreachableInstances.contains(f.instanceId(0)));

        QVERIFY(f.sim(0)->start());
        QVERIFY(f.wait(f.registry->checkAll()).has_value());
        QString problem;
        QVERIFY2(reconcileUntilClean(f, 4, &problem) > 0, qPrintable(problem));
        verifyConvergedAndQuiet(f);
        QCOMPARE(f.store.l3Groups().value().size(), 10);
    }

    // Every instance down: the run fails with a clear error and changes nothing in api.yaml.
    void everyInstanceDownIsAClearError()
    {
        LayerFixture f;
        QVERIFY(f.start());
        f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, models(2));
        QVERIFY(f.reconcile()->ok());
        const QByteArray yaml = f.yaml();
        f.sim(0)->stop();
        QVERIFY(f.wait(f.registry->checkAll()).has_value());
        const std::optional<Result<ReconcileResult>> r = f.reconcile();
        QVERIFY(r.has_value());
        QVERIFY(!r->ok());
        QCOMPARE(r->error().kind, ErrorKind::Unavailable);
        QVERIFY(!r->error().message.isEmpty());
        QCOMPARE(f.yaml(), yaml);
        QVERIFY(f.sim(0)->start());
        QVERIFY(f.wait(f.registry->checkAll()).has_value());
        verifyConvergedAndQuiet(f);
    }
};

QTEST_GUILESS_MAIN(TestReliabilityReconcileFaults)
#include "tst_reliability_reconcile_faults.moc"
