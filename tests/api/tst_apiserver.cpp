#include "core/api/apiserver.h"
#include "tests/support/httpanswer.h"
#include "tests/support/testutil.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ul;

namespace {
const QByteArray kToken = "api-server-test-token-0123456789";

using Answer = test::HttpAnswer;
} // namespace

class TestApiServer : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiServer> m_server;
    QTemporaryDir m_dir;
    int m_slowCompleted = 0;

    Answer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool token = true)
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path)));
        if (token)
            req.setRawHeader("Authorization", "Bearer " + kToken);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        return test::sendAndWait(m_nam, req, method, body, 10000);
    }

private slots:
    void init()
    {
        ApiServerOptions o;
        o.port = 0;
        o.token = QString::fromLatin1(kToken);
        o.allowedOrigins = {QStringLiteral("http://localhost:3002")};
        o.maxRequestBytes = 1024;
        o.accessLogPath = m_dir.filePath(QStringLiteral("access.log"));
        m_server = std::make_unique<ApiServer>(o);
        Router &r = m_server->router();
        r.get(
            QStringLiteral("/api/health"),
            [](const ApiRequest &, const ApiReply &reply) { reply(ApiResponse::json({{QStringLiteral("status"), QStringLiteral("ok")}})); },
            false);
        r.post(QStringLiteral("/api/echo"), [](const ApiRequest &req, const ApiReply &reply) {
            Result<QJsonObject> body = req.jsonObject();
            if (!body.ok()) {
                reply(ApiResponse::fromError(body.error()));
                return;
            }
            reply(ApiResponse::json({{QStringLiteral("got"), body.value()}, {QStringLiteral("zh"), req.wantsChinese()}}));
        });
        r.post(QStringLiteral("/api/slow"), [this](const ApiRequest &, const ApiReply &reply) {
            QTimer::singleShot(300, this, [this, reply]() {
                ++m_slowCompleted;
                reply(ApiResponse::json({{QStringLiteral("done"), true}}));
            });
        });
        r.get(QStringLiteral("/api/items/:name"), [](const ApiRequest &req, const ApiReply &reply) {
            reply(ApiResponse::json({{QStringLiteral("name"), req.params.value(QStringLiteral("name"))}}));
        });
        QVERIFY(m_server->listen().ok());
        m_slowCompleted = 0;
    }

    void cleanup() { m_server.reset(); }

    void healthNeedsNoToken()
    {
        const Answer a = send("GET", QStringLiteral("/api/health"), {}, {}, false);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("Content-Type"), QByteArray("application/json"));
    }

    void tokenRequired()
    {
        QCOMPARE(send("POST", QStringLiteral("/api/echo"), "{}", {}, false).status, 401);
        QCOMPARE(send("POST", QStringLiteral("/api/echo"), "{}", {{"Authorization", "Bearer wrong"}}, false).status, 401);
        // The scheme is case-insensitive (RFC 7235 §2.1).
        QCOMPARE(send("POST", QStringLiteral("/api/echo"), "{}", {{"Authorization", "bearer " + kToken}}, false).status, 200);
        QCOMPARE(send("POST", QStringLiteral("/api/echo"), "{}", {{"Authorization", "Basic " + kToken}}, false).status, 401);
        QCOMPARE(send("POST", QStringLiteral("/api/echo"), "{}").status, 200);
        // Unknown paths do not reveal themselves to unauthenticated callers.
        QCOMPARE(send("GET", QStringLiteral("/api/nothing"), {}, {}, false).status, 401);
    }

    void errorsHaveTheirStatus()
    {
        Answer a = send("GET", QStringLiteral("/api/nothing"));
        QCOMPARE(a.status, 404);
        QCOMPARE(a.json.value(QStringLiteral("code")).toString(), QStringLiteral("NOT_FOUND"));
        a = send("GET", QStringLiteral("/api/nothing"), {}, {{"Accept-Language", "zh-CN,zh;q=0.9"}});
        QCOMPARE(a.json.value(QStringLiteral("error")).toString(), QString::fromUtf8("API路径不存在"));

        a = send("GET", QStringLiteral("/api/echo"));
        QCOMPARE(a.status, 405);
        QCOMPARE(a.header("Allow"), QByteArray("POST, OPTIONS"));

        a = send("POST", QStringLiteral("/api/echo"), "{not json", {{"Content-Type", "application/json"}});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("success")).toBool(true), false);

        a = send("POST", QStringLiteral("/api/echo"), "hello=1", {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(a.status, 415);

        // JSON, but not an object: named as such, not as malformed.
        for (const QByteArray &scalar : {QByteArray("\"str\""), QByteArray("null"), QByteArray("42")}) {
            a = send("POST", QStringLiteral("/api/echo"), scalar, {{"Content-Type", "application/json"}});
            QCOMPARE(a.status, 400);
            QCOMPARE(a.json.value(QStringLiteral("error")).toString(), QStringLiteral("request body must be a JSON object"));
            QCOMPARE(a.json.value(QStringLiteral("details")).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("body"));
        }

        // A body-less POST without a content type stays valid (the original's clients send those).
        a = send("POST", QStringLiteral("/api/echo"));
        QCOMPARE(a.status, 200);

        a = send("POST", QStringLiteral("/api/echo"), QByteArray(2048, 'x'), {{"Content-Type", "application/json"}});
        QCOMPARE(a.status, 413);
    }

    void pathArgsDecoded()
    {
        const Answer a = send("GET", QStringLiteral("/api/items/deepseek-ai%2FDeepSeek-V3.1"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("name")).toString(), QStringLiteral("deepseek-ai/DeepSeek-V3.1"));
    }

    void corsOnlyForAllowedOrigins()
    {
        Answer a = send("OPTIONS", QStringLiteral("/api/echo"), {}, {{"Origin", "http://localhost:3002"}, {"Access-Control-Request-Method", "POST"}}, false);
        QCOMPARE(a.status, 204);
        QCOMPARE(a.header("Access-Control-Allow-Origin"), QByteArray("http://localhost:3002"));
        QVERIFY(a.header("Access-Control-Allow-Headers").contains("Authorization"));

        a = send("OPTIONS", QStringLiteral("/api/echo"), {}, {{"Origin", "http://evil.example"}, {"Access-Control-Request-Method", "POST"}}, false);
        QCOMPARE(a.status, 403);
        QVERIFY(a.header("Access-Control-Allow-Origin").isEmpty());

        // Not a preflight (no Origin): 204 with the path's methods, no CORS headers.
        a = send("OPTIONS", QStringLiteral("/api/echo"), {}, {}, false);
        QCOMPARE(a.status, 204);
        QCOMPARE(a.header("Allow"), QByteArray("POST, OPTIONS"));
        QVERIFY(a.header("Access-Control-Allow-Origin").isEmpty());

        a = send("POST", QStringLiteral("/api/echo"), "{}", {{"Origin", "http://evil.example"}});
        QVERIFY(a.header("Access-Control-Allow-Origin").isEmpty());
        a = send("POST", QStringLiteral("/api/echo"), "{}", {{"Origin", "http://localhost:3002"}});
        QCOMPARE(a.header("Access-Control-Allow-Origin"), QByteArray("http://localhost:3002"));
        QVERIFY(a.header("Access-Control-Allow-Origin") != "*");
        // Allowlisted origins use the token; the browser must not send them our session cookie.
        QVERIFY(a.header("Access-Control-Allow-Credentials").isEmpty());
    }

    void hostHeaderChecked()
    {
        const Answer a = send("GET", QStringLiteral("/api/health"), {}, {{"Host", "attacker.example:3002"}}, false);
        QCOMPARE(a.status, 403);
        QCOMPARE(send("GET", QStringLiteral("/api/health"), {}, {{"Host", "localhost:3002"}}, false).status, 200);
    }

    void clientDisconnectDuringLongRequest()
    {
        // A raw client sends a slow request and goes away before the answer.
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(socket.waitForConnected(3000));
            socket.write("POST /api/slow HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + kToken
                         + "\r\nContent-Length: 0\r\n\r\n");
            QVERIFY(socket.waitForBytesWritten(3000));
            QTest::qWait(50);
            socket.abort();
        }
        // The operation still finishes, and the server keeps serving.
        QTRY_COMPARE_WITH_TIMEOUT(m_slowCompleted, 1, 3000);
        QCOMPARE(send("GET", QStringLiteral("/api/health"), {}, {}, false).status, 200);
        const Answer a = send("POST", QStringLiteral("/api/slow"));
        QCOMPARE(a.status, 200);
        QCOMPARE(m_slowCompleted, 2);
    }

    void accessLogHasNoSecrets()
    {
        send("GET", QStringLiteral("/api/items/x?key=sk-secretsecretsecret123"));
        send("POST", QStringLiteral("/api/echo"), R"({"apiKeys":["sk-bodybodybodybody999"]})");
        send("GET", QStringLiteral("/api/items/org%2Fmodel%25x"));
        m_server.reset();  // flush
        const QByteArray log = test::readFile(m_dir.filePath(QStringLiteral("access.log")));
        QVERIFY(log.contains("GET /api/items/x"));
        QVERIFY(log.contains("POST /api/echo 200"));
        // An encoded path keeps its "%2F": the status and duration are not substituted into it.
        const QRegularExpression encodedLine(QStringLiteral(R"(GET /api/items/org%2Fmodel%25x \d{3} \d+ms)"));
        QVERIFY2(encodedLine.match(QString::fromUtf8(log)).hasMatch(), log.constData());
        QVERIFY(!log.contains("sk-secretsecretsecret123"));
        QVERIFY(!log.contains("sk-bodybodybodybody999"));
        QVERIFY(!log.contains(kToken));
    }

    void constantTimeCompare()
    {
        QVERIFY(ApiServer::tokensEqual("abc", "abc"));
        QVERIFY(!ApiServer::tokensEqual("abc", "abd"));
        QVERIFY(!ApiServer::tokensEqual("abc", "abcd"));
        QVERIFY(!ApiServer::tokensEqual("", "a"));
    }
};

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
