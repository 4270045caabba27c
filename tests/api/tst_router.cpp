#include "core/api/router.h"

#include <QTest>

using namespace ul;

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void matchesLiteralAndParams()
    {
        Router r;
        int hit = 0;
        r.get(QStringLiteral("/api/status"), [&](const ApiRequest &, const ApiReply &) { hit = 1; });
        r.post(QStringLiteral("/api/manual-recovery/:model/:channel"), [&](const ApiRequest &, const ApiReply &) { hit = 2; });
        r.del(QStringLiteral("/api/channels/:name"), [&](const ApiRequest &, const ApiReply &) { hit = 3; });
        r.post(QStringLiteral("/api/channels/reassign"), [&](const ApiRequest &, const ApiReply &) { hit = 4; });

        auto m = r.match("GET", QStringLiteral("/api/status"));
        QCOMPARE(m.outcome, Router::Outcome::Matched);

        // An encoded slash stays inside its segment.
        m = r.match("POST", QStringLiteral("/api/manual-recovery/deepseek-ai%2FDeepSeek-V3.1/api-x-com-openai"));
        QCOMPARE(m.outcome, Router::Outcome::Matched);
        QCOMPARE(m.params.value(QStringLiteral("model")), QStringLiteral("deepseek-ai/DeepSeek-V3.1"));
        QCOMPARE(m.params.value(QStringLiteral("channel")), QStringLiteral("api-x-com-openai"));
        QCOMPARE(m.args.size(), 2);

        m = r.match("POST", QStringLiteral("/api/channels/reassign"));
        QCOMPARE(m.outcome, Router::Outcome::Matched);
        m = r.match("DELETE", QStringLiteral("/api/channels/api-x-com-openai"));
        QCOMPARE(m.outcome, Router::Outcome::Matched);
        QCOMPARE(m.params.value(QStringLiteral("name")), QStringLiteral("api-x-com-openai"));
    }

    void wrongMethodIs405WithAllow()
    {
        Router r;
        r.get(QStringLiteral("/api/status"), [](const ApiRequest &, const ApiReply &) {});
        auto m = r.match("POST", QStringLiteral("/api/status"));
        QCOMPARE(m.outcome, Router::Outcome::MethodNotAllowed);
        QCOMPARE(m.allowedMethods, QStringList{QStringLiteral("GET")});
        QCOMPARE(r.match("HEAD", QStringLiteral("/api/status")).outcome, Router::Outcome::Matched);
    }

    void unknownIs404()
    {
        Router r;
        r.get(QStringLiteral("/api/status"), [](const ApiRequest &, const ApiReply &) {});
        QCOMPARE(r.match("GET", QStringLiteral("/api/status/extra")).outcome, Router::Outcome::NotFound);
        QCOMPARE(r.match("GET", QStringLiteral("/api")).outcome, Router::Outcome::NotFound);
    }

    void decodedSegments()
    {
        QCOMPARE(Router::decodedSegments(QStringLiteral("/a/b%2Fc/?x=1")), (QStringList{QStringLiteral("a"), QStringLiteral("b/c")}));
        QCOMPARE(Router::decodedSegments(QStringLiteral("/%E4%B8%AD")), QStringList{QString::fromUtf8("中")});
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
