#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace ul {

// Category of a failure. Callers branch on the kind, never on message text.
enum class ErrorKind {
    Internal,      // a bug or an impossible state
    Validation,    // bad input (ours or gpt-load's 400)
    NotFound,      // unknown resource
    Conflict,      // 409: duplicate name, task slot busy, job already running
    Auth,          // 401/403
    Network,       // no HTTP answer: refused, reset, DNS, TLS
    Timeout,       // no answer within REQUEST_TIMEOUT_MS
    ServerBusy,    // gpt-load's "Too many concurrent requests"
    Server,        // other 5xx
    RouteMissing,  // gpt-load's {"error":"Not Found"}: route or method does not exist
    Protocol,      // an answer we cannot decode
    Upstream,      // an AI site or gpt-load answered with an error we pass on (502)
    Unavailable,   // no healthy instance / instance file problem (503)
    Unprocessable, // nothing left to do (422), e.g. no models after filtering
    Io,            // file system
    Cancelled,     // the operation was cancelled (shutdown, user)
};

QString errorKindName(ErrorKind kind);
// The kind errorKindName() names `name`, if any.
std::optional<ErrorKind> parseErrorKind(const QString &name);

// An error value. Messages are English, redacted, and safe to show to the operator.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    int httpStatus = 0;  // status of the HTTP answer the error came from, 0 if none
    QString code;        // gpt-load's string code (e.g. "DUPLICATE_RESOURCE") or ours
    QString field;       // for validation errors: the offending field
    QString details;     // optional extra context (step, instance, file position)

    static Error make(ErrorKind kind, const QString &message);
    static Error validation(const QString &field, const QString &message);
    static Error notFound(const QString &message);
    static Error conflict(const QString &message);
    static Error internal(const QString &message);
    static Error io(const QString &message);
    static Error cancelled(const QString &message = QString());

    // Whether retrying the same idempotent request may succeed.
    bool isTransient() const;
    // "kind: message (HTTP n, CODE)" for logs.
    QString toString() const;
    // Returns a copy with `prefix: ` prepended to the message.
    Error withContext(const QString &prefix) const;
};

} // namespace ul

Q_DECLARE_METATYPE(ul::Error)
