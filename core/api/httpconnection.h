#pragma once

#include "core/api/apitypes.h"
#include "core/api/httpresponseencoder.h"
#include "core/api/httprequestparser.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace ul {

// One client connection of the HTTP API: reads requests with HttpRequestParser, hands them one
// at a time to the handler and writes the answers in order (keep-alive and pipelining), invites
// bodies announced with "Expect: 100-continue", answers malformed or oversized requests itself,
// and closes connections that idle, stall, or whose body misses its deadline (HttpLimits). After a final answer it stops sending and drops
// what still arrives for a moment before closing, so a client still sending a refused body
// reads the answer instead of a reset. Deletes itself when the connection ends; an answer that
// comes after that is dropped. Lives in the thread of its server.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // Called once per request; the reply is called exactly once, now or later.
    using Handler = std::function<void(HttpRequestMessage request, const QHostAddress &peer, ApiReply reply)>;
    // Called once per request whose body has not all arrived with its head: true when it answers
    // the request from the head alone (through the reply, now or later); the body is then never
    // read and the connection closes after the answer.
    using HeadCheck = std::function<bool(const HttpRequestMessage &head, const QHostAddress &peer, ApiReply reply)>;

    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler, HeadCheck headCheck = {},
                   QObject *parent = nullptr);
    ~HttpConnection() override;

private:
    enum class Phase { Reading, Busy, Closing };
    enum class Wait { Idle, Head, Body, Linger };

    void onReadyRead();
    void serve();
    void answer(quint64 sequence, const ApiResponse &response);
    void write(const ApiResponse &response, bool headRequest, ConnectionAfterAnswer connection);
    void refuse(int status, const QByteArray &message);
    void startClosing();
    void stopSending();
    void armTimer();
    void onTimeout();
    // The head check for the request being read; true when it was refused.
    bool refusedFromItsHead();

    QTcpSocket *m_socket;
    QHostAddress m_peer;
    HttpLimits m_limits;
    HttpRequestParser m_parser;
    Handler m_handler;
    HeadCheck m_headCheck;
    QTimer m_timer;
    QDeadlineTimer m_bodyDeadline;
    bool m_headChecked = false;  // for the request being read
    Wait m_wait = Wait::Idle;
    Phase m_phase = Phase::Reading;
    bool m_serving = false;
    bool m_headRequest = false;
    ConnectionAfterAnswer m_afterAnswer = ConnectionAfterAnswer::KeptOpen;
    quint64 m_sequence = 0;
};

} // namespace ul
