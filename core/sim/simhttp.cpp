#include "core/sim/simhttp.h"

#include <QJsonDocument>
#include <QUrl>

namespace ul {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QByteArray SimHttpRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (simhttp::headerNameEquals(h.first, name))
            return h.second;
    }
    return {};
}

bool SimHttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (simhttp::headerNameEquals(h.first, name))
            return true;
    }
    return false;
}

QString SimHttpRequest::queryValue(const QString &name) const
{
    for (const auto &q : query) {
        if (q.first == name)
            return q.second;
    }
    return {};
}

bool SimHttpRequest::hasQuery(const QString &name) const
{
    for (const auto &q : query) {
        if (q.first == name)
            return true;
    }
    return false;
}

QStringList SimHttpRequest::pathSegments() const
{
    QStringList out;
    const QList<QByteArray> parts = rawPath.split('/');
    for (const QByteArray &part : parts) {
        if (!part.isEmpty())
            out.append(simhttp::percentDecode(part));
    }
    return out;
}

SimHttpResponse SimHttpResponse::json(int status, const QJsonObject &object)
{
    return {status, QByteArrayLiteral("application/json; charset=utf-8"),
            QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

SimHttpResponse SimHttpResponse::json(int status, const QJsonArray &array)
{
    return {status, QByteArrayLiteral("application/json; charset=utf-8"),
            QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
}

SimHttpResponse SimHttpResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    return {status, contentType, body, {}};
}

namespace simhttp {

QString percentDecode(QByteArrayView encoded, bool plusAsSpace)
{
    QByteArray bytes;
    bytes.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '%' && i + 2 < encoded.size()) {
            const int hi = hexValue(encoded[i + 1]);
            const int lo = hexValue(encoded[i + 2]);
            if (hi >= 0 && lo >= 0) {
                bytes.append(static_cast<char>(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        bytes.append(plusAsSpace && c == '+' ? ' ' : c);
    }
    return QString::fromUtf8(bytes);
}

SimQueryList parseQuery(QByteArrayView rawQuery)
{
    SimQueryList out;
    qsizetype start = 0;
    while (start <= rawQuery.size()) {
        qsizetype end = rawQuery.indexOf('&', start);
        if (end < 0)
            end = rawQuery.size();
        const QByteArrayView part = rawQuery.sliced(start, end - start);
        if (!part.isEmpty()) {
            const qsizetype eq = part.indexOf('=');
            if (eq < 0)
                out.append({percentDecode(part, true), QString()});
            else
                out.append({percentDecode(part.first(eq), true), percentDecode(part.sliced(eq + 1), true)});
        }
        start = end + 1;
    }
    return out;
}

QByteArray buildQuery(const SimQueryList &pairs)
{
    QByteArray out;
    for (const auto &p : pairs) {
        if (!out.isEmpty())
            out.append('&');
        out.append(QUrl::toPercentEncoding(p.first));
        out.append('=');
        out.append(QUrl::toPercentEncoding(p.second));
    }
    return out;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return QByteArrayLiteral("Continue");
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 204: return QByteArrayLiteral("No Content");
    case 301: return QByteArrayLiteral("Moved Permanently");
    case 302: return QByteArrayLiteral("Found");
    case 304: return QByteArrayLiteral("Not Modified");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 411: return QByteArrayLiteral("Length Required");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    default: return QByteArrayLiteral("Status");
    }
}

QByteArray serializeResponse(const SimHttpResponse &response, bool keepAlive, bool headOnly)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out.append("HTTP/1.1 ").append(QByteArray::number(response.status)).append(' ')
        .append(reasonPhrase(response.status)).append("\r\n");
    if (!response.contentType.isEmpty())
        out.append("Content-Type: ").append(response.contentType).append("\r\n");
    for (const auto &h : response.headers)
        out.append(h.first).append(": ").append(h.second).append("\r\n");
    out.append("Content-Length: ").append(QByteArray::number(response.body.size())).append("\r\n");
    out.append(keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n");
    out.append("\r\n");
    if (!headOnly)
        out.append(response.body);
    return out;
}

bool headerNameEquals(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace simhttp
} // namespace ul
