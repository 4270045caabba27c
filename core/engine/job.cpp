#include "core/engine/job.h"

#include "core/common/redactor.h"
#include "core/store/statestore.h"

namespace ul {

JobContext::JobContext(QString id, QString kind, StateStore *store)
    : m_id(std::move(id)), m_kind(std::move(kind)), m_store(store)
{
}

void JobContext::setProgress(int done, int total, const QString &step)
{
    m_done = done;
    m_total = total;
    if (!step.isNull())
        m_step = step;
    if (onProgress)
        onProgress();
}

void JobContext::addProgress(int doneDelta)
{
    m_done += doneDelta;
    if (onProgress)
        onProgress();
}

void JobContext::setStep(const QString &step)
{
    m_step = step;
    if (onProgress)
        onProgress();
}

void JobContext::journal(const QString &op, const QString &instanceId, const QString &target, const QString &outcome,
                         const QString &detail)
{
    if (!m_store || !m_store->isOpen())
        return;
    JournalEntry e;
    e.jobId = m_id;
    e.kind = m_kind;
    e.op = op;
    e.instanceId = instanceId;
    e.target = target;
    e.outcome = outcome;
    e.detail = Redactor::text(detail);
    (void)m_store->appendJournal(e);  // a journal failure must not fail the job; the store logs it
}

} // namespace ul
