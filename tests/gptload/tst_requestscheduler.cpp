// RequestScheduler: bounded concurrency per key, FIFO order, cancellation, counters; and the
// limit holding for HttpClient requests on a fake network.

#include "core/gptload/httpclient.h"
#include "core/gptload/requestscheduler.h"
#include "tests/support/fakenetworkaccessmanager.h"
#include "tests/support/testutil.h"

#include <QTest>

using namespace ul;
using ul::test::FakeNetworkAccessManager;
using ul::test::FakeResponse;

class TestRequestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void neverMoreThanNInFlight();
    void startsInFifoOrder();
    void keysAreIndependent();
    void cancelWithdrawsAQueuedJob();
    void cancelQueuedNotifiesJobs();
    void raisingTheLimitStartsWaitingJobs();
    void countersByMethodRouteAndClass();
    void httpClientRespectsTheLimit();
    void httpClientQueuedRequestCancelled();
};

void TestRequestScheduler::neverMoreThanNInFlight()
{
    RequestScheduler scheduler(3);
    QList<RequestScheduler::Ticket> running;
    int maxSeen = 0;
    for (int i = 0; i < 10; ++i) {
        scheduler.enqueue(QStringLiteral("a"), [&](RequestScheduler::Ticket t) {
            running.append(t);
            maxSeen = std::max(maxSeen, scheduler.inFlight(QStringLiteral("a")));
        });
    }
    QCOMPARE(running.size(), 3);
    QCOMPARE(scheduler.inFlight(QStringLiteral("a")), 3);
    QCOMPARE(scheduler.queued(QStringLiteral("a")), 7);
    while (!running.isEmpty()) {
        scheduler.finished(running.takeFirst());
        QVERIFY(scheduler.inFlight(QStringLiteral("a")) <= 3);
    }
    QCOMPARE(maxSeen, 3);
    QCOMPARE(scheduler.peakInFlight(QStringLiteral("a")), 3);
    QCOMPARE(scheduler.totalInFlight(), 0);
    QCOMPARE(scheduler.totalQueued(), 0);
}

void TestRequestScheduler::startsInFifoOrder()
{
    RequestScheduler scheduler(1);
    QList<int> order;
    QList<RequestScheduler::Ticket> tickets;
    for (int i = 0; i < 5; ++i) {
        scheduler.enqueue(QStringLiteral("k"), [&, i](RequestScheduler::Ticket t) {
            order.append(i);
            tickets.append(t);
        });
    }
    QCOMPARE(order, QList<int>({0}));
    while (!tickets.isEmpty())
        scheduler.finished(tickets.takeFirst());
    QCOMPARE(order, QList<int>({0, 1, 2, 3, 4}));
}

void TestRequestScheduler::keysAreIndependent()
{
    RequestScheduler scheduler(2);
    int started = 0;
    for (int i = 0; i < 3; ++i) {
        scheduler.enqueue(QStringLiteral("instance-a"), [&](RequestScheduler::Ticket) { ++started; });
        scheduler.enqueue(QStringLiteral("instance-b"), [&](RequestScheduler::Ticket) { ++started; });
    }
    QCOMPARE(started, 4);
    QCOMPARE(scheduler.inFlight(QStringLiteral("instance-a")), 2);
    QCOMPARE(scheduler.inFlight(QStringLiteral("instance-b")), 2);
    QCOMPARE(scheduler.queued(QStringLiteral("instance-a")), 1);
}

void TestRequestScheduler::cancelWithdrawsAQueuedJob()
{
    RequestScheduler scheduler(1);
    QList<int> started;
    bool cancelledCallback = false;
    const auto first = scheduler.enqueue(QStringLiteral("k"), [&](RequestScheduler::Ticket) { started.append(1); });
    const auto second = scheduler.enqueue(
        QStringLiteral("k"), [&](RequestScheduler::Ticket) { started.append(2); }, [&] { cancelledCallback = true; });
    scheduler.enqueue(QStringLiteral("k"), [&](RequestScheduler::Ticket) { started.append(3); });
    QVERIFY(!scheduler.cancel(first));  // already running
    QVERIFY(scheduler.cancel(second));
    QVERIFY(!cancelledCallback);  // the owner withdrew it: no callback
    scheduler.finished(first);
    QCOMPARE(started, QList<int>({1, 3}));
}

void TestRequestScheduler::cancelQueuedNotifiesJobs()
{
    RequestScheduler scheduler(1);
    int cancelled = 0;
    int started = 0;
    RequestScheduler::Ticket running = 0;
    for (int i = 0; i < 4; ++i) {
        scheduler.enqueue(
            QStringLiteral("k"), [&](RequestScheduler::Ticket t) { ++started; running = t; }, [&] { ++cancelled; });
    }
    scheduler.enqueue(QStringLiteral("other"), [&](RequestScheduler::Ticket) { ++started; });
    QCOMPARE(scheduler.cancelQueued(QStringLiteral("k")), 3);
    QCOMPARE(cancelled, 3);
    QCOMPARE(scheduler.inFlight(QStringLiteral("k")), 1);  // running work is untouched
    scheduler.finished(running);
    QCOMPARE(started, 2);
    QCOMPARE(scheduler.totalInFlight(), 1);  // the "other" job
}

