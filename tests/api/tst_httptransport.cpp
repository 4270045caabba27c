// The HTTP/1.1 transport of ApiServer over loopback with raw sockets: keep-alive, pipelining,
// HEAD, 100-continue, chunked bodies, early 413 without reading the body, timeouts and the
// connection limit.
#include "core/api/apiserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace ul;

namespace {

const QByteArray kToken = "transport-test-token-0123456789";

struct Response
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// A raw client that keeps what it has read beyond one answer for the next.
class Client
{
public:
    explicit Client(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
    }
    QTcpSocket &socket() { return m_socket; }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    // One answer; a HEAD answer has no body whatever its Content-Length says.
    Response next(bool head = false, int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                Response r;
                r.head = m_buffer.left(end);
                r.status = r.head.mid(9, 3).toInt();
                const qsizetype length = head ? 0 : r.header("Content-Length").toLongLong();
                if (m_buffer.size() >= end + 4 + length) {
                    r.body = m_buffer.mid(end + 4, length);
                    m_buffer.remove(0, end + 4 + length);
                    return r;
                }
            }
            if (deadline.hasExpired())
                return {};
            waitForData(deadline);
        }
    }

    // True when the server closes the connection before the deadline.
    bool closedWithin(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                return true;
            waitForData(deadline);
        }
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }

