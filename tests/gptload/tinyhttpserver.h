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
        // Instead of `body`: a chunked body that repeats `streamChunk` until the client closes.
        QByteArray streamChunk;
        // Announced instead of the length of `body`, which is then only the start of the body;
        // the connection stays open after it (a slow server sending a huge answer).
        qint64 announcedLength = -1;
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
    static Answer streaming(int status, const QByteArray &chunk);
    static Answer announcing(int status, qint64 contentLength, const QByteArray &bodyStart);

    const QList<Received> &received() const { return m_received; }
    // Connections whose answer was still open (streaming or announced) when the client closed them.
    int closedByClient() const { return m_closedByClient; }
    qint64 streamedBytes() const { return m_streamedBytes; }  // body bytes written by streaming answers

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void streamMore(QTcpSocket *socket);

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QList<Answer> m_answers;
    QList<Received> m_received;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, QByteArray> m_streams;  // open answers: the chunk to repeat (empty: none)
    int m_closedByClient = 0;
    qint64 m_streamedBytes = 0;
};

} // namespace ul::test
