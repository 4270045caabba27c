#include "core/sim/simhttpconnection.h"

#include "core/sim/simlog.h"

#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace ul {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;

bool containsToken(const QByteArray &headerValue, QByteArrayView token)
{
    const QList<QByteArray> parts = headerValue.split(',');
    for (const QByteArray &p : parts) {
        if (p.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

void SimPendingAnswer::finish()
{
    if (finished)
        return;
    finished = true;
    if (onFinished) {
        auto callback = std::move(onFinished);
        onFinished = nullptr;
        callback();
    }
}

SimHttpConnection::SimHttpConnection(QTcpSocket *socket, Handler handler, qint64 maxBodyBytes, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(std::move(handler)), m_maxBodyBytes(maxBodyBytes)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &SimHttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &SimHttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError || m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

SimHttpConnection::~SimHttpConnection()
{
    m_dead = true;
    finishAll();
}

bool SimHttpConnection::isOpen() const
{
    return !m_dead && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SimHttpConnection::onReadyRead()
{
    if (m_dead)
        return;
    if (m_closing) {
        m_socket->readAll();   // no more requests on this connection
        return;
    }
    m_buffer.append(m_socket->readAll());
    while (!m_closing && !m_dead) {
        if (!m_headParsed) {
            while (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_buffer.size() > kMaxHeadBytes)
                    rejectAndClose(431, QByteArrayLiteral("request head too large"));
                return;
            }
            if (headEnd > kMaxHeadBytes) {
                rejectAndClose(431, QByteArrayLiteral("request head too large"));
                return;
            }
            if (!parseHead(headEnd))
                return;
            m_buffer.remove(0, headEnd + 4);
            m_headParsed = true;
            if (m_buffer.size() < m_bodyLength && m_queue.empty()
                && m_current.header("Expect").compare(QByteArrayView("100-continue"), Qt::CaseInsensitive) == 0) {
                m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            }
        }
        if (m_buffer.size() < m_bodyLength)
            return;
        m_current.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_headParsed = false;
        dispatchCurrent();
    }
}

bool SimHttpConnection::parseHead(qsizetype headEnd)
{
    const QList<QByteArray> lines = QByteArray::fromRawData(m_buffer.constData(), headEnd).split('\n');
    m_current = SimHttpRequest();
    m_current.peerAddress = m_socket->peerAddress();
    m_current.peerPort = m_socket->peerPort();

    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine[0].isEmpty() || !requestLine[2].startsWith("HTTP/1.")) {
        rejectAndClose(400, QByteArrayLiteral("malformed request line"));
        return false;
    }
    m_current.method = requestLine[0];
    m_current.httpVersion = requestLine[2];
    QByteArray target = requestLine[1];
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype pathStart = target.indexOf('/', target.indexOf("//") + 2);
        target = pathStart < 0 ? QByteArrayLiteral("/") : target.mid(pathStart);
    }
    if (!target.startsWith('/')) {
        rejectAndClose(400, QByteArrayLiteral("unsupported request target"));
        return false;
    }
    const qsizetype hash = target.indexOf('#');
    if (hash >= 0)
        target.truncate(hash);
    const qsizetype question = target.indexOf('?');
    m_current.rawPath = question < 0 ? target : target.left(question);
    m_current.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    m_current.path = simhttp::percentDecode(m_current.rawPath);
    m_current.query = simhttp::parseQuery(m_current.rawQuery);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            rejectAndClose(400, QByteArrayLiteral("malformed header line"));
            return false;
        }
        m_current.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    const QByteArray connection = m_current.header("Connection");
    if (m_current.httpVersion == "HTTP/1.0")
        m_currentKeepAlive = containsToken(connection, "keep-alive");
    else
        m_currentKeepAlive = !containsToken(connection, "close");

    const QByteArray transferEncoding = m_current.header("Transfer-Encoding");
    if (!transferEncoding.isEmpty() && transferEncoding.compare("identity", Qt::CaseInsensitive) != 0) {
        rejectAndClose(411, QByteArrayLiteral("chunked request bodies are not supported; send Content-Length"));
        return false;
    }
    m_bodyLength = 0;
    const QByteArray contentLength = m_current.header("Content-Length");
    if (!contentLength.isEmpty()) {
        bool ok = false;
        m_bodyLength = contentLength.toLongLong(&ok);
        if (!ok || m_bodyLength < 0) {
            rejectAndClose(400, QByteArrayLiteral("invalid Content-Length"));
            return false;
        }
        if (m_bodyLength > m_maxBodyBytes) {
            rejectAndClose(413, QByteArrayLiteral("request body too large"));
            return false;
        }
    }
    return true;
}

void SimHttpConnection::rejectAndClose(int status, const QByteArray &message)
{
    qCDebug(lcSim) << "rejecting request with" << status << message;
    auto slot = std::make_shared<SimPendingAnswer>();
    slot->connection = this;
    slot->keepAlive = false;
    slot->bytes = simhttp::serializeResponse(SimHttpResponse::text(status, message + '\n'), false);
    slot->ready = true;
    m_queue.push_back(slot);
    m_closing = true;
    flush();
}

void SimHttpConnection::dispatchCurrent()
{
    auto slot = std::make_shared<SimPendingAnswer>();
    slot->connection = this;
    slot->keepAlive = m_currentKeepAlive;
    slot->headOnly = m_current.method == "HEAD";
    m_queue.push_back(slot);
    if (!m_currentKeepAlive)
        m_closing = true;
    const SimHttpRequest request = std::move(m_current);
    m_current = SimHttpRequest();
    if (m_handler)
        m_handler(request, SimResponder(slot));
    else
        SimResponder(slot).respond(SimHttpResponse::text(404, QByteArrayLiteral("no handler\n")));
}

void SimHttpConnection::answerReady(const std::shared_ptr<SimPendingAnswer> &slot)
{
    slot->ready = true;
    flush();
}

void SimHttpConnection::flush()
{
    while (!m_dead && !m_queue.empty() && m_queue.front()->ready) {
        const auto slot = m_queue.front();
        m_queue.pop_front();
        m_socket->write(slot->bytes);
        slot->bytes.clear();
        const bool keepAlive = slot->keepAlive;
        slot->finish();
        if (!keepAlive) {
            m_closing = true;
            finishAll();
            m_socket->disconnectFromHost();
            return;
        }
    }
}

void SimHttpConnection::resetNow()
{
    if (m_dead)
        return;
#ifdef Q_OS_UNIX
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lingerOption {};
        lingerOption.l_onoff = 1;
        lingerOption.l_linger = 0;
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &lingerOption, sizeof lingerOption);
    }
