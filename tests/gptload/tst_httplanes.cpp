// HttpClient keeps MAX_CONCURRENT_REQUESTS on the wire even above Qt 6.4's limit of six
// connections per host and QNetworkAccessManager, on the injected manager and on a WireThread.
#include "core/gptload/httpclient.h"
#include "core/gptload/requestscheduler.h"
#include "core/gptload/wirethread.h"
#include "tests/support/testutil.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ul;

namespace {
// Accepts connections and answers nothing until `release()`; counts requests seen.
class HoldingServer : public QObject
{
public:
    HoldingServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s]() {
                    m_buffers[s] += s->readAll();
                    if (m_buffers[s].contains("\r\n\r\n") && !m_waiting.contains(s)) {
                        m_waiting.append(s);
                        m_peak = std::max(m_peak, int(m_waiting.size()));
                    }
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int waiting() const { return int(m_waiting.size()); }
    int peak() const { return m_peak; }
    void release()
    {
        for (QTcpSocket *s : std::as_const(m_waiting)) {
            m_buffers.remove(s);
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: application/json\r\n\r\n{}");
        }
        m_waiting.clear();
    }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QTcpSocket *> m_waiting;
    int m_peak = 0;
};
} // namespace

class TestHttpLanes : public QObject
{
    Q_OBJECT

private slots:
    void tenRequestsAreInFlightAtOnce_data()
    {
        QTest::addColumn<bool>("onWire");
        QTest::newRow("injected manager") << false;
        QTest::newRow("wire thread") << true;
    }

    void tenRequestsAreInFlightAtOnce()
    {
        QFETCH(bool, onWire);
        HoldingServer server;
        QNetworkAccessManager nam;
        WireThread wire;
        RequestScheduler scheduler(10);
        HttpClientOptions options;
        options.timeoutMs = 5000;
        options.retryAttempts = 0;
        HttpClient client(&nam, &scheduler, options);
        if (onWire)
            client.setWire(&wire);
        QList<QFuture<Result<HttpResponse>>> futures;
        for (int i = 0; i < 14; ++i) {
            HttpRequestSpec spec;
            spec.method = HttpMethod::Get;
            spec.url = QUrl(QStringLiteral("http://127.0.0.1:%1/item/%2").arg(server.port()).arg(i));
            futures.append(client.send(spec));
        }
        // The scheduler lets 10 through; all 10 must reach the server although one
        // QNetworkAccessManager would only open 6 connections.
        QTRY_COMPARE_WITH_TIMEOUT(server.waiting(), 10, 5000);
        QTest::qWait(50);
        QCOMPARE(server.waiting(), 10);
        if (onWire)
            QCOMPARE(wire.inFlight(), 10);
        else
            QVERIFY(client.laneCount() >= 2);
        while (std::any_of(futures.cbegin(), futures.cend(), [](const auto &f) { return !f.isFinished(); })) {
            server.release();
            QTest::qWait(5);
        }
        QCOMPARE(server.peak(), 10);
        for (const auto &f : futures)
            QVERIFY(f.result().ok());
    }

    // The wire thread goes away (engine shutdown) while an attempt waits for its answer: the
    // call is not left hanging and nothing touches the destroyed wire.
    void wireGoneWithAnAttemptInFlight()
    {
        HoldingServer server;
        QNetworkAccessManager nam;
        RequestScheduler scheduler(10);
        HttpClientOptions options;
        options.timeoutMs = 5000;
        options.retryAttempts = 0;
        HttpClient client(&nam, &scheduler, options);
        auto wire = std::make_unique<WireThread>();
        client.setWire(wire.get());
        HttpRequestSpec spec;
        spec.method = HttpMethod::Post;
        spec.url = QUrl(QStringLiteral("http://127.0.0.1:%1/api/groups").arg(server.port()));
        spec.body = "{}";
        QFuture<Result<HttpResponse>> future = client.send(spec);
        QTRY_COMPARE_WITH_TIMEOUT(server.waiting(), 1, 5000);
        wire.reset();
        QVERIFY(!future.isFinished());
        client.cancelAll();
        QVERIFY(future.isFinished());
        QCOMPARE(future.result().error().kind, ErrorKind::Cancelled);
        QCOMPARE(scheduler.totalInFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpLanes)
#include "tst_httplanes.moc"
