#pragma once

#include "core/common/result.h"
#include "core/engine/job.h"
#include "core/layers/plan.h"
#include "core/layers/recordwriter.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QSet>

#include <functional>
#include <memory>

namespace ul {

class GptLoadClient;
class RunListings;
class StateStore;

enum class OpState {
    NotRun,     // not executed by the executor (provider operations: done by the api.yaml publish)
    Succeeded,
    Adopted,    // create answered 409 / unknown outcome: the existing group was taken over
    NoChange,   // nothing left to change when it ran (e.g. every new member failed)
    Failed,
    Blocked,    // an operation it depends on did not succeed
    Cancelled,  // the job was cancelled before it started
};
QString opStateName(OpState state);  // "not-run", "ok", "adopted", "no-change", "failed", "blocked", "cancelled"

struct OperationOutcome
{
    int opId = -1;
    OpKind kind = OpKind::RecordStore;
    Layer layer = Layer::ModelChannel;
    QString instanceId;
    QString group;
    OpState state = OpState::NotRun;
    QString detail;        // what happened, redacted
    Error error;           // when Failed or Blocked
    quint64 groupId = 0;   // the group the operation worked on (created or adopted id included)

    bool isSuccess() const { return state == OpState::Succeeded || state == OpState::Adopted || state == OpState::NoChange; }
    QJsonObject toJson() const;
};

struct ExecutionReport
{
    QList<OperationOutcome> outcomes;  // indexed by operation id
    bool cancelled = false;

    bool succeeded(int opId) const;
    int count(OpState state) const;
    QList<OperationOutcome> failures() const;  // Failed and Blocked
};

// Runs a Plan against gpt-load (uni-load-behaviour.md §11.3 steps 5–7):
// * dependency-driven, not phased: an operation starts as soon as what it depends on finished,
//   so calls stay in flight; the per-instance limit is GptLoadClient's scheduler;
// * create then upload the pool key; a 409 on create adopts the existing group (one listing
//   refresh per instance and run); an unknown outcome (timeout) looks the group up by name;
// * idempotent steps are retried by the client, key uploads once more here;
// * every step is journaled, store records change as steps succeed, a failed step blocks only
//   what depends on it; cancellation stops starting new steps.
// One object per run; engine thread only.
class PlanExecutor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanExecutor)

public:
    PlanExecutor(StateStore *store, RunListings *listings, QObject *parent = nullptr);
    ~PlanExecutor() override;

    // Runs the plan; the future finishes when every operation has an outcome. `context` may be
    // null (no journal, no progress, no cancellation).
    QFuture<ExecutionReport> execute(const Plan &plan, JobContextPtr context);

private:
    struct StepResult
    {
        OpState state = OpState::Succeeded;
        quint64 groupId = 0;
        QString detail;
        Error error;
    };
    using StepDone = std::function<void(StepResult)>;

    void pump();
    void start(int opId);
    void finish(int opId, StepResult result);
    void reservePlacement(const PlannedOperation &op);
    QList<PlannedUpstream> survivingUpstreams(const PlannedOperation &op, QSet<QString> *dropped) const;
    quint64 groupIdOf(const PlannedOperation &op) const;
    GptLoadClient *clientFor(const PlannedOperation &op, StepDone &done);
    void journal(const PlannedOperation &op, const StepResult &result);

    // Steps (planexecutor_steps.cpp).
    void runCreate(const PlannedOperation &op, StepDone done);
    void createAttempt(const PlannedOperation &op, GroupCreate payload, bool mayRetry, StepDone done);
    void adoptExisting(const PlannedOperation &op, const GroupCreate &payload, StepDone done);
    void adoptGroup(const PlannedOperation &op, const GroupCreate &payload, const GroupInfo &group, StepDone done);
    void runUpdate(const PlannedOperation &op, StepDone done);
    void runDelete(const PlannedOperation &op, StepDone done);
    void runKeys(const PlannedOperation &op, bool upload, int attempt, StepDone done);

    StateStore *m_store;
    RunListings *m_listings;
    RecordWriter m_records;
    Plan m_plan;
    JobContextPtr m_context;
    std::shared_ptr<QPromise<ExecutionReport>> m_promise;
    ExecutionReport m_report;
    QList<int> m_waitingOn;          // unfinished dependencies per operation
    QList<QList<int>> m_dependents;  // operation → operations waiting for it
    QList<int> m_ready;
    QHash<int, QSet<QString>> m_droppedMembers;  // operation → member L2s whose creation failed
    bool m_pumping = false;
    int m_unfinished = 0;
    int m_done = 0;
    int m_total = 0;
};

} // namespace ul