#endif
    m_socket->abort();
    onDisconnected();
}

void SimHttpConnection::closeNow()
{
    if (m_dead)
        return;
    m_closing = true;
    finishAll();
    m_socket->disconnectFromHost();
}

void SimHttpConnection::dropNow()
{
    if (m_dead)
        return;
    m_socket->abort();
    onDisconnected();
}

void SimHttpConnection::onDisconnected()
{
    if (m_dead)
        return;
    m_dead = true;
    m_closing = true;
    finishAll();
    deleteLater();
}

void SimHttpConnection::finishAll()
{
    const auto pending = std::move(m_queue);
    m_queue.clear();
    for (const auto &slot : pending)
        slot->finish();
}

// --- SimResponder ---------------------------------------------------------------------------

void SimResponder::respond(const SimHttpResponse &response) const
{
    if (!m_slot || m_slot->finished || m_slot->responded)
        return;
    m_slot->responded = true;
    SimHttpConnection *connection = m_slot->connection.data();
    if (!connection) {
        m_slot->finish();
        return;
    }
    if (!m_slot->drop)
        m_slot->bytes = simhttp::serializeResponse(response, m_slot->keepAlive, m_slot->headOnly);
    auto deliver = [slot = m_slot] {
        SimHttpConnection *conn = slot->connection.data();
        if (!conn || slot->finished)
            return;
        if (!slot->drop) {
            conn->answerReady(slot);
            return;
        }
        switch (*slot->drop) {
        case SimDrop::Hang:
            break;             // stays pending until the client gives up
        case SimDrop::Reset:
            conn->resetNow();
            slot->finish();
            break;
        case SimDrop::Close:
            conn->closeNow();
            slot->finish();
            break;
        }
    };
    if (m_slot->answerDelayMs > 0)
        QTimer::singleShot(m_slot->answerDelayMs, connection, deliver);
    else
        deliver();
}

void SimResponder::delayAnswer(int ms) const
{
    if (m_slot && ms > 0)
        m_slot->answerDelayMs += ms;
}

void SimResponder::dropAnswer(SimDrop how) const
{
    if (m_slot)
        m_slot->drop = how;
}

void SimResponder::reset() const
{
    if (!m_slot || m_slot->finished)
        return;
    if (SimHttpConnection *connection = m_slot->connection.data())
        connection->resetNow();
    m_slot->finish();
}

void SimResponder::close() const
{
    if (!m_slot || m_slot->finished)
        return;
    if (SimHttpConnection *connection = m_slot->connection.data())
        connection->closeNow();
    m_slot->finish();
}

bool SimResponder::isConnected() const
{
    return m_slot && m_slot->connection && m_slot->connection->isOpen();
}

bool SimResponder::isAnswered() const
{
    return m_slot && (m_slot->finished || m_slot->responded);
}

void SimResponder::onFinished(std::function<void()> callback) const
{
    if (!m_slot || m_slot->finished) {
        if (callback)
            callback();
        return;
    }
    if (m_slot->onFinished) {
        auto previous = std::move(m_slot->onFinished);
        m_slot->onFinished = [previous = std::move(previous), callback = std::move(callback)] {
            previous();
            callback();
        };
    } else {
        m_slot->onFinished = std::move(callback);
    }
}

} // namespace ul