private:
    // The server lives in this thread: wait by running its event loop, never by blocking.
    void waitForData(const QDeadlineTimer &deadline)
    {
        QCoreApplication::processEvents(QEventLoop::AllEvents, static_cast<int>(std::clamp<qint64>(deadline.remainingTime(), 1, 20)));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_buffer += m_socket.readAll();
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace

class TestHttpTransport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiServer> m_server;
    int m_handled = 0;

    void start(const HttpLimits &limits = {}, int maxConnections = 256, int maxConnectionsPerClient = 64)
    {
        ApiServerOptions o;
        o.port = 0;
        o.token = QString::fromLatin1(kToken);
        o.maxRequestBytes = 1024;
        o.http = limits;
        o.maxConnections = maxConnections;
        o.maxConnectionsPerClient = maxConnectionsPerClient;
        m_server = std::make_unique<ApiServer>(o);
        Router &r = m_server->router();
        r.get(QStringLiteral("/api/health"), [this](const ApiRequest &, const ApiReply &reply) {
            ++m_handled;
            reply(ApiResponse::json({{QStringLiteral("status"), QStringLiteral("ok")}}));
        }, false);
        r.post(QStringLiteral("/api/echo"), [this](const ApiRequest &req, const ApiReply &reply) {
            ++m_handled;
            reply(ApiResponse::json({{QStringLiteral("got"), QString::fromUtf8(req.body)}}));
        });
        r.post(QStringLiteral("/api/slow"), [this](const ApiRequest &, const ApiReply &reply) {
            QTimer::singleShot(100, this, [this, reply] {
                ++m_handled;
                reply(ApiResponse::json({{QStringLiteral("slow"), true}}));
            });
        });
        QVERIFY(m_server->listen().ok());
        m_handled = 0;
    }

    // With room for two connections (in all, or from this client): two are served, a third is
    // dropped, and a slot frees when a client leaves.
    void twoSlotsThenDroppedUntilOneLeaves()
    {
        Client a(m_server->port());
        Client b(m_server->port());
        a.send("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(a.next().status, 200);
        b.send("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(b.next().status, 200);
        Client third(m_server->port());
        QVERIFY(third.closedWithin(3000));
        a.socket().disconnectFromHost();
        QTRY_VERIFY_WITH_TIMEOUT(a.socket().state() == QAbstractSocket::UnconnectedState, 3000);
        QTest::qWait(50);
        Client fourth(m_server->port());
        fourth.send("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(fourth.next().status, 200);
    }

    static QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
    {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + kToken
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra
            + "\r\n" + body;
    }

    static QString got(const Response &r)
    {
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("got")).toString();
    }

private slots:
    void cleanup() { m_server.reset(); }

    void keepAliveServesSeveralRequests()
    {
        start();
        Client c(m_server->port());
        for (int i = 0; i < 3; ++i) {
            c.send("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            const Response r = c.next();
            QCOMPARE(r.status, 200);
            QVERIFY(r.header("Connection").isEmpty());
            QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
            QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        }
        QVERIFY(c.connected());
        QCOMPARE(m_handled, 3);
    }

    void pipelinedAnswersKeepTheirOrder()
    {
        start();
        Client c(m_server->port());
        // The slow answer comes 100 ms later, yet it is written before the quick ones.
        // (Bodies are JSON: the server refuses any other body before a route runs.)
        c.send(post("/api/slow", "{}") + post("/api/echo", "[\"first\"]") + "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
               + post("/api/echo", "[\"second\"]"));
        QCOMPARE(c.next().body, QByteArray(R"({"slow":true})"));
        QCOMPARE(got(c.next()), QStringLiteral("[\"first\"]"));
        QCOMPARE(c.next().status, 200);
        QCOMPARE(got(c.next()), QStringLiteral("[\"second\"]"));
    }

    void headStatesTheLengthWithoutBody()
    {
        start();
        Client c(m_server->port());
        c.send("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const Response get = c.next();
        c.send("HEAD /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const Response head = c.next(true);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Content-Length").toInt(), get.body.size());
        // Nothing but the next answer follows: a stray body would be read as its start.
        c.send("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(c.next().status, 200);
    }

    void connectionCloseAndHttp10()
    {
        start();
        {
            Client c(m_server->port());
            c.send("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            const Response r = c.next();
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("Connection"), QByteArray("close"));
            QVERIFY(c.closedWithin(3000));
        }
        {
            Client c(m_server->port());
            c.send("GET /api/health HTTP/1.0\r\n\r\n");
            QCOMPARE(c.next().status, 200);
            QVERIFY(c.closedWithin(3000));
        }
        {
            // An HTTP/1.0 client that asks to keep the connection is told it is kept.
            Client c(m_server->port());
            for (int i = 0; i < 2; ++i) {
                c.send("GET /api/health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
                const Response r = c.next();
                QCOMPARE(r.status, 200);
                QCOMPARE(r.header("Connection"), QByteArray("keep-alive"));
            }
            QVERIFY(c.connected());
        }
    }

    void continueIsSentBeforeTheBody()
    {
        start();
        Client c(m_server->port());
        c.send("POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + kToken
               + "\r\nContent-Type: application/json\r\nContent-Length: 7\r\nExpect: 100-continue\r\n\r\n");
        QCOMPARE(c.next().status, 100);
        c.send("[\"hi!\"]");
        const Response r = c.next();
        QCOMPARE(r.status, 200);
        QCOMPARE(got(r), QStringLiteral("[\"hi!\"]"));
    }

    void chunkedBodiesAreJoined()
    {
        start();
        Client c(m_server->port());
        c.send("POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + kToken
               + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{\"a\r\n");
        QTest::qWait(20);
        c.send("4\r\n\":1}\r\n0\r\n\r\n");
        const Response r = c.next();
        QCOMPARE(r.status, 200);
        QCOMPARE(got(r), QStringLiteral("{\"a\":1}"));
    }

    void oversizedBodyIsRefusedBeforeItIsRead()
    {
        start();
        {
            // Announced with Expect: refused at once, no invitation, connection closed.
            Client c(m_server->port());
            c.send(post("/api/echo", {}, "Expect: 100-continue\r\n").replace("Content-Length: 0", "Content-Length: 20000000"));
            const Response r = c.next();
            QCOMPARE(r.status, 413);
            QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("code")).toString(), QStringLiteral("PAYLOAD_TOO_LARGE"));
            QCOMPARE(r.header("Connection"), QByteArray("close"));
            QVERIFY(c.closedWithin(5000));
        }
        {
            // Sent anyway: the client still reads the answer, not a reset.
            Client c(m_server->port());
            c.send(post("/api/echo", QByteArray(300 * 1024, 'x')));
            const Response r = c.next();
            QCOMPARE(r.status, 413);
        }
        {
            // Auth comes first: an unauthenticated client learns nothing about sizes.
            Client c(m_server->port());
            c.send("POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5000\r\n\r\n");
            QCOMPARE(c.next().status, 401);
        }
        QCOMPARE(m_handled, 0);
        Client c(m_server->port());
        c.send("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(c.next().status, 200);
    }

    void malformedRequestsAreAnsweredAndClosed()
    {
        start();
        Client c(m_server->port());
        c.send("GET /api/health HTTP/1.1\r\nBad Header: x\r\n\r\n");
        const Response r = c.next();
        QCOMPARE(r.status, 400);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("success")).toBool(true), false);
        QVERIFY(c.closedWithin(5000));
        QCOMPARE(m_handled, 0);
    }

    void stalledAndIdleConnectionsAreClosed()
    {
        HttpLimits limits;
        limits.headTimeoutMs = 200;
        limits.bodyStallTimeoutMs = 200;
        limits.idleTimeoutMs = 200;
        limits.lingerMs = 200;
        start(limits);
        {
            // A head that trickles in forever (slowloris) gets 408 at its deadline.
            Client c(m_server->port());
            c.send("GET /api/health HTTP/1.1\r\n");
            QTest::qWait(120);
            c.send("X-A: 1\r\n");
            QTest::qWait(120);
            c.send("X-B: 2\r\n");
            const Response r = c.next(false, 2000);
            QCOMPARE(r.status, 408);
            QVERIFY(c.closedWithin(3000));
        }
        {
            Client c(m_server->port());
            c.send(post("/api/echo", "{\"a\":1}").chopped(3));
            QCOMPARE(c.next(false, 2000).status, 408);
        }
        {
            Client c(m_server->port());
            c.send("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QCOMPARE(c.next().status, 200);
            QVERIFY(c.closedWithin(3000));
        }
        QCOMPARE(m_handled, 1);
    }

    // A caller without a credential cannot hold a connection by sending a body slowly: it is
    // answered 401 from the head, its body never read; a caller with the token goes on.
    void requestsWithoutCredentialAreRefusedBeforeTheirBody()
    {
        start();
        {
            Client c(m_server->port());
            QElapsedTimer answeredIn;
            answeredIn.start();
            c.send("POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 900\r\n\r\n{");
            const Response r = c.next(false, 3000);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
            QVERIFY(answeredIn.elapsed() < 3000);  // not at a timeout
            QVERIFY(c.closedWithin(5000));
        }
        {
            // Invited to send nothing: the 401 comes instead of "100 Continue".
            Client c(m_server->port());
            c.send("POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\nExpect: 100-continue\r\n\r\n");
            QCOMPARE(c.next(false, 3000).status, 401);
        }
        {
            Client c(m_server->port());
            const QByteArray request = post("/api/echo", "{\"a\":1}");
            c.send(request.chopped(4));
            QTest::qWait(50);
            c.send(request.right(4));
            const Response r = c.next();
            QCOMPARE(r.status, 200);
            QCOMPARE(got(r), QStringLiteral("{\"a\":1}"));
        }
        QCOMPARE(m_handled, 1);
    }

    // Each byte restarts the stall timer; the body as a whole has a deadline all the same.
    void aTricklingBodyMeetsItsDeadline()
    {
        HttpLimits limits;
        limits.bodyStallTimeoutMs = 300;
        limits.bodyTimeoutMs = 600;
        start(limits);
        Client c(m_server->port());
        c.send(post("/api/echo", "[" + QByteArray(200, '1') + "]").left(200));
        QElapsedTimer elapsed;
        elapsed.start();
        Response r;
        for (int i = 0; i < 40 && r.status == 0; ++i) {
            c.send("1");
            r = c.next(false, 100);
        }
        QCOMPARE(r.status, 408);
        QVERIFY2(elapsed.elapsed() < 3000, QByteArray::number(elapsed.elapsed()).constData());
        QCOMPARE(m_handled, 0);
    }

    void oneClientCannotTakeEveryConnection()
    {
        start({}, 256, 2);
        twoSlotsThenDroppedUntilOneLeaves();
    }

    void connectionsBeyondTheLimitAreDropped()
    {
        start({}, 2);
        twoSlotsThenDroppedUntilOneLeaves();
    }

    void servingLoadsNoTlsLibrary()
    {
#ifdef Q_OS_LINUX
        // The API speaks plain HTTP (TLS ends at a reverse proxy): serving must not pull OpenSSL
        // into the process, the largest part of the idle footprint QHttpServer used to add.
        start();
        Client c(m_server->port());
        c.send("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(c.next().status, 200);
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY2(!mapped.contains("libssl") && !mapped.contains("libcrypto"), "OpenSSL is mapped");
#else
        QSKIP("reads /proc/self/maps");
#endif
    }

    void absoluteFormTargets()
    {
        start();
        Client c(m_server->port());
        c.send("GET http://127.0.0.1/api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(c.next().status, 200);
        c.send("GET ftp://x/api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(c.next().status, 400);
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
