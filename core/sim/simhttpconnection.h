#pragma once

// Internal to SimHttpServer: one accepted TCP connection with its request parser and the queue
// that keeps answers in request order (pipelining-safe).

#include "core/sim/simhttp.h"
#include "core/sim/simresponder.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace ul {

class SimHttpConnection;

struct SimPendingAnswer
{
    QPointer<SimHttpConnection> connection;
    QByteArray bytes;           // serialized answer once ready
    bool responded = false;     // respond() was called (the answer may still be delayed)
    bool ready = false;         // the answer may be written
    int answerDelayMs = 0;
    std::optional<SimDrop> drop;
    bool finished = false;      // answered, aborted, or the connection went away
    bool keepAlive = true;      // what the request asked for
    bool headOnly = false;      // a HEAD request: no body in the answer
    std::function<void()> onFinished;

    void finish();
};

class SimHttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpConnection)

public:
    using Handler = std::function<void(const SimHttpRequest &, const SimResponder &)>;

    SimHttpConnection(QTcpSocket *socket, Handler handler, qint64 maxBodyBytes, QObject *parent);
    ~SimHttpConnection() override;

    void answerReady(const std::shared_ptr<SimPendingAnswer> &slot);
    void resetNow();
    void closeNow();
    void dropNow();             // server going down: abort without a reset
    bool isOpen() const;

private:
    void onReadyRead();
    void onDisconnected();
    bool parseHead(qsizetype headEnd);
    void rejectAndClose(int status, const QByteArray &message);
    void dispatchCurrent();
    void flush();
    void finishAll();

    QTcpSocket *m_socket;
    Handler m_handler;
    qint64 m_maxBodyBytes;
    QByteArray m_buffer;
    SimHttpRequest m_current;
    bool m_headParsed = false;
    qint64 m_bodyLength = 0;
    bool m_currentKeepAlive = true;
    bool m_closing = false;     // no more requests are read
    bool m_dead = false;        // socket gone
    std::deque<std::shared_ptr<SimPendingAnswer>> m_queue;
};

} // namespace ul
