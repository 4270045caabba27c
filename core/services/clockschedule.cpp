#include "core/services/clockschedule.h"

#include "core/common/clock.h"

#include <QTimer>

#include <algorithm>

namespace ul {

ClockSchedule::ClockSchedule(Clock *clock, std::function<void()> due, QObject *parent)
    : QObject(parent), m_clock(clock), m_due(std::move(due)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &ClockSchedule::check);
}

void ClockSchedule::setNext(const QDateTime &at)
{
    m_next = at;
    arm();
}

void ClockSchedule::clear()
{
    m_next = QDateTime();
    m_timer->stop();
}

void ClockSchedule::arm()
{
    if (!m_next.isValid()) {
        m_timer->stop();
        return;
    }
    const qint64 remaining = m_clock->now().msecsTo(m_next);
    m_timer->start(int(std::clamp<qint64>(remaining, 0, kMaxStepMs)));
}

void ClockSchedule::check()
{
    if (!m_next.isValid())
        return;
    if (m_clock->now() < m_next) {
        arm();
        return;
    }
    m_next = QDateTime();
    m_timer->stop();
    m_due();
}

} // namespace ul
