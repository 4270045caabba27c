#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/uniapi/backupstore.h"
#include "core/uniapi/configfileio.h"
#include "core/uniapi/managedprovider.h"
#include "core/uniapi/uniapistatus.h"
#include "core/uniapi/writeplan.h"
#include "core/uniapi/writeplanner.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

namespace ul::uniapi {

// Atomic: QSaveFile (temp file, fsync, rename; keeps permission bits). InPlace: truncate and
// rewrite the same inode, for uni-api containers that bind-mount the single file (§6.8).
enum class WriteMode { Atomic, InPlace };

struct UniApiWriterSettings
{
    QString path;                        // api.yaml
    WriteMode mode = WriteMode::Atomic;
    bool writeEngine = true;             // `engine:` in managed entries (§6.1)
    int maxBackups = 20;                 // newest backups kept (§6.9)
    int lockTimeoutMs = 3000;            // waiting for `<api.yaml>.lock`
    int staleLockMs = 30000;             // a lock older than this from a dead process is broken
};

// Validation "no api.yaml path is configured" (field `path`): every preview, write and restore
// without a path, and the engine's api.yaml commands without a writer.
Error noPathError();

struct WriteOutcome
{
    WritePlan plan;
    bool written = false;        // false: nothing changed (no write, no backup)
    QString backupName;          // the backup made before writing, if any
    int prunedBackups = 0;
    int attempts = 1;            // 2 when a concurrent edit forced a fresh plan
    // Set once, when the file was bootstrapped (§6.7): show it to the user, never log it.
    QString generatedClientKey;

    QJsonObject toJson() const;  // the plan plus written/backup; never the client key
};

// Edits the operator's api.yaml so that it holds exactly the desired managed providers, keeping
// every other byte (uniapi-config.md §6). Not thread-safe: use it from the engine thread. Other
// processes are coordinated through a QLockFile next to the file.
class UniApiWriter final
{
public:
    explicit UniApiWriter(UniApiWriterSettings settings, const Clock *clock = nullptr,
                          std::shared_ptr<ConfigFileIo> io = nullptr);

    const UniApiWriterSettings &settings() const { return m_settings; }
    void setSettings(const UniApiWriterSettings &settings);

    // What apply() would do now, with its diff. Reads the file, writes nothing.
    Result<WritePlan> preview(const WriteRequest &request) const;
    // Lock, plan, validate, re-check for concurrent edits (re-planning once), back up, write,
    // prune backups. A failure leaves the file as it was.
    Result<WriteOutcome> apply(const WriteRequest &request);

    Result<QList<BackupInfo>> listBackups() const;
    // What restoring a backup would change (diff against the current file).
    Result<WritePlan> previewRestore(const QString &backupName) const;
    // A restore is a normal write: lock, validate, back up the current file, replace.
    // ErrorKind::NotFound for an unknown name.
    Result<WriteOutcome> restore(const QString &backupName);

    // Called after every write that changed the file (apply() and restore()) with the bytes
    // written, e.g. to make uni-api reload (uniapireloader.h). Not called when nothing changed.
    using WriteObserver = std::function<void(const QByteArray &written)>;
    void setWriteObserver(WriteObserver observer) { m_writeObserver = std::move(observer); }
    // Called when lastWriteError() changes: an apply() failed, or one succeeded after a failure.
    using WriteErrorObserver = std::function<void(const QString &error)>;
    void setWriteErrorObserver(WriteErrorObserver observer) { m_writeErrorObserver = std::move(observer); }

    // For /api/status; never fails, problems are reported inside.
    UniApiStatus status() const;
    // Why the last apply() wrote nothing it had to write; empty after one that succeeded.
    const QString &lastWriteError() const { return m_lastWriteError; }
    // When an apply() since the last call created api.yaml from scratch (it was missing): the
    // client key written into it (uniapi-config.md §6.7), once; empty otherwise. Kept in memory only.
    QString takeCreatedClientKey() { return std::exchange(m_createdClientKey, QString()); }
    // The gptload-* entries currently in the file, with their ownership.
    Result<QList<ManagedEntryView>> managedEntries(const QStringList &knownInstanceUrls) const;

private:
    using Planner = std::function<Result<PlannedWrite>(const FileSnapshot &)>;
    Result<WriteOutcome> writeLocked(const Planner &planner);
    struct SnapshotAndPlan
    {
        FileSnapshot snapshot;
        PlannedWrite planned;
    };
    // Reads api.yaml and plans the write; a planning error is logged.
    Result<SnapshotAndPlan> readAndPlan(const QString &path, const Planner &planner) const;
    // A plan that leaves the file as it is: its notes logged, nothing written.
    static WriteOutcome unchangedOutcome(const WritePlan &plan, int attempt);
    Result<WriteOutcome> commit(const PlannedWrite &planned, const FileSnapshot &snapshot, int attempt);
    PlannerOptions plannerOptions(const WriteRequest &request) const;
    BackupStore backupStore() const;

    UniApiWriterSettings m_settings;
    const Clock *m_clock;
    std::shared_ptr<ConfigFileIo> m_io;
    QString m_lastWriteError;
    QString m_createdClientKey;  // a created file always gets a generated client key
    WriteObserver m_writeObserver;
    WriteErrorObserver m_writeErrorObserver;
};

} // namespace ul::uniapi
