#include "core/instances/instanceregistry.h"
#include "core/sim/simgptload.h"
#include "tests/support/testutil.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ul;

namespace {
InstanceConfig configFor(const SimGptLoad &sim, const QString &id, int priority, const QString &token = QString())
{
    InstanceConfig c;
    c.id = id;
    c.name = QStringLiteral("sim ") + id;
    c.url = sim.url();
    c.token = token.isEmpty() ? sim.adminKey() : token;
    c.priority = priority;
    return c;
}

GptLoadClientOptions fastOptions()
{
    GptLoadClientOptions o;
    o.timeoutMs = 2000;
    o.retryAttempts = 0;
    o.retryBaseDelayMs = 5;
    return o;
}
} // namespace

class TestInstanceRegistry : public QObject
{
    Q_OBJECT

private slots:
    void healthyDownAndRecovered()
    {
        SimGptLoad a, b;
        QVERIFY(a.start());
        QVERIFY(b.start());
        QNetworkAccessManager nam;
        ManualClock clock;
        InstanceRegistry registry(&nam, fastOptions(), &clock);
        // Given out of order: the registry sorts by priority.
        registry.setInstances({configFor(b, QStringLiteral("b"), 2), configFor(a, QStringLiteral("a"), 1)});
        QCOMPARE(registry.instances().first().id, QStringLiteral("a"));
        QVERIFY(!registry.isHealthy(QStringLiteral("a")));  // unchecked counts as not healthy

        b.stop();
        QSignalSpy changes(&registry, &InstanceRegistry::instanceHealthChanged);
        auto r = test::await(registry.checkAll());
        QVERIFY(r.has_value() && r->ok());
        QCOMPARE(r->value(), 1);
        QVERIFY(registry.isHealthy(QStringLiteral("a")));
        QVERIFY(!registry.isHealthy(QStringLiteral("b")));
        QCOMPARE(registry.healthyInstances().size(), 1);
        const auto views = registry.views();
        QCOMPARE(views.at(0).profile, QStringLiteral("v1.4"));
        QVERIFY(views.at(0).responseTimeMs >= 0);
        QVERIFY(!views.at(1).error.isEmpty());
        QCOMPARE(views.at(1).consecutiveFailures, 1);
        QCOMPARE(changes.count(), 2);

        // Backoff: b is not re-checked before its next check time.
        const qint64 before = b.counters().totalRequests;
        QVERIFY(b.start());
        registry.checkDue();
        QCOMPARE(b.counters().totalRequests, before);
        clock.advanceSecs(61);
        registry.checkDue();
        QTRY_VERIFY(registry.isHealthy(QStringLiteral("b")));
    }

    // An instance that stays down is checked after the interval, then 2×, 4×, … the interval,
    // never less often than every max-backoff seconds (60 s and 300 s by default).
    void backoffDoublesUpToTheCap()
    {
        SimGptLoad down;
        QVERIFY(down.start());
        down.stop();
        QNetworkAccessManager nam;
        ManualClock clock;
        InstanceRegistry registry(&nam, fastOptions(), &clock);
        registry.setInstances({configFor(down, QStringLiteral("d"), 1)});
        QVERIFY(test::await(registry.checkAll()).has_value());
        const auto failures = [&registry]() { return registry.views().first().consecutiveFailures; };
        QCOMPARE(failures(), 1);
        // Seconds until the next check after the 1st, 2nd, … failure: 60, 120, 240, then 300 (cap).
        const int waits[] = {60, 120, 240, 300, 300};
        int expected = 1;
        for (const int wait : waits) {
            clock.advanceSecs(wait - 1);
            registry.checkDue();
            QTest::qWait(20);
            QCOMPARE(failures(), expected);  // not yet
            clock.advanceSecs(1);
            registry.checkDue();
            ++expected;
            QTRY_COMPARE(failures(), expected);
        }
    }

