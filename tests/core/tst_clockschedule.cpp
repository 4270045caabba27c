// ClockSchedule (core/services/clockschedule.h): the next run of a loop on the engine's clock,
// which need not agree with the timer's.
#include "core/common/clock.h"
#include "core/services/clockschedule.h"

#include <QTest>

using namespace ul;

class TestClockSchedule : public QObject
{
    Q_OBJECT

private slots:
    void firesOnlyWhenTheClockHasReachedIt()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        int due = 0;
        ClockSchedule schedule(&clock, [&due]() { ++due; });
        QVERIFY(!schedule.next().isValid());
        schedule.check();  // nothing set: nothing happens
        QCOMPARE(due, 0);

        const QDateTime at = clock.now().addSecs(3600);
        schedule.setNext(at);
        QCOMPARE(schedule.next(), at);
        schedule.check();  // a timer step that came early (or a clock behind): re-armed, not run
        QCOMPARE(due, 0);
        QCOMPARE(schedule.next(), at);

        clock.advanceSecs(3600);
        schedule.check();
        QCOMPARE(due, 1);
        QVERIFY(!schedule.next().isValid());  // once per setNext()
        schedule.check();
        QCOMPARE(due, 1);
    }

    void aTimeInThePastRunsFromTheEventLoop()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        int due = 0;
        ClockSchedule schedule(&clock, [&due, &schedule, &clock]() {
            ++due;
            schedule.setNext(clock.now().addSecs(60));  // a loop sets its next run from the callback
        });
        schedule.setNext(clock.now().addSecs(-5));
        QTRY_COMPARE_WITH_TIMEOUT(due, 1, 2000);
        QCOMPARE(schedule.next(), clock.now().addSecs(60));
        QTest::qWait(50);
        QCOMPARE(due, 1);  // the ManualClock did not move: the next run waits

        schedule.clear();
        clock.advanceSecs(120);
        schedule.check();
        QCOMPARE(due, 1);
    }
};

QTEST_GUILESS_MAIN(TestClockSchedule)
#include "tst_clockschedule.moc"
