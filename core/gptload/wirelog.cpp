#include "core/gptload/wirelog.h"

#include "core/common/redactor.h"

namespace ul::wirelog {

namespace {

QString bodyLine(const char *label, const QByteArray &body, bool secret, int limit)
{
    QString text;
    if (body.isEmpty())
        text = QStringLiteral("(empty)");
    else if (secret)
        text = QStringLiteral("(%1 bytes, not logged: contains keys)").arg(body.size());
    else
        text = redactedSnippet(body, limit);
    return QStringLiteral("\n  ") + QLatin1String(label) + QStringLiteral(": ") + text;
}

} // namespace

QString redactedUrl(const QUrl &url)
{
    // RemoveUserInfo: credentials in the authority never belong in a log line.
    return Redactor::text(url.toString(QUrl::RemoveUserInfo));
}

QString format(const Exchange &exchange)
{
    QString line = QString::fromLatin1(exchange.method) + QLatin1Char(' ') + redactedUrl(exchange.url)
        + QStringLiteral(" → ") + exchange.outcome
        + QStringLiteral(" in %1 ms (attempt %2/%3)").arg(exchange.elapsedMs).arg(exchange.attempt).arg(exchange.maxAttempts);
    if (exchange.requestBody)
        line += bodyLine("request", *exchange.requestBody, exchange.requestBodySecret, exchange.bodyLimit);
    if (exchange.responseBody)
        line += bodyLine("response", *exchange.responseBody, exchange.responseBodySecret, exchange.bodyLimit);
    return line;
}

} // namespace ul::wirelog
