#include "core/common/future.h"
#include "core/engine/jobqueue.h"
#include "core/store/statestore.h"
#include "tests/support/testutil.h"

#include <QPromise>
#include <QTest>
#include <QTimer>

using namespace ul;

namespace {
// A job that finishes after `ms` on the event loop, recording start/end order.
JobQueue::Runner<int> timedJob(QObject *ctx, QStringList *log, const QString &name, int ms, int value)
{
    return [=](const JobContextPtr &job) {
        log->append(name + QStringLiteral(":start"));
        job->setProgress(0, 1, QStringLiteral("working"));
        auto promise = std::make_shared<QPromise<Result<int>>>();
        promise->start();
        QTimer::singleShot(ms, ctx, [=]() {
            log->append(name + QStringLiteral(":end"));
            job->journal(QStringLiteral("test-op"), QString(), name, QStringLiteral("ok"), QStringLiteral("key=sk-abcdefghijklmnop12"));
            job->setProgress(1, 1);
            promise->addResult(Result<int>(value));
            promise->finish();
        });
        return promise->future();
    };
}
} // namespace

class TestJobQueue : public QObject
{
    Q_OBJECT

private slots:
    void runsOneAtATimeInOrder()
    {
        StateStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")).ok());
        ManualClock clock;
        JobQueue queue(&store, &clock);
        QStringList log;
        auto a = queue.enqueue<int>(QStringLiteral("k"), QStringLiteral("A"), {}, timedJob(this, &log, QStringLiteral("a"), 20, 1),
                                    [](const int &v) { return QJsonObject{{QStringLiteral("v"), v}}; });
        auto b = queue.enqueue<int>(QStringLiteral("k"), QStringLiteral("B"), {}, timedJob(this, &log, QStringLiteral("b"), 1, 2));
        QCOMPARE(queue.jobs().size(), 2);
        auto rb = test::await(b);
        QVERIFY(rb.has_value());
        QCOMPARE(rb->value(), 2);
        QCOMPARE(test::await(a)->value(), 1);
        QCOMPARE(log, (QStringList{QStringLiteral("a:start"), QStringLiteral("a:end"), QStringLiteral("b:start"), QStringLiteral("b:end")}));
        const auto jobs = queue.jobs();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.last().state, QStringLiteral("done"));
        QCOMPARE(jobs.last().result.value(QStringLiteral("v")).toInt(), 1);
        // The journal got both steps, redacted.
        const auto journal = store.journal(0, 10);
        QCOMPARE(journal->size(), 2);
        QVERIFY(!journal->first().detail.contains(QStringLiteral("sk-abcdefghijklmnop12")));
    }

    void heldQueueStartsNothingUntilReleased()
    {
        StateStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")).ok());
        ManualClock clock;
        JobQueue queue(&store, &clock);
        QStringList log;
        queue.hold();
        auto a = queue.enqueue<int>(QStringLiteral("k"), QStringLiteral("A"), {}, timedJob(this, &log, QStringLiteral("a"), 1, 1));
        QTest::qWait(20);
        QVERIFY(log.isEmpty());
        QCOMPARE(queue.jobs().first().state, QStringLiteral("queued"));
        queue.release();
        QCOMPARE(test::await(a)->value(), 1);
        QCOMPARE(log, (QStringList{QStringLiteral("a:start"), QStringLiteral("a:end")}));
    }

    void dedupeKeyConflicts()
    {
        ManualClock clock;
        JobQueue queue(nullptr, &clock);
        QStringList log;
        auto a = queue.enqueue<int>(QStringLiteral("sync"), {}, QStringLiteral("sync"), timedJob(this, &log, QStringLiteral("a"), 10, 1));
        auto b = queue.enqueue<int>(QStringLiteral("sync"), {}, QStringLiteral("sync"), timedJob(this, &log, QStringLiteral("b"), 10, 2));
        QVERIFY(b.isFinished());
        QCOMPARE(b.result().error().kind, ErrorKind::Conflict);
        QCOMPARE(test::await(a)->value(), 1);
        // Once finished, the key is free again.
        auto c = queue.enqueue<int>(QStringLiteral("sync"), {}, QStringLiteral("sync"), timedJob(this, &log, QStringLiteral("c"), 1, 3));
        QCOMPARE(test::await(c)->value(), 3);
    }

    void cancelQueuedAndRunning()
    {
        ManualClock clock;
        JobQueue queue(nullptr, &clock);
        QStringList log;
        QString idA, idB;
        std::shared_ptr<std::atomic_bool> runningFlag;
        auto a = queue.enqueue<int>(
            QStringLiteral("k"), {}, {},
            [&](const JobContextPtr &job) {
                runningFlag = job->cancelFlag();
                auto p = std::make_shared<QPromise<Result<int>>>();
                p->start();
                QTimer::singleShot(30, this, [p, job]() {
                    p->addResult(job->isCancelled() ? Result<int>(Error::cancelled()) : Result<int>(1));
                    p->finish();
                });
                return p->future();
            },
            {}, &idA);
        auto b = queue.enqueue<int>(QStringLiteral("k"), {}, {}, timedJob(this, &log, QStringLiteral("b"), 1, 2), {}, &idB);
        QVERIFY(queue.cancel(idB));
        QVERIFY(b.isFinished());
        QCOMPARE(b.result().error().kind, ErrorKind::Cancelled);
        QTRY_VERIFY(runningFlag != nullptr);
        QVERIFY(queue.cancel(idA));
        auto ra = test::await(a);
        QCOMPARE(ra->error().kind, ErrorKind::Cancelled);
        QCOMPARE(queue.job(idA)->state, QStringLiteral("cancelled"));
        QCOMPARE(queue.job(idB)->state, QStringLiteral("cancelled"));
        QVERIFY(log.isEmpty());
    }

    void abandonedRunnerFutureCountsAsCancelled()
    {
        ManualClock clock;
        JobQueue queue(nullptr, &clock);
        auto a = queue.enqueue<int>(QStringLiteral("k"), {}, {}, [](const JobContextPtr &) {
            QPromise<Result<int>> p;  // destroyed unfinished → the future is cancelled
            p.start();
            return p.future();
        });
        auto r = test::await(a);
        QVERIFY(r.has_value());
        QCOMPARE(r->error().kind, ErrorKind::Cancelled);
    }

    void finishedJobsExpire()
    {
        ManualClock clock;
        JobQueue queue(nullptr, &clock);
        QString id;
        auto a = queue.enqueue<int>(QStringLiteral("k"), {}, {}, [](const JobContextPtr &) { return readyResult<int>(5); }, {}, &id);
        QCOMPARE(test::await(a)->value(), 5);
        QVERIFY(queue.job(id).has_value());
        clock.advanceSecs(3601);
        QVERIFY(!queue.job(id).has_value());
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
