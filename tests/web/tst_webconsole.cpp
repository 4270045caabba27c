// The web console's auth rules and static serving, over loopback: login → session cookie,
// same-origin rule for cookie-authenticated changes, login page only without a credential,
// content types and caching, --web-root traversal safety, API_AUTH=none.
#include "core/api/apiserver.h"
#include "core/api/browserrequest.h"
#include "core/api/sessionstore.h"
#include "core/api/staticfiles.h"
#include "core/api/webconsole.h"
#include "core/common/clock.h"
#include "tests/support/httpanswer.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ul;

namespace {
const QByteArray kToken = "web-console-test-token-0123456789abcdef";

using Answer = test::HttpAnswer;

using Headers = QList<QPair<QByteArray, QByteArray>>;
} // namespace

class TestWebConsole : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<ApiServer> m_server;
    QTemporaryDir m_root;  // a --web-root

    void startServer(bool authDisabled = false, const QString &webRoot = QString())
    {
        m_server.reset();
        ApiServerOptions o;
        o.port = 0;
        o.token = QString::fromLatin1(kToken);
        o.authDisabled = authDisabled;
        o.allowedOrigins = {QStringLiteral("http://trusted.example")};
        o.allowedHosts = {QStringLiteral("console.example")};
        o.clock = &m_clock;
        o.sessions.idleTimeoutSecs = 3600;
        o.sessions.maxLifetimeSecs = 4 * 3600;
        o.sessions.failureBurst = 3;
        o.sessions.failureStepMs = 20000;  // a throttled 401 never arrives during a test
        o.sessions.maxFailureDelayMs = 60000;
        m_server = std::make_unique<ApiServer>(o);
        m_server->router().get(QStringLiteral("/api/thing"), [](const ApiRequest &, const ApiReply &reply) {
            reply(ApiResponse::json({{QStringLiteral("thing"), 1}}));
        });
        m_server->router().post(QStringLiteral("/api/thing"), [](const ApiRequest &, const ApiReply &reply) {
            reply(ApiResponse::json({{QStringLiteral("changed"), true}}));
        });
        WebConsoleOptions wo;
        wo.webRoot = webRoot;
        const Status installed = installWebConsole(*m_server, wo);
        QVERIFY2(installed.ok(), qPrintable(installed.error().message));
        QVERIFY(m_server->listen().ok());
    }

    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }

    Answer send(const QByteArray &method, const QString &path, const QByteArray &body = {}, const Headers &headers = {})
    {
        QNetworkRequest req(QUrl(origin() + path));
        // Redirects, cookies and headers stay under the test's control.
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        return test::sendAndWait(m_nam, req, method, body, 10000);
    }

    // Logs in and returns the "name=value" pair for the Cookie header.
    QByteArray login()
    {
        const Answer a = send("POST", QStringLiteral("/api/session"), "{\"token\":\"" + kToken + "\"}",
                              {{"Origin", origin().toLatin1()}});
        if (a.status != 200)
            return {};
        return a.header("Set-Cookie").split(';').first();
    }

