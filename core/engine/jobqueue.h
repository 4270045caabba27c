#pragma once

#include "core/common/clock.h"
#include "core/engine/job.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QPromise>

#include <deque>
#include <functional>
#include <memory>

namespace ul {

class StateStore;

// The one queue through which every job that changes gpt-load or api.yaml runs, one at a time
// (DESIGN.md §2: an L3's upstream PUT replaces the whole list, so two jobs touching one L3 must
// not interleave). Reads never wait for it. Engine thread only.
class JobQueue final : public QObject
{
    Q_OBJECT

public:
    JobQueue(StateStore *store, Clock *clock, QObject *parent = nullptr);
    ~JobQueue() override;

    template <typename T>
    using Runner = std::function<QFuture<Result<T>>(const JobContextPtr &)>;
    template <typename T>
    using ToJson = std::function<QJsonObject(const T &)>;

    // Queues a job. With a non-empty `dedupeKey`, a queued or running job with the same key makes
    // this call fail with a Conflict error instead. `jobId` (optional) receives the new id.
    template <typename T>
    QFuture<Result<T>> enqueue(const QString &kind, const QString &title, const QString &dedupeKey, Runner<T> runner,
                               ToJson<T> toJson = {}, QString *jobId = nullptr);

    QList<JobView> jobs() const;                     // running, queued, then finished (newest first)
    std::optional<JobView> job(const QString &id) const;
    bool isBusy() const { return m_running != nullptr; }
    bool hasJobWithKey(const QString &dedupeKey) const;
    bool cancel(const QString &id);                  // queued: dropped; running: flagged
    void cancelAll();
    void setRetention(qint64 msecs) { m_retentionMs = msecs; }
    // While held, jobs queue up but none starts (the engine holds the queue until the first
    // instance health check has answered, so early jobs do not fail for "no healthy instance").
    void hold();
    void release();
    bool isHeld() const { return m_held; }
    QList<JobDurationStat> durationStats() const { return m_stats.values(); }

signals:
    void jobsChanged();
    void jobFinished(const ul::JobView &job);

private:
    struct Entry
    {
        JobView view;
        QString dedupeKey;
        JobContextPtr context;
        std::function<void(Entry &)> start;      // runs the job; must call finish() exactly once
        std::function<void()> cancelQueued;      // resolves the caller's future as cancelled
    };

    QString nextId();
    void push(std::unique_ptr<Entry> entry);
    void startNext();
    void scheduleStart();
    void finish(Entry *entry, const QString &state, const QJsonObject &result, const Error *error);
    void pruneFinished();
    void recordDuration(const JobView &view);

    StateStore *m_store;
    Clock *m_clock;
    std::deque<std::unique_ptr<Entry>> m_queued;
    std::unique_ptr<Entry> m_running;
    QList<JobView> m_finished;
    QHash<QString, JobDurationStat> m_stats;  // "<kind>/<state>" →
    qint64 m_retentionMs = 3600 * 1000;
    quint64 m_counter = 0;
    bool m_startScheduled = false;
    bool m_held = false;
};

template <typename T>
QFuture<Result<T>> JobQueue::enqueue(const QString &kind, const QString &title, const QString &dedupeKey,
                                     Runner<T> runner, ToJson<T> toJson, QString *jobId)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    if (!dedupeKey.isEmpty() && hasJobWithKey(dedupeKey)) {
        Error e = Error::conflict(QStringLiteral("a %1 job is already queued or running").arg(kind));
        e.code = QStringLiteral("JOB_IN_PROGRESS");
        promise->addResult(Result<T>(e));
        promise->finish();
        return future;
    }

    auto entry = std::make_unique<Entry>();
    entry->view.id = nextId();
    entry->view.kind = kind;
    entry->view.title = title;
    entry->view.state = QStringLiteral("queued");
    entry->view.queuedAt = m_clock->now();
    entry->dedupeKey = dedupeKey;
    entry->context = std::make_shared<JobContext>(entry->view.id, kind, m_store);
    if (jobId)
        *jobId = entry->view.id;

    entry->cancelQueued = [promise]() {
        promise->addResult(Result<T>(Error::cancelled(QStringLiteral("job cancelled before it started"))));
        promise->finish();
    };
    entry->start = [this, promise, runner = std::move(runner), toJson = std::move(toJson)](Entry &started) {
        Entry *raw = &started;
        QFuture<Result<T>> inner = runner(started.context);
        // No context-object overloads (see core/common/future.h); `guard` stands in for `this`.
        QPointer<JobQueue> guard(this);
        inner
            .then([guard, promise, raw, toJson](const Result<T> &r) {
                promise->addResult(r);
                promise->finish();
                if (!guard)
                    return;
                if (r.ok()) {
                    guard->finish(raw, QStringLiteral("done"), toJson ? toJson(r.value()) : QJsonObject(), nullptr);
                } else {
                    const QString state = r.error().kind == ErrorKind::Cancelled ? QStringLiteral("cancelled")
                                                                                 : QStringLiteral("failed");
                    guard->finish(raw, state, {}, &r.error());
                }
            })
            .onCanceled([guard, promise, raw]() {
                const Error cancelled = Error::cancelled(QStringLiteral("job cancelled"));
                promise->addResult(Result<T>(cancelled));
                promise->finish();
                if (guard)
                    guard->finish(raw, QStringLiteral("cancelled"), {}, &cancelled);
            });
    };
    push(std::move(entry));
    return future;
}

} // namespace ul
