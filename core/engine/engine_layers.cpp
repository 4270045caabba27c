// Engine facade: three-layer reconciliation, architecture, adoption, api.yaml backups, events
// (the work is in core/layers and core/uniapi).
#include "core/engine/engine.h"

#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "core/engine/queuedjob.h"
#include "core/engine/notifier.h"
#include "core/instances/instanceregistry.h"
#include "core/layers/layerreconciler.h"
#include "core/uniapi/uniapiwriter.h"

namespace ul {

namespace {
// The reconciliation as a queued job (one at a time with every other change, DESIGN.md §2).
QFuture<Result<ReconcileResult>> enqueueReconcile(EngineCore &core, QString *jobId)
{
    return core.jobs().enqueue<ReconcileResult>(
        QStringLiteral("reconcile"), QStringLiteral("Reconcile the three layers"), QStringLiteral("reconcile"),
        [&core](const JobContextPtr &context) { return core.layers().reconcile(ReconcileScope::everything(), context); },
        [](const ReconcileResult &r) { return r.toJson(); }, jobId);
}

// Imported groups' pools moved from the admin key to the hop key (a reconciliation).
QFuture<Result<ReconcileResult>> enqueueKeyMigration(EngineCore &core, QString *jobId)
{
    return core.jobs().enqueue<ReconcileResult>(
        QStringLiteral("migrate-keys"), QStringLiteral("Move adopted groups to uni-load's proxy keys"), QStringLiteral("reconcile"),
        [&core](const JobContextPtr &context) { return core.layers().migrateAdoptedKeys(context); },
        [](const ReconcileResult &r) { return r.toJson(); }, jobId);
}
} // namespace

QFuture<Result<ReconcileResult>> Engine::initializeArchitecture()
{
    return invoke<ReconcileResult>([](EngineCore &core) { return enqueueReconcile(core, nullptr); });
}

QFuture<Result<QString>> Engine::startInitializeArchitecture()
{
    return invoke<QString>([](EngineCore &core) {
        return queuedJobId<ReconcileResult>([&core](QString *id) { return enqueueReconcile(core, id); });
    });
}

QFuture<Result<Plan>> Engine::reconcilePlan()
{
    return invoke<Plan>([](EngineCore &core) { return core.layers().plan(); });
}

QFuture<Result<ArchitectureStatus>> Engine::architectureStatus()
{
    return invoke<ArchitectureStatus>([](EngineCore &core) { return core.layers().architectureStatus(); });
}

QFuture<Result<AdoptionPreview>> Engine::previewAdoption()
{
    return invoke<AdoptionPreview>([](EngineCore &core) { return core.layers().previewAdoption(); });
}

QFuture<Result<AdoptionResult>> Engine::importAdoption()
{
    return invoke<AdoptionResult>([](EngineCore &core) {
        return core.jobs().enqueue<AdoptionResult>(
            QStringLiteral("adopt"), QStringLiteral("Import the layout of the original uni-load"), QStringLiteral("reconcile"),
            [&core](const JobContextPtr &context) { return core.layers().importAdoption(context); },
            [](const AdoptionResult &r) { return r.toJson(); });
    });
}

QFuture<Result<ReconcileResult>> Engine::migrateAdoptedKeys()
{
    return invoke<ReconcileResult>([](EngineCore &core) { return enqueueKeyMigration(core, nullptr); });
}

QFuture<Result<QString>> Engine::startMigrateAdoptedKeys()
{
    return invoke<QString>([](EngineCore &core) {
        return queuedJobId<ReconcileResult>([&core](QString *id) { return enqueueKeyMigration(core, id); });
    });
}

QFuture<Result<LegacyDeletionResult>> Engine::deleteLegacyGroups(const QStringList &names)
{
    return invoke<LegacyDeletionResult>([names](EngineCore &core) {
        return core.jobs().enqueue<LegacyDeletionResult>(
            QStringLiteral("delete-legacy"), QStringLiteral("Delete legacy two-layer groups"), QStringLiteral("reconcile"),
            [&core, names](const JobContextPtr &context) { return core.layers().deleteLegacyGroups(names, context); },
            [](const LegacyDeletionResult &r) { return r.toJson(); });
    });
}

QFuture<Result<QList<uniapi::BackupInfo>>> Engine::uniApiBackups()
{
    return invoke<QList<uniapi::BackupInfo>>([](EngineCore &core) { return readyResult(core.uniApi().listBackups()); });
}

QFuture<Result<QString>> Engine::takeNewUniApiClientKey()
{
    return invoke<QString>([](EngineCore &core) {
        const QString key = core.takeNewClientKey();
        if (key.isEmpty()) {
            Error e = Error::notFound(QStringLiteral("no new client key is waiting: it is shown once after uni-load creates api.yaml, "
                                                     "and it is in api.yaml under api_keys"));
            e.code = QStringLiteral("NO_NEW_CLIENT_KEY");
            return readyError<QString>(e);
        }
        return readyResult(key);
    });
}

QFuture<Result<uniapi::WriteOutcome>> Engine::restoreUniApiBackup(const QString &name)
{
    return invoke<uniapi::WriteOutcome>([name](EngineCore &core) {
        // A restore is a write like any other: it waits for running jobs.
        return core.jobs().enqueue<uniapi::WriteOutcome>(
            QStringLiteral("uniapi-restore"), QStringLiteral("Restore api.yaml from %1").arg(name), QStringLiteral("uniapi-write"),
            [&core, name](const JobContextPtr &context) {
                Result<uniapi::WriteOutcome> r = core.uniApi().restore(name);
                context->journal(QStringLiteral("restore-api-yaml"), QString(), name, r.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
                                 r.ok() ? QString() : r.error().message);
                if (!r.ok() && r.error().kind != ErrorKind::NotFound)
                    core.notifier().post(QStringLiteral("uniapi-write-failed"), EngineEvent::Severity::Error, core.uniApi().settings().path,
                                         QStringLiteral("restoring api.yaml from %1 failed: %2").arg(name, r.error().message));
                core.refreshUniApiStatus();
                return readyResult(r);
            },
            [](const uniapi::WriteOutcome &o) { return o.toJson(); });
    });
}

QFuture<Result<uniapi::WritePlan>> Engine::previewUniApiWrite()
{
    return invoke<uniapi::WritePlan>([](EngineCore &core) { return core.layers().previewApiYaml(); });
}

QFuture<Result<uniapi::WritePlan>> Engine::previewUniApiRestore(const QString &name)
{
    return invoke<uniapi::WritePlan>([name](EngineCore &core) { return readyResult(core.uniApi().previewRestore(name)); });
}

QFuture<Result<QList<uniapi::ManagedEntryView>>> Engine::uniApiManagedEntries()
{
    return invoke<QList<uniapi::ManagedEntryView>>([](EngineCore &core) {
        QStringList urls;
        for (const InstanceConfig &i : core.instances().instances()) {
            urls.append(i.url);
            urls.append(i.effectiveUniApiBaseUrl());
        }
        return readyResult(core.uniApi().managedEntries(urls));
    });
}

QFuture<Result<QList<EngineEvent>>> Engine::events(qint64 sinceId)
{
    return invoke<QList<EngineEvent>>([sinceId](EngineCore &core) { return readyResult<QList<EngineEvent>>(core.notifier().events(sinceId)); });
}

} // namespace ul
