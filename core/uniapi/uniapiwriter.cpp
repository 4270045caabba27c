#include "core/uniapi/uniapiwriter.h"

#include "core/common/processruns.h"
#include "core/common/redactor.h"
#include "core/common/textlist.h"
#include "core/uniapi/uniapilog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMap>
#include <QSysInfo>

namespace ul::uniapi {

namespace {

QString summary(const WritePlan &plan)
{
    return QStringLiteral("+%1 ~%2 -%3, adopted %4, unchanged %5, conflicts %6")
        .arg(plan.added.size())
        .arg(plan.changed.size())
        .arg(plan.removed.size())
        .arg(plan.adopted.size())
        .arg(plan.unchanged.size())
        .arg(plan.conflicts.size());
}

void logPlanNotes(const WritePlan &plan)
{
    for (const ProviderConflict &c : plan.conflicts)
        qCWarning(lcUniApiWriter).noquote()
            << QStringLiteral("api.yaml: not writing %1: %2 (line %3)").arg(c.provider, c.reason).arg(c.line);
    // One line per alias and reason: a shared alias over 1000 models is one fact, not 1000 lines.
    QMap<QPair<QString, QString>, QStringList> byAlias;
    for (const SuppressedAlias &s : plan.suppressedAliases)
        byAlias[{s.alias, aliasSuppressionName(s.reason)}].append(s.upstreamName);
    constexpr int kExamples = 5;
    for (auto it = byAlias.cbegin(); it != byAlias.cend(); ++it) {
        const QStringList &models = it.value();
        const QString examples = joinSome(models, kExamples);
        qCInfo(lcUniApiWriter).noquote() << QStringLiteral("api.yaml: alias %1 suppressed (%2) for %3 model(s): %4")
                                                .arg(it.key().first, it.key().second)
                                                .arg(models.size())
                                                .arg(examples);
    }
}

Error lockError(const QLockFile &lock, const QString &lockPath)
{
    if (lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        Error e = Error::conflict(QStringLiteral("api.yaml is being written by another process (lock %1 held by pid %2)")
                                      .arg(lockPath, QString::number(pid)));
        e.code = QStringLiteral("UNIAPI_LOCKED");
        // What an operator (or a failed test) needs to tell a busy writer from a stuck lock.
        const QDateTime modified = QFileInfo(lockPath).lastModified();
        const QJsonObject holder{{QStringLiteral("pid"), pid},
                                 {QStringLiteral("host"), host},
                                 {QStringLiteral("application"), app},
                                 {QStringLiteral("running"), processRuns(pid)},
                                 {QStringLiteral("lockAgeMs"), modified.isValid() ? modified.msecsTo(QDateTime::currentDateTimeUtc()) : -1}};
        e.details = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("lockHolder"), holder}}).toJson(QJsonDocument::Compact));
        qCWarning(lcUniApiWriter).noquote() << "api.yaml lock not taken:" << lockPath << e.details;
        return e;
    }
    // QLockFile keeps the system's reason to itself; writing a file beside it tells it (read-only
    // file system, permission denied, and — since an empty file needs no block — no space left
    // only once a byte is written, as QLockFile writes its PID).
    QFile probe(lockPath + QStringLiteral(".probe"));
    QString reason = QStringLiteral("the directory is not writable");
    if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        reason = probe.errorString();
    } else {
        if (probe.write("0\n") != 2 || !probe.flush())
            reason = probe.errorString();
        probe.close();
        probe.remove();
    }
    Error e = Error::io(QStringLiteral("cannot create the lock file %1: %2").arg(lockPath, reason));
    e.code = QStringLiteral("UNIAPI_LOCK_FAILED");
    return e;
}

