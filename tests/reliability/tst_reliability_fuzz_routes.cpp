// Seeded fuzzing of every HTTP route (core/api) against a real engine over the simulated
// cluster: malformed JSON, wrong types, huge values, odd encodings, odd path segments and query
// values. Every request must be answered (no hang), never with 500, and every error must be the
// JSON error shape with a message. Afterwards the server and engine still work. Part of it goes
// over loopback through the HTTP transport with raw, broken HTTP.
#include "core/api/apicontext.h"
#include "core/api/apiserver.h"
#include "core/api/routes.h"
#include "tests/onboarding/onboardingfixture.h"
#include "tests/reliability/fuzzinput.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

const QString kSiteKey = QStringLiteral("sk-sim-site-key-0001");
constexpr int kAnswerTimeoutMs = 15000;

// Field names the routes read, so that wrong types reach the field checks, not only the
// "unknown body" path.
const QStringList kFields = {
    QStringLiteral("baseUrl"), QStringLiteral("apiKeys"), QStringLiteral("channelTypes"), QStringLiteral("models"),
    QStringLiteral("operationType"), QStringLiteral("targetChannelName"), QStringLiteral("siteName"),
    QStringLiteral("customValidationEndpoints"), QStringLiteral("names"), QStringLiteral("channelName"),
    QStringLiteral("channels"), QStringLiteral("decisions"), QStringLiteral("enabled"), QStringLiteral("intervalMinutes"),
    QStringLiteral("action"), QStringLiteral("hours"), QStringLiteral("hoursOld"), QStringLiteral("dryRun"),
    QStringLiteral("model"), QStringLiteral("channel"), QStringLiteral("instanceId"), QStringLiteral("targetInstanceId"),
    QStringLiteral("confirm"), QStringLiteral("backup"), QStringLiteral("name"), QStringLiteral("whitelist"),
    QStringLiteral("blacklist"), QStringLiteral("rules"), QStringLiteral("settings"), QStringLiteral("mode"),
    QStringLiteral("threshold"), QStringLiteral("siteGroups"), QStringLiteral("weight"), QStringLiteral("testModel"),
    QStringLiteral("weights"), QStringLiteral("modelGroup"), QStringLiteral("siteGroup"),
};

struct Answer
{
    bool answered = false;
    int status = 0;
    QByteArray body;
};

QString percentEncodedSegment(FuzzInput &in)
{
    switch (in.below(9)) {
    case 0:
        return QStringLiteral("gpt-4o");
    case 1:
        return QStringLiteral("127-0-0-1-openai");
    case 2:
        return QStringLiteral("..%2F..%2Fetc");
    case 3:
        return QStringLiteral("%00");
    case 4:
        return QStringLiteral("%FF%FE");           // not UTF-8
    case 5:
        return QStringLiteral("%E2%80%AE%F0%9F%98%80");
    case 6:
        return QString(3000, QLatin1Char('m'));
    case 7:
        return QStringLiteral("%");               // a broken escape
    default:
        return QString::fromLatin1(QUrl::toPercentEncoding(in.oddString().left(200)));
    }
}

QString queryString(FuzzInput &in)
{
    static const QStringList names = {QStringLiteral("async"), QStringLiteral("limit"), QStringLiteral("since"),
                                      QStringLiteral("hours"), QStringLiteral("dryRun"), QStringLiteral("channel"),
                                      QStringLiteral("model"), QStringLiteral("offset"), QStringLiteral("level"),
                                      QStringLiteral("q")};
    static const QStringList values = {QStringLiteral("1"), QStringLiteral("-1"), QStringLiteral("abc"),
                                       QStringLiteral("1e309"), QStringLiteral("99999999999999999999"),
                                       QStringLiteral("%FF"), QStringLiteral(""), QStringLiteral("true")};
    if (in.chance(50))
        return {};
    QStringList items;
    const int n = 1 + in.below(3);
    for (int i = 0; i < n; ++i)
        items.append(in.pick(names) + QLatin1Char('=') + in.pick(values));
    return QLatin1Char('?') + items.join(QLatin1Char('&'));
}

