#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace ul::test {

// A minimal HTTP/1.1 server on 127.0.0.1 (port 0) that answers from a script, for tests that
// need a real socket (timeouts, retries, connection handling). One request per connection.
class TinyHttpServer final : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool hang = false;  // read the request, never answer
    };

    struct Received
    {
        QByteArray method;
        QByteArray target;  // path and query
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 atMs = 0;  // since the server started
    };

    explicit TinyHttpServer(QObject *parent = nullptr);

    bool listen();
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;

    // Answers are used in order; the last one keeps answering.
    void enqueue(const Answer &answer) { m_answers.append(answer); }
    static Answer answer(int status, const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static Answer hanging();

    const QList<Received> &received() const { return m_received; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QList<Answer> m_answers;
    QList<Received> m_received;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace ul::test
