#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ul {

using SimHeaderList = QList<QPair<QByteArray, QByteArray>>;
using SimQueryList = QList<QPair<QString, QString>>;

// One parsed HTTP/1.1 request as the simulated servers see it.
struct SimHttpRequest
{
    QByteArray method;        // as sent, e.g. "GET"
    QString path;             // percent-decoded path, without the query
    QByteArray rawPath;       // path exactly as sent (still percent-encoded)
    QByteArray rawQuery;      // text after '?', as sent
    SimQueryList query;       // decoded name/value pairs in order
    SimHeaderList headers;    // header names as sent, values trimmed
    QByteArray body;
    QByteArray httpVersion;   // "HTTP/1.1" or "HTTP/1.0"
    QHostAddress peerAddress;
    quint16 peerPort = 0;

    // First header with that name (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // First query value with that name; empty when absent.
    QString queryValue(const QString &name) const;
    bool hasQuery(const QString &name) const;
    // Path segments split on the raw path, each decoded (so "%2F" stays inside one segment).
    QStringList pathSegments() const;
};

// An answer to write back.
struct SimHttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    SimHeaderList headers;   // extra headers (Content-Length and Connection are added)

    static SimHttpResponse json(int status, const QJsonObject &object);
    static SimHttpResponse json(int status, const QJsonArray &array);
    static SimHttpResponse text(int status, const QByteArray &body,
                                const QByteArray &contentType = QByteArrayLiteral("text/plain; charset=utf-8"));
};

namespace simhttp {

// Percent-decodes UTF-8 text; with plusAsSpace, '+' becomes ' ' (form/query encoding).
QString percentDecode(QByteArrayView encoded, bool plusAsSpace = false);
// Parses "a=1&b=x%20y" into decoded pairs; a bare name gets an empty value.
SimQueryList parseQuery(QByteArrayView rawQuery);
// Builds a percent-encoded query string from pairs (no leading '?').
QByteArray buildQuery(const SimQueryList &pairs);
QByteArray reasonPhrase(int status);
// Status line, headers and body; `keepAlive` chooses the Connection header. `headOnly` (answers
// to HEAD) keeps Content-Length but leaves the body out.
QByteArray serializeResponse(const SimHttpResponse &response, bool keepAlive, bool headOnly = false);
// Case-insensitive ASCII comparison of header names.
bool headerNameEquals(QByteArrayView a, QByteArrayView b);

} // namespace simhttp
} // namespace ul
