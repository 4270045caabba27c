// PlanExecutor: dependency-driven dispatch, outcomes, store patches and the journal.
#include "core/layers/planexecutor.h"

#include "core/gptload/gptloadclient.h"
#include "core/layers/runlistings.h"
#include "core/log/categories.h"

namespace ul {

QString opStateName(OpState state)
{
    switch (state) {
    case OpState::NotRun: return QStringLiteral("not-run");
    case OpState::Succeeded: return QStringLiteral("ok");
    case OpState::Adopted: return QStringLiteral("adopted");
    case OpState::NoChange: return QStringLiteral("no-change");
    case OpState::Failed: return QStringLiteral("failed");
    case OpState::Blocked: return QStringLiteral("blocked");
    case OpState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject OperationOutcome::toJson() const
{
    QJsonObject o{{QStringLiteral("op"), opKindName(kind)},
                  {QStringLiteral("layer"), layerKey(layer)},
                  {QStringLiteral("instance"), instanceId},
                  {QStringLiteral("group"), group},
                  {QStringLiteral("outcome"), opStateName(state)}};
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (state == OpState::Failed || state == OpState::Blocked)
        o.insert(QStringLiteral("error"), error.message);
    return o;
}

bool ExecutionReport::succeeded(int opId) const
{
    return opId >= 0 && opId < outcomes.size() && outcomes.at(opId).isSuccess();
}

int ExecutionReport::count(OpState state) const
{
    int n = 0;
    for (const OperationOutcome &o : outcomes)
        n += o.state == state ? 1 : 0;
    return n;
}

QList<OperationOutcome> ExecutionReport::failures() const
{
    QList<OperationOutcome> out;
    for (const OperationOutcome &o : outcomes) {
        if (o.state == OpState::Failed || o.state == OpState::Blocked)
            out.append(o);
    }
    return out;
}

PlanExecutor::PlanExecutor(StateStore *store, RunListings *listings, QObject *parent)
    : QObject(parent), m_store(store), m_listings(listings), m_records(store)
{
}

PlanExecutor::~PlanExecutor()
{
    if (m_promise) {
        m_report.cancelled = true;
        m_promise->addResult(m_report);
        m_promise->finish();
    }
}

QFuture<ExecutionReport> PlanExecutor::execute(const Plan &plan, JobContextPtr context)
{
    m_plan = plan;
    m_context = std::move(context);
    m_promise = std::make_shared<QPromise<ExecutionReport>>();
    QFuture<ExecutionReport> future = m_promise->future();
    m_promise->start();

    const int n = int(m_plan.operations.size());
    m_report = ExecutionReport();
    m_report.outcomes.reserve(n);
    m_waitingOn = QList<int>(n, 0);
    m_dependents = QList<QList<int>>(n);
    m_total = 0;
    for (const PlannedOperation &op : std::as_const(m_plan.operations)) {
        OperationOutcome o;
        o.opId = op.id;
        o.kind = op.kind;
        o.layer = op.layer;
        o.instanceId = op.instanceId;
        o.group = op.group;
        o.groupId = op.groupId;
        m_report.outcomes.append(o);
        QList<int> deps = op.dependsOn;
        for (int a : op.awaits) {
            if (!deps.contains(a))
                deps.append(a);
        }
        for (int d : std::as_const(deps)) {
            ++m_waitingOn[op.id];
            m_dependents[d].append(op.id);
        }
        if (op.kind != OpKind::UpsertProvider && op.kind != OpKind::RemoveProvider)
            ++m_total;
    }
    m_unfinished = n;
    m_done = 0;

    if (Status loaded = m_records.load(); !loaded.ok()) {
        // Without the record index no step could be recorded: run nothing.
        for (OperationOutcome &o : m_report.outcomes) {
            o.state = OpState::Failed;
            o.error = loaded.error();
        }
        m_unfinished = 0;
    } else {
        for (int i = 0; i < n; ++i) {
            if (m_waitingOn.at(i) == 0)
                m_ready.append(i);
        }
    }
    if (m_context)
        m_context->setProgress(0, m_total, QStringLiteral("applying the layer plan"));
    pump();
    return future;
}

void PlanExecutor::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    while (!m_ready.isEmpty())
        start(m_ready.takeFirst());
    m_pumping = false;
    if (m_unfinished == 0 && m_promise) {
        m_report.cancelled = m_context && m_context->isCancelled();
        auto promise = std::move(m_promise);
        promise->addResult(m_report);
        promise->finish();
    }
}

void PlanExecutor::start(int opId)
{
    const PlannedOperation &op = m_plan.operations.at(opId);
    if (op.kind == OpKind::UpsertProvider || op.kind == OpKind::RemoveProvider) {
        finish(opId, StepResult{OpState::NotRun, 0, QStringLiteral("applied by the api.yaml publish"), {}});
        return;
    }
    if (m_context && m_context->isCancelled()) {
        finish(opId, StepResult{OpState::Cancelled, 0, QStringLiteral("the job was cancelled"), Error::cancelled()});
        return;
    }
    for (int d : op.dependsOn) {
        const OperationOutcome &dep = m_report.outcomes.at(d);
        if (!dep.isSuccess()) {
            const QString why = QStringLiteral("depends on %1 %2, which %3").arg(opKindName(dep.kind), dep.group, opStateName(dep.state));
            finish(opId, StepResult{OpState::Blocked, 0, why, Error::make(ErrorKind::Unprocessable, why)});
            return;
        }
    }
    StepDone done = [this, opId](StepResult result) { finish(opId, std::move(result)); };
    switch (op.kind) {
    case OpKind::RecordStore: finish(opId, StepResult{OpState::Succeeded, 0, QString(), {}}); return;
    case OpKind::CreateGroup:
        // Recorded before it is asked for: a process killed with the create in flight leaves a
        // record (id 0) that the next run resolves — adopting the group, creating it, or
        // deleting it when it is no longer wanted — instead of an unrecorded orphan.
        reservePlacement(op);
        runCreate(op, std::move(done));
        return;
    case OpKind::UpdateGroup: runUpdate(op, std::move(done)); return;
    case OpKind::DeleteGroup: runDelete(op, std::move(done)); return;
    case OpKind::UploadPoolKey: runKeys(op, true, 0, std::move(done)); return;
    case OpKind::DeletePoolKey: runKeys(op, false, 0, std::move(done)); return;
    case OpKind::UpsertProvider:
    case OpKind::RemoveProvider: break;
    }
}

// Records the group to be created with id 0 (its real id is recorded when the create succeeds).
// The create may land on an instance that cannot be asked afterwards (it went down with the
// answer in flight, or this process was killed): the record keeps later runs from creating it
// on another instance while that one is away (a duplicate, §11 "nothing is created elsewhere");
// once it is back, the group is adopted there, created again, or deleted when no longer wanted.
void PlanExecutor::reservePlacement(const PlannedOperation &op)
{
    for (const RecordPatch &patch : op.patches) {
        if (patch.kind != RecordPatch::Kind::UpsertL2 && patch.kind != RecordPatch::Kind::UpsertL3)
            continue;
        if (Status s = m_records.apply(patch, 0); !s.ok())
            qCWarning(lcLayers).noquote() << "could not record the placement of" << op.group << "on" << op.instanceId << ":"
                                          << s.error().message;
    }
}

void PlanExecutor::finish(int opId, StepResult result)
{
    const PlannedOperation &op = m_plan.operations.at(opId);
    OperationOutcome &outcome = m_report.outcomes[opId];
    outcome.state = result.state;
    outcome.detail = result.detail;
    outcome.error = result.error;
    if (result.groupId != 0)
        outcome.groupId = result.groupId;

    if (outcome.isSuccess()) {
        const QSet<QString> dropped = m_droppedMembers.value(opId);
        for (const RecordPatch &patch : op.patches) {
            if (patch.kind == RecordPatch::Kind::UpsertMember && dropped.contains(patch.member.l2Name))
                continue;  // its L2 could not be created: not a member after all
            if (Status s = m_records.apply(patch, outcome.groupId); !s.ok()) {
                outcome.state = OpState::Failed;
                outcome.error = s.error().withContext(QStringLiteral("recording %1").arg(patch.describe()));
                result.state = OpState::Failed;
                result.error = outcome.error;
                break;
            }
        }
    }
    if (outcome.state != OpState::NotRun) {
        journal(op, result);
        ++m_done;
        if (m_context)
            m_context->setProgress(m_done, m_total, QStringLiteral("%1 %2").arg(opKindName(op.kind), op.group));
    }
    if (outcome.state == OpState::Failed)
        qCWarning(lcLayers).noquote() << opKindName(op.kind) << op.group << "on" << op.instanceId << "failed:" << outcome.error.message;

    --m_unfinished;
    for (int d : m_dependents.at(opId)) {
        if (--m_waitingOn[d] == 0)
            m_ready.append(d);
    }
    pump();
}

QList<PlannedUpstream> PlanExecutor::survivingUpstreams(const PlannedOperation &op, QSet<QString> *dropped) const
{
    QList<PlannedUpstream> out;
    for (const PlannedUpstream &u : op.upstreams) {
        if (u.createdBy >= 0 && !m_report.succeeded(u.createdBy)) {
            if (dropped && !u.l2Name.isEmpty())
                dropped->insert(u.l2Name);
            continue;
        }
        out.append(u);
    }
    return out;
}

quint64 PlanExecutor::groupIdOf(const PlannedOperation &op) const
{
    if (op.groupId != 0)
        return op.groupId;
    if (op.groupCreatedBy >= 0)
        return m_report.outcomes.at(op.groupCreatedBy).groupId;
    return 0;
}

GptLoadClient *PlanExecutor::clientFor(const PlannedOperation &op, StepDone &done)
{
    GptLoadClient *client = m_listings ? m_listings->client(op.instanceId) : nullptr;
    if (!client) {
        done(StepResult{OpState::Failed, 0, QString(),
                        Error::make(ErrorKind::Unavailable, QStringLiteral("instance %1 is not available").arg(op.instanceId))});
    }
    return client;
}

void PlanExecutor::journal(const PlannedOperation &op, const StepResult &result)
{
    if (!m_context)
        return;
    QString outcome;
    QString detail = op.detail;
    switch (result.state) {
    case OpState::Succeeded: outcome = QStringLiteral("ok"); break;
    case OpState::Adopted: outcome = QStringLiteral("adopted"); break;
    case OpState::NoChange: outcome = QStringLiteral("skipped"); break;
    case OpState::Failed: outcome = QStringLiteral("failed"); break;
    case OpState::Blocked:
    case OpState::Cancelled: outcome = QStringLiteral("skipped"); break;
    case OpState::NotRun: return;
    }
    if (!result.detail.isEmpty())
        detail += (detail.isEmpty() ? QString() : QStringLiteral(" — ")) + result.detail;
    if (result.state == OpState::Failed)
        detail += (detail.isEmpty() ? QString() : QStringLiteral(" — ")) + result.error.toString();
    m_context->journal(opKindName(op.kind), op.instanceId, op.group, outcome, detail);
}

} // namespace ul
