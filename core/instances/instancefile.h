#pragma once

#include "core/common/configfileio.h"
#include "core/common/filesnapshot.h"
#include "core/common/instanceconfig.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ul {

// A missing or invalid instance file, reported exactly (uni-load-behaviour.md §2.1) in
// /api/status as `gptload.error`, in the GUI's banner and in the log.
struct InstanceFileError
{
    QString file;    // absolute path
    QString field;   // "" for the whole file, else "[<index>].<field>" (zero-based, file order)
    QString reason;  // English; never contains a token

    QJsonObject toJson() const;  // {"file", "field", "reason"}
    QString toString() const;    // "<file>: [1].url: reason" (field omitted when empty)
    // Error with field, details = file and code "INSTANCE_FILE_INVALID".
    Error toError(ErrorKind kind = ErrorKind::Unavailable) const;
    bool operator==(const InstanceFileError &) const = default;
};

// Something the operator should know about a file that loads: a remote instance without a
// token, TLS verification off, a file readable by other users.
struct InstanceFileWarning
{
    // `code` of the warning that the file is readable by other users (restrictPermissions() fixes it).
    static constexpr const char *kReadableByOthers = "FILE_READABLE_BY_OTHERS";

    QString field;  // as in InstanceFileError
    QString message;
    QString code;   // stable, for warnings a front end offers a fix for; "" for the others

    QJsonObject toJson() const;  // {"field", "message"} and "code" when it has one
};

// One element of the file's array: its JSON object exactly as read, and the instance it loads as.
struct InstanceFileEntry
{
    QJsonObject json;
    InstanceConfig instance;
};

struct InstanceFileLoad
{
    QString file;                         // absolute path
    InstanceConfigList instances;         // sorted by priority (ties keep file order); empty on error
    QList<InstanceFileEntry> entries;     // the same in file order, with their JSON; empty on error
    QList<InstanceFileWarning> warnings;
    std::optional<InstanceFileError> error;
    FileSnapshot read;                    // the bytes loadInstanceFile() read (exists == false when none)

    bool ok() const { return !error.has_value(); }
};

// Reads and validates the instance file (uni-load-behaviour.md §3.3: the original's rules plus
// ours). Never writes to it, not even its permissions. Every token is registered with the
// Redactor. Relative `ca_certificate` paths resolve against the file's directory; the loaded
// value is the absolute path.
InstanceFileLoad loadInstanceFile(const QString &path);

// The same validation over JSON text as if it had been read from `file`.
InstanceFileLoad parseInstanceFile(const QByteArray &json, const QString &file);

// The file's text for `instances` in list order (positions matter for `upstream_addresses`):
// known fields in a fixed order, empty optional fields left out, unknown fields (`extra`) after
// them, two-space indentation.
//
// `asRead` are the entries of the file the list was loaded from (InstanceFileLoad::entries). An
// instance with the id of one of them keeps, for every field still at its loaded value, the JSON
// value as the operator wrote it (a relative ca_certificate, a URL with its trailing '/', 1.0, an
// explicit null or false): writing an edit back changes what was edited and nothing else.
QByteArray serializeInstances(const InstanceConfigList &instances, const QList<InstanceFileEntry> &asRead = {});

// `<file>.bak`: the file as it was before the last write, so an operator can undo an edit.
QString instanceFileBackupPath(const QString &path);

// Validates `bytes` as the instance file (parseInstanceFile()), then replaces the file: first the
// current file is copied to instanceFileBackupPath() (mode 0600, replacing the previous backup),
// then the file is written atomically (QSaveFile), in place when the rename fails (a single-file
// bind mount: EBUSY) with the old bytes written back if that write fails too. Leaves it with mode
// 0600. Bytes equal to the file's are not written again. When `expected` is given (the file as
// the caller read it), a file changed since is not overwritten (Conflict, INSTANCE_FILE_CHANGED).
// Only ever called on an explicit request (the instance editor, an API call); `io` is the seam
// tests inject failures through.
Status writeInstanceFile(const QString &path, const QByteArray &bytes, ConfigFileIo &io,
                         const std::optional<FileSnapshot> &expected = std::nullopt);

// writeInstanceFile() of serializeInstances(instances) through the real file system.
Status saveInstanceFile(const QString &path, const InstanceConfigList &instances);

// Makes the instance file readable and writable by its owner only (mode 0600): the fix the
// "readable by other users" warning offers. Only on an explicit request; fails (code
// INSTANCE_FILE_WRITE_FAILED) for a missing file or one whose mode cannot be changed.
Status restrictInstanceFilePermissions(const QString &path);

} // namespace ul
