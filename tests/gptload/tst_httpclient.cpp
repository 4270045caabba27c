// HttpClient over a real loopback socket: retries only for idempotent requests, backoff and
// Retry-After, timeouts, network errors, cancellation, TLS settings, answer size limits, and
// redacted wire logs.
// Every test runs twice: on the injected manager, then on a WireThread (the engine's way).

#include "core/common/redactor.h"
#include "core/gptload/answerreader.h"
#include "core/gptload/httpclient.h"
#include "core/gptload/requestscheduler.h"
#include "core/gptload/wirethread.h"
#include "tests/gptload/tinyhttpserver.h"
#include "tests/support/fakenetworkaccessmanager.h"
#include "tests/support/logcapture.h"
#include "tests/support/testutil.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace ul;
using ul::test::TinyHttpServer;

namespace {

HttpClientOptions fastOptions()
{
    HttpClientOptions o;
    o.timeoutMs = 2000;
    o.retryAttempts = 3;
    o.retryBaseDelayMs = 2;
    return o;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void returnsAnswersOfAnyStatus();
    void retriesOnlyIdempotentMethods_data();
    void retriesOnlyIdempotentMethods();
    void retryVerdictOverridesTheMethod();
    void stopsRetryingOnSuccess();
    void retryDelaySchedule();
    void parsesRetryAfter();
    void honoursRetryAfter();
    void timeoutIsTimeoutKind();
    void postTimeoutIsNotRetried();
    void networkErrorIsNetworkKindAndRetried();
    void failedTlsHandshakeIsNotRetried();
    void cancellingTheFutureAbortsTheRequest();
    void cancelAllReportsCancelled();
    void rejectsNonHttpUrls();
    void caCertificateAppliesToThatRequestOnly();
    void missingCaCertificateIsAnError();
    void insecureTargetWarnsOnce();
    void wireLogNeverShowsSecrets();
    void answerUpToTheLimitIsKept_data();
    void answerUpToTheLimitIsKept();
    void announcedOversizedAnswerFailsAtOnce();
    void endlessStreamIsCutAtTheLimit();

public:
    static inline bool s_onWire = false;  // the second pass

private:
    // Puts the client on this test's wire thread in the second pass.
    void carry(HttpClient &client)
    {
        if (m_wire)
            client.setWire(m_wire.get());
    }

    std::optional<ul::test::LogCapture> m_log;  // everything the process logs while a test runs
    std::unique_ptr<WireThread> m_wire;
};

void TestHttpClient::init()
{
    m_log.emplace();
    if (s_onWire)
        m_wire = std::make_unique<WireThread>();
}

void TestHttpClient::cleanup()
{
    m_log.reset();
    Redactor::forgetAllSecrets();
    m_wire.reset();
}

void TestHttpClient::returnsAnswersOfAnyStatus()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(TinyHttpServer::answer(404, R"({"error":"Not Found"})", {{"X-Trace", "abc"}}));
    QNetworkAccessManager network;
    HttpClient client(&network, nullptr, fastOptions());
    carry(client);

    const auto result = ul::test::await(client.send(HttpRequestSpec::make(HttpMethod::Get, server.url(QStringLiteral("/api/x")))));
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().status, 404);
    QCOMPARE(result->value().body, QByteArray(R"({"error":"Not Found"})"));
    QCOMPARE(result->value().header("x-trace"), QByteArray("abc"));
    QCOMPARE(result->value().attempts, 1);
    QCOMPARE(server.received().size(), 1);
}

void TestHttpClient::retriesOnlyIdempotentMethods_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expectedAttempts");
    QTest::newRow("GET 503") << int(HttpMethod::Get) << 503 << 4;
    QTest::newRow("PUT 500") << int(HttpMethod::Put) << 500 << 4;
    QTest::newRow("DELETE 429") << int(HttpMethod::Delete) << 429 << 4;
    QTest::newRow("GET 408") << int(HttpMethod::Get) << 408 << 4;
    QTest::newRow("POST 503") << int(HttpMethod::Post) << 503 << 1;
    QTest::newRow("PATCH 503") << int(HttpMethod::Patch) << 503 << 1;
    QTest::newRow("GET 404") << int(HttpMethod::Get) << 404 << 1;
    QTest::newRow("PUT 400") << int(HttpMethod::Put) << 400 << 1;
}