private slots:
    void cleanup() { m_server.reset(); }

    // --- units ---------------------------------------------------------------------------

    // Every console text exists in both languages (a missing one would show its key).
    void consoleTextsExistInBothLanguages()
    {
        QFile file(QStringLiteral(":/web/js/i18n.js"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const auto keysOf = [&text](const QString &start) {
            const qsizetype from = text.indexOf(start);
            const qsizetype to = text.indexOf(QStringLiteral("\n};"), from);
            QSet<QString> keys;
            static const QRegularExpression key(QStringLiteral("^  '([a-zA-Z0-9_.]+)':"), QRegularExpression::MultilineOption);
            auto it = key.globalMatch(text.mid(from, to - from));
            while (it.hasNext())
                keys.insert(it.next().captured(1));
            return keys;
        };
        const QSet<QString> en = keysOf(QStringLiteral("const en = {"));
        const QSet<QString> zh = keysOf(QStringLiteral("const zh_CN = {"));
        QVERIFY(en.size() > 200);
        QVERIFY2(en == zh, qPrintable(QStringList((en - zh).values()).join(QLatin1Char(' ')) + QStringLiteral(" | ")
                                      + QStringList((zh - en).values()).join(QLatin1Char(' '))));
        // Keys the views use literally are defined (a typo would show the key itself).
        const QStringList views = QDir(QStringLiteral(":/web/js")).entryList({QStringLiteral("*.js")}, QDir::Files);
        QVERIFY(views.size() >= 9);
        for (const QString &name : views) {
            QFile view(QStringLiteral(":/web/js/") + name);
            QVERIFY(view.open(QIODevice::ReadOnly));
            static const QRegularExpression used(QStringLiteral("\\bt\\('([a-zA-Z0-9_.]+)'"));
            auto it = used.globalMatch(QString::fromUtf8(view.readAll()));
            while (it.hasNext()) {
                const QString k = it.next().captured(1);
                if (!k.endsWith(QLatin1Char('.')))  // 'ch.' + action: a prefix, completed at run time
                    QVERIFY2(en.contains(k), qPrintable(name + QStringLiteral(": ") + k));
            }
        }
    }

    void sessionsExpireAndAreBounded()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        SessionOptions o;
        o.idleTimeoutSecs = 600;
        o.maxLifetimeSecs = 1800;
        o.maxSessions = 2;
        SessionStore store(o, &clock);
        const QByteArray a = store.create();
        QCOMPARE(a.size(), 43);
        QVERIFY(a != store.create());
        QVERIFY(store.touch(a));
        QVERIFY(!store.touch("not-a-session"));
        QVERIFY(!store.touch(QByteArray()));

        clock.advanceSecs(500);
        QVERIFY(store.touch(a));  // refreshed: idle expiry moves on
        clock.advanceSecs(500);
        QVERIFY(store.touch(a));
        clock.advanceSecs(601);
        QVERIFY(!store.touch(a));  // idle too long

        const QByteArray b = store.create();
        for (int i = 0; i < 5; ++i) {
            clock.advanceSecs(400);
            QVERIFY(i < 4 ? store.touch(b) : !store.touch(b));  // absolute lifetime 1800 s
        }

        const QByteArray c1 = store.create();
        clock.advanceSecs(1);
        const QByteArray c2 = store.create();
        clock.advanceSecs(1);
        const QByteArray c3 = store.create();
        QCOMPARE(store.count(), 2);
        QVERIFY(!store.find(c1));  // the oldest went
        QVERIFY(store.find(c2) && store.find(c3));
        store.remove(c2);
        QVERIFY(!store.touch(c2));
    }

    void failureThrottle()
    {
        ManualClock clock;
        SessionOptions o;
        o.failureBurst = 3;
        o.failureRefillSecs = 10;
        o.failureStepMs = 100;
        o.maxFailureDelayMs = 250;
        SessionStore store(o, &clock);
        QCOMPARE(store.failureDelayMs(), 0);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(store.recordFailedCredential(), 0);  // the burst
        QCOMPARE(store.recordFailedCredential(), 100);
        QCOMPARE(store.recordFailedCredential(), 200);
        QCOMPARE(store.recordFailedCredential(), 250);     // at most maxFailureDelayMs
        QCOMPARE(store.recordFailedCredential(), 250);
        QCOMPARE(store.failureDelayMs(), 250);
        // What is owed is bounded (3 steps here), so it drains one per refill period.
        clock.advanceSecs(10);
        QCOMPARE(store.failureDelayMs(), 200);
        clock.advanceSecs(20);
        QCOMPARE(store.failureDelayMs(), 0);
        // A long quiet time refills the burst, no more.
        clock.advanceSecs(3600);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(store.recordFailedCredential(), 0);
        QCOMPARE(store.recordFailedCredential(), 100);
    }

    void sameOriginRules_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<bool>("same");
        QTest::newRow("exact") << QByteArray("127.0.0.1:3002") << QStringLiteral("http://127.0.0.1:3002") << true;
        QTest::newRow("other port") << QByteArray("127.0.0.1:3002") << QStringLiteral("http://127.0.0.1:8080") << false;
        QTest::newRow("other host") << QByteArray("127.0.0.1:3002") << QStringLiteral("http://evil.example:3002") << false;
        QTest::newRow("case") << QByteArray("LocalHost:3002") << QStringLiteral("http://localhost:3002") << true;
        QTest::newRow("tls proxy") << QByteArray("console.example") << QStringLiteral("https://console.example") << true;
        QTest::newRow("proxy, odd port") << QByteArray("console.example") << QStringLiteral("https://console.example:8443") << false;
        QTest::newRow("ipv6") << QByteArray("[::1]:3002") << QStringLiteral("http://[::1]:3002") << true;
        QTest::newRow("null") << QByteArray("127.0.0.1:3002") << QStringLiteral("null") << false;
        QTest::newRow("empty") << QByteArray("127.0.0.1:3002") << QString() << false;
        QTest::newRow("file") << QByteArray("127.0.0.1:3002") << QStringLiteral("file://127.0.0.1:3002") << false;
        QTest::newRow("with path") << QByteArray("127.0.0.1:3002") << QStringLiteral("http://127.0.0.1:3002/x") << false;
    }

    void sameOriginRules()
    {
        QFETCH(QByteArray, host);
        QFETCH(QString, origin);
        QFETCH(bool, same);
        ApiRequest req;
        req.headers.insert("host", host);
        QCOMPARE(BrowserRequest::isSameOrigin(req, origin), same);
    }

    void statedOriginFallsBackToReferer()
    {
        ApiRequest req;
        QVERIFY(BrowserRequest::statedOrigin(req).isEmpty());
        req.headers.insert("referer", "http://127.0.0.1:3002/some/page?x=1#frag");
        QCOMPARE(BrowserRequest::statedOrigin(req), QStringLiteral("http://127.0.0.1:3002"));
        req.headers.insert("origin", "http://other.example");
        QCOMPARE(BrowserRequest::statedOrigin(req), QStringLiteral("http://other.example"));
        req.headers.insert("cookie", "a=1; uniload_session=abc=; b=2");
        QCOMPARE(BrowserRequest::cookie(req, "uniload_session"), QByteArray("abc="));
        QVERIFY(BrowserRequest::cookie(req, "missing").isEmpty());
    }

    void contentTypes()
    {
        QCOMPARE(StaticFiles::contentTypeFor(QStringLiteral("a/index.html")), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(StaticFiles::contentTypeFor(QStringLiteral("app.JS")), QByteArray("text/javascript; charset=utf-8"));
        QCOMPARE(StaticFiles::contentTypeFor(QStringLiteral("x.css")), QByteArray("text/css; charset=utf-8"));
        QCOMPARE(StaticFiles::contentTypeFor(QStringLiteral("x.svg")), QByteArray("image/svg+xml"));
        QCOMPARE(StaticFiles::contentTypeFor(QStringLiteral("x.woff2")), QByteArray("font/woff2"));
        QCOMPARE(StaticFiles::contentTypeFor(QStringLiteral("noext")), QByteArray("application/octet-stream"));
    }

    // --- over loopback -------------------------------------------------------------------

    void withoutCredentialOnlyTheLoginPage()
    {
        startServer();
        Answer a = send("GET", QStringLiteral("/"));
        QCOMPARE(a.status, 302);
        QCOMPARE(a.header("Location"), QByteArray("/login/"));
        a = send("GET", QStringLiteral("/index.html"));
        QCOMPARE(a.status, 302);
        a = send("GET", QStringLiteral("/js/app.js"));
        QCOMPARE(a.status, 401);
        QVERIFY(!a.body.contains("import"));
        QCOMPARE(send("GET", QStringLiteral("/console.css")).status, 401);
        QCOMPARE(send("GET", QStringLiteral("/api/thing")).status, 401);
        QCOMPARE(send("GET", QStringLiteral("/login")).status, 302);

        a = send("GET", QStringLiteral("/login/"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(a.body.contains("login-form"));
        QVERIFY(a.header("Content-Security-Policy").contains("default-src 'self'"));
        QCOMPARE(a.header("X-Frame-Options"), QByteArray("DENY"));
        a = send("GET", QStringLiteral("/login/login.js"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("Content-Type"), QByteArray("text/javascript; charset=utf-8"));
        QCOMPARE(send("GET", QStringLiteral("/login/login.css")).header("Content-Type"), QByteArray("text/css; charset=utf-8"));
        QCOMPARE(send("GET", QStringLiteral("/login/favicon.svg")).header("Content-Type"), QByteArray("image/svg+xml"));
        QCOMPARE(send("GET", QStringLiteral("/login/nothing.js")).status, 404);
        // The public prefix does not open the rest of the console.
        for (const QString &path : {QStringLiteral("/login/../js/app.js"), QStringLiteral("/login/%2e%2e/js/app.js"),
                                    QStringLiteral("/login/..%2Fjs%2Fapp.js"), QStringLiteral("/login%2F..%2Fjs/app.js")}) {
            a = send("GET", path);
            QVERIFY2(a.status != 200 && !a.body.contains("import"), qPrintable(path));
        }

        const Answer state = send("GET", QStringLiteral("/api/session"));
        QCOMPARE(state.status, 200);
        QCOMPARE(state.json.value(QStringLiteral("authenticated")).toBool(true), false);
        QCOMPARE(state.json.value(QStringLiteral("authRequired")).toBool(), true);
    }

    void loginGivesAStrictHttpOnlyCookie()
    {
        startServer();
        Answer a = send("POST", QStringLiteral("/api/session"), "{\"token\":\"guess-0123456789\"}", {{"Origin", origin().toLatin1()}});
        QCOMPARE(a.status, 401);
        QVERIFY(a.header("Set-Cookie").isEmpty());
        QVERIFY(!a.body.contains("guess-0123456789"));

        a = send("POST", QStringLiteral("/api/session"), "{\"token\":\"" + kToken + "\"}", {{"Origin", origin().toLatin1()}});
        QCOMPARE(a.status, 200);
        const QByteArray setCookie = a.header("Set-Cookie");
        QVERIFY(setCookie.startsWith(QByteArray(m_server->sessionCookieName() + '=')));
        QCOMPARE(m_server->sessionCookieName(), "uniload_session_" + QByteArray::number(m_server->port()));
        QVERIFY(setCookie.contains("; HttpOnly"));
        QVERIFY(setCookie.contains("; SameSite=Strict"));
        QVERIFY(setCookie.contains("; Path=/"));
        QVERIFY(setCookie.contains("; Max-Age=14400"));
        QVERIFY(!setCookie.contains("Secure"));  // plain http here
        QVERIFY(!a.body.contains(kToken));
        const QByteArray cookie = setCookie.split(';').first();

        a = send("GET", QStringLiteral("/"), {}, {{"Cookie", cookie}});
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.contains("site-form"));
        QCOMPARE(send("GET", QStringLiteral("/js/app.js"), {}, {{"Cookie", cookie}}).header("Content-Type"),
                 QByteArray("text/javascript; charset=utf-8"));
        QCOMPARE(send("GET", QStringLiteral("/api/thing"), {}, {{"Cookie", cookie}}).status, 200);
        a = send("GET", QStringLiteral("/api/session"), {}, {{"Cookie", cookie}});
        QCOMPARE(a.json.value(QStringLiteral("method")).toString(), QStringLiteral("session"));

        // A login from another origin is refused (login CSRF); behind a TLS proxy the cookie is Secure.
        QCOMPARE(send("POST", QStringLiteral("/api/session"), "{\"token\":\"" + kToken + "\"}", {{"Origin", "http://evil.example"}}).status, 403);
        a = send("POST", QStringLiteral("/api/session"), "{\"token\":\"" + kToken + "\"}",
                 {{"Origin", "https://console.example"}, {"Host", "console.example"}});
        QCOMPARE(a.status, 200);
        QVERIFY(a.header("Set-Cookie").contains("; Secure"));
    }

    void cookieChangesMustComeFromOurOrigin()
    {
        startServer();
        const QByteArray cookie = login();
        QVERIFY(!cookie.isEmpty());
        // Reads need no origin, but one that names another page is refused: the cookie reaches
        // us from every port of this host, and an allowlisted origin could read the answer.
        QCOMPARE(send("GET", QStringLiteral("/api/thing"), {}, {{"Cookie", cookie}}).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/api/thing"), {}, {{"Cookie", cookie}, {"Origin", origin().toLatin1()}}).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/api/thing"), {}, {{"Cookie", cookie}, {"Origin", "http://evil.example"}}).status, 403);
        QCOMPARE(send("GET", QStringLiteral("/api/thing"), {}, {{"Cookie", cookie}, {"Origin", "http://trusted.example"}}).status, 403);
        QCOMPARE(send("GET", QStringLiteral("/api/thing"), {}, {{"Authorization", "Bearer " + kToken}, {"Origin", "http://trusted.example"}}).status, 200);
        // Changes do.
        Answer a = send("POST", QStringLiteral("/api/thing"), "{}", {{"Cookie", cookie}});
        QCOMPARE(a.status, 403);
        QCOMPARE(a.json.value(QStringLiteral("code")).toString(), QStringLiteral("CROSS_ORIGIN_REQUEST"));
        QCOMPARE(send("POST", QStringLiteral("/api/thing"), "{}", {{"Cookie", cookie}, {"Origin", "http://evil.example"}}).status, 403);
        QCOMPARE(send("POST", QStringLiteral("/api/thing"), "{}", {{"Cookie", cookie}, {"Origin", "null"}}).status, 403);
        QCOMPARE(send("POST", QStringLiteral("/api/thing"), "{}", {{"Cookie", cookie}, {"Origin", "http://127.0.0.1:1"}}).status, 403);
        // Allowlisted for CORS is not the same as our own page.
        QCOMPARE(send("POST", QStringLiteral("/api/thing"), "{}", {{"Cookie", cookie}, {"Origin", "http://trusted.example"}}).status, 403);
        QCOMPARE(send("POST", QStringLiteral("/api/thing"), "{}", {{"Cookie", cookie}, {"Referer", "http://evil.example/x"}}).status, 403);

        QCOMPARE(send("POST", QStringLiteral("/api/thing"), "{}", {{"Cookie", cookie}, {"Origin", origin().toLatin1()}}).status, 200);
        QCOMPARE(send("POST", QStringLiteral("/api/thing"), "{}", {{"Cookie", cookie}, {"Referer", (origin() + QStringLiteral("/#site")).toLatin1()}}).status, 200);

        // The token needs no cookie and no origin, from anywhere.
        QCOMPARE(send("POST", QStringLiteral("/api/thing"), "{}", {{"Authorization", "Bearer " + kToken}, {"Origin", "http://evil.example"}}).status, 200);
        QCOMPARE(send("POST", QStringLiteral("/api/thing"), "{}", {{"Authorization", "Bearer " + kToken}}).status, 200);
        // A wrong token is not rescued by a valid cookie.
        QCOMPARE(send("POST", QStringLiteral("/api/thing"), "{}", {{"Authorization", "Bearer nope"}, {"Cookie", cookie}, {"Origin", origin().toLatin1()}}).status, 401);
    }

    void sessionsEndByLogoutAndExpiry()
    {
        startServer();
        QByteArray cookie = login();
        QCOMPARE(send("DELETE", QStringLiteral("/api/session"), {}, {{"Cookie", cookie}, {"Origin", "http://evil.example"}}).status, 403);
        Answer a = send("DELETE", QStringLiteral("/api/session"), {}, {{"Cookie", cookie}, {"Origin", origin().toLatin1()}});
        QCOMPARE(a.status, 200);
        QVERIFY(a.header("Set-Cookie").contains("Max-Age=0"));
        QCOMPARE(send("GET", QStringLiteral("/api/thing"), {}, {{"Cookie", cookie}}).status, 401);
        QCOMPARE(send("GET", QStringLiteral("/"), {}, {{"Cookie", cookie}}).status, 302);

        cookie = login();
        m_clock.advanceSecs(3000);
        QCOMPARE(send("GET", QStringLiteral("/api/thing"), {}, {{"Cookie", cookie}}).status, 200);
        m_clock.advanceSecs(3601);  // idle for longer than an hour
        QCOMPARE(send("GET", QStringLiteral("/api/thing"), {}, {{"Cookie", cookie}}).status, 401);
        QCOMPARE(send("GET", QStringLiteral("/api/thing"), {}, {{"Cookie", m_server->sessionCookieName() + "=forged"}}).status, 401);
    }

    // Wrong logins from anybody (behind a proxy they all come from 127.0.0.1) are slowed down,
    // never locked out: past the burst a wrong token's 401 waits, and the right token still
    // logs in at once.
    void failedLoginsAreSlowedNotLockedOut()
    {
        startServer();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(send("POST", QStringLiteral("/api/session"), "{\"token\":\"bad\"}").status, 401);
        QCOMPARE(m_server->sessions().failureDelayMs(), 0);

        // The fourth wrong guess is answered only after its delay (20 s here): still pending.
        ApiRequest guess;
        guess.method = "POST";
        guess.path = guess.rawPath = QStringLiteral("/api/session");
        guess.headers.insert("host", QStringLiteral("127.0.0.1:%1").arg(m_server->port()).toLatin1());
        guess.headers.insert("content-type", "application/json");
        guess.body = "{\"token\":\"bad\"}";
        guess.remoteAddress = QHostAddress::LocalHost;
        auto answered = std::make_shared<int>(0);
        m_server->dispatch(guess, [answered](const ApiResponse &r) { *answered = r.status; });
        QCOMPARE(*answered, 0);
        QVERIFY(m_server->sessions().failureDelayMs() > 0);

        // The right token is neither refused nor delayed by the others' failures.
        const Answer a = send("POST", QStringLiteral("/api/session"), "{\"token\":\"" + kToken + "\"}");
        QCOMPARE(a.status, 200);
        QVERIFY(a.header("Set-Cookie").startsWith(QByteArray(m_server->sessionCookieName() + '=')));
        QCOMPARE(send("GET", QStringLiteral("/api/thing"), {}, {{"Authorization", "Bearer " + kToken}}).status, 200);
        QCOMPARE(*answered, 0);
    }

    // Wrong bearer tokens draw on the same bucket: a guess past the burst waits for its 401 (on
    // an API route and on GET /api/session alike), the right token is answered at once.
    void wrongBearerTokensAreSlowedToo()
    {
        startServer();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(send("GET", QStringLiteral("/api/thing"), {}, {{"Authorization", "Bearer wrong"}}).status, 401);
        auto pending = std::make_shared<int>(0);
        for (const QString &path : {QStringLiteral("/api/thing"), QStringLiteral("/api/session"), QStringLiteral("/api/nowhere")}) {
            ApiRequest guess;
            guess.method = "GET";
            guess.path = guess.rawPath = path;
            guess.headers.insert("host", QStringLiteral("127.0.0.1:%1").arg(m_server->port()).toLatin1());
            guess.headers.insert("authorization", "Bearer wrong");
            guess.remoteAddress = QHostAddress::LocalHost;
            m_server->dispatch(guess, [pending](const ApiResponse &) { ++*pending; });
        }
        // ApiServer::authenticate records a wrong bearer token (recordFailedCredential) and
        // ApiServer::dispatch answers its 401 after failureDelayMs().
        QVERIFY(m_server->sessions().failureDelayMs() > 0);
        QCOMPARE(*pending, 0);
        QCOMPARE(send("GET", QStringLiteral("/api/thing"), {}, {{"Authorization", "Bearer " + kToken}}).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/api/session"), {}, {{"Authorization", "Bearer " + kToken}}).json.value(QStringLiteral("method")).toString(),
                 QStringLiteral("token"));
        QVERIFY(!login().isEmpty());
        QCOMPARE(*pending, 0);
    }

    void staticFilesAreCacheable()
    {
        startServer();
        const QByteArray cookie = login();
        Answer a = send("GET", QStringLiteral("/console.css"), {}, {{"Cookie", cookie}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("Cache-Control"), QByteArray("no-cache"));
        const QByteArray etag = a.header("ETag");
        QVERIFY(etag.startsWith('"') && etag.size() > 10);
        a = send("GET", QStringLiteral("/console.css"), {}, {{"Cookie", cookie}, {"If-None-Match", etag}});
        QCOMPARE(a.status, 304);
        QVERIFY(a.body.isEmpty());
        QCOMPARE(a.header("ETag"), etag);
        QCOMPARE(send("GET", QStringLiteral("/console.css"), {}, {{"Cookie", cookie}, {"If-None-Match", "\"other\""}}).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/console.css"), {}, {{"Cookie", cookie}, {"If-None-Match", "\"other\", " + etag}}).status, 304);
        a = send("HEAD", QStringLiteral("/index.html"), {}, {{"Cookie", cookie}});
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.isEmpty());
        // API answers keep no-store.
        QCOMPARE(send("GET", QStringLiteral("/api/thing"), {}, {{"Cookie", cookie}}).header("Cache-Control"), QByteArray("no-store"));
        // The embedded README is not served; unknown files are 404s, not the console.
        QCOMPARE(send("GET", QStringLiteral("/README.md"), {}, {{"Cookie", cookie}}).status, 404);
        QCOMPARE(send("GET", QStringLiteral("/nothing"), {}, {{"Cookie", cookie}}).status, 404);
        QCOMPARE(send("POST", QStringLiteral("/index.html"), "{}", {{"Cookie", cookie}, {"Origin", origin().toLatin1()}}).status, 404);
    }

    void webRootIsServedSafely()
    {
        QVERIFY(m_root.isValid());
        const QString site = m_root.filePath(QStringLiteral("site"));
        QVERIFY(test::writeFile(site + QStringLiteral("/index.html"), "<html>original public page</html>"));
        QVERIFY(test::writeFile(site + QStringLiteral("/assets/app.js"), "console.log(1)"));
        QVERIFY(test::writeFile(site + QStringLiteral("/.env"), "API_TOKEN=secret"));
        QVERIFY(test::writeFile(m_root.filePath(QStringLiteral("secret.txt")), "outside the root"));
        QVERIFY(QFile::link(m_root.filePath(QStringLiteral("secret.txt")), site + QStringLiteral("/link.txt")));

        startServer(false, site);
        QCOMPARE(send("GET", QStringLiteral("/")).status, 302);
        QCOMPARE(send("GET", QStringLiteral("/assets/app.js")).status, 401);
        Answer a = send("GET", QStringLiteral("/login/"));  // the login page stays the built-in one
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.contains("login-form"));

        const QByteArray cookie = login();
        QVERIFY(!cookie.isEmpty());
        const Headers c{{"Cookie", cookie}};
        a = send("GET", QStringLiteral("/"), {}, c);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, QByteArray("<html>original public page</html>"));
        QVERIFY(a.header("Content-Security-Policy").isEmpty());  // not ours to restrict
        QCOMPARE(send("GET", QStringLiteral("/assets/app.js"), {}, c).header("Content-Type"), QByteArray("text/javascript; charset=utf-8"));
        // Client-side routes of a single-page app get index.html; missing files do not.
        QCOMPARE(send("GET", QStringLiteral("/channels/manage"), {}, c).body, QByteArray("<html>original public page</html>"));
        QCOMPARE(send("GET", QStringLiteral("/assets/missing.js"), {}, c).status, 404);

        for (const QString &path : {QStringLiteral("/.env"), QStringLiteral("/link.txt"), QStringLiteral("/..%2Fsecret.txt"),
                                    QStringLiteral("/%2e%2e/secret.txt"), QStringLiteral("/assets/..%2F..%2Fsecret.txt"),
                                    QStringLiteral("/assets/%2e%2e/%2e%2e/secret.txt"), QStringLiteral("/assets%5C..%5C..%5Csecret.txt"),
                                    QStringLiteral("/%00.js")}) {
            a = send("GET", path, {}, c);
            QVERIFY2(!a.body.contains("outside the root") && !a.body.contains("API_TOKEN"), qPrintable(path));
            QVERIFY2(a.status == 404 || a.status == 400, qPrintable(path + QStringLiteral(" → ") + QString::number(a.status)));
        }
        // The request target "//etc/passwd" reads as authority "etc", path "/passwd": a client route.
        a = send("GET", QStringLiteral("//etc/passwd"), {}, c);
        QVERIFY(a.status == 404 || a.body == QByteArray("<html>original public page</html>"));
    }

    void badWebRootIsAnError()
    {
        ApiServerOptions o;
        o.port = 0;
        o.token = QString::fromLatin1(kToken);
        ApiServer server(o);
        WebConsoleOptions wo;
        wo.webRoot = m_root.filePath(QStringLiteral("does-not-exist"));
        const Status s = installWebConsole(server, wo);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("does not exist")));
    }

    void authDisabledStillRefusesForeignPages()
    {
        startServer(true);
        Answer a = send("GET", QStringLiteral("/"));
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.contains("site-form"));
        a = send("GET", QStringLiteral("/api/session"));
        QCOMPARE(a.json.value(QStringLiteral("authenticated")).toBool(), true);
        QCOMPARE(a.json.value(QStringLiteral("authRequired")).toBool(true), false);
        QCOMPARE(send("POST", QStringLiteral("/api/thing"), "{}").status, 200);                              // curl
        QCOMPARE(send("POST", QStringLiteral("/api/thing"), "{}", {{"Origin", origin().toLatin1()}}).status, 200);  // our page
        QCOMPARE(send("POST", QStringLiteral("/api/thing"), "{}", {{"Origin", "http://trusted.example"}}).status, 200);
        QCOMPARE(send("POST", QStringLiteral("/api/thing"), "{}", {{"Origin", "http://evil.example"}}).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestWebConsole)
#include "tst_webconsole.moc"
