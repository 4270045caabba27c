#include "core/sim/simhttpserver.h"

#include "core/sim/simhttpconnection.h"
#include "core/sim/simlog.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace ul {

SimHttpServer::SimHttpServer(QObject *parent) : QObject(parent), m_tcp(new QTcpServer(this))
{
    m_tcp->setMaxPendingConnections(1024);
    connect(m_tcp, &QTcpServer::newConnection, this, &SimHttpServer::onNewConnection);
}

SimHttpServer::~SimHttpServer()
{
    stop();
}

void SimHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

bool SimHttpServer::listen(quint16 port)
{
    if (m_tcp->isListening())
        return true;
    if (!m_tcp->listen(QHostAddress::LocalHost, port)) {
        m_error = m_tcp->errorString();
        qCWarning(lcSim) << "cannot listen on 127.0.0.1 port" << port << m_error;
        return false;
    }
    m_port = m_tcp->serverPort();
    m_error.clear();
    qCDebug(lcSim) << "listening on 127.0.0.1 port" << m_port;
    return true;
}

bool SimHttpServer::start()
{
    return listen(m_port);
}

void SimHttpServer::stop()
{
    if (m_tcp->isListening())
        m_tcp->close();
    const auto connections = findChildren<SimHttpConnection *>(Qt::FindDirectChildrenOnly);
    for (SimHttpConnection *connection : connections)
        connection->dropNow();
}

bool SimHttpServer::isListening() const
{
    return m_tcp->isListening();
}

QString SimHttpServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

int SimHttpServer::openConnectionCount() const
{
    int count = 0;
    const auto connections = findChildren<SimHttpConnection *>(Qt::FindDirectChildrenOnly);
    for (const SimHttpConnection *connection : connections)
        count += connection->isOpen() ? 1 : 0;
    return count;
}

void SimHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        new SimHttpConnection(socket, [this](const SimHttpRequest &request, const SimResponder &responder) {
            if (m_handler)
                m_handler(request, responder);
            else
                responder.respond(SimHttpResponse::text(404, QByteArrayLiteral("no handler\n")));
        }, m_maxBodyBytes, this);
    }
}

} // namespace ul
