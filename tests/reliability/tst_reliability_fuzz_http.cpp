// Seeded fuzzing of the HTTP/1.1 request parser (core/api/httprequestparser.h), the first code
// every byte from the network reaches. Mutated requests are parsed twice, all at once and in
// random pieces: both must give the same requests and the same refusal (the parser is
// incremental, so how bytes arrive must not change what they mean), never buffer more than
// the limits allow, and never hand out a body above the body limit.
#include "core/api/httprequestparser.h"
#include "tests/reliability/fuzzinput.h"

#include <QCryptographicHash>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

HttpLimits fuzzLimits()
{
    HttpLimits l;
    l.maxRequestLineBytes = 256;
    l.maxHeaderBytes = 1024;
    l.maxHeaderCount = 12;
    l.maxBodyBytes = 512;
    return l;
}

const QList<QByteArray> kSeeds = {
    "GET /api/status HTTP/1.1\r\nHost: 127.0.0.1:3002\r\nAccept: */*\r\n\r\n",
    "POST /api/process-ai-site?async=1 HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
    "Content-Length: 27\r\n\r\n{\"baseUrl\":\"http://x\",\"a\":1}",
    "POST /api/echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\nabcd\r\n3\r\nefg\r\n0\r\nT: 1\r\n\r\n",
    "PUT /api/rules HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
    "GET /a HTTP/1.0\r\n\r\nGET /b HTTP/1.1\r\nConnection: keep-alive\r\n\r\nHEAD /c HTTP/1.1\r\n\r\n",
    "\r\n\r\nDELETE /api/channels/x%2Fy HTTP/1.1\nHost: h\nContent-Length: 0\n\n",
    "GET http://127.0.0.1/api/status HTTP/1.1\r\nX-Long: " + QByteArray(200, 'v') + "\r\n\r\n",
};

// What a parse produced, in a form two runs can be compared by.
QStringList outcome(HttpRequestParser &parser, const QList<QByteArray> &pieces, const HttpLimits &limits, QString *violation)
{
    QStringList out;
    for (const QByteArray &piece : pieces) {
        parser.append(piece);
        for (;;) {
            const HttpRequestParser::Step step = parser.parse();
            if (step == HttpRequestParser::Step::Failed) {
                out.append(QStringLiteral("failed %1").arg(parser.errorStatus()));
                return out;
            }
            if (step == HttpRequestParser::Step::NeedMore) {
                // Whatever is held back must fit the limits (plus the piece just added).
                const qsizetype bound = limits.maxRequestLineBytes + limits.maxHeaderBytes + limits.maxBodyBytes + piece.size() + 4096;
                if (parser.bufferedBytes() > bound && violation->isEmpty())
                    *violation = QStringLiteral("buffers %1 bytes").arg(parser.bufferedBytes());
                break;
            }
            const HttpRequestMessage m = parser.takeRequest();
            if (m.body.size() > limits.maxBodyBytes && violation->isEmpty())
                *violation = QStringLiteral("body of %1 bytes handed out").arg(m.body.size());
            if (m.bodyLength < m.body.size() && violation->isEmpty())
                *violation = QStringLiteral("bodyLength below the body size");
            out.append(QStringLiteral("%1 %2 v%3 len %4 refused %5 keep %6 headers %7 body %8")
                           .arg(QString::fromLatin1(m.method.toPercentEncoding()), QString::fromLatin1(m.target.toPercentEncoding()))
                           .arg(m.minorVersion)
                           .arg(m.bodyLength)
                           .arg(m.bodyRefused)
                           .arg(m.keepAlive)
                           .arg(m.headers.size())
                           .arg(QString::fromLatin1(QCryptographicHash::hash(m.body, QCryptographicHash::Md5).toHex())));
        }
    }
    out.append(QStringLiteral("more"));
    return out;
}

} // namespace

class TestReliabilityFuzzHttp : public QObject
{
    Q_OBJECT

private slots:
    void piecesAndWholeAgree()
    {
        FuzzInput in("http request parser");
        const HttpLimits limits = fuzzLimits();
        FuzzBudget budget(4000, 8000);
        int refused = 0;
        int requests = 0;
        while (budget.next()) {
            QByteArray bytes = in.pick(kSeeds);
            if (in.chance(30))
                bytes += in.pick(kSeeds);  // pipelined
            if (in.chance(85))
                bytes = in.mutate(bytes, 8);
            if (in.chance(5))
                bytes += in.oddBytes();

            QList<QByteArray> pieces;
            for (qsizetype at = 0; at < bytes.size();) {
                const int n = 1 + in.below(in.chance(50) ? 4 : 64);
                pieces.append(bytes.mid(at, n));
                at += n;
            }
            QString violation;
            HttpRequestParser whole(limits);
            HttpRequestParser split(limits);
            const QStringList a = outcome(whole, {bytes}, limits, &violation);
            const QStringList b = outcome(split, pieces, limits, &violation);
            const QString context = QStringLiteral("seed %1, iteration %2, input %3")
                                        .arg(in.seed()).arg(budget.done()).arg(QString::fromLatin1(bytes.toPercentEncoding()));
            QVERIFY2(violation.isEmpty(), qPrintable(violation + QStringLiteral(" — ") + context));
            QVERIFY2(a == b, qPrintable(QStringLiteral("whole: %1\npieces: %2\n%3").arg(a.join(QStringLiteral(" | ")), b.join(QStringLiteral(" | ")), context)));
            refused += a.last().startsWith(QLatin1String("failed")) ? 1 : 0;
            requests += int(a.size()) - 1;
        }
        qInfo("http request parser: %d inputs, %d requests parsed, %d inputs refused", budget.done(), requests, refused);
        QVERIFY(requests > 0);
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestReliabilityFuzzHttp)
#include "tst_reliability_fuzz_http.moc"
