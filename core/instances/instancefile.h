#pragma once

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
    QString field;  // as in InstanceFileError
    QString message;

    QJsonObject toJson() const;  // {"field", "message"}
};

struct InstanceFileLoad
{
    QString file;                         // absolute path
    InstanceConfigList instances;         // sorted by priority (ties keep file order); empty on error
    QList<InstanceFileWarning> warnings;
    std::optional<InstanceFileError> error;

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
QByteArray serializeInstances(const InstanceConfigList &instances);

// Validates `instances` as the file they would make, then replaces the file atomically (QSaveFile;
// in place when the rename fails, e.g. on a bind-mounted file) and leaves it with mode 0600.
// Only ever called on an explicit request (the instance editor, an API call).
Status saveInstanceFile(const QString &path, const InstanceConfigList &instances);

} // namespace ul