void TestHttpClient::retriesOnlyIdempotentMethods()
{
    QFETCH(int, method);
    QFETCH(int, status);
    QFETCH(int, expectedAttempts);
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(TinyHttpServer::answer(status, "{}"));
    QNetworkAccessManager network;
    RequestScheduler scheduler;
    HttpClient client(&network, &scheduler, fastOptions());
    carry(client);

    const auto result = ul::test::await(
        client.send(HttpRequestSpec::make(HttpMethod(method), server.url(QStringLiteral("/api/groups/1")), "{}")));
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().status, status);
    QCOMPARE(result->value().attempts, expectedAttempts);
    QCOMPARE(server.received().size(), expectedAttempts);
    QCOMPARE(scheduler.counters().total(), expectedAttempts);
}

void TestHttpClient::retryVerdictOverridesTheMethod()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(TinyHttpServer::answer(500, R"({"code":"INTERNAL_SERVER_ERROR","message":"Too many concurrent requests"})"));
    server.enqueue(TinyHttpServer::answer(200, R"({"code":0})"));
    QNetworkAccessManager network;
    HttpClient client(&network, nullptr, fastOptions());
    carry(client);

    HttpRequestSpec post = HttpRequestSpec::make(HttpMethod::Post, server.url(QStringLiteral("/api/groups")), "{}");
    post.answerRetryVerdict = [](const HttpResponse &r) {
        return r.body.contains("Too many concurrent") ? RetryVerdict::Retry : RetryVerdict::Default;
    };
    const auto retried = ul::test::await(client.send(post));
    QVERIFY(retried && retried->ok());
    QCOMPARE(retried->value().status, 200);
    QCOMPARE(retried->value().attempts, 2);

    server.enqueue(TinyHttpServer::answer(500, "lag"));
    HttpRequestSpec get = HttpRequestSpec::make(HttpMethod::Get, server.url(QStringLiteral("/proxy/g/v1/models")));
    get.answerRetryVerdict = [](const HttpResponse &) { return RetryVerdict::DoNotRetry; };
    const int before = int(server.received().size());
    const auto notRetried = ul::test::await(client.send(get));
    QVERIFY(notRetried && notRetried->ok());
    QCOMPARE(notRetried->value().attempts, 1);
    QCOMPARE(server.received().size(), before + 1);
}

void TestHttpClient::stopsRetryingOnSuccess()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(TinyHttpServer::answer(502));
    server.enqueue(TinyHttpServer::answer(503));
    server.enqueue(TinyHttpServer::answer(200, "ok"));
    QNetworkAccessManager network;
    HttpClient client(&network, nullptr, fastOptions());
    carry(client);

    const auto result = ul::test::await(client.send(HttpRequestSpec::make(HttpMethod::Get, server.url())));
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().status, 200);
    QCOMPARE(result->value().body, QByteArray("ok"));
    QCOMPARE(result->value().attempts, 3);
    QVERIFY(result->value().totalElapsedMs >= result->value().elapsedMs);
}

void TestHttpClient::retryDelaySchedule()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(retryDelayMs(1, 1000, 60000, {}, now), 1000);
    QCOMPARE(retryDelayMs(2, 1000, 60000, {}, now), 2000);
    QCOMPARE(retryDelayMs(3, 1000, 60000, {}, now), 4000);
    QCOMPARE(retryDelayMs(1, 5, 60000, {}, now), 5);
    QCOMPARE(retryDelayMs(1, 1000, 60000, "7", now), 7000);   // Retry-After longer than backoff
    QCOMPARE(retryDelayMs(3, 1000, 60000, "1", now), 4000);   // backoff longer than Retry-After
    QCOMPARE(retryDelayMs(1, 1000, 60000, "3600", now), 60000);  // capped
    QCOMPARE(retryDelayMs(1, 1000, 60000, "soon", now), 1000);   // unparsable: ignored
}

