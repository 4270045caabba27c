#include "core/engine/jobqueue.h"

#include "core/common/redactor.h"

#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace ul {

JobQueue::JobQueue(StateStore *store, Clock *clock, QObject *parent) : QObject(parent), m_store(store), m_clock(clock) {}

JobQueue::~JobQueue()
{
    // Callers waiting on queued jobs learn that they will not run.
    for (auto &e : m_queued)
        e->cancelQueued();
}

QString JobQueue::nextId()
{
    ++m_counter;
    return QStringLiteral("job-%1-%2").arg(m_clock->nowMs(), 0, 36).arg(m_counter);
}

void JobQueue::push(std::unique_ptr<Entry> entry)
{
    m_queued.push_back(std::move(entry));
    emit jobsChanged();
    scheduleStart();
}

void JobQueue::scheduleStart()
{
    // Start from the event loop, never inside the caller's frame: callers may still be wiring up
    // continuations, and a job that completes synchronously must not re-enter them.
    if (!m_startScheduled) {
        m_startScheduled = true;
        QTimer::singleShot(0, this, [this]() {
            m_startScheduled = false;
            startNext();
        });
    }
}

void JobQueue::hold()
{
    m_held = true;
}

void JobQueue::release()
{
    if (!m_held)
        return;
    m_held = false;
    scheduleStart();
}

void JobQueue::startNext()
{
    if (m_running || m_queued.empty() || m_held)
        return;
    m_running = std::move(m_queued.front());
    m_queued.pop_front();
    Entry &e = *m_running;
    e.view.state = QStringLiteral("running");
    e.view.startedAt = m_clock->now();
    e.context->onProgress = [this]() {
        if (!m_running)
            return;
        m_running->view.progressDone = m_running->context->progressDone();
        m_running->view.progressTotal = m_running->context->progressTotal();
        m_running->view.step = m_running->context->step();
        emit jobsChanged();
    };
    emit jobsChanged();
    e.start(e);
}

void JobQueue::finish(Entry *entry, const QString &state, const QJsonObject &result, const Error *error)
{
    if (!m_running || m_running.get() != entry)
        return;
    JobView view = entry->view;
    view.state = state;
    view.finishedAt = m_clock->now();
    view.progressDone = entry->context->progressDone();
    view.progressTotal = entry->context->progressTotal();
    view.step = entry->context->step();
    view.result = result;
    if (error) {
        view.error = Redactor::text(error->message);
        view.errorCode = error->code.isEmpty() ? errorKindName(error->kind) : error->code;
        // The synchronous route answers these details (§9.2: step, steps, what was created);
        // GET /api/jobs/:id must not lose them.
        const QJsonObject details = QJsonDocument::fromJson(error->details.toUtf8()).object();
        view.errorDetails = Redactor::json(details).toObject();
        if (view.errorDetails.isEmpty() && !error->field.isEmpty())
            view.errorDetails.insert(QStringLiteral("field"), error->field);
    }
    entry->context->onProgress = nullptr;
    // Destroy the entry later: we are inside a continuation that the entry's lambdas own.
    QTimer::singleShot(0, this, [dead = std::shared_ptr<Entry>(m_running.release())]() {});
    m_finished.prepend(view);
    recordDuration(view);
    pruneFinished();
    emit jobFinished(view);
    emit jobsChanged();
    QTimer::singleShot(0, this, &JobQueue::startNext);
}

void JobQueue::recordDuration(const JobView &view)
{
    JobDurationStat &stat = m_stats[view.kind + QLatin1Char('/') + view.state];
    stat.kind = view.kind;
    stat.state = view.state;
    ++stat.count;
    if (view.startedAt.isValid() && view.finishedAt.isValid()) {
        const double seconds = static_cast<double>(view.startedAt.msecsTo(view.finishedAt)) / 1000.0;
        stat.totalSeconds += seconds;
        stat.maxSeconds = std::max(stat.maxSeconds, seconds);
    }
}

void JobQueue::pruneFinished()
{
    const QDateTime cutoff = m_clock->now().addMSecs(-m_retentionMs);
    while (!m_finished.isEmpty() && (m_finished.size() > 500 || m_finished.constLast().finishedAt < cutoff))
        m_finished.removeLast();
}

QList<JobView> JobQueue::jobs() const
{
    QList<JobView> out;
    if (m_running)
        out.append(m_running->view);
    for (const auto &e : m_queued)
        out.append(e->view);
    out.append(m_finished);
    return out;
}

std::optional<JobView> JobQueue::job(const QString &id) const
{
    if (m_running && m_running->view.id == id)
        return m_running->view;
    for (const auto &e : m_queued) {
        if (e->view.id == id)
            return e->view;
    }
    const QDateTime cutoff = m_clock->now().addMSecs(-m_retentionMs);
    for (const auto &v : m_finished) {
        if (v.id == id)
            return v.finishedAt < cutoff ? std::nullopt : std::optional<JobView>(v);
    }
    return std::nullopt;
}

bool JobQueue::hasJobWithKey(const QString &dedupeKey) const
{
    if (m_running && m_running->dedupeKey == dedupeKey)
        return true;
    for (const auto &e : m_queued) {
        if (e->dedupeKey == dedupeKey)
            return true;
    }
    return false;
}

bool JobQueue::cancel(const QString &id)
{
    if (m_running && m_running->view.id == id) {
        m_running->context->cancel();
        return true;
    }
    for (auto it = m_queued.begin(); it != m_queued.end(); ++it) {
        if ((*it)->view.id != id)
            continue;
        std::unique_ptr<Entry> e = std::move(*it);
        m_queued.erase(it);
        e->cancelQueued();
        JobView view = e->view;
        view.state = QStringLiteral("cancelled");
        view.finishedAt = m_clock->now();
        m_finished.prepend(view);
        recordDuration(view);
        emit jobFinished(view);
        emit jobsChanged();
        return true;
    }
    return false;
}

void JobQueue::cancelAll()
{
    while (!m_queued.empty())
        cancel(m_queued.front()->view.id);
    if (m_running)
        m_running->context->cancel();
}

} // namespace ul
