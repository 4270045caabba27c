#include "core/services/keyvalidation.h"

#include "core/common/future.h"
#include "core/services/channelhealthservice.h"
#include "core/services/channeloptions.h"
#include "core/engine/enginecore.h"
#include "core/gptload/gptloadclient.h"
#include "core/instances/instanceregistry.h"
#include "core/onboarding/siteonboarding.h"
#include "core/sites/testmodel.h"
#include "core/store/statestore.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QPointer>

namespace ul {

namespace {

struct Run
{
    EngineCore *core = nullptr;
    KeyValidationTarget target;
    JobContextPtr context;
    QDeadlineTimer deadline;
    QPointer<GptLoadClient> client;
    TaskStatus started;
    bool slotWaited = false;
};
using RunPtr = std::shared_ptr<Run>;

Error cancelledError()
{
    return Error::cancelled(QStringLiteral("key validation cancelled (gpt-load finishes the task it started)"));
}

Error clientGone(const RunPtr &run)
{
    return Error::make(ErrorKind::Unavailable, QStringLiteral("gpt-load instance %1 is no longer configured").arg(run->target.instanceId));
}

KeyValidationReport reportOf(const RunPtr &run, const TaskStatus &status)
{
    KeyValidationReport report;
    report.channel = run->target.channel;
    report.instanceId = run->target.instanceId;
    const std::optional<InstanceConfig> instance = run->core->instances().instance(run->target.instanceId);
    report.instanceName = instance ? instance->name : run->target.instanceId;
    report.testModel = run->target.testModel;
    report.highCost = run->target.highCost;
    if (const std::optional<ValidationSummary> summary = status.validationSummary()) {
        report.totalKeys = summary->totalKeys;
        report.validKeys = summary->validKeys;
        report.invalidKeys = summary->invalidKeys;
    }
    report.startedAt = status.startedAt;
    report.finishedAt = status.finishedAt;
    report.durationSeconds = status.durationSeconds;
    return report;
}

QFuture<Result<KeyValidationReport>> poll(RunPtr run);

QFuture<Result<KeyValidationReport>> finished(const RunPtr &run, const TaskStatus &status)
{
    if (!status.error.isEmpty()) {
        run->context->journal(QStringLiteral("validate-keys"), run->target.instanceId, run->target.channel, QStringLiteral("failed"), status.error);
        Error e = Error::make(ErrorKind::Upstream, QStringLiteral("gpt-load's key validation of %1 failed: %2").arg(run->target.channel, status.error));
        return readyError<KeyValidationReport>(e);
    }
    const KeyValidationReport report = reportOf(run, status);
    run->context->setProgress(int(status.processed), int(status.total), QStringLiteral("validation finished"));
    run->context->journal(QStringLiteral("validate-keys"), run->target.instanceId, run->target.channel, QStringLiteral("ok"),
                          QStringLiteral("%1 keys: %2 valid, %3 invalid (test model %4)")
                              .arg(report.totalKeys).arg(report.validKeys).arg(report.invalidKeys).arg(report.testModel));
    if (!run->client)
        return readyResult(report);
    // Validation results count toward gpt-load's blacklisting rather than setting key states, so
    // the pool the views show is read back from the group's stats; the report stands either way.
    return guardedThen(run->core->channelHealth().readKeyPool(run->client, run->target.channel, quint64(run->target.groupId)), run->core,
                       [report](const Result<KeyCounts> &) -> Result<KeyValidationReport> { return report; });
}

// One slice of polling: the client polls the task slot until the task ends or the slice is over;
// between slices the job's cancellation and the overall deadline are checked.
QFuture<Result<KeyValidationReport>> poll(RunPtr run)
{
    if (run->context->isCancelled())
        return readyError<KeyValidationReport>(cancelledError());
    if (!run->client)
        return readyError<KeyValidationReport>(clientGone(run));
    const int slice = int(std::min<qint64>(kKeyValidationPollSliceMs, std::max<qint64>(1, run->deadline.remainingTime())));
    return guardedThen(run->client->waitForTask(run->started, slice), run->core,
                       [run](const Result<TaskStatus> &status) -> QFuture<Result<KeyValidationReport>> {
                           if (status.ok())
                               return finished(run, status.value());
                           if (status.error().kind != ErrorKind::Timeout)
                               return readyError<KeyValidationReport>(status.error());
                           if (run->deadline.hasExpired())
                               return readyError<KeyValidationReport>(
                                   Error::make(ErrorKind::Timeout, QStringLiteral("gpt-load's key validation of %1 is still running; "
                                                                                  "its outcome shows in gpt-load").arg(run->target.channel)));
                           if (run->context->isCancelled() || !run->client)
                               return poll(run);
                           // The task's progress for the job view, then the next slice.
                           return guardedThen(run->client->taskStatus(), run->core,
                                              [run](const Result<TaskStatus> &now) -> QFuture<Result<KeyValidationReport>> {
                                                  if (now.ok() && now->isSameTask(run->started))
                                                      run->context->setProgress(int(now->processed), int(now->total),
                                                                                QStringLiteral("validating keys"));
                                                  return poll(run);
                                              })
                               .unwrap();
                       })
        .unwrap();
}

QFuture<Result<KeyValidationReport>> start(RunPtr run)
{
    if (run->context->isCancelled())
        return readyError<KeyValidationReport>(cancelledError());
    if (!run->client)
        return readyError<KeyValidationReport>(clientGone(run));
    run->context->setStep(QStringLiteral("starting gpt-load's key validation"));
    return guardedThen(run->client->validateGroup(quint64(run->target.groupId)), run->core,
                       [run](const Result<TaskStatus> &started) -> QFuture<Result<KeyValidationReport>> {
                           if (started.ok()) {
                               run->started = started.value();
                               run->context->setProgress(0, int(started->total), QStringLiteral("validating keys"));
                               return poll(run);
                           }
                           const Error &e = started.error();
                           const bool busy = e.kind == ErrorKind::Conflict && e.message.contains(QStringLiteral("already running"));
                           if (busy && !run->slotWaited && run->client) {
                               // gpt-load has one task slot per instance: wait for it once, then start again.
                               run->slotWaited = true;
                               run->context->setStep(QStringLiteral("waiting for gpt-load's task slot"));
                               const int wait = int(std::max<qint64>(1, run->deadline.remainingTime()));
                               return guardedThen(run->client->waitForIdleTaskSlot(wait), run->core,
                                                  [run](const Result<TaskStatus> &idle) -> QFuture<Result<KeyValidationReport>> {
                                                      if (!idle.ok())
                                                          return readyError<KeyValidationReport>(idle.error());
                                                      return start(run);
                                                  })
                                   .unwrap();
                           }
                           if (e.kind == ErrorKind::Conflict && e.message.contains(QStringLiteral("no keys to validate"))) {
                               Error none = Error::make(ErrorKind::Unprocessable, QStringLiteral("%1 has no keys to validate").arg(run->target.channel));
                               none.code = QStringLiteral("NO_KEYS");
                               return readyError<KeyValidationReport>(none);
                           }
                           run->context->journal(QStringLiteral("validate-keys"), run->target.instanceId, run->target.channel,
                                                 QStringLiteral("failed"), e.message);
                           return readyError<KeyValidationReport>(e);
                       })
        .unwrap();
}

} // namespace

Result<KeyValidationTarget> keyValidationTarget(EngineCore &core, const QString &channel, bool confirmHighCost)
{
    const Result<SiteGroupRecord> group = findChannel(core, channel);
    if (!group.ok())
        return group.error();
    KeyValidationTarget target;
    target.channel = group->name;
    target.instanceId = group->instanceId;
    target.groupId = group->groupId;
    target.testModel = group->effectiveTestModel();
    target.highCost = isCostlyTestModel(target.testModel, rulesOf(core));
    if (target.highCost && !confirmHighCost) {
        Error e = Error::conflict(QStringLiteral("the test model %1 of %2 matches a high-cost pattern: validating sends one billable "
                                                 "request per key with it; confirm to validate anyway").arg(target.testModel, target.channel));
        e.code = QString::fromLatin1(kHighCostConfirmationCode);
        e.details = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("testModel"), target.testModel},
                                                                {QStringLiteral("highCost"), true},
                                                                {QStringLiteral("channel"), target.channel}})
                                          .toJson(QJsonDocument::Compact));
        return e;
    }
    if (target.groupId == 0 || !core.instances().client(target.instanceId))
        return Error::make(ErrorKind::Unavailable, QStringLiteral("%1 has no group on gpt-load instance %2").arg(target.channel, target.instanceId));
    return target;
}

QFuture<Result<KeyValidationReport>> runKeyValidation(EngineCore &core, const KeyValidationTarget &target, const JobContextPtr &context,
                                                      int timeoutMs)
{
    if (!core.instances().isHealthy(target.instanceId))
        return readyError<KeyValidationReport>(Error::make(
            ErrorKind::Unavailable, QStringLiteral("gpt-load instance %1 of %2 is unreachable").arg(target.instanceId, target.channel)));
    auto run = std::make_shared<Run>();
    run->core = &core;
    run->target = target;
    run->context = context;
    run->deadline = QDeadlineTimer(std::max(1, timeoutMs));
    run->client = core.instances().client(target.instanceId);
    return start(run);
}

} // namespace ul
