#include "core/gptload/requestscheduler.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace ul {

namespace {

QString counterKey(const QString &method, const QString &route, const QString &statusClass)
{
    return method + QLatin1Char('\n') + route + QLatin1Char('\n') + statusClass;
}

bool isReadOnlyMethod(const QString &method)
{
    return method == QLatin1String("GET") || method == QLatin1String("HEAD") || method == QLatin1String("OPTIONS");
}

} // namespace

qint64 RequestCounters::total() const
{
    qint64 sum = 0;
    for (const RequestCount &c : m_entries)
        sum += c.count;
    return sum;
}

qint64 RequestCounters::count(const QString &method, const QString &route, const QString &statusClass) const
{
    qint64 sum = 0;
    for (const RequestCount &c : m_entries) {
        if ((method.isEmpty() || c.method == method) && (route.isEmpty() || c.route == route)
            && (statusClass.isEmpty() || c.statusClass == statusClass))
            sum += c.count;
    }
    return sum;
}

qint64 RequestCounters::mutating() const
{
    qint64 sum = 0;
    for (const RequestCount &c : m_entries) {
        if (!isReadOnlyMethod(c.method))
            sum += c.count;
    }
    return sum;
}

qint64 RequestCounters::management() const
{
    qint64 sum = 0;
    for (const RequestCount &c : m_entries) {
        if (c.route.startsWith(QLatin1String("/api/")))
            sum += c.count;
    }
    return sum;
}

RequestScheduler::RequestScheduler(int maxInFlightPerKey, QObject *parent)
    : QObject(parent), m_maxInFlight(std::max(1, maxInFlightPerKey))
{
}

RequestScheduler::~RequestScheduler()
{
    // Waiting jobs learn that they will never run.
    cancelQueued();
}

void RequestScheduler::setMaxInFlightPerKey(int max)
{
    m_maxInFlight = std::max(1, max);
    const QStringList keys = m_lanes.keys();
    for (const QString &key : keys)
        pump(key);
}

RequestScheduler::Ticket RequestScheduler::enqueue(const QString &key, StartFn start, CancelledFn onCancelled)
{
    const Ticket ticket = m_nextTicket++;
    m_lanes[key].waiting.append(Job{ticket, std::move(start), std::move(onCancelled)});
    pump(key);
    return ticket;
}

void RequestScheduler::pump(const QString &key)
{
    // Starting a job may re-enter (finished() or enqueue() from inside start), so look the lane up
    // again after every start instead of holding a reference.
    for (;;) {
        auto it = m_lanes.find(key);
        if (it == m_lanes.end())
            return;
        Lane &lane = it.value();
        if (lane.waiting.isEmpty() || lane.running.size() >= m_maxInFlight)
            return;
        Job job = lane.waiting.takeFirst();
        lane.running.append(job.ticket);
        lane.peak = std::max(lane.peak, int(lane.running.size()));
        m_runningKeys.insert(job.ticket, key);
        if (job.start)
            job.start(job.ticket);
        else
            finished(job.ticket);
    }
}

void RequestScheduler::finished(Ticket ticket)
{
    const auto keyIt = m_runningKeys.find(ticket);
    if (keyIt == m_runningKeys.end())
        return;
    const QString key = keyIt.value();
    m_runningKeys.erase(keyIt);
    m_lanes[key].running.removeOne(ticket);
    pump(key);
}

bool RequestScheduler::cancel(Ticket ticket)
{
    for (auto it = m_lanes.begin(); it != m_lanes.end(); ++it) {
        QList<Job> &waiting = it.value().waiting;
        for (qsizetype i = 0; i < waiting.size(); ++i) {
            if (waiting.at(i).ticket == ticket) {
                waiting.removeAt(i);
                return true;
            }
        }
    }
    return false;
}

int RequestScheduler::cancelQueued(const QString &key)
{
    QList<Job> removed;
    for (auto it = m_lanes.begin(); it != m_lanes.end(); ++it) {
        if (!key.isEmpty() && it.key() != key)
            continue;
        removed += std::exchange(it.value().waiting, {});
    }
    // Callbacks run after the lanes are consistent: they may enqueue new work.
    for (Job &job : removed) {
        if (job.onCancelled)
            job.onCancelled();
    }
    return int(removed.size());
}

int RequestScheduler::inFlight(const QString &key) const
{
    const auto it = m_lanes.constFind(key);
    return it == m_lanes.constEnd() ? 0 : int(it->running.size());
}

int RequestScheduler::queued(const QString &key) const
{
    const auto it = m_lanes.constFind(key);
    return it == m_lanes.constEnd() ? 0 : int(it->waiting.size());
}

int RequestScheduler::totalInFlight() const
{
    return int(m_runningKeys.size());
}

int RequestScheduler::totalQueued() const
{
    int sum = 0;
    for (const Lane &lane : m_lanes)
        sum += int(lane.waiting.size());
    return sum;
}

int RequestScheduler::peakInFlight(const QString &key) const
{
    const auto it = m_lanes.constFind(key);
    return it == m_lanes.constEnd() ? 0 : it->peak;
}

void RequestScheduler::recordRequest(const QString &method, const QString &route, StatusClass statusClass)
{
    ++m_counts[counterKey(method, route, statusClassName(statusClass))];
}

RequestCounters RequestScheduler::counters() const
{
    QList<RequestCount> entries;
    entries.reserve(m_counts.size());
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('\n'));
        entries.append(RequestCount{parts.value(0), parts.value(1), parts.value(2), it.value()});
    }
    std::sort(entries.begin(), entries.end(), [](const RequestCount &a, const RequestCount &b) {
        return std::tie(a.route, a.method, a.statusClass) < std::tie(b.route, b.method, b.statusClass);
    });
    return RequestCounters(std::move(entries));
}

void RequestScheduler::resetCounters()
{
    m_counts.clear();
}

} // namespace ul
