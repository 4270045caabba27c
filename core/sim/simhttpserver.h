#pragma once

#include "core/sim/simhttp.h"
#include "core/sim/simresponder.h"

#include <QObject>

#include <functional>

class QTcpServer;

namespace ul {

// Minimal HTTP/1.1 server on 127.0.0.1 for the simulators: Content-Length bodies (chunked
// uploads get 411), keep-alive, pipelined requests answered in order, and answers that may
// come later through a SimResponder. It lives in the thread that created it and never blocks.
//
// stop()/start() simulate the process going down and coming back on the same port: while
// stopped, connections are refused and open connections are dropped.
class SimHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpServer)

public:
    using Handler = std::function<void(const SimHttpRequest &, const SimResponder &)>;

    explicit SimHttpServer(QObject *parent = nullptr);
    ~SimHttpServer() override;

    void setHandler(Handler handler);
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    // Listens on 127.0.0.1:port (0 = ephemeral); the chosen port is kept for start().
    bool listen(quint16 port = 0);
    bool start();                 // listens again on the remembered port
    void stop();                  // refuses connections and drops open ones
    bool isListening() const;

    quint16 port() const { return m_port; }
    QString url() const;          // "http://127.0.0.1:<port>"
    QString errorString() const { return m_error; }
    int openConnectionCount() const;

private:
    void onNewConnection();

    QTcpServer *m_tcp;
    Handler m_handler;
    quint16 m_port = 0;
    qint64 m_maxBodyBytes = 64ll * 1024 * 1024;
    QString m_error;
};

} // namespace ul
