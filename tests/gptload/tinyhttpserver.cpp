#include "tests/gptload/tinyhttpserver.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace ul::test {

TinyHttpServer::TinyHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TinyHttpServer::onNewConnection);
}

bool TinyHttpServer::listen()
{
    m_clock.start();
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TinyHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(pathAndQuery));
}

TinyHttpServer::Answer TinyHttpServer::answer(int status, const QByteArray &body,
                                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Answer a;
    a.status = status;
    a.body = body;
    a.headers = headers;
    return a;
}

TinyHttpServer::Answer TinyHttpServer::hanging()
{
    Answer a;
    a.hang = true;
    return a;
}

TinyHttpServer::Answer TinyHttpServer::streaming(int status, const QByteArray &chunk)
{
    Answer a;
    a.status = status;
    a.streamChunk = chunk;
    return a;
}

TinyHttpServer::Answer TinyHttpServer::announcing(int status, qint64 contentLength, const QByteArray &bodyStart)
{
    Answer a;
    a.status = status;
    a.body = bodyStart;
    a.announcedLength = contentLength;
    return a;
}

void TinyHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { streamMore(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            if (m_streams.remove(socket))
                ++m_closedByClient;
            socket->deleteLater();
        });
    }
}

void TinyHttpServer::streamMore(QTcpSocket *socket)
{
    const QByteArray chunk = m_streams.value(socket);
    if (chunk.isEmpty() || socket->state() != QAbstractSocket::ConnectedState)
        return;
    // Keeps a little ahead of the socket: endless, yet never more than ~256 KB queued here.
    const QByteArray frame = QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    while (socket->bytesToWrite() < 256 * 1024) {
        socket->write(frame);
        m_streamedBytes += chunk.size();
    }
}

void TinyHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    Received request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return;  // body still arriving
    request.body = buffer.mid(headerEnd + 4, contentLength);
    request.atMs = m_clock.elapsed();
    buffer.clear();
    m_received.append(request);

    const Answer answer = m_answers.isEmpty() ? Answer{} : (m_answers.size() > 1 ? m_answers.takeFirst() : m_answers.first());
    if (answer.hang)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\n";
    for (const auto &h : answer.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (!answer.streamChunk.isEmpty()) {
        socket->write(out + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        m_streams.insert(socket, answer.streamChunk);
        streamMore(socket);
        return;
    }
    const qint64 length = answer.announcedLength >= 0 ? answer.announcedLength : answer.body.size();
    out += "Content-Length: " + QByteArray::number(length) + "\r\nConnection: close\r\n\r\n" + answer.body;
    socket->write(out);
    if (answer.announcedLength >= 0) {
        m_streams.insert(socket, QByteArray());  // open: the rest of the body never comes
        return;
    }
    socket->disconnectFromHost();
}

} // namespace ul::test
