// SimHttpServer: parsing, keep-alive and pipelining, late answers, stop/start, fault actions.

#include "core/sim/simfaults.h"
#include "core/sim/simhttpserver.h"
#include "tests/sim/simtestclient.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace ul;
using namespace ul::test;

class TestSimHttp : public QObject
{
    Q_OBJECT

private slots:
    void helpersDecodeAndEncode()
    {
        QCOMPARE(simhttp::percentDecode("a%20b%2Fc"), QStringLiteral("a b/c"));
        QCOMPARE(simhttp::percentDecode("a+b", true), QStringLiteral("a b"));
        QCOMPARE(simhttp::percentDecode("a+b"), QStringLiteral("a+b"));
        QCOMPARE(simhttp::percentDecode("%E4%B8%AD%zz%4"), QStringLiteral("中%zz%4"));
        const SimQueryList q = simhttp::parseQuery("a=1&b=x%20y&flag&c=&a=2");
        QCOMPARE(q.size(), 5);
        QCOMPARE(q[1].second, QStringLiteral("x y"));
        QCOMPARE(q[2].first, QStringLiteral("flag"));
        QCOMPARE(simhttp::parseQuery(simhttp::buildQuery({{QStringLiteral("k"), QStringLiteral("a&b=c d")}})).value(0).second,
                 QStringLiteral("a&b=c d"));
    }