void TestHttpClient::parsesRetryAfter()
{
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 50), Qt::UTC);
    QCOMPARE(parseRetryAfterMs("120", now), std::optional<qint64>(120000));
    QCOMPARE(parseRetryAfterMs(" 0 ", now), std::optional<qint64>(0));
    QCOMPARE(parseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", now), std::optional<qint64>(10000));
    QCOMPARE(parseRetryAfterMs("Wed, 21 Oct 2015 07:00:00 GMT", now), std::optional<qint64>(0));  // past
    QCOMPARE(parseRetryAfterMs("-5", now), std::nullopt);
    QCOMPARE(parseRetryAfterMs("", now), std::nullopt);
    QCOMPARE(parseRetryAfterMs("tomorrow", now), std::nullopt);
}

void TestHttpClient::honoursRetryAfter()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(TinyHttpServer::answer(429, {}, {{"Retry-After", "3600"}}));
    server.enqueue(TinyHttpServer::answer(200, "done"));
    QNetworkAccessManager network;
    HttpClientOptions options = fastOptions();
    options.retryBaseDelayMs = 1;
    options.maxRetryDelayMs = 150;  // keeps the test short: the server asked for an hour
    HttpClient client(&network, nullptr, options);
    carry(client);

    const auto result = ul::test::await(client.send(HttpRequestSpec::make(HttpMethod::Get, server.url())));
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().status, 200);
    QCOMPARE(server.received().size(), 2);
    // Backoff alone would have waited 1 ms; the Retry-After (capped at 150 ms) was honoured.
    QVERIFY2(server.received().at(1).atMs - server.received().at(0).atMs >= 140,
             qPrintable(QString::number(server.received().at(1).atMs - server.received().at(0).atMs)));
}

void TestHttpClient::timeoutIsTimeoutKind()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(TinyHttpServer::hanging());
    QNetworkAccessManager network;
    RequestScheduler scheduler;
    HttpClientOptions options = fastOptions();
    options.timeoutMs = 60;
    options.retryAttempts = 2;
    HttpClient client(&network, &scheduler, options);
    carry(client);

    const auto result = ul::test::await(client.send(HttpRequestSpec::make(HttpMethod::Get, server.url(QStringLiteral("/slow")))));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Timeout);
    QVERIFY(result->error().isTransient());
    QVERIFY(result->error().message.contains(QLatin1String("60 ms")));
    QCOMPARE(scheduler.counters().count(QStringLiteral("GET"), QStringLiteral("/slow"), QStringLiteral("timeout")), 3);
}

void TestHttpClient::postTimeoutIsNotRetried()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(TinyHttpServer::hanging());
    QNetworkAccessManager network;
    HttpClientOptions options = fastOptions();
    options.timeoutMs = 5000;
    HttpClient client(&network, nullptr, options);
    carry(client);

    HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Post, server.url(QStringLiteral("/api/groups")), "{}");
    spec.timeoutMs = 50;  // per-request override
    const auto result = ul::test::await(client.send(spec));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Timeout);
    QCOMPARE(server.received().size(), 1);
}

void TestHttpClient::networkErrorIsNetworkKindAndRetried()
{
    QNetworkAccessManager network;
    RequestScheduler scheduler;
    HttpClient client(&network, &scheduler, fastOptions());
    carry(client);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/health").arg(closedPort()));

    const auto get = ul::test::await(client.send(HttpRequestSpec::make(HttpMethod::Get, url)));
    QVERIFY(get && !get->ok());
    QCOMPARE(get->error().kind, ErrorKind::Network);
    QVERIFY(get->error().message.contains(QLatin1String("connection refused")));
    QCOMPARE(scheduler.counters().count(QStringLiteral("GET"), {}, QStringLiteral("network")), 4);

    const auto post = ul::test::await(client.send(HttpRequestSpec::make(HttpMethod::Post, url, "{}")));
    QVERIFY(post && !post->ok());
    QCOMPARE(post->error().kind, ErrorKind::Network);
    QCOMPARE(scheduler.counters().count(QStringLiteral("POST"), {}, QStringLiteral("network")), 1);
}