void TestRequestScheduler::raisingTheLimitStartsWaitingJobs()
{
    RequestScheduler scheduler(1);
    int started = 0;
    for (int i = 0; i < 4; ++i)
        scheduler.enqueue(QStringLiteral("k"), [&](RequestScheduler::Ticket) { ++started; });
    QCOMPARE(started, 1);
    scheduler.setMaxInFlightPerKey(3);
    QCOMPARE(started, 3);
}

void TestRequestScheduler::countersByMethodRouteAndClass()
{
    RequestScheduler scheduler;
    scheduler.recordRequest(QStringLiteral("GET"), QStringLiteral("/api/groups"), StatusClass::Success);
    scheduler.recordRequest(QStringLiteral("GET"), QStringLiteral("/api/groups"), StatusClass::Success);
    scheduler.recordRequest(QStringLiteral("POST"), QStringLiteral("/api/groups"), StatusClass::ClientError);
    scheduler.recordRequest(QStringLiteral("PUT"), QStringLiteral("/api/groups/:id"), StatusClass::ServerError);
    scheduler.recordRequest(QStringLiteral("GET"), QStringLiteral("/proxy/:group/v1/models"), StatusClass::Timeout);
    scheduler.recordRequest(QStringLiteral("GET"), QStringLiteral("/health"), StatusClass::NetworkError);

    const RequestCounters counters = scheduler.counters();
    QCOMPARE(counters.total(), 6);
    QCOMPARE(counters.count(QStringLiteral("GET"), QStringLiteral("/api/groups")), 2);
    QCOMPARE(counters.count(QStringLiteral("GET")), 4);
    QCOMPARE(counters.count({}, {}, QStringLiteral("5xx")), 1);
    QCOMPARE(counters.count({}, {}, QStringLiteral("timeout")), 1);
    QCOMPARE(counters.count({}, {}, QStringLiteral("network")), 1);
    QCOMPARE(counters.mutating(), 2);
    QCOMPARE(counters.management(), 4);
    scheduler.resetCounters();
    QCOMPARE(scheduler.counters().total(), 0);
}

void TestRequestScheduler::httpClientRespectsTheLimit()
{
    FakeNetworkAccessManager network;
    network.setHandler([](const ul::test::FakeRequest &) { return FakeResponse::json(200, "{}").withDelay(5); });
    RequestScheduler scheduler(4);
    HttpClient client(&network, &scheduler);
    QList<QFuture<Result<HttpResponse>>> futures;
    for (int i = 0; i < 25; ++i)
        futures.append(client.send(HttpRequestSpec::make(HttpMethod::Get, QUrl(QStringLiteral("http://gptload.test/api/groups")))));
    QCOMPARE(network.inFlight(), 4);
    for (auto &f : futures) {
        const auto result = ul::test::await(f);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().status, 200);
    }
    QCOMPARE(network.maxInFlight(), 4);
    QCOMPARE(network.requests().size(), 25);
    QCOMPARE(scheduler.peakInFlight(QStringLiteral("gptload.test:80")), 4);
    QCOMPARE(scheduler.counters().count(QStringLiteral("GET"), QStringLiteral("/api/groups"), QStringLiteral("2xx")), 25);
}

void TestRequestScheduler::httpClientQueuedRequestCancelled()
{
    FakeNetworkAccessManager network;
    network.setHandler([](const ul::test::FakeRequest &) { return FakeResponse::hanging(); });
    RequestScheduler scheduler(1);
    HttpClient client(&network, &scheduler);
    const QUrl url(QStringLiteral("http://site.test/v1/models"));
    auto onWire = client.send(HttpRequestSpec::make(HttpMethod::Get, url));
    auto queued = client.send(HttpRequestSpec::make(HttpMethod::Get, url));
    QCOMPARE(scheduler.queued(QStringLiteral("site.test:80")), 1);
    QCOMPARE(scheduler.cancelQueued(QStringLiteral("site.test:80")), 1);
    const auto cancelled = ul::test::await(queued, 1000);
    QVERIFY(cancelled && !cancelled->ok());
    QCOMPARE(cancelled->error().kind, ErrorKind::Cancelled);
    QCOMPARE(network.requests().size(), 1);  // the queued one never reached the network

    client.cancelAll();
    const auto aborted = ul::test::await(onWire, 1000);
    QVERIFY(aborted && !aborted->ok());
    QCOMPARE(aborted->error().kind, ErrorKind::Cancelled);
    QCOMPARE(client.pendingCount(), 0);
    QCOMPARE(scheduler.totalInFlight(), 0);
}

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "tst_requestscheduler.moc"
