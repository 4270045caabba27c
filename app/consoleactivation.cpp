#include "app/consoleactivation.h"

#include "core/log/categories.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

#include <unistd.h>

namespace ul {

namespace {
constexpr char kShow[] = "show\n";
}

QString ConsoleActivation::serverName(const QString &dataDir)
{
    const QByteArray hash = QCryptographicHash::hash(QDir::cleanPath(QDir(dataDir).absolutePath()).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("uni-load-%1-%2").arg(QString::number(::getuid()), QString::fromLatin1(hash.toHex().left(16)));
}

bool ConsoleActivation::askRunningConsoleToShow(const QString &dataDir, int timeoutMs)
{
    // A console that is still starting holds the lock before it listens: try for a moment.
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        QLocalSocket socket;
        socket.connectToServer(serverName(dataDir));
        if (socket.waitForConnected(200)) {
            socket.write(kShow);
            const bool sent = socket.waitForBytesWritten(1000);
            socket.disconnectFromServer();
            return sent;
        }
        if (deadline.hasExpired())
            return false;
        QThread::msleep(100);
    }
}

ConsoleActivation::ConsoleActivation(QObject *parent) : QObject(parent), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this]() {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket]() {
                if (socket->canReadLine() && socket->readLine() == kShow)
                    emit showRequested();
            });
        }
    });
}

ConsoleActivation::~ConsoleActivation() = default;

bool ConsoleActivation::listen(const QString &dataDir)
{
    const QString name = serverName(dataDir);
    // We hold the data lock, so a socket left under this name is a dead console's.
    QLocalServer::removeServer(name);
    if (m_server->listen(name))
        return true;
    qCWarning(lcUi).noquote() << "a second launch cannot hand over to this console:" << m_server->errorString();
    return false;
}

} // namespace ul
