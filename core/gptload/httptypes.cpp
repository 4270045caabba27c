#include "core/gptload/httptypes.h"

#include "core/common/redactor.h"

#include <algorithm>

namespace ul {

QByteArray httpMethodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get: return QByteArrayLiteral("GET");
    case HttpMethod::Head: return QByteArrayLiteral("HEAD");
    case HttpMethod::Post: return QByteArrayLiteral("POST");
    case HttpMethod::Put: return QByteArrayLiteral("PUT");
    case HttpMethod::Patch: return QByteArrayLiteral("PATCH");
    case HttpMethod::Delete: return QByteArrayLiteral("DELETE");
    case HttpMethod::Options: return QByteArrayLiteral("OPTIONS");
    }
    return QByteArrayLiteral("GET");
}

bool isIdempotentMethod(HttpMethod method)
{
    return method != HttpMethod::Post && method != HttpMethod::Patch;
}

QByteArray findHeader(const HttpHeaders &headers, QByteArrayView name)
{
    for (const HttpHeader &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void replaceHeader(HttpHeaders &headers, const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&](const HttpHeader &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
}

HttpRequestSpec HttpRequestSpec::make(HttpMethod method, const QUrl &url, const QByteArray &body)
{
    HttpRequestSpec spec;
    spec.method = method;
    spec.url = url;
    spec.body = body;
    return spec;
}

bool HttpRequestSpec::isIdempotent() const
{
    return idempotent.value_or(isIdempotentMethod(method));
}

QString HttpRequestSpec::effectiveRoute() const
{
    if (!route.isEmpty())
        return route;
    const QString path = url.path();
    return path.isEmpty() ? QStringLiteral("/") : path;
}

QString HttpRequestSpec::effectiveSchedulerKey() const
{
    if (!schedulerKey.isEmpty())
        return schedulerKey;
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.host() + QLatin1Char(':') + QString::number(url.port(defaultPort));
}

bool isRetryableStatus(int status)
{
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
}

std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"; Qt's RFC 2822 parser wants a numeric zone.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(at));
}

qint64 retryDelayMs(int retryNumber, int baseDelayMs, int maxDelayMs, const QByteArray &retryAfter,
                    const QDateTime &now)
{
    const int exponent = std::clamp(retryNumber - 1, 0, 20);
    qint64 delay = qint64(std::max(baseDelayMs, 0)) << exponent;
    if (const auto requested = parseRetryAfterMs(retryAfter, now))
        delay = std::max(delay, *requested);
    return std::clamp<qint64>(delay, 0, std::max(maxDelayMs, 0));
}

StatusClass statusClassOf(int httpStatus)
{
    if (httpStatus >= 500)
        return StatusClass::ServerError;
    if (httpStatus >= 400)
        return StatusClass::ClientError;
    if (httpStatus >= 300)
        return StatusClass::Redirect;
    return StatusClass::Success;
}

QString statusClassName(StatusClass statusClass)
{
    switch (statusClass) {
    case StatusClass::Success: return QStringLiteral("2xx");
    case StatusClass::Redirect: return QStringLiteral("3xx");
    case StatusClass::ClientError: return QStringLiteral("4xx");
    case StatusClass::ServerError: return QStringLiteral("5xx");
    case StatusClass::NetworkError: return QStringLiteral("network");
    case StatusClass::Timeout: return QStringLiteral("timeout");
    case StatusClass::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

ErrorKind errorKindForStatus(int status)
{
    switch (status) {
    case 400: case 422: return ErrorKind::Validation;
    case 401: case 403: return ErrorKind::Auth;
    case 404: case 410: return ErrorKind::NotFound;
    case 408: return ErrorKind::Timeout;
    case 409: return ErrorKind::Conflict;
    case 429: return ErrorKind::ServerBusy;
    default: break;
    }
    if (status >= 500)
        return ErrorKind::Server;
    if (status >= 400)
        return ErrorKind::Validation;
    return ErrorKind::Protocol;
}

Error httpStatusError(const HttpResponse &response, const QString &context)
{
    Error error = Error::make(errorKindForStatus(response.status),
                              context + QStringLiteral(": answered with HTTP ") + QString::number(response.status));
    error.httpStatus = response.status;
    error.details = redactedSnippet(response.body);
    return error;
}

QString byteSizeText(qint64 bytes)
{
    constexpr qint64 kKiB = 1024;
    constexpr qint64 kMiB = 1024 * kKiB;
    if (bytes > 0 && bytes % kMiB == 0)
        return QStringLiteral("%1 MiB").arg(bytes / kMiB);
    if (bytes > 0 && bytes % kKiB == 0)
        return QStringLiteral("%1 KiB").arg(bytes / kKiB);
    return QStringLiteral("%1 bytes").arg(bytes);
}

QString redactedSnippet(const QByteArray &body, int maxBytes)
{
    // Redact first, then cut: a secret cut in half would no longer be recognised.
    const QString text = Redactor::text(QString::fromUtf8(body));
    if (text.size() <= maxBytes)
        return text;
    return text.left(maxBytes) + QStringLiteral("…");
}

} // namespace ul