void TestHttpClient::failedTlsHandshakeIsNotRetried()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    // https:// to a plain-HTTP port: the server answers the ClientHello with an HTTP 400.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, &server, [&server, &connections]() {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++connections;
            connect(socket, &QTcpSocket::readyRead, socket, [socket]() {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        }
    });
    QNetworkAccessManager network;
    RequestScheduler scheduler;
    HttpClientOptions options = fastOptions();
    options.retryAttempts = 2;
    HttpClient client(&network, &scheduler, options);
    carry(client);
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/v1/models").arg(server.serverPort()));

    const auto result = ul::test::await(client.send(HttpRequestSpec::make(HttpMethod::Get, url)));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Network);
    QVERIFY2(result->error().message.contains(QLatin1String("TLS handshake failed")), qPrintable(result->error().message));
    QCOMPARE(scheduler.counters().count(QStringLiteral("GET"), {}, QStringLiteral("network")), 1);
    QCOMPARE(connections, 1);
}

void TestHttpClient::cancellingTheFutureAbortsTheRequest()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(TinyHttpServer::hanging());
    QNetworkAccessManager network;
    RequestScheduler scheduler;
    HttpClient client(&network, &scheduler, fastOptions());
    carry(client);

    QFuture<Result<HttpResponse>> future = client.send(HttpRequestSpec::make(HttpMethod::Get, server.url()));
    QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), 1, 5000);
    future.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(client.pendingCount(), 0, 5000);
    QVERIFY(future.isCanceled());
    QCOMPARE(scheduler.totalInFlight(), 0);
    QCOMPARE(scheduler.counters().count({}, {}, QStringLiteral("cancelled")), 1);
}

void TestHttpClient::cancelAllReportsCancelled()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(TinyHttpServer::answer(503));
    QNetworkAccessManager network;
    HttpClientOptions options = fastOptions();
    options.retryBaseDelayMs = 10000;  // the retry waits: cancel must end the wait
    HttpClient client(&network, nullptr, options);
    carry(client);

    QFuture<Result<HttpResponse>> future = client.send(HttpRequestSpec::make(HttpMethod::Get, server.url()));
    QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), 1, 5000);
    QTest::qWait(20);  // let the answer arrive and the backoff start
    client.cancelAll();
    const auto result = ul::test::await(future, 1000);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Cancelled);
    QCOMPARE(client.pendingCount(), 0);
}

void TestHttpClient::rejectsNonHttpUrls()
{
    QNetworkAccessManager network;
    HttpClient client(&network, nullptr, fastOptions());
    carry(client);
    const auto result = ul::test::await(client.send(HttpRequestSpec::make(HttpMethod::Get, QUrl(QStringLiteral("ftp://example.com/x")))));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Validation);
}

void TestHttpClient::caCertificateAppliesToThatRequestOnly()
{
    ul::test::FakeNetworkAccessManager network;
    network.setHandler([](const ul::test::FakeRequest &) { return ul::test::FakeResponse::json(200, "{}"); });
    HttpClient client(&network, nullptr, fastOptions());

    HttpRequestSpec withCa = HttpRequestSpec::make(HttpMethod::Get, QUrl(QStringLiteral("https://private.test/health")));
    withCa.tls.caCertificateFile = QStringLiteral(UNILOAD_TEST_DATA_DIR "/gptload/ca.pem");
    QVERIFY(ul::test::await(client.send(withCa))->ok());
    QVERIFY(ul::test::await(client.send(HttpRequestSpec::make(HttpMethod::Get, QUrl(QStringLiteral("https://public.test/health")))))->ok());

    QCOMPARE(network.requests().size(), 2);
    const QList<QSslCertificate> expected = QSslCertificate::fromPath(withCa.tls.caCertificateFile);
    QCOMPARE(expected.size(), 1);
    QVERIFY(network.requests().at(0).request.sslConfiguration().caCertificates().contains(expected.first()));
    QVERIFY(!network.requests().at(1).request.sslConfiguration().caCertificates().contains(expected.first()));
    QCOMPARE(network.requests().at(0).request.sslConfiguration().peerVerifyMode(), QSslConfiguration::defaultConfiguration().peerVerifyMode());
}

