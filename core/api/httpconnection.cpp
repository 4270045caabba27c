#include "core/api/httpconnection.h"

#include <QPointer>
#include <QTcpSocket>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace ul {

namespace {

// Socket bytes read per parser step: bounds what one greedy client makes us buffer at once.
constexpr qint64 kReadChunk = 64 * 1024;

QString errorCode(int status)
{
    switch (status) {
    case 408: return QStringLiteral("REQUEST_TIMEOUT");
    case 413: return QStringLiteral("PAYLOAD_TOO_LARGE");
    case 414: return QStringLiteral("URI_TOO_LONG");
    case 431: return QStringLiteral("HEADERS_TOO_LARGE");
    case 501: return QStringLiteral("NOT_IMPLEMENTED");
    case 505: return QStringLiteral("HTTP_VERSION_NOT_SUPPORTED");
    default: return QStringLiteral("BAD_REQUEST");
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler, HeadCheck headCheck, QObject *parent)
    : QObject(parent), m_socket(socket), m_peer(socket->peerAddress()), m_limits(limits), m_parser(limits),
      m_handler(std::move(handler)), m_headCheck(std::move(headCheck))
{
    m_socket->setParent(this);
    // While a request is being answered nothing is read, and the kernel holds the client back.
    m_socket->setReadBufferSize(4 * kReadChunk);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_phase == Phase::Closing && m_socket->bytesToWrite() == 0)
            stopSending();
    });
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    serve();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    switch (m_phase) {
    case Phase::Reading:
        serve();
        break;
    case Phase::Busy:
        break;  // left in the socket until the answer is out
    case Phase::Closing:
        m_socket->skip(m_socket->bytesAvailable());
        break;
    }
}

void HttpConnection::serve()
{
    if (m_serving)
        return;  // an answer given synchronously inside the loop below: the loop goes on
    m_serving = true;
    while (m_phase == Phase::Reading) {
        HttpRequestParser::Step step = m_parser.parse();
        while (step == HttpRequestParser::Step::NeedMore && m_socket->bytesAvailable() > 0) {
            m_parser.append(m_socket->read(kReadChunk));
            step = m_parser.parse();
        }
        // A body still to come: the head alone may settle the request (no credential), before a
        // slow sender can hold the connection, and before it is invited to send.
        if (step == HttpRequestParser::Step::NeedMore) {
            QPointer<HttpConnection> self(this);
            if (refusedFromItsHead()) {
                if (self)
                    m_serving = false;
                return;
            }
        }
        if (m_parser.takeContinueRequest())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (step == HttpRequestParser::Step::NeedMore) {
            armTimer();
            break;
        }
        m_timer.stop();
        if (step == HttpRequestParser::Step::Failed) {
            refuse(m_parser.errorStatus(), m_parser.errorMessage());
            break;
        }
        HttpRequestMessage request = m_parser.takeRequest();
        m_headChecked = false;
        m_phase = Phase::Busy;
        m_headRequest = request.method == "HEAD";
        m_afterAnswer = !request.keepAlive           ? ConnectionAfterAnswer::Closed
                        : request.minorVersion == 0 ? ConnectionAfterAnswer::KeptOpenForHttp10
                                                    : ConnectionAfterAnswer::KeptOpen;
        const quint64 sequence = ++m_sequence;
        QPointer<HttpConnection> self(this);
        m_handler(std::move(request), m_peer, [self, sequence](const ApiResponse &response) {
            if (self)
                self->answer(sequence, response);
        });
        if (!self)
            return;
    }
    m_serving = false;
}

bool HttpConnection::refusedFromItsHead()
{
    const HttpRequestMessage *head = m_parser.headAwaitingBody();
    if (!head || m_headChecked)
        return false;
    m_headChecked = true;
    m_bodyDeadline = QDeadlineTimer(m_limits.bodyTimeoutMs);
    if (!m_headCheck)
        return false;
    // Busy before the check, so that an answer given at once is written and closes the connection.
    const quint64 sequence = m_sequence + 1;
    m_sequence = sequence;
    m_phase = Phase::Busy;
    m_headRequest = head->method == "HEAD";
    m_afterAnswer = ConnectionAfterAnswer::Closed;
    m_timer.stop();
    QPointer<HttpConnection> self(this);
    const bool refused = m_headCheck(*head, m_peer, [self, sequence](const ApiResponse &response) {
        if (self)
            self->answer(sequence, response);
    });
    if (!self)
        return true;
    if (!refused) {  // the check keeps no reply: the request goes on as if it had not been asked
        m_sequence = sequence - 1;
        m_phase = Phase::Reading;
    }
    return refused;
}

void HttpConnection::answer(quint64 sequence, const ApiResponse &response)
{
    if (m_phase != Phase::Busy || sequence != m_sequence)
        return;
    write(response, m_headRequest, m_afterAnswer);
    if (m_afterAnswer == ConnectionAfterAnswer::Closed) {
        startClosing();
        return;
    }
    m_phase = Phase::Reading;
    serve();
}

void HttpConnection::write(const ApiResponse &response, bool headRequest, ConnectionAfterAnswer connection)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(encodeHttpResponse(response, headRequest, connection));
}

void HttpConnection::refuse(int status, const QByteArray &message)
{
    write(ApiResponse::error(status, errorCode(status), QString::fromLatin1(message)), false, ConnectionAfterAnswer::Closed);
    startClosing();
}

void HttpConnection::startClosing()
{
    m_phase = Phase::Closing;
    m_wait = Wait::Linger;
    m_timer.start(m_limits.lingerMs);
    m_socket->skip(m_socket->bytesAvailable());
    if (m_socket->bytesToWrite() == 0)
        stopSending();
}

void HttpConnection::stopSending()
{
    // Half-close: the client reads the answer and sees the end; what it still sends is
    // dropped until it closes too or the linger time is over.
#ifdef Q_OS_UNIX
    if (m_socket->state() == QAbstractSocket::ConnectedState && m_socket->socketDescriptor() >= 0) {
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
        return;
    }
#endif
    m_socket->disconnectFromHost();
}

void HttpConnection::armTimer()
{
    if (!m_parser.hasPartialRequest()) {
        m_wait = Wait::Idle;
        m_timer.start(m_limits.idleTimeoutMs);
    } else if (m_parser.inHead()) {
        // One deadline for the whole head, however slowly it trickles in.
        if (m_wait != Wait::Head || !m_timer.isActive()) {
            m_wait = Wait::Head;
            m_timer.start(m_limits.headTimeoutMs);
        }
    } else {
        // Each byte restarts the stall timer, but the whole body has one deadline too.
        m_wait = Wait::Body;
        m_timer.start(int(std::min<qint64>(m_limits.bodyStallTimeoutMs, std::max<qint64>(0, m_bodyDeadline.remainingTime()))));
    }
}

void HttpConnection::onTimeout()
{
    switch (m_wait) {
    case Wait::Idle:
        m_socket->disconnectFromHost();
        break;
    case Wait::Head:
    case Wait::Body:
        if (m_phase == Phase::Reading)
            refuse(408, "request not received in time");
        break;
    case Wait::Linger:
        m_socket->abort();
        deleteLater();
        break;
    }
}

} // namespace ul
