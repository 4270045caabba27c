#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

class QTimer;

namespace ul {

class Clock;

// The next run of a periodic loop, on the engine's Clock: calls `due` once the clock has reached
// the time set. The engine's clock and the timer's need not agree (tests use a ManualClock, the
// wall clock can jump), so the timer is armed in steps of at most an hour and every timeout
// compares with the clock; a step that comes early just re-arms. Engine thread only.
class ClockSchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockSchedule)

public:
    static constexpr qint64 kMaxStepMs = 3600LL * 1000;

    ClockSchedule(Clock *clock, std::function<void()> due, QObject *parent = nullptr);

    // Arms for `at` (a time in the past is due at once).
    void setNext(const QDateTime &at);
    // Stops; next() is invalid until setNext().
    void clear();
    QDateTime next() const { return m_next; }

    // The timer's slot: calls `due` (after clearing next()) when the time has come, else re-arms.
    // Public so that tests with a ManualClock fire it without waiting.
    void check();

private:
    void arm();

    Clock *m_clock;
    std::function<void()> m_due;
    QTimer *m_timer;
    QDateTime m_next;
};

} // namespace ul