// A lock file nobody will release: one without an owner that has settled (its creator was
// killed before writing its PID), or one naming a process of this host that no longer exists
// (QLockFile breaks that one by itself, except while a `.rmlock` of a process killed in the
// middle of that removal stays behind: its own check then waits the stale time).
bool isAbandoned(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    qint64 pid = 0;
    QString host, app;
    if (QLockFile(path).getLockInfo(&pid, &host, &app))
        return (host.isEmpty() || host == QSysInfo::machineHostName()) && !processRuns(pid);
    const QDateTime modified = QFileInfo(path).lastModified();
    return !modified.isValid() || modified.msecsTo(QDateTime::currentDateTimeUtc()) >= 1000;
}

// QLockFile creates a lock file, then writes its PID into it; a process killed in between leaves
// a file without an owner, which QLockFile breaks only after the stale time (30 s of
// UNIAPI_LOCKED). That holds for the lock itself and for the `.rmlock` QLockFile takes while it
// removes a dead process's lock (a process killed right then blocks every later removal). Once we
// have waited the lock timeout, nobody is about to fill such a file in: remove it and try again.
bool breakAbandonedLock(QLockFile &lock, const QString &lockPath)
{
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    const QString removalLock = lockPath + QStringLiteral(".rmlock");
    const bool removalLockCleared = isAbandoned(removalLock) && QFile::remove(removalLock);
    if (removalLockCleared)
        qCWarning(lcUniApiWriter).noquote() << "removed the lock file" << removalLock << "left without a running owner";
    if (isAbandoned(lockPath)) {
        qCWarning(lcUniApiWriter).noquote() << "breaking the lock file" << lockPath << "left without a running owner";
        return lock.removeStaleLockFile() && lock.tryLock(0);
    }
    // With the removal lock gone, QLockFile's own check breaks the lock of a dead process.
    return removalLockCleared && lock.tryLock(0);
}

} // namespace

Error noPathError()
{
    return Error::validation(QStringLiteral("path"), QStringLiteral("no api.yaml path is configured"));
}

QJsonObject WriteOutcome::toJson() const
{
    QJsonObject o = plan.toJson();
    o.insert(QStringLiteral("written"), written);
    o.insert(QStringLiteral("backup"), backupName);
    o.insert(QStringLiteral("prunedBackups"), prunedBackups);
    o.insert(QStringLiteral("attempts"), attempts);
    o.insert(QStringLiteral("clientKeyGenerated"), !generatedClientKey.isEmpty());
    return o;
}

UniApiWriter::UniApiWriter(UniApiWriterSettings settings, const Clock *clock, std::shared_ptr<ConfigFileIo> io)
    : m_settings(std::move(settings))
    , m_clock(clock ? clock : Clock::system())
    , m_io(io ? std::move(io) : std::make_shared<ConfigFileIo>(QStringLiteral("UNIAPI_READ_FAILED")))
{
}

void UniApiWriter::setSettings(const UniApiWriterSettings &settings)
{
    m_settings = settings;
}

PlannerOptions UniApiWriter::plannerOptions(const WriteRequest &request) const
{
    return PlannerOptions{m_settings.path, m_settings.writeEngine, request.knownInstanceUrls};
}

BackupStore UniApiWriter::backupStore() const
{
    return BackupStore(m_settings.path, m_clock);
}

Result<WritePlan> UniApiWriter::preview(const WriteRequest &request) const
{
    if (m_settings.path.isEmpty())
        return noPathError();
    for (const ManagedProvider &p : request.providers)
        Redactor::registerSecret(p.gatewayKey);
    Result<FileSnapshot> snapshot = m_io->read(m_settings.path);
    if (snapshot.hasError())
        return snapshot.error();
    Result<PlannedWrite> planned = planManagedWrite(snapshot.value(), request.providers, plannerOptions(request));
    if (planned.hasError())
        return planned.error();
    return planned->plan;
}

