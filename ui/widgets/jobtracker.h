#pragma once

#include "core/common/result.h"
#include "core/engine/job.h"
#include "core/engine/snapshot.h"

#include <QFuture>
#include <QObject>

#include <functional>

namespace ul {

class Engine;

// Follows one engine job through the snapshots (progress, step, end state) and cancels it on
// request. Pages start a job with an engine command that yields its id, then track(id).
class JobTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTracker)

public:
    explicit JobTracker(Engine *engine, QObject *parent = nullptr);

    void track(const QString &jobId);
    // Tracks the job an engine command queues (`started` answers its id), then calls `tracked`;
    // when the engine refuses to start it, calls `refused` with the reason instead.
    void trackStarted(const QFuture<Result<QString>> &started, std::function<void(const Error &)> refused,
                      std::function<void()> tracked = {});
    // For commands that answer with their result rather than a job id: follows the next job of
    // `kind` that shows up queued or running (progress, cancel); the command's own future still
    // brings the result. stop() when it has.
    void followKind(const QString &kind);
    void stop();
    bool isActive() const { return !m_jobId.isEmpty(); }
    // "Running: <step> (<done> of <total>)", for a status line that follows a job.
    static QString progressText(int done, int total, const QString &step);
    // "Reconciliation finished." or "Reconciliation failed: <why>", for a finished reconcile job.
    static QString reconciliationOutcome(const JobView &job);
    QString jobId() const { return m_jobId; }
    // Asks the engine to cancel the tracked job; the end arrives through finished().
    void cancel();

signals:
    void progress(int done, int total, const QString &step);
    void finished(const ul::JobView &job);       // done, failed or cancelled
    void cancelFailed(const QString &message);
    void activeChanged(bool active);             // a job is followed now, or no longer

private:
    void showSnapshot(const EngineSnapshot &snapshot);
    void setJobId(const QString &jobId);

    Engine *m_engine;
    QString m_jobId;
    QString m_followedKind;
};

} // namespace ul
