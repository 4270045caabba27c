#include "core/common/error.h"

namespace ul {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Internal: return QStringLiteral("internal");
    case ErrorKind::Validation: return QStringLiteral("validation");
    case ErrorKind::NotFound: return QStringLiteral("not-found");
    case ErrorKind::Conflict: return QStringLiteral("conflict");
    case ErrorKind::Auth: return QStringLiteral("auth");
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::ServerBusy: return QStringLiteral("server-busy");
    case ErrorKind::Server: return QStringLiteral("server");
    case ErrorKind::RouteMissing: return QStringLiteral("route-missing");
    case ErrorKind::Protocol: return QStringLiteral("protocol");
    case ErrorKind::Upstream: return QStringLiteral("upstream");
    case ErrorKind::Unavailable: return QStringLiteral("unavailable");
    case ErrorKind::Unprocessable: return QStringLiteral("unprocessable");
    case ErrorKind::Io: return QStringLiteral("io");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

std::optional<ErrorKind> parseErrorKind(const QString &name)
{
    for (int k = 0; k <= int(ErrorKind::Cancelled); ++k) {
        if (errorKindName(ErrorKind(k)) == name)
            return ErrorKind(k);
    }
    return std::nullopt;
}

Error Error::make(ErrorKind kind, const QString &message)
{
    Error e;
    e.kind = kind;
    e.message = message;
    return e;
}

Error Error::validation(const QString &field, const QString &message)
{
    Error e = make(ErrorKind::Validation, message);
    e.field = field;
    return e;
}

Error Error::notFound(const QString &message) { return make(ErrorKind::NotFound, message); }
Error Error::conflict(const QString &message) { return make(ErrorKind::Conflict, message); }
Error Error::internal(const QString &message) { return make(ErrorKind::Internal, message); }
Error Error::io(const QString &message) { return make(ErrorKind::Io, message); }

Error Error::cancelled(const QString &message)
{
    return make(ErrorKind::Cancelled, message.isEmpty() ? QStringLiteral("cancelled") : message);
}

bool Error::isTransient() const
{
    switch (kind) {
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::ServerBusy:
    case ErrorKind::Server:
        return true;
    default:
        return httpStatus == 408 || httpStatus == 429;
    }
}

QString Error::toString() const
{
    QString s = errorKindName(kind) + QStringLiteral(": ") + message;
    if (httpStatus != 0 || !code.isEmpty()) {
        s += QStringLiteral(" (");
        if (httpStatus != 0)
            s += QStringLiteral("HTTP ") + QString::number(httpStatus);
        if (httpStatus != 0 && !code.isEmpty())
            s += QStringLiteral(", ");
        s += code + QLatin1Char(')');
    }
    return s;
}

Error Error::withContext(const QString &prefix) const
{
    Error e = *this;
    e.message = prefix + QStringLiteral(": ") + message;
    return e;
}

} // namespace ul