void TestHttpClient::missingCaCertificateIsAnError()
{
    ul::test::FakeNetworkAccessManager network;
    HttpClient client(&network, nullptr, fastOptions());
    HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Get, QUrl(QStringLiteral("https://private.test/health")));
    spec.tls.caCertificateFile = QStringLiteral("/nonexistent/ca.pem");
    const auto result = ul::test::await(client.send(spec));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Io);
    QVERIFY(network.requests().isEmpty());
}

void TestHttpClient::insecureTargetWarnsOnce()
{
    ul::test::FakeNetworkAccessManager network;
    network.setHandler([](const ul::test::FakeRequest &) { return ul::test::FakeResponse::json(200, "{}"); });
    HttpClient client(&network, nullptr, fastOptions());
    HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Get, QUrl(QStringLiteral("https://selfsigned.test/health")));
    spec.tls.insecure = true;
    QVERIFY(ul::test::await(client.send(spec))->ok());
    QVERIFY(ul::test::await(client.send(spec))->ok());

    QCOMPARE(m_log->text().count(QLatin1String("TLS certificate verification is OFF")), 1);
    QCOMPARE(network.requests().at(0).request.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyNone);
}

void TestHttpClient::wireLogNeverShowsSecrets()
{
    const QString adminToken = QStringLiteral("admin-token-Zq81xWk2PpLm");
    const QString siteKey = QStringLiteral("site-key-Hh37Kd9QwErt");
    Redactor::registerSecret(adminToken);

    TinyHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(TinyHttpServer::answer(500, QByteArrayLiteral(R"({"code":"X","message":"bad key admin-token-Zq81xWk2PpLm"})")));
    server.enqueue(TinyHttpServer::answer(200, QByteArrayLiteral(R"({"items":[{"key_value":"site-key-Hh37Kd9QwErt"}]})")));
    QNetworkAccessManager network;
    HttpClientOptions options = fastOptions();
    options.wireLogging = true;
    HttpClient client(&network, nullptr, options);
    carry(client);

    HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Put, server.url(QStringLiteral("/api/keys?key=") + siteKey),
                                                 QByteArrayLiteral(R"({"proxy_keys":"site-key-Hh37Kd9QwErt"})"));
    spec.setHeader("Authorization", "Bearer " + adminToken.toUtf8());
    const auto result = ul::test::await(client.send(spec));
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().status, 200);

    HttpRequestSpec secretBody = HttpRequestSpec::make(HttpMethod::Post, server.url(QStringLiteral("/api/keys/add-multiple")),
                                                       "group_id=1&keys_text=" + siteKey.toUtf8() + " unrecognisable-key-Qw12Er34");
    secretBody.secretRequestBody = true;
    QVERIFY(ul::test::await(client.send(secretBody))->ok());

    const QString log = m_log->text();
    QVERIFY2(log.contains(QLatin1String("PUT http://127.0.0.1")), qPrintable(log));  // the wire log is there
    QVERIFY2(log.contains(QStringLiteral("→ 500")), qPrintable(log));
    QVERIFY2(log.contains(QLatin1String("not logged: contains keys")), qPrintable(log));
    QVERIFY2(!log.contains(adminToken), qPrintable(log));
    QVERIFY2(!log.contains(siteKey), qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("unrecognisable-key-Qw12Er34")), qPrintable(log));
}

namespace {

constexpr qint64 kTestLimit = 64 * 1024;  // a small limit: these tests move kilobytes, not megabytes

void verifyTooLarge(const std::optional<Result<HttpResponse>> &result, const QString &host, const QString &limit)
{
    QVERIFY(result && !result->ok());
    const Error &error = result->error();
    QCOMPARE(error.code, QString::fromLatin1(kResponseTooLargeCode));
    QCOMPARE(error.kind, ErrorKind::Protocol);
    QCOMPARE(error.httpStatus, 200);
    QVERIFY2(error.message.endsWith(QStringLiteral(": the answer from %1 is larger than %2").arg(host, limit)), qPrintable(error.message));
}

} // namespace