    // check-instances while a check of the same instance runs: one request, one result for both
    // callers, a failure counted once.
    void overlappingChecksShareOneRequest()
    {
        SimGptLoad slow;
        QVERIFY(slow.start());
        slow.setApiLatencyMs(300);
        QNetworkAccessManager nam;
        ManualClock clock;
        InstanceRegistry registry(&nam, fastOptions(), &clock);
        registry.setInstances({configFor(slow, QStringLiteral("s"), 1)});
        QVERIFY(test::await(registry.checkAll()).has_value());  // capabilities detected and cached
        qint64 before = slow.counters().totalRequests;
        QVERIFY(test::await(registry.checkAll()).has_value());
        const qint64 oneCheck = slow.counters().totalRequests - before;
        QVERIFY(oneCheck > 0);

        before = slow.counters().totalRequests;
        QFuture<Result<int>> first = registry.checkAll();
        QFuture<Result<int>> second = registry.checkAll();
        const auto a = test::await(first);
        const auto b = test::await(second);
        QVERIFY(a && a->ok() && b && b->ok());
        QCOMPARE(a->value(), 1);
        QCOMPARE(b->value(), 1);
        QCOMPARE(slow.counters().totalRequests - before, oneCheck);

        slow.stop();
        first = registry.checkAll();
        second = registry.checkAll();
        QVERIFY(test::await(first).has_value());
        QVERIFY(test::await(second).has_value());
        QCOMPARE(registry.views().first().consecutiveFailures, 1);
    }

    void cancelledChecksAreNotOutages()
    {
        SimGptLoad a;
        QVERIFY(a.start());
        a.setApiLatencyMs(2000);  // the check is still running when it is cancelled
        QNetworkAccessManager nam;
        ManualClock clock;
        InstanceRegistry registry(&nam, fastOptions(), &clock);
        registry.setInstances({configFor(a, QStringLiteral("a"), 1)});
        QSignalSpy changes(&registry, &InstanceRegistry::instanceHealthChanged);
        auto check = registry.checkAll();
        registry.cancelAll();  // shutdown
        auto r = test::await(check);
        QVERIFY(r.has_value() && r->ok());
        QCOMPARE(r->value(), 0);
        QCOMPARE(changes.count(), 0);  // not reported down
        QVERIFY(!registry.views().first().checked);
        QVERIFY(registry.views().first().error.isEmpty());
        // And it is due again: the next check runs.
        a.setApiLatencyMs(0);
        registry.checkDue();
        QTRY_VERIFY(registry.isHealthy(QStringLiteral("a")));
    }

    void rejectedAdminTokenIsUnhealthy()
    {
        SimGptLoad a;
        QVERIFY(a.start());
        QNetworkAccessManager nam;
        ManualClock clock;
        InstanceRegistry registry(&nam, fastOptions(), &clock);
        registry.setInstances({configFor(a, QStringLiteral("a"), 1, QStringLiteral("wrong-admin-token-123"))});
        auto r = test::await(registry.checkAll());
        QCOMPARE(r->value(), 0);
        const QString error = registry.views().first().error;
        QVERIFY2(error.contains(QStringLiteral("admin token")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("wrong-admin-token-123")));
    }

    void version2IsUnsupported()
    {
        SimGptLoadOptions options;
        options.profile = SimGptLoadProfile::V2;
        SimGptLoad a(options);
        QVERIFY(a.start());
        QNetworkAccessManager nam;
        ManualClock clock;
        InstanceRegistry registry(&nam, fastOptions(), &clock);
        registry.setInstances({configFor(a, QStringLiteral("v2"), 1)});
        QCOMPARE(test::await(registry.checkAll())->value(), 0);
        QVERIFY(registry.views().first().error.contains(QStringLiteral("unsupported")));
    }

    void reconfigureKeepsAndDropsClients()
    {
        SimGptLoad a, b;
        QVERIFY(a.start());
        QVERIFY(b.start());
        QNetworkAccessManager nam;
        ManualClock clock;
        InstanceRegistry registry(&nam, fastOptions(), &clock);
        registry.setInstances({configFor(a, QStringLiteral("a"), 1), configFor(b, QStringLiteral("b"), 2)});
        QVERIFY(test::await(registry.checkAll()).has_value());
        GptLoadClient *clientA = registry.client(QStringLiteral("a"));
        registry.setInstances({configFor(a, QStringLiteral("a"), 1)});
        QCOMPARE(registry.client(QStringLiteral("a")), clientA);
        QVERIFY(registry.client(QStringLiteral("b")) == nullptr);
        QVERIFY(registry.isHealthy(QStringLiteral("a")));  // health kept for unchanged instances
        QCOMPARE(registry.views().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInstanceRegistry)
#include "tst_instanceregistry.moc"
