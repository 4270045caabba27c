#pragma once

#include "core/gptload/httptypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace ul {

// One counter row: requests made with this method to this route template that ended in this
// status class. Every wire attempt counts (a retried request counts once per attempt).
struct RequestCount
{
    QString method;       // "GET"
    QString route;        // "/api/groups/:id"
    QString statusClass;  // "2xx", "4xx", "5xx", "network", "timeout", "cancelled", …
    qint64 count = 0;
};

// A snapshot of the request counters, for metrics and benchmarks.
class RequestCounters final
{
public:
    RequestCounters() = default;
    explicit RequestCounters(QList<RequestCount> entries) : m_entries(std::move(entries)) {}

    const QList<RequestCount> &entries() const { return m_entries; }
    qint64 total() const;
    // Sum of the rows matching every non-empty argument.
    qint64 count(const QString &method, const QString &route = {}, const QString &statusClass = {}) const;
    qint64 mutating() const;    // methods other than GET, HEAD, OPTIONS
    qint64 management() const;  // routes under /api/ (gpt-load management calls)

private:
    QList<RequestCount> m_entries;
};

// Bounded concurrency per key (a gpt-load instance, or an AI site's host): at most N jobs run per
// key, the rest wait in FIFO order. Also keeps the request counters.
//
// Lives in the thread that uses it (the engine thread); not thread-safe.
class RequestScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestScheduler)

public:
    using Ticket = quint64;
    using StartFn = std::function<void(Ticket)>;
    using CancelledFn = std::function<void()>;

    // maxInFlightPerKey: MAX_CONCURRENT_REQUESTS (default 10); values < 1 become 1.
    explicit RequestScheduler(int maxInFlightPerKey = 10, QObject *parent = nullptr);
    ~RequestScheduler() override;

    int maxInFlightPerKey() const { return m_maxInFlight; }
    // A higher limit starts waiting jobs at once; a lower one lets running jobs finish.
    void setMaxInFlightPerKey(int max);

    // Queues a job for `key`. `start` runs with the job's ticket as soon as a slot is free —
    // synchronously inside enqueue() when one is free now. The job must then call finished(ticket)
    // exactly once. `onCancelled` runs if cancelQueued() removes the job before it started.
    Ticket enqueue(const QString &key, StartFn start, CancelledFn onCancelled = {});
    // A started job is done: frees its slot and starts the next waiting job of that key.
    void finished(Ticket ticket);
    // The job's owner withdraws a job that has not started; no callback runs. False if the ticket
    // is unknown or already started.
    bool cancel(Ticket ticket);
    // Removes every waiting job of `key` (all keys when empty), calling their onCancelled callbacks.
    // Returns how many were removed. Running jobs are not touched.
    int cancelQueued(const QString &key = {});

    int inFlight(const QString &key) const;
    int queued(const QString &key) const;
    int totalInFlight() const;
    int totalQueued() const;
    int peakInFlight(const QString &key) const;  // highest in-flight count seen for the key

    // Counters (see RequestCount).
    void recordRequest(const QString &method, const QString &route, StatusClass statusClass);
    RequestCounters counters() const;
    void resetCounters();

private:
    struct Job
    {
        Ticket ticket = 0;
        StartFn start;
        CancelledFn onCancelled;
    };
    struct Lane
    {
        QList<Job> waiting;
        QList<Ticket> running;
        int peak = 0;
    };

    void pump(const QString &key);

    int m_maxInFlight = 10;
    Ticket m_nextTicket = 1;
    QHash<QString, Lane> m_lanes;
    QHash<Ticket, QString> m_runningKeys;
    QHash<QString, qint64> m_counts;  // "method\nroute\nclass" → count
};

} // namespace ul
