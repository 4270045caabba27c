#include "core/engine/engine.h"
#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "tests/support/testutil.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace ul;

class TestEngine : public QObject
{
    Q_OBJECT

private:
    static EngineOptions memoryOptions()
    {
        EngineOptions o;
        o.stateStorePath = QStringLiteral(":memory:");
        o.enableModelSync = false;
        o.enableChannelHealth = false;
        o.enableModelOptimizer = false;
        return o;
    }

private slots:
    void startsPublishesAndStops()
    {
        Engine engine(memoryOptions());
        QSignalSpy spy(&engine, &Engine::snapshotChanged);
        engine.start();
        QTRY_VERIFY(engine.snapshot().ready);
        QTRY_VERIFY(spy.count() >= 1);  // announced one turn of the event loop after it arrived
        QVERIFY(engine.snapshot().startupError.isEmpty());
        engine.shutdown();
        QVERIFY(!engine.isRunning());
        engine.shutdown();  // idempotent
    }

    // Snapshots that arrive while the receiving thread is busy are announced once, as the newest.
    void aBacklogOfSnapshotsIsAnnouncedOnce()
    {
        Engine engine(memoryOptions());
        engine.start();
        QTRY_VERIFY(engine.snapshot().ready);
        QTest::qWait(50);
        QSignalSpy spy(&engine, &Engine::snapshotChanged);
        const quint64 before = engine.snapshot().revision;
        // Each command publishes at once; the UI thread sleeps in waitForFinished meanwhile.
        for (const bool enabled : {true, false, true, false})
            engine.setModelSyncEnabled(enabled).waitForFinished();
        QTRY_VERIFY(spy.count() >= 1);
        const quint64 announced = spy.first().first().value<EngineSnapshot>().revision;
        QVERIFY2(announced >= before + 4, qPrintable(QStringLiteral("%1 after %2").arg(announced).arg(before)));
        QVERIFY(spy.count() <= 2);  // the four, and at most one the engine published later by itself
        engine.shutdown();
    }

    void commandsRunInTheEngineThread()
    {
        Engine engine(memoryOptions());
        engine.start();
        QThread *caller = QThread::currentThread();
        auto f = engine.invoke<QString>([caller](EngineCore &core) {
            const bool elsewhere = QThread::currentThread() != caller && QThread::currentThread() == core.thread();
            return readyResult<QString>(elsewhere ? QStringLiteral("engine-thread") : QStringLiteral("wrong-thread"));
        });
        auto r = test::await(f);
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        QCOMPARE(r->value(), QStringLiteral("engine-thread"));
    }

    void jobsShowUpInSnapshots()
    {
        Engine engine(memoryOptions());
        engine.start();
        auto f = engine.invoke<int>([](EngineCore &core) {
            return core.jobs().enqueue<int>(QStringLiteral("demo"), QStringLiteral("Demo job"), {},
                                            [](const JobContextPtr &) { return readyResult<int>(7); });
        });
        QCOMPARE(test::await(f)->value(), 7);
        QTRY_VERIFY(!engine.snapshot().jobs.isEmpty());
        // A snapshot published while the job was still queued may arrive first.
        QTRY_COMPARE(engine.snapshot().jobs.first().state, QStringLiteral("done"));
    }

    void commandsAfterShutdownFailCleanly()
    {
        Engine engine(memoryOptions());
        engine.start();
        engine.shutdown();
        auto f = engine.invoke<int>([](EngineCore &) { return readyResult<int>(1); });
        QVERIFY(f.isFinished());
        QCOMPARE(f.result().error().kind, ErrorKind::Unavailable);
    }

    void pendingCommandIsCancelledByShutdown()
    {
        Engine engine(memoryOptions());
        engine.start();
        // The command's future never finishes on its own; shutdown must resolve the caller's.
        auto f = engine.invoke<int>([](EngineCore &) {
            auto p = std::make_shared<QPromise<Result<int>>>();
            p->start();
            static std::shared_ptr<QPromise<Result<int>>> keep;
            keep = p;  // kept alive past shutdown: nothing will ever finish it
            return p->future();
        });
        QTest::qWait(20);
        engine.shutdown();
        QVERIFY(!f.isFinished() || f.isCanceled() || f.result().hasError());
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
