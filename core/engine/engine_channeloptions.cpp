// Engine facade: per-channel operator options — deep probe, test-model override, key validation
// on request (the work is in core/services/channeloptions.h and keyvalidation.h).
#include "core/engine/engine.h"

#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/engine/queuedjob.h"
#include "core/services/channeloptions.h"
#include "core/services/invalidkeyremoval.h"
#include "core/services/keyvalidation.h"

namespace ul {

namespace {

QFuture<Result<KeyValidationReport>> queueValidation(EngineCore &core, const KeyValidationTarget &target, QString *jobId)
{
    return core.jobs().enqueue<KeyValidationReport>(
        QStringLiteral("validate-keys"), QStringLiteral("Validate the keys of %1").arg(target.channel),
        QStringLiteral("validate-keys:") + target.channel,
        [&core, target](const JobContextPtr &context) { return runKeyValidation(core, target, context, kKeyValidationTimeoutMs); },
        [](const KeyValidationReport &r) { return r.toJson(); }, jobId);
}

QFuture<Result<InvalidKeyRemoval>> queueRemoval(EngineCore &core, const QString &channel, QString *jobId)
{
    return core.jobs().enqueue<InvalidKeyRemoval>(
        QStringLiteral("clear-invalid-keys"), QStringLiteral("Remove the invalid keys of %1").arg(channel),
        QStringLiteral("clear-invalid-keys:") + channel,
        [&core, channel](const JobContextPtr &context) { return runInvalidKeyRemoval(core, channel, context); },
        [](const InvalidKeyRemoval &r) { return r.toJson(); }, jobId);
}

} // namespace

QFuture<Result<DeepProbeChange>> Engine::setChannelDeepProbe(const QString &name, bool enabled)
{
    return invoke<DeepProbeChange>([name, enabled](EngineCore &core) {
        Result<DeepProbeChange> r = setDeepProbeFor(core, name, enabled);
        if (r.ok())
            core.publishNow();  // the caller reads the snapshot (channel list) right after
        return readyResult(r);
    });
}

QFuture<Result<TestModelOptions>> Engine::testModelOptions(const QString &channel)
{
    return invoke<TestModelOptions>([channel](EngineCore &core) { return readyResult(testModelOptionsOf(core, channel)); });
}

QFuture<Result<TestModelChange>> Engine::setTestModel(const QString &channel, const QString &model)
{
    return invoke<TestModelChange>([channel, model](EngineCore &core) {
        return core.jobs().enqueue<TestModelChange>(
            QStringLiteral("set-test-model"), QStringLiteral("Set the test model of %1").arg(channel), QStringLiteral("set-test-model:") + channel,
            [&core, channel, model](const JobContextPtr &context) { return applyTestModel(core, channel, model, context); },
            [](const TestModelChange &r) { return r.toJson(); });
    });
}

QFuture<Result<KeyValidationReport>> Engine::validateKeys(const QString &channel, bool confirmHighCost)
{
    return invoke<KeyValidationReport>([channel, confirmHighCost](EngineCore &core) {
        const Result<KeyValidationTarget> target = keyValidationTarget(core, channel, confirmHighCost);
        if (!target.ok())
            return readyError<KeyValidationReport>(target.error());
        return queueValidation(core, target.value(), nullptr);
    });
}

QFuture<Result<QString>> Engine::startValidateKeys(const QString &channel, bool confirmHighCost)
{
    return invoke<QString>([channel, confirmHighCost](EngineCore &core) {
        const Result<KeyValidationTarget> target = keyValidationTarget(core, channel, confirmHighCost);
        if (!target.ok())
            return readyError<QString>(target.error());
        return queuedJobId<KeyValidationReport>(
            [&core, t = target.value()](QString *id) { return queueValidation(core, t, id); });
    });
}

QFuture<Result<InvalidKeyRemoval>> Engine::removeInvalidKeys(const QString &channel)
{
    return invoke<InvalidKeyRemoval>([channel](EngineCore &core) {
        if (const Result<SiteGroupRecord> group = findChannel(core, channel); !group.ok())
            return readyError<InvalidKeyRemoval>(group.error());
        return queueRemoval(core, channel, nullptr);
    });
}

QFuture<Result<QString>> Engine::startRemoveInvalidKeys(const QString &channel)
{
    return invoke<QString>([channel](EngineCore &core) {
        if (const Result<SiteGroupRecord> group = findChannel(core, channel); !group.ok())
            return readyError<QString>(group.error());
        return queuedJobId<InvalidKeyRemoval>([&core, channel](QString *id) { return queueRemoval(core, channel, id); });
    });
}

} // namespace ul
