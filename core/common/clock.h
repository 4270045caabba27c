#pragma once

#include <QDateTime>

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

class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime::currentDateTimeUtc()) : m_now(start) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace ul