void TestHttpClient::answerUpToTheLimitIsKept_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<bool>("kept");
    QTest::newRow("just under") << kTestLimit - 1 << kTestLimit << true;
    QTest::newRow("exactly the limit") << kTestLimit << kTestLimit << true;
    QTest::newRow("one byte over") << kTestLimit + 1 << kTestLimit << false;
    // Longer than the reader's window (answerreader.h): it is taken in several turns.
    QTest::newRow("several read windows") << 3 * AnswerReader::kReadWindowBytes + 5 << 4 * AnswerReader::kReadWindowBytes << true;
}

void TestHttpClient::answerUpToTheLimitIsKept()
{
    QFETCH(qint64, size);
    QFETCH(qint64, limit);
    QFETCH(bool, kept);
    TinyHttpServer server;
    QVERIFY(server.listen());
    QByteArray body(size, 'x');
    body[0] = '[';
    body[size - 1] = ']';
    server.enqueue(TinyHttpServer::answer(200, body));
    QNetworkAccessManager network;
    RequestScheduler scheduler;
    HttpClient client(&network, &scheduler, fastOptions());
    carry(client);

    HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Get, server.url(QStringLiteral("/v1/models")));
    spec.maxResponseBytes = limit;
    const auto result = ul::test::await(client.send(spec));
    if (kept) {
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().body.size(), body.size());
        QVERIFY(result->value().body == body);
    } else {
        verifyTooLarge(result, server.url().authority(), QStringLiteral("64 KiB"));
    }
    QCOMPARE(server.received().size(), 1);  // a too-large answer is not retried, even for a GET
    QCOMPARE(scheduler.totalInFlight(), 0);
}

void TestHttpClient::announcedOversizedAnswerFailsAtOnce()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    // 1 GiB announced, a few bytes sent, then silence: only the Content-Length can end this.
    server.enqueue(TinyHttpServer::announcing(200, qint64(1) << 30, R"({"data":[)"));
    QNetworkAccessManager network;
    RequestScheduler scheduler;
    HttpClient client(&network, &scheduler, fastOptions());
    carry(client);

    HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Get, server.url(QStringLiteral("/api/groups")));
    spec.maxResponseBytes = kTestLimit;
    spec.timeoutMs = 60000;  // far beyond await()'s wait: a timeout is not what ends the call
    verifyTooLarge(ul::test::await(client.send(spec)), server.url().authority(), QStringLiteral("64 KiB"));
    QTRY_COMPARE_WITH_TIMEOUT(server.closedByClient(), 1, 5000);
    QCOMPARE(server.received().size(), 1);
    QCOMPARE(scheduler.counters().count(QStringLiteral("GET"), QStringLiteral("/api/groups"), QStringLiteral("network")), 1);
}

void TestHttpClient::endlessStreamIsCutAtTheLimit()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    // Chunked, no Content-Length, never ends: only counting the bytes can stop it.
    server.enqueue(TinyHttpServer::streaming(200, QByteArray(4096, '0')));
    QNetworkAccessManager network;
    HttpClientOptions options = fastOptions();
    options.timeoutMs = 60000;  // far beyond await()'s wait: a timeout is not what ends the call
    options.wireLogging = true;
    HttpClient client(&network, nullptr, options);
    carry(client);

    HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Post, server.url(QStringLiteral("/v1/chat/completions")), "{}");
    spec.maxResponseBytes = kTestLimit;
    verifyTooLarge(ul::test::await(client.send(spec)), server.url().authority(), QStringLiteral("64 KiB"));
    // The client hung up: the server stops streaming.
    QTRY_COMPARE_WITH_TIMEOUT(server.closedByClient(), 1, 5000);
    QVERIFY(server.streamedBytes() > kTestLimit);
    QVERIFY2(m_log->text().contains(QLatin1String("answer longer than 64 KiB, connection closed")), qPrintable(m_log->text()));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestHttpClient onManager;
    const int first = QTest::qExec(&onManager, argc, argv);
    TestHttpClient::s_onWire = true;
    TestHttpClient onWire;
    const int second = QTest::qExec(&onWire, argc, argv);
    return first + second;
}
#include "tst_httpclient.moc"
