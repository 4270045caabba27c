#include "ui/common/enginetext.h"
#include "ui/common/errortext.h"
#include "ui/common/statetext.h"
#include "ui/widgets/jobtracker.h"

#include "core/engine/engine.h"

namespace ul {

JobTracker::JobTracker(Engine *engine, QObject *parent) : QObject(parent), m_engine(engine)
{
    if (m_engine)
        connect(m_engine, &Engine::snapshotChanged, this, &JobTracker::showSnapshot);
}

void JobTracker::setJobId(const QString &jobId)
{
    const bool wasActive = isActive();
    m_jobId = jobId;
    if (isActive() != wasActive)
        emit activeChanged(isActive());
}

void JobTracker::track(const QString &jobId)
{
    setJobId(jobId);
    m_followedKind.clear();
    if (m_engine)
        showSnapshot(m_engine->snapshot());
}

QString JobTracker::progressText(int done, int total, const QString &step)
{
    return total > 0 ? tr("Running: %1 (%2 of %3)").arg(step, QString::number(done), QString::number(total)) : tr("Running: %1").arg(step);
}

QString JobTracker::reconciliationOutcome(const JobView &job)
{
    if (job.state == QLatin1String("done"))
        return tr("Reconciliation finished.");
    if (job.state == QLatin1String("cancelled"))
        return tr("Reconciliation cancelled; what was applied so far stays.");
    return tr("Reconciliation failed: %1").arg(ErrorText::translate(job.error, job.errorCode));
}

void JobTracker::followKind(const QString &kind)
{
    setJobId(QString());
    m_followedKind = kind;
    if (m_engine)
        showSnapshot(m_engine->snapshot());
}

void JobTracker::stop()
{
    m_followedKind.clear();
    setJobId(QString());
}

void JobTracker::trackStarted(const QFuture<Result<QString>> &started, std::function<void(const Error &)> refused,
                              std::function<void()> tracked)
{
    deliverTo(started, this, [this, refused = std::move(refused), tracked = std::move(tracked)](const Result<QString> &jobId) {
        if (!jobId.ok()) {
            refused(jobId.error());
            return;
        }
        track(jobId.value());
        if (tracked)
            tracked();
    });
}

void JobTracker::cancel()
{
    if (!m_engine || m_jobId.isEmpty())
        return;
    deliverTo(m_engine->cancelJob(m_jobId), this, [this](const Status &status) {
        if (!status.ok())
            emit cancelFailed(status.error().message);
    });
}

void JobTracker::showSnapshot(const EngineSnapshot &snapshot)
{
    if (m_jobId.isEmpty() && !m_followedKind.isEmpty()) {
        for (const JobView &job : snapshot.jobs) {
            if (job.kind == m_followedKind && !job.isFinished()) {
                m_followedKind.clear();
                setJobId(job.id);
                break;
            }
        }
    }
    if (m_jobId.isEmpty())
        return;
    for (const JobView &job : snapshot.jobs) {
        if (job.id != m_jobId)
            continue;
        if (job.isFinished()) {
            setJobId(QString());
            emit finished(job);
        } else {
            emit progress(job.progressDone, job.progressTotal, EngineText::translate(job.step));
        }
        return;
    }
}

} // namespace ul
