#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace ul {

class StateStore;

// A value copy of a job's state, for snapshots, the UI and GET /api/jobs/:id.
struct JobView
{
    QString id;
    QString kind;             // "process-site", "reconcile", "sync", …
    QString title;            // human-readable, e.g. "Onboard api-deepseek-com"
    QString state;            // queued | running | done | failed | cancelled
    int progressDone = 0;
    int progressTotal = 0;
    QString step;             // current step, e.g. "creating L2 groups"
    QJsonObject result;       // when done
    QString error;            // when failed (redacted)
    QString errorCode;
    QJsonObject errorDetails; // when failed: the error's structured details (redacted), e.g. step, steps, created
    QDateTime queuedAt;
    QDateTime startedAt;
    QDateTime finishedAt;

    bool isFinished() const { return state == QLatin1String("done") || state == QLatin1String("failed") || state == QLatin1String("cancelled"); }
};

// Cumulative figures of the finished jobs of one kind and end state, for /metrics. Kept for the
// process lifetime (the finished-job list itself is pruned after an hour).
struct JobDurationStat
{
    QString kind;
    QString state;            // done | failed | cancelled
    qint64 count = 0;
    double totalSeconds = 0;  // started → finished (0 for jobs cancelled before they started)
    double maxSeconds = 0;
};

// Handed to a running job: progress, cancellation and the operations journal. Engine thread only.
class JobContext
{
public:
    JobContext(QString id, QString kind, StateStore *store);

    const QString &id() const { return m_id; }
    const QString &kind() const { return m_kind; }

    bool isCancelled() const { return m_cancelled->load(); }
    void cancel() { m_cancelled->store(true); }
    // Shared flag for work that outlives a call frame (e.g. request lambdas).
    std::shared_ptr<std::atomic_bool> cancelFlag() const { return m_cancelled; }

    void setProgress(int done, int total, const QString &step = QString());
    void addProgress(int doneDelta);
    void setStep(const QString &step);
    int progressDone() const { return m_done; }
    int progressTotal() const { return m_total; }
    QString step() const { return m_step; }

    // Records one step in the operations journal (state store); `detail` is redacted here.
    void journal(const QString &op, const QString &instanceId, const QString &target, const QString &outcome,
                 const QString &detail = QString());

    std::function<void()> onProgress;  // set by the queue

private:
    QString m_id;
    QString m_kind;
    StateStore *m_store;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    int m_done = 0;
    int m_total = 0;
    QString m_step;
};

using JobContextPtr = std::shared_ptr<JobContext>;

} // namespace ul

Q_DECLARE_METATYPE(ul::JobView)