    void requestPartsReachTheHandler()
    {
        SimHttpServer server;
        QVERIFY(server.listen());
        SimHttpRequest seen;
        server.setHandler([&](const SimHttpRequest &r, const SimResponder &responder) {
            seen = r;
            responder.respond(SimHttpResponse::text(201, "ok"));
        });
        SimTestClient client;
        const HttpResult result = client.send("POST", server.url() + QStringLiteral("/a%20b/c%2Fd?x=1&y=hello+world&x=2"),
                                              "{\"v\":1}", {{"X-Test", "Value"}});
        QCOMPARE(result.status, 201);
        QCOMPARE(result.body, QByteArray("ok"));
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.path, QStringLiteral("/a b/c/d"));
        QCOMPARE(seen.rawPath, QByteArray("/a%20b/c%2Fd"));
        QCOMPARE(seen.pathSegments(), (QStringList{QStringLiteral("a b"), QStringLiteral("c/d")}));
        QCOMPARE(seen.queryValue(QStringLiteral("x")), QStringLiteral("1"));
        QCOMPARE(seen.queryValue(QStringLiteral("y")), QStringLiteral("hello world"));
        QCOMPARE(seen.header("x-test"), QByteArray("Value"));
        QVERIFY(seen.hasHeader("X-TEST"));
        QCOMPARE(seen.body, QByteArray("{\"v\":1}"));
        QCOMPARE(seen.peerAddress, QHostAddress(QHostAddress::LocalHost));
    }

    void pipelinedAnswersStayInOrder()
    {
        SimHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const SimHttpRequest &r, const SimResponder &responder) {
            if (r.path == QLatin1String("/slow"))
                QTimer::singleShot(60, &server, [responder] { responder.respond(SimHttpResponse::text(200, "first")); });
            else
                responder.respond(SimHttpResponse::text(200, "second"));
        });
        const QByteArray raw = rawExchange(server.port(),
                                           "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"
                                           "GET /fast HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        const qsizetype first = raw.indexOf("first");
        const qsizetype second = raw.indexOf("second");
        QVERIFY2(first > 0 && second > first, raw.constData());
        QVERIFY(raw.contains("Connection: keep-alive"));
        QVERIFY(raw.contains("Connection: close"));
    }

    void chunkedUploadGets411AndHeadHasNoBody()
    {
        SimHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const SimHttpRequest &, const SimResponder &r) { r.respond(SimHttpResponse::text(200, "no")); });
        const QByteArray raw = rawExchange(server.port(), "POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                          "3\r\nabc\r\n0\r\n\r\n");
        QVERIFY2(raw.startsWith("HTTP/1.1 411"), raw.constData());
        const QByteArray head = rawExchange(server.port(), "HEAD /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY2(head.contains("Content-Length: 2") && head.endsWith("\r\n\r\n"), head.constData());
        const QByteArray bad = rawExchange(server.port(), "NONSENSE\r\n\r\n");
        QVERIFY2(bad.startsWith("HTTP/1.1 400"), bad.constData());
    }

    void lateAnswerAfterDisconnectIsHarmless()
    {
        SimHttpServer server;
        QVERIFY(server.listen());
        SimResponder kept;
        bool finished = false;
        server.setHandler([&](const SimHttpRequest &, const SimResponder &r) {
            kept = r;
            r.onFinished([&finished] { finished = true; });
        });
        SimTestClient client;
        const HttpResult result = client.get(server.url() + QStringLiteral("/wait"), {}, 150);
        QCOMPARE(result.status, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!kept.isConnected(), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(finished, 2000);
        kept.respond(SimHttpResponse::text(200, "too late"));   // must be a no-op
        kept.reset();
        QVERIFY(kept.isAnswered());
    }

    void stopRefusesAndStartReusesThePort()
    {
        SimHttpServer server;
        server.setHandler([](const SimHttpRequest &, const SimResponder &r) { r.respond(SimHttpResponse::text(200, "up")); });
        QVERIFY(server.listen());
        const quint16 port = server.port();
        SimTestClient client;
        QCOMPARE(client.get(server.url()).status, 200);
        server.stop();
        QVERIFY(!server.isListening());
        const HttpResult down = client.get(server.url(), {}, 1000);
        QCOMPARE(down.status, 0);
        QVERIFY(down.error == QNetworkReply::ConnectionRefusedError || down.error == QNetworkReply::RemoteHostClosedError);
        QVERIFY(server.start());
        QCOMPARE(server.port(), port);
        QCOMPARE(client.get(server.url()).body, QByteArray("up"));
    }

    void faultActions()
    {
        SimHttpServer server;
        SimFaultRules faults(7);
        int processed = 0;
        server.setHandler([&](const SimHttpRequest &r, const SimResponder &responder) {
            auto process = [&](const SimResponder &x) {
                ++processed;
                x.respond(SimHttpResponse::text(200, "normal"));
            };
            if (const auto fault = faults.take(r.method, r.path))
                simApplyFault(*fault, &server, responder, process);
            else
                process(responder);
        });
        QVERIFY(server.listen());
        SimTestClient client;
        const QString base = server.url();

        faults.add(SimFaultRule::respond("GET", QStringLiteral("/forced*"), 418, "{\"x\":1}").times(1));
        QCOMPARE(client.get(base + QStringLiteral("/forced/a")).status, 418);
        QCOMPARE(client.get(base + QStringLiteral("/forced/a")).status, 200);   // used up

        faults.add(SimFaultRule::reset("", QStringLiteral("/reset")));
        const HttpResult reset = client.get(base + QStringLiteral("/reset"), {}, 2000);
        QCOMPARE(reset.status, 0);
        QVERIFY(reset.error != QNetworkReply::NoError);

        faults.add(SimFaultRule::hang("GET", QStringLiteral("/hang")));
        const HttpResult hang = client.get(base + QStringLiteral("/hang"), {}, 200);
        QCOMPARE(hang.status, 0);
        QVERIFY(hang.elapsedMs >= 150);

        faults.add(SimFaultRule::close("GET", QStringLiteral("/close")).afterProcessing());
        const int before = processed;
        QCOMPARE(client.get(base + QStringLiteral("/close"), {}, 2000).status, 0);
        QCOMPARE(processed, before + 1);   // handled, answer dropped

        faults.add(SimFaultRule::delay("GET", QStringLiteral("/slow"), 120));
        const HttpResult slow = client.get(base + QStringLiteral("/slow"));
        QCOMPARE(slow.status, 200);
        QVERIFY(slow.elapsedMs >= 100);
    }

    void probabilisticFaultsAreSeeded()
    {
        const auto run = [](quint32 seed) {
            SimFaultRules faults(seed);
            faults.add(SimFaultRule::respond("", QStringLiteral("*"), 500).withProbability(0.3));
            QString pattern;
            for (int i = 0; i < 200; ++i)
                pattern += faults.take("GET", QStringLiteral("/x")) ? QLatin1Char('1') : QLatin1Char('0');
            return pattern;
        };
        const QString a = run(42);
        QCOMPARE(run(42), a);
        const int hits = int(a.count(QLatin1Char('1')));
        QVERIFY2(hits > 30 && hits < 90, qPrintable(QString::number(hits)));
        QVERIFY(simGlobMatch(QStringLiteral("/api/groups/*/stats"), QStringLiteral("/api/groups/12/stats")));
        QVERIFY(!simGlobMatch(QStringLiteral("/api/groups"), QStringLiteral("/api/groups/1")));
    }
};

QTEST_GUILESS_MAIN(TestSimHttp)
#include "tst_simhttp.moc"
