#pragma once

#include "core/common/future.h"
#include "core/common/result.h"

#include <QFuture>
#include <QString>

#include <functional>

namespace ul {

// For the engine's start…() commands, which answer as soon as their job is queued (the routes'
// fire-and-forget starts and ?async=1): calls `queue` (a JobQueue::enqueue with a job id out
// parameter) and yields the id, or why the job was refused (Conflict JOB_IN_PROGRESS while the
// same kind of job is queued or running). Engine thread.
template <typename T>
QFuture<Result<QString>> queuedJobId(const std::function<QFuture<Result<T>>(QString *jobId)> &queue)
{
    QString jobId;
    QFuture<Result<T>> job = queue(&jobId);
    if (!jobId.isEmpty())
        return readyResult<QString>(jobId);
    const bool refused = job.isFinished() && job.resultCount() > 0 && !job.result().ok();
    return readyError<QString>(refused ? job.result().error() : Error::internal(QStringLiteral("the job was not queued")));
}

} // namespace ul
