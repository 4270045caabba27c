#include "tests/sim/simtestclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QTcpSocket>

namespace ul::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray HttpResult::jsonArray() const
{
    return QJsonDocument::fromJson(body).array();
}

SimTestClient::SimTestClient()
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

HttpResult SimTestClient::send(const QByteArray &method, const QString &url, const QByteArray &body,
                               const HeaderList &headers, int timeoutMs)
{
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setRawHeader("Content-Type", "application/json");
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QDeadlineTimer deadline(timeoutMs + 2000);
    while (!reply->isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    if (!reply->isFinished())
        reply->abort();
    HttpResult result;
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    reply->deleteLater();
    return result;
}

void SimTestClient::setAdmin(const QString &baseUrl, const QString &adminKey)
{
    m_base = baseUrl;
    m_adminKey = adminKey;
}

HttpResult SimTestClient::api(const QByteArray &method, const QString &path, const QJsonValue &body,
                              const HeaderList &extraHeaders)
{
    QByteArray bytes;
    if (body.isObject())
        bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return apiRaw(method, path, bytes, extraHeaders);
}

HttpResult SimTestClient::apiRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                                 const HeaderList &extraHeaders)
{
    HeaderList headers = bearer(m_adminKey) + english();
    headers += extraHeaders;
    return send(method, m_base + path, body, headers);
}

HeaderList SimTestClient::bearer(const QString &key)
{
    return {{QByteArrayLiteral("Authorization"), "Bearer " + key.toUtf8()}};
}

HeaderList SimTestClient::english()
{
    return {{QByteArrayLiteral("Accept-Language"), QByteArrayLiteral("en-US")}};
}

QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QByteArray received;
    QDeadlineTimer deadline(timeoutMs);
    while (socket.state() != QAbstractSocket::ConnectedState && !deadline.hasExpired()
           && socket.state() != QAbstractSocket::UnconnectedState)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    if (socket.state() != QAbstractSocket::ConnectedState)
        return received;
    socket.write(request);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        received += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
    }
    received += socket.readAll();
    return received;
}

QByteArray rawBody(const QByteArray &rawResponse)
{
    const qsizetype headEnd = rawResponse.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return {};
    const QByteArray head = rawResponse.left(headEnd).toLower();
    const qsizetype at = head.indexOf("content-length:");
    qsizetype lineEnd = at < 0 ? -1 : head.indexOf('\r', at);
    if (lineEnd < 0)
        lineEnd = head.size();
    const qsizetype length = at < 0 ? 0 : head.mid(at + 15, lineEnd - at - 15).trimmed().toLongLong();
    return rawResponse.mid(headEnd + 4, length);
}

} // namespace ul::test
