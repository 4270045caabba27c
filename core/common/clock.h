#pragma once

#include <QDateTime>

#include <atomic>

namespace ul {

// Source of "now" for everything that schedules or ages things. Tests inject a ManualClock so
// that sync, health and cleanup logic can be driven without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    static Clock *system();  // process-wide real clock (UTC)
};

// Tests move it from their own thread while the engine thread reads it: an atomic count of
// milliseconds since the epoch, UTC.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime::currentDateTimeUtc()) : m_nowMs(start.toMSecsSinceEpoch()) {}
    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(m_nowMs.load(), Qt::UTC); }
    void set(const QDateTime &t) { m_nowMs.store(t.toMSecsSinceEpoch()); }
    void advanceSecs(qint64 secs) { m_nowMs.fetch_add(secs * 1000); }
    void advanceMs(qint64 ms) { m_nowMs.fetch_add(ms); }

private:
    std::atomic<qint64> m_nowMs;
};

} // namespace ul