Result<WriteOutcome> UniApiWriter::apply(const WriteRequest &request)
{
    for (const ManagedProvider &p : request.providers)
        Redactor::registerSecret(p.gatewayKey);
    const PlannerOptions options = plannerOptions(request);
    Result<WriteOutcome> outcome = writeLocked([&request, &options](const FileSnapshot &snapshot) {
        return planManagedWrite(snapshot, request.providers, options);
    });
    const QString error = outcome.ok() ? QString() : outcome.error().message;
    if (error != m_lastWriteError) {
        m_lastWriteError = error;
        if (m_writeErrorObserver)
            m_writeErrorObserver(error);
    }
    if (outcome.ok() && outcome->written && outcome->plan.bootstraps)
        m_createdClientKey = outcome->generatedClientKey;
    return outcome;
}

Result<QList<BackupInfo>> UniApiWriter::listBackups() const
{
    return backupStore().list();
}

Result<WritePlan> UniApiWriter::previewRestore(const QString &backupName) const
{
    if (m_settings.path.isEmpty())
        return noPathError();
    Result<QByteArray> backup = backupStore().read(backupName);
    if (backup.hasError())
        return backup.error();
    Result<FileSnapshot> snapshot = m_io->read(m_settings.path);
    if (snapshot.hasError())
        return snapshot.error();
    Result<PlannedWrite> planned = planRestore(snapshot.value(), backup.value(), m_settings.path, backupName);
    if (planned.hasError())
        return planned.error();
    return planned->plan;
}

Result<WriteOutcome> UniApiWriter::restore(const QString &backupName)
{
    if (m_settings.path.isEmpty())
        return noPathError();  // before the backup lookup, which would say "not found"
    const BackupStore store = backupStore();
    if (Result<QByteArray> probe = store.read(backupName); probe.hasError())
        return probe.error();
    const QString path = m_settings.path;
    Result<WriteOutcome> outcome = writeLocked([&store, &backupName, &path](const FileSnapshot &snapshot) -> Result<PlannedWrite> {
        Result<QByteArray> backup = store.read(backupName);
        if (backup.hasError())
            return backup.error();
        return planRestore(snapshot, backup.value(), path, backupName);
    });
    if (outcome.ok())
        qCInfo(lcUniApiWriter).noquote() << "api.yaml: restore of" << backupName
                                         << (outcome->written ? "written" : "skipped (the file already has that content)");
    return outcome;
}

UniApiStatus UniApiWriter::status() const
{
    return describeConfig(m_settings.path, m_io->read(m_settings.path));
}

Result<QList<ManagedEntryView>> UniApiWriter::managedEntries(const QStringList &knownInstanceUrls) const
{
    Result<FileSnapshot> snapshot = m_io->read(m_settings.path);
    if (snapshot.hasError())
        return snapshot.error();
    return listManagedEntries(snapshot.value(), knownInstanceUrls);
}

Result<UniApiWriter::SnapshotAndPlan> UniApiWriter::readAndPlan(const QString &path, const Planner &planner) const
{
    Result<FileSnapshot> snapshot = m_io->read(path);
    if (snapshot.hasError())
        return snapshot.error();
    Result<PlannedWrite> planned = planner(snapshot.value());
    if (planned.hasError()) {
        qCWarning(lcUniApiWriter).noquote() << "api.yaml not written:" << Redactor::text(planned.error().toString());
        return planned.error();
    }
    return SnapshotAndPlan{snapshot.value(), planned.value()};
}

WriteOutcome UniApiWriter::unchangedOutcome(const WritePlan &plan, int attempt)
{
    logPlanNotes(plan);
    WriteOutcome outcome;
    outcome.plan = plan;
    outcome.attempts = attempt;
    return outcome;
}

