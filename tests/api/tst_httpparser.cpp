// HttpRequestParser as a pure function of the bytes it is given: framing, pipelining, limits
// and the refusals RFC 9112 asks for.
#include "core/api/httprequestparser.h"
#include "core/api/httpresponseencoder.h"

#include <QTest>

using namespace ul;
using Step = HttpRequestParser::Step;

namespace {

HttpLimits smallLimits()
{
    HttpLimits l;
    l.maxRequestLineBytes = 128;
    l.maxHeaderBytes = 512;
    l.maxHeaderCount = 8;
    l.maxBodyBytes = 64;
    return l;
}

// Feeds everything at once and returns the final step.
Step parseAll(HttpRequestParser &p, const QByteArray &bytes)
{
    p.append(bytes);
    return p.parse();
}

} // namespace

class TestHttpParser : public QObject
{
    Q_OBJECT

private slots:
    void simpleGet()
    {
        HttpRequestParser p;
        QCOMPARE(parseAll(p, "GET /api/status?x=1 HTTP/1.1\r\nHost: 127.0.0.1:3002\r\nX-Thing:  padded  \r\n\r\n"), Step::Ready);
        const HttpRequestMessage m = p.takeRequest();
        QCOMPARE(m.method, QByteArray("GET"));
        QCOMPARE(m.target, QByteArray("/api/status?x=1"));
        QCOMPARE(m.minorVersion, 1);
        QCOMPARE(m.header("host"), QByteArray("127.0.0.1:3002"));
        QCOMPARE(m.header("x-thing"), QByteArray("padded"));
        QVERIFY(m.keepAlive);
        QVERIFY(m.body.isEmpty());
        QCOMPARE(p.parse(), Step::NeedMore);
        QVERIFY(!p.hasPartialRequest());
    }

    void byteByByteEqualsAllAtOnce()
    {
        const QByteArray raw = "\r\nPOST /api/echo HTTP/1.1\nHost: h\nContent-Length: 11\n\nhello world";
        HttpRequestParser p;
        Step step = Step::NeedMore;
        for (char c : raw) {
            QCOMPARE(step, Step::NeedMore);
            p.append(QByteArray(1, c));
            step = p.parse();
        }
        QCOMPARE(step, Step::Ready);
        const HttpRequestMessage m = p.takeRequest();
        QCOMPARE(m.method, QByteArray("POST"));
        QCOMPARE(m.body, QByteArray("hello world"));
        QCOMPARE(m.bodyLength, 11);
    }

    void pipelinedRequestsComeOutInOrder()
    {
        HttpRequestParser p;
        p.append("GET /a HTTP/1.1\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}GET /c HTTP/1.1\r\nConnection: close\r\n\r\nGET /d");
        QCOMPARE(p.parse(), Step::Ready);
        QCOMPARE(p.takeRequest().target, QByteArray("/a"));
        QCOMPARE(p.parse(), Step::Ready);
        HttpRequestMessage b = p.takeRequest();
        QCOMPARE(b.target, QByteArray("/b"));
        QCOMPARE(b.body, QByteArray("{}"));
        QCOMPARE(p.parse(), Step::Ready);
        HttpRequestMessage c = p.takeRequest();
        QCOMPARE(c.target, QByteArray("/c"));
        QVERIFY(!c.keepAlive);
        QCOMPARE(p.parse(), Step::NeedMore);
        QVERIFY(p.hasPartialRequest());
        QVERIFY(p.inHead());
    }

    void keepAliveByVersion()
    {
        HttpRequestParser p;
        QCOMPARE(parseAll(p, "GET / HTTP/1.0\r\n\r\n"), Step::Ready);
        QVERIFY(!p.takeRequest().keepAlive);
        QCOMPARE(parseAll(p, "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"), Step::Ready);
        QVERIFY(p.takeRequest().keepAlive);
        QCOMPARE(parseAll(p, "GET / HTTP/1.1\r\nConnection: upgrade, close\r\n\r\n"), Step::Ready);
        QVERIFY(!p.takeRequest().keepAlive);
    }