QByteArray body(FuzzInput &in, const QString &siteUrl)
{
    switch (in.below(10)) {
    case 0: {
        static const QList<QByteArray> broken = {"{", "{\"a\":", "[1,2", "nul", "{\"baseUrl\":\"x\",}", "{'a':1}", "}{"};
        return in.pick(broken);
    }
    case 1:
        return in.chance(50) ? QByteArray("hello world") : QByteArray("<?xml version=\"1.0\"?><a/>");
    case 2: {
        static const QList<QByteArray> wrongTop = {"[]", "42", "\"string\"", "null", "true", "[{\"baseUrl\":1}]", "1e999"};
        return in.pick(wrongTop);
    }
    case 3:
        return QByteArray("{\"baseUrl\":\"") + in.oddBytes() + QByteArray("\",\"apiKeys\":[\"\xff\xfe\"]}");
    case 4:
        return QByteArray(2000, '[') + QByteArray(2000, ']');  // deeper than QJsonDocument allows
    case 5: {
        QJsonObject object{{QStringLiteral("blob"), QString(in.below(2) ? 300000 : 3000, QLatin1Char('z'))}};
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    case 6: {  // UTF-16 with a BOM
        const QString text = QStringLiteral("{\"baseUrl\":\"https://example.com\"}");
        return QByteArray("\xff\xfe", 2) + QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    }
    default: {  // known fields with random values; sometimes a real site
        QJsonObject object;
        const int n = 1 + in.below(5);
        for (int i = 0; i < n; ++i)
            object.insert(in.pick(kFields), in.jsonValue(2));
        if (in.chance(20)) {
            object.insert(QStringLiteral("baseUrl"), siteUrl);
            object.insert(QStringLiteral("apiKeys"), QJsonArray{kSiteKey});
        }
        QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return in.chance(15) ? in.mutate(bytes, 2) : bytes;
    }
    }
}

// The JSON error shape of uni-load-behaviour.md §22.3: a message in "error"; "success", when
// present, is false (the router's 404 for unknown paths keeps the original's {code, error}).
bool isErrorShape(const QByteArray &bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    const QJsonValue success = o.value(QStringLiteral("success"));
    return (success.isUndefined() || success == QJsonValue(false)) && !o.value(QStringLiteral("error")).toString().isEmpty();
}

} // namespace

class TestReliabilityFuzzRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OnboardingFixture> m_fixture;
    std::unique_ptr<ApiServer> m_server;
    SimAiSite *m_site = nullptr;

    Answer dispatch(const QByteArray &method, const QString &rawPath, const QString &query, const QByteArray &bodyBytes,
                    const QByteArray &contentType = "application/json")
    {
        ApiRequest req;
        req.method = method;
        req.rawPath = rawPath;
        req.path = QUrl::fromPercentEncoding(rawPath.toUtf8());
        if (!query.isEmpty())
            req.query = QUrlQuery(query.mid(1));
        req.body = bodyBytes;
        req.headers.insert("content-type", contentType);
        req.headers.insert("accept-language", "en-US");
        req.remoteAddress = QHostAddress::LocalHost;
        auto answer = std::make_shared<Answer>();
        auto calls = std::make_shared<int>(0);
        m_server->dispatch(req, [answer, calls](ApiResponse r) {
            ++*calls;
            answer->answered = true;
            answer->status = r.status;
            answer->body = r.body;
        });
        QDeadlineTimer deadline(kAnswerTimeoutMs);
        while (!answer->answered && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return *answer;
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("uniload.*.debug=false\nuniload.*.info=false\nuniload.*.warning=false"));
        m_fixture = std::make_unique<OnboardingFixture>();
        SimAiSiteOptions options;
        options.name = QStringLiteral("fuzz-site");
        options.validKeys = {kSiteKey};
        m_site = m_fixture->addSite(options);
        QVERIFY(m_fixture->startEngine([](EngineOptions &o) { o.requestTimeoutMs = 500; }));
        m_fixture->skipReconciliation();
        ApiServerOptions serverOptions;
        serverOptions.port = 0;
        serverOptions.authDisabled = true;
        serverOptions.maxRequestBytes = 1024 * 1024;
        m_server = std::make_unique<ApiServer>(serverOptions);
        registerAllRoutes(m_server->router(), ApiContext{&m_fixture->engine(), m_server.get()});
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_fixture.reset();
    }

    void everyRouteSurvivesBadInput()
    {
        FuzzInput in("routes");
        const QList<QPair<QString, QString>> routes = m_server->router().routes();
        QVERIFY(routes.size() > 30);
        QHash<int, int> statuses;
        int requests = 0;
        FuzzBudget budget(1500, 12000);
        while (budget.next()) {
            const QPair<QString, QString> &route = routes.at(budget.done() % routes.size());
            QStringList segments = route.second.split(QLatin1Char('/'));
            for (QString &s : segments) {
                if (s.startsWith(QLatin1Char(':')))
                    s = percentEncodedSegment(in);
            }
            const QString rawPath = segments.join(QLatin1Char('/'));
            const QString query = queryString(in);
            const QByteArray method = route.first.toLatin1();
            const QByteArray bytes = method == "GET" ? QByteArray() : body(in, m_site->url());
            const QString what = QStringLiteral("seed %1, iteration %2: %3 %4%5 body %6")
                                     .arg(in.seed()).arg(budget.done()).arg(route.first, rawPath.left(120), query,
                                                                           QString::fromLatin1(bytes.left(80).toPercentEncoding()));
            const Answer a = dispatch(method, rawPath, query, bytes);
            ++requests;
            QVERIFY2(a.answered, qPrintable(what + QStringLiteral(": no answer")));
            ++statuses[a.status];
            QVERIFY2(a.status != 500, qPrintable(what + QStringLiteral(": 500 ") + QString::fromUtf8(a.body.left(400))));
            if (a.status >= 400)
                QVERIFY2(isErrorShape(a.body), qPrintable(what + QStringLiteral(": ") + QString::fromUtf8(a.body.left(400))));
        }
        QStringList summary;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            summary.append(QStringLiteral("%1×%2").arg(it.value()).arg(it.key()));
        summary.sort();
        qInfo("routes: %d requests over %lld routes: %s", requests, qint64(routes.size()), qPrintable(summary.join(QLatin1Char(' '))));

        // Still healthy afterwards.
        const Answer status = dispatch("GET", QStringLiteral("/api/status"), {}, {});
        QCOMPARE(status.status, 200);
    }

    // Bodies that are not a JSON object are a 4xx on every route that reads a body.
    void nonObjectBodiesAreClientErrors()
    {
        const QList<QByteArray> bodies = {"{", "[]", "42", "\"text\"", "null", "not json at all", QByteArray("\xff\xfe{\0}", 5)};
        for (const auto &route : m_server->router().routes()) {
            if (route.first == QLatin1String("GET") || route.second.contains(QLatin1Char(':')))
                continue;
            for (const QByteArray &b : bodies) {
                const Answer a = dispatch(route.first.toLatin1(), route.second, {}, b);
                const QString what = route.first + QLatin1Char(' ') + route.second + QStringLiteral(" with ")
                    + QString::fromLatin1(b.toPercentEncoding());
                QVERIFY2(a.answered, qPrintable(what));
                // Routes that take no body may ignore it; the others must refuse it.
                QVERIFY2(a.status < 500, qPrintable(what + QStringLiteral(" → %1 ").arg(a.status) + QString::fromUtf8(a.body.left(300))));
                if (a.status >= 400)
                    QVERIFY2(a.status >= 400 && a.status < 500 && isErrorShape(a.body), qPrintable(what));
            }
        }
    }

    // Raw HTTP over loopback: broken requests get an answer or a closed connection, and the
    // server keeps serving. 501 and 505 are protocol refusals (an unsupported transfer coding or
    // HTTP version), not server errors.
    void brokenHttpOverLoopback()
    {
        const Result<quint16> port = m_server->listen();
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));
        const QList<QByteArray> raw = {
            "GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "POST /api/process-ai-site HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\n{\"a\":",
            "POST /api/rules HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 99999999999999999999\r\n\r\n{}",
            "PUT /api/rules HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\n{}",
            "GET /api/jobs/%FF%00%2F HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "GET /%%%% HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "BREW /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "GET /api/status HTTP/9.9\r\n\r\n",
            "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",  // a TLS client hello
            QByteArray("GET /api/status HTTP/1.1\r\nX-Long: ") + QByteArray(70000, 'h') + "\r\n\r\n",
            "POST /api/process-ai-site HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n",
        };
        for (const QByteArray &request : raw) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port.value());
            QVERIFY(socket.waitForConnected(5000));
            socket.write(request);
            socket.flush();
            QDeadlineTimer deadline(3000);
            QByteArray reply;
            while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState && !reply.contains("\r\n\r\n")) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                reply += socket.readAll();
            }
            const bool protocolRefusal = reply.startsWith("HTTP/1.1 501") || reply.startsWith("HTTP/1.1 505");
            if (reply.startsWith("HTTP/1.1 5") && !protocolRefusal)
                QFAIL(qPrintable(QStringLiteral("server error for %1: %2").arg(QString::fromLatin1(request.left(60).toPercentEncoding()),
                                                                             QString::fromLatin1(reply.left(200)))));
            socket.abort();
        }
        // Still serving.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port.value());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray reply;
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && !reply.contains("\r\n\r\n")) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            reply += socket.readAll();
        }
        QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.left(200).constData());
    }
};

QTEST_GUILESS_MAIN(TestReliabilityFuzzRoutes)
#include "tst_reliability_fuzz_routes.moc"