Result<WriteOutcome> UniApiWriter::writeLocked(const Planner &planner)
{
    const QString path = m_settings.path;
    if (path.isEmpty())
        return noPathError();
    // Most runs change nothing: decide that before taking the lock, so a read-only directory,
    // a missing one or the other console holding the lock does not fail a run that writes nothing.
    {
        Result<SnapshotAndPlan> first = readAndPlan(path, planner);
        if (first.hasError())
            return first.error();
        if (!first->planned.plan.changesFile)
            return unchangedOutcome(first->planned.plan, 1);
    }
    const QString dir = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(dir) && !QDir().mkpath(dir))
        return Error::io(QStringLiteral("cannot create directory %1").arg(dir));

    // Coordinates our own processes (desktop and headless); advisory only.
    const QString lockPath = path + QStringLiteral(".lock");
    QLockFile lock(lockPath);
    lock.setStaleLockTime(m_settings.staleLockMs);
    if (!lock.tryLock(m_settings.lockTimeoutMs) && !breakAbandonedLock(lock, lockPath))
        return lockError(lock, lockPath);

    for (int attempt = 1; attempt <= 2; ++attempt) {
        Result<SnapshotAndPlan> current = readAndPlan(path, planner);
        if (current.hasError())
            return current.error();
        const FileSnapshot &snapshot = current->snapshot;
        const PlannedWrite &planned = current->planned;
        if (!planned.plan.changesFile)
            return unchangedOutcome(planned.plan, attempt);

        // Someone may have edited the file while we planned: never overwrite their change.
        Result<FileSnapshot> again = m_io->read(path);
        if (again.hasError())
            return again.error();
        if (!again->sameAs(snapshot)) {
            qCWarning(lcUniApiWriter).noquote() << QStringLiteral("api.yaml changed while it was being planned (attempt %1)").arg(attempt);
            continue;
        }
        return commit(planned, snapshot, attempt);
    }
    Error e = Error::conflict(QStringLiteral("api.yaml kept changing while it was being updated; nothing was written, try again"));
    e.code = QStringLiteral("UNIAPI_CONCURRENT_EDIT");
    return e;
}

Result<WriteOutcome> UniApiWriter::commit(const PlannedWrite &planned, const FileSnapshot &snapshot, int attempt)
{
    const QString &path = m_settings.path;
    const BackupStore store = backupStore();
    if (!planned.generatedClientKey.isEmpty())
        Redactor::registerSecret(planned.generatedClientKey);

    WriteOutcome outcome;
    outcome.plan = planned.plan;
    outcome.attempts = attempt;
    if (snapshot.exists) {
        Result<QString> backup = store.create(snapshot.bytes, QFile::permissions(path));
        if (backup.hasError())
            return backup.error().withContext(QStringLiteral("api.yaml not written"));
        outcome.backupName = backup.value();
    }

    const Status written = (!snapshot.exists || m_settings.mode == WriteMode::Atomic)
        ? writeAtomically(*m_io, path, planned.newBytes)
        : writeInPlace(*m_io, path, planned.newBytes, snapshot.bytes, QStringLiteral("UNIAPI_WRITE_FAILED"));
    if (written.hasError()) {
        // The file is unchanged, so the backup just made is redundant.
        if (!outcome.backupName.isEmpty())
            QFile::remove(QDir(store.directory()).filePath(outcome.backupName));
        qCWarning(lcUniApiWriter).noquote() << Redactor::text(written.error().toString());
        return written.error();
    }
    outcome.written = true;
    outcome.generatedClientKey = planned.generatedClientKey;

    Result<int> pruned = store.prune(m_settings.maxBackups);
    if (pruned.ok())
        outcome.prunedBackups = pruned.value();
    else
        qCWarning(lcUniApiWriter).noquote() << "pruning api.yaml backups failed:" << pruned.error().toString();

    logPlanNotes(planned.plan);
    qCInfo(lcUniApiWriter).noquote() << QStringLiteral("api.yaml written: %1 providers (%2), %3")
                                            .arg(planned.plan.providersCount)
                                            .arg(summary(planned.plan),
                                                 outcome.backupName.isEmpty() ? QStringLiteral("new file")
                                                                              : QStringLiteral("backup ") + outcome.backupName);
    if (outcome.plan.bootstraps)
        qCInfo(lcUniApiWriter) << "api.yaml created with a generated client key (shown to the user once, not logged)";
    qCDebug(lcUniApiWriter).noquote() << "api.yaml diff:\n" << planned.plan.diff;
    if (m_writeObserver)
        m_writeObserver(planned.newBytes);
    return outcome;
}

} // namespace ul::uniapi
