#include "core/gptload/envelope.h"

#include "core/common/redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ul {

namespace {

Error envelopeError(ErrorKind kind, const QString &context, const QString &text, const HttpResponse &response)
{
    Error error = Error::make(kind, context.isEmpty() ? text : context + QStringLiteral(": ") + text);
    error.httpStatus = response.status;
    return error;
}

Error undecodable(const HttpResponse &response, const QString &context, const QString &why)
{
    Error error = envelopeError(ErrorKind::Protocol, context,
                                why + QStringLiteral(" (HTTP ") + QString::number(response.status) + QLatin1Char(')'),
                                response);
    error.details = redactedSnippet(response.body, 512);
    return error;
}

} // namespace

ErrorKind errorKindForGptLoadCode(const QString &code, int httpStatus, const QString &message)
{
    if (code == QLatin1String("UNAUTHORIZED"))
        return ErrorKind::Auth;
    if (code == QLatin1String("NOT_FOUND"))
        return ErrorKind::NotFound;
    if (code == QLatin1String("DUPLICATE_RESOURCE") || code == QLatin1String("TASK_IN_PROGRESS"))
        return ErrorKind::Conflict;
    if (code == QLatin1String("BAD_REQUEST") || code == QLatin1String("INVALID_JSON")
        || code == QLatin1String("VALIDATION_FAILED"))
        return ErrorKind::Validation;
    if (code == QLatin1String("INTERNAL_SERVER_ERROR")
        && message.contains(QLatin1String("Too many concurrent requests"), Qt::CaseInsensitive))
        return ErrorKind::ServerBusy;
    if (code == QLatin1String("NO_KEYS_AVAILABLE"))
        return ErrorKind::Unavailable;
    if (code == QLatin1String("BAD_GATEWAY") || code == QLatin1String("MAX_RETRIES_EXCEEDED")
        || code == QLatin1String("UPSTREAM_ERROR"))
        return ErrorKind::Upstream;
    return errorKindForStatus(httpStatus);
}

Result<Envelope> decodeEnvelope(const HttpResponse &response, const QString &context)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return undecodable(response, context, QStringLiteral("unexpected answer, not a gpt-load JSON envelope"));
    const QJsonObject body = document.object();
    const QJsonValue code = body.value(QLatin1String("code"));
    const QString message = Redactor::text(body.value(QLatin1String("message")).toString());

    if (code.isDouble()) {
        if (code.toDouble() == 0.0 && response.isSuccess())
            return Envelope{response.status, message, body.value(QLatin1String("data"))};
        return undecodable(response, context, QStringLiteral("unexpected numeric code %1").arg(code.toDouble()));
    }
    if (code.isString()) {
        const QString codeText = code.toString();
        Error error = envelopeError(errorKindForGptLoadCode(codeText, response.status, message), context,
                                    message.isEmpty() ? codeText : message, response);
        error.code = codeText;
        return error;
    }
    if (body.contains(QLatin1String("error"))) {
        const QString text = Redactor::text(body.value(QLatin1String("error")).toString());
        // gin answers unknown routes and wrong methods with 404 {"error"} (405 when a build turns
        // HandleMethodNotAllowed on); the same shape with another status comes from something in
        // front of gpt-load (a proxy, a gateway) and is judged by its status: a 503 stays retryable.
        if (response.status != 404 && response.status != 405 && !response.isSuccess())
            return envelopeError(errorKindForStatus(response.status), context,
                                 QStringLiteral("HTTP %1: %2").arg(response.status).arg(text), response);
        return envelopeError(ErrorKind::RouteMissing, context,
                             QStringLiteral("route or method not supported by this gpt-load (%1)").arg(text), response);
    }
    if (body.contains(QLatin1String("success"))) {
        if (body.value(QLatin1String("success")).toBool() && response.isSuccess())
            return Envelope{response.status, message, QJsonValue(QJsonValue::Undefined)};
        const ErrorKind kind = response.status == 400 ? ErrorKind::Validation : ErrorKind::Auth;
        return envelopeError(kind, context, message.isEmpty() ? QStringLiteral("login refused") : message, response);
    }
    return undecodable(response, context, QStringLiteral("unexpected answer shape"));
}

bool isServerBusyAnswer(const HttpResponse &response)
{
    return response.status == 500 && response.body.contains("Too many concurrent requests");
}

bool isProxyGroupLagAnswer(const HttpResponse &response)
{
    return response.status == 500 && response.body.contains("Failed to retrieve proxy group");
}

bool isProxyVerdictAnswer(const HttpResponse &response)
{
    if (response.status < 500)
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonValue code = document.object().value(QLatin1String("code"));
    return code.isString() && isProxyVerdictCode(code.toString());
}

bool isProxyVerdictCode(const QString &code)
{
    return code == QLatin1String("NO_KEYS_AVAILABLE") || code == QLatin1String("BAD_GATEWAY")
        || code == QLatin1String("MAX_RETRIES_EXCEEDED") || code == QLatin1String("UPSTREAM_ERROR");
}

std::optional<qint64> firstNumberIn(const QString &message)
{
    static const QRegularExpression number(QStringLiteral("(\\d+)"));
    const QRegularExpressionMatch match = number.match(message);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = match.captured(1).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace ul