    void chunkedBody()
    {
        HttpRequestParser p;
        p.append("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n");
        QCOMPARE(p.parse(), Step::NeedMore);
        QVERIFY(!p.inHead());
        p.append("6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\nGET /next HTTP/1.1\r\n\r\n");
        QCOMPARE(p.parse(), Step::Ready);
        const HttpRequestMessage m = p.takeRequest();
        QCOMPARE(m.body, QByteArray("hello world"));
        QCOMPARE(m.bodyLength, 11);
        QCOMPARE(p.parse(), Step::Ready);
        QCOMPARE(p.takeRequest().target, QByteArray("/next"));
    }

    void continueInvitedOnlyWhileTheBodyIsAwaited()
    {
        HttpRequestParser p;
        QCOMPARE(parseAll(p, "POST /x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"), Step::NeedMore);
        QVERIFY(p.takeContinueRequest());
        QVERIFY(!p.takeContinueRequest());
        QCOMPARE(parseAll(p, "{}"), Step::Ready);
        p.takeRequest();
        // The body came with the head: nothing to invite.
        QCOMPARE(parseAll(p, "POST /x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}"), Step::Ready);
        QVERIFY(!p.takeContinueRequest());
    }

    void oversizedBodiesAreRefusedUnread()
    {
        {
            HttpRequestParser p(smallLimits());
            QCOMPARE(parseAll(p, "POST /x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 65\r\n\r\n"), Step::Ready);
            QVERIFY(!p.takeContinueRequest());
            const HttpRequestMessage m = p.takeRequest();
            QVERIFY(m.bodyRefused);
            QVERIFY(!m.keepAlive);
            QCOMPARE(m.bodyLength, 65);
            QVERIFY(m.body.isEmpty());
            // What follows is the refused body, not a request.
            QCOMPARE(parseAll(p, "GET / HTTP/1.1\r\n\r\n"), Step::NeedMore);
        }
        {
            HttpRequestParser p(smallLimits());
            QCOMPARE(parseAll(p, "POST /x HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n"), Step::Ready);
            const HttpRequestMessage m = p.takeRequest();
            QVERIFY(m.bodyRefused);
            QVERIFY(m.bodyLength > 64);
        }
        {
            HttpRequestParser p(smallLimits());
            const QByteArray chunk = "20\r\n" + QByteArray(32, 'a') + "\r\n";
            QCOMPARE(parseAll(p, "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk + chunk), Step::NeedMore);
            QCOMPARE(parseAll(p, "1\r\n"), Step::Ready);
            const HttpRequestMessage m = p.takeRequest();
            QVERIFY(m.bodyRefused);
            QCOMPARE(m.bodyLength, 65);
        }
        {
            // Exactly at the limit is fine.
            HttpRequestParser p(smallLimits());
            QCOMPARE(parseAll(p, "POST /x HTTP/1.1\r\nContent-Length: 64\r\n\r\n" + QByteArray(64, 'b')), Step::Ready);
            QVERIFY(!p.takeRequest().bodyRefused);
        }
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        const QByteArray get = "GET / HTTP/1.1\r\n";
        QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("tls hello") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("http 2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("http 9.9") << QByteArray("GET / HTTP/9.9\r\n\r\n") << 505;
        QTest::newRow("not http") << QByteArray("GET / FTP/1.1\r\n\r\n") << 400;
        QTest::newRow("long line") << QByteArray("GET /" + QByteArray(200, 'a') + " HTTP/1.1\r\n\r\n") << 414;
        QTest::newRow("long line unfinished") << QByteArray("GET /" + QByteArray(200, 'a')) << 414;
        QTest::newRow("folded header") << QByteArray(get + "X-A: 1\r\n  continued\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray(get + "X-A : 1\r\n\r\n") << 400;
        QTest::newRow("no colon") << QByteArray(get + "X-A\r\n\r\n") << 400;
        QTest::newRow("bare CR in value") << QByteArray(get + "X-A: 1\r2\r\n\r\n") << 400;
        QTest::newRow("two hosts") << QByteArray(get + "Host: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("headers too large") << QByteArray(get + "X-A: " + QByteArray(600, 'h') + "\r\n\r\n") << 431;
        QTest::newRow("headers too large unfinished") << QByteArray(get + "X-A: " + QByteArray(600, 'h')) << 431;
        QByteArray many = get;
        for (int i = 0; i < 9; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("too many headers") << QByteArray(many + "\r\n") << 431;
        QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n") << 400;
        QTest::newRow("length not a number") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5x\r\n\r\n") << 400;
        QTest::newRow("conflicting lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n") << 400;
        QTest::newRow("length and chunked") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
        QTest::newRow("gzip then chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 501;
        QTest::newRow("not chunked last") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 400;
        QTest::newRow("chunked in 1.0") << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
        QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n") << 400;
        QTest::newRow("chunk too long") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n") << 400;
    }

    void refusals()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        HttpRequestParser p(smallLimits());
        QCOMPARE(parseAll(p, raw), Step::Failed);
        QCOMPARE(p.errorStatus(), status);
        QVERIFY(!p.errorMessage().isEmpty());
        // A failed parser stays failed: nothing after the broken request is trusted.
        QCOMPARE(parseAll(p, "GET / HTTP/1.1\r\n\r\n"), Step::Failed);
    }

    void duplicateEqualLengthsAreOne()
    {
        HttpRequestParser p;
        QCOMPARE(parseAll(p, "POST / HTTP/1.1\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\n{}"), Step::Ready);
        QCOMPARE(p.takeRequest().body, QByteArray("{}"));
    }

    void encoderFramesAnswers()
    {
        ApiResponse r = ApiResponse::text("hello", "text/plain");
        r.addHeader("X-Injected", "a\r\nSet-Cookie: evil=1");
        r.addHeader("Content-Length", "999");
        r.addHeader("ETag", "\"v1\"");
        QByteArray bytes = encodeHttpResponse(r, false, ConnectionAfterAnswer::KeptOpen);
        QVERIFY(bytes.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(bytes.contains("\r\nContent-Length: 5\r\n"));
        QVERIFY(!bytes.contains("999"));
        QVERIFY(!bytes.contains("evil"));
        QVERIFY(bytes.contains("\r\nETag: \"v1\"\r\n"));
        QVERIFY(bytes.contains("\r\nCache-Control: no-store\r\n"));
        QVERIFY(bytes.contains("\r\nX-Content-Type-Options: nosniff\r\n"));
        QVERIFY(!bytes.contains("Connection:"));
        QVERIFY(bytes.endsWith("\r\n\r\nhello"));

        bytes = encodeHttpResponse(r, true, ConnectionAfterAnswer::Closed);
        QVERIFY(bytes.contains("\r\nContent-Length: 5\r\n"));
        QVERIFY(bytes.contains("\r\nConnection: close\r\n"));
        QVERIFY(bytes.endsWith("\r\n\r\n"));

        ApiResponse notModified = ApiResponse::text("ignored", "text/css", 304);
        notModified.addHeader("Cache-Control", "no-cache");
        bytes = encodeHttpResponse(notModified, false, ConnectionAfterAnswer::KeptOpen);
        QVERIFY(bytes.startsWith("HTTP/1.1 304 Not Modified\r\n"));
        QVERIFY(!bytes.contains("Content-Length"));
        QVERIFY(!bytes.contains("no-store"));
        QVERIFY(bytes.endsWith("\r\n\r\n"));
        QVERIFY(encodeHttpResponse(ApiResponse::empty(299), false, ConnectionAfterAnswer::KeptOpen).startsWith("HTTP/1.1 299 \r\n"));
        QVERIFY(encodeHttpResponse(ApiResponse::empty(204), false, ConnectionAfterAnswer::KeptOpenForHttp10).contains("\r\nConnection: keep-alive\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
