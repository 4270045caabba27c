#pragma once

#include "core/common/result.h"
#include "core/engine/snapshot.h"
#include "core/services/weightoptimizationtypes.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>

#include <memory>

namespace ul {

class ClockSchedule;
class EngineCore;

// The optional weight optimization loop (uni-load-behaviour.md §12.2; the rules are in
// core/layers/weightoptimization.h). Owned by EngineCore, engine thread only.
//
// Off unless ENABLE_WEIGHT_OPTIMIZATION; then every WEIGHT_OPTIMIZATION_INTERVAL hours (24 by
// default), counted from the last run stored in the state store, so a restart neither skips a
// day nor runs again early; an overdue run starts kFirstRunDelaySecs after start. A run is an
// "optimize-weights" job in the engine's queue (never alongside a reconcile or a sync); a dry
// run only reads and runs at once. A manual run works whether the loop is on or not.
class WeightOptimizerService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeightOptimizerService)

public:
    static constexpr int kFirstRunDelaySecs = 600;  // lets the instance checks and a catch-up reconcile finish
    static constexpr char kJobKind[] = "optimize-weights";
    static constexpr char kLastRunSettingKey[] = "weightOptimizer.lastRun";

    explicit WeightOptimizerService(EngineCore &core, QObject *parent = nullptr);
    ~WeightOptimizerService() override;

    void initialize();
    void shutdown();

    // Conflict JOB_IN_PROGRESS while a run is queued or running; `jobId` receives the id of a
    // queued job (not for a dry run, which is no job).
    QFuture<Result<WeightOptimizationReport>> run(const WeightOptimizationRequest &request, QString *jobId = nullptr);

    // The timer's slot: runs when the scheduled time has come on the engine's clock, else
    // re-arms. Public so that tests with a ManualClock drive the loop without waiting.
    void onTimer();

    bool isEnabled() const { return m_enabled; }
    QDateTime nextRun() const;
    void fillSnapshot(EngineSnapshot &snapshot) const;

private:
    void onDue();
    qint64 intervalMs() const;
    void runFinished(const Result<WeightOptimizationReport> &result);

    EngineCore &m_core;
    ClockSchedule *m_schedule;
    std::shared_ptr<bool> m_alive;
    bool m_enabled = false;
    bool m_running = false;
    QDateTime m_lastRun;
    QString m_lastResult;
};

} // namespace ul
