#include "core/services/weightoptimizerservice.h"

#include "core/services/clockschedule.h"
#include "core/common/clock.h"
#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/engine/notifier.h"
#include "core/log/categories.h"
#include "core/onboarding/futurechain.h"
#include "core/services/weightoptimizationrun.h"
#include "core/store/statestore.h"

#include <QJsonObject>
#include <QPointer>

#include <algorithm>

namespace ul {

WeightOptimizerService::WeightOptimizerService(EngineCore &core, QObject *parent)
    : QObject(parent), m_core(core), m_schedule(new ClockSchedule(core.clock(), [this]() { onDue(); }, this)),
      m_alive(std::make_shared<bool>(true))
{
}

WeightOptimizerService::~WeightOptimizerService()
{
    *m_alive = false;
}

void WeightOptimizerService::initialize()
{
    if (m_core.store().isOpen()) {
        const std::optional<QJsonValue> last = m_core.store().setting(QLatin1String(kLastRunSettingKey));
        if (last && last->isObject()) {
            m_lastRun = QDateTime::fromString(last->toObject().value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
            m_lastResult = last->toObject().value(QStringLiteral("result")).toString();
        }
    }
    m_enabled = m_core.options().enableWeightOptimization;
    if (!m_enabled)
        return;
    const QDateTime now = m_core.clock()->now();
    const QDateTime earliest = now.addSecs(kFirstRunDelaySecs);
    // A last run stamped in the future (the clock was set back) waits one interval at most.
    m_schedule->setNext(m_lastRun.isValid() ? std::clamp(m_lastRun.addMSecs(intervalMs()), earliest, now.addMSecs(intervalMs())) : earliest);
    qCInfo(lcLayers).noquote() << "weight optimization every" << m_core.options().weightOptimizationIntervalHours << "h; next run at"
                               << m_schedule->next().toString(Qt::ISODate);
}

void WeightOptimizerService::shutdown()
{
    *m_alive = false;
    m_schedule->clear();
}

qint64 WeightOptimizerService::intervalMs() const
{
    return qint64(std::max(1, m_core.options().weightOptimizationIntervalHours)) * 3600 * 1000;
}

QDateTime WeightOptimizerService::nextRun() const
{
    return m_enabled ? m_schedule->next() : QDateTime();
}

void WeightOptimizerService::onTimer()
{
    m_schedule->check();
}

void WeightOptimizerService::onDue()
{
    if (!m_enabled || !*m_alive)
        return;
    m_schedule->setNext(m_core.clock()->now().addMSecs(intervalMs()));
    WeightOptimizationRequest request;
    request.trigger = QStringLiteral("timer");
    QFuture<Result<WeightOptimizationReport>> started = run(request);
    if (started.isFinished() && started.resultCount() > 0 && !started.result().ok() && started.result().error().kind == ErrorKind::Conflict)
        qCInfo(lcLayers) << "scheduled weight optimization skipped: a run is already queued or running";
}

QFuture<Result<WeightOptimizationReport>> WeightOptimizerService::run(const WeightOptimizationRequest &request, QString *jobId)
{
    if (!*m_alive)
        return readyError<WeightOptimizationReport>(shutdownError());
    if (!m_core.storeReady())
        return readyError<WeightOptimizationReport>(StateStore::notOpenError());
    if (request.dryRun)
        return runWeightOptimization(m_core, this, request, nullptr);
    QPointer<WeightOptimizerService> guard(this);
    return m_core.jobs().enqueue<WeightOptimizationReport>(
        QLatin1String(kJobKind), QStringLiteral("Optimize the weights of the model groups"), QLatin1String(kJobKind),
        [guard, request](const JobContextPtr &context) -> QFuture<Result<WeightOptimizationReport>> {
            if (!guard || !*guard->m_alive)
                return readyError<WeightOptimizationReport>(shutdownError());
            guard->m_running = true;
            guard->m_core.schedulePublish();
            return guardedThen(runWeightOptimization(guard->m_core, guard, request, context), guard.data(),
                               [guard](const Result<WeightOptimizationReport> &result) {
                                   guard->runFinished(result);
                                   return result;
                               });
        },
        [](const WeightOptimizationReport &report) { return report.toJson(); }, jobId);
}

void WeightOptimizerService::runFinished(const Result<WeightOptimizationReport> &result)
{
    m_running = false;
    if (!*m_alive)
        return;
    m_lastRun = m_core.clock()->now();
    m_lastResult = result.ok() ? result->summary() : QStringLiteral("failed: %1").arg(result.error().message);
    if (result.ok()) {
        qCInfo(lcLayers).noquote() << "weight optimization:" << m_lastResult;
        if (result->changed > 0)
            m_core.notifier().post(QStringLiteral("weights-optimized"), EngineEvent::Severity::Info, QStringLiteral("weight-optimizer"),
                                   QStringLiteral("the weight optimization changed %1 weight(s)").arg(result->changed));
    } else {
        qCWarning(lcLayers).noquote() << "weight optimization" << m_lastResult;
        if (result.error().kind != ErrorKind::Cancelled)
            m_core.notifier().post(QStringLiteral("weight-optimization-failed"), EngineEvent::Severity::Warning,
                                   QStringLiteral("weight-optimizer"),
                                   QStringLiteral("the weight optimization failed: %1").arg(result.error().message));
    }
    if (m_enabled)  // a manual run counts as the interval's run
        m_schedule->setNext(m_lastRun.addMSecs(intervalMs()));
    if (m_core.store().isOpen()) {
        const QJsonObject last{{QStringLiteral("at"), m_lastRun.toString(Qt::ISODateWithMs)}, {QStringLiteral("result"), m_lastResult}};
        if (Status s = m_core.store().setSetting(QLatin1String(kLastRunSettingKey), last); !s.ok())
            qCWarning(lcLayers).noquote() << "cannot store the time of the weight optimization:" << s.error().message;
    }
    m_core.markSitesChanged();
}

void WeightOptimizerService::fillSnapshot(EngineSnapshot &s) const
{
    s.weightOptimizer.enabled = m_enabled;
    s.weightOptimizer.busy = m_running || m_core.jobs().hasJobWithKey(QLatin1String(kJobKind));
    s.weightOptimizer.intervalMinutes = m_core.options().weightOptimizationIntervalHours * 60;
    s.weightOptimizer.nextRun = nextRun();
    s.weightOptimizer.lastRun = m_lastRun;
    s.weightOptimizer.lastResult = m_lastResult;
}

} // namespace ul
