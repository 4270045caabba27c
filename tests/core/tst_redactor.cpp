#include "core/common/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ul;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Redactor::forgetAllSecrets(); }

    void masksShortAndLong()
    {
        QCOMPARE(Redactor::mask(QStringLiteral("sk-abcdef1234567890")), QStringLiteral("sk…90"));
        // At most an eighth at each end: 12 characters keep 10 hidden, long keys show 4 + 4.
        QCOMPARE(Redactor::mask(QStringLiteral("abcdefghijkl")), QStringLiteral("a…l"));
        QCOMPARE(Redactor::mask(QStringLiteral("sk-0123456789abcdef0123456789abcdef")), QStringLiteral("sk-0…cdef"));
        QCOMPARE(Redactor::mask(QStringLiteral("short")), QStringLiteral("…"));
        QCOMPARE(Redactor::mask(QString()), QString());
    }

    void registeredSecretNeverSurvives_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("plain") << QStringLiteral("using admin key TOPSECRET-ADMIN-123 now");
        QTest::newRow("url") << QStringLiteral("GET http://x/api?foo=1&key=TOPSECRET-ADMIN-123");
        QTest::newRow("header") << QStringLiteral("Authorization: Bearer TOPSECRET-ADMIN-123");
        QTest::newRow("json") << QStringLiteral(R"({"token":"TOPSECRET-ADMIN-123"})");
    }
    void registeredSecretNeverSurvives()
    {
        QFETCH(QString, line);
        Redactor::registerSecret(QStringLiteral("TOPSECRET-ADMIN-123"));
        const QString out = Redactor::text(line);
        QVERIFY2(!out.contains(QStringLiteral("TOPSECRET-ADMIN-123")), qPrintable(out));
    }

    void unregisteredPatternsAreMasked_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer abcdefghijklmnop") << QStringLiteral("abcdefghijklmnop");
        QTest::newRow("x-api-key") << QStringLiteral("x-api-key: zyxwvutsrqponm") << QStringLiteral("zyxwvutsrqponm");
        QTest::newRow("goog") << QStringLiteral("X-Goog-Api-Key=qqqqwwwweeeerrrr") << QStringLiteral("qqqqwwwweeeerrrr");
        QTest::newRow("query") << QStringLiteral("https://g/v1beta/models?key=AIzaSyAAAAAAAAAAAAAAAAAAAAAAAA&pageSize=5")
                               << QStringLiteral("AIzaSyAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("proxy_keys") << QStringLiteral(R"({"proxy_keys":"hop-aaaaaaaaaaaaaaaa,hop-bbbbbbbbbbbbbbbb"})")
                                    << QStringLiteral("hop-aaaaaaaaaaaaaaaa");
        QTest::newRow("sk-key") << QStringLiteral("key sk-1234567890abcdefghij was used") << QStringLiteral("sk-1234567890abcdefghij");
        QTest::newRow("keys_text") << QStringLiteral(R"({"group_id":3,"keys_text":"k-1111111111\nk-2222222222"})")
                                   << QStringLiteral("k-2222222222");
    }
    void unregisteredPatternsAreMasked()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        const QString out = Redactor::text(line);
        QVERIFY2(!out.contains(secret), qPrintable(out));
    }

    void jsonFieldsMaskedRecursively()
    {
        const QJsonObject in{{QStringLiteral("name"), QStringLiteral("grp")},
                             {QStringLiteral("proxy_keys"), QStringLiteral("sk-hop-1234567890,sk-gw-0987654321")},
                             {QStringLiteral("nested"), QJsonObject{{QStringLiteral("token"), QStringLiteral("admin-token-value")}}}};
        const QJsonObject out = Redactor::json(in).toObject();
        QCOMPARE(out.value(QStringLiteral("name")).toString(), QStringLiteral("grp"));
        const QString dump = QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
        QVERIFY2(!dump.contains(QStringLiteral("sk-hop-1234567890")), qPrintable(dump));
        QVERIFY2(!dump.contains(QStringLiteral("admin-token-value")), qPrintable(dump));
        QVERIFY(out.value(QStringLiteral("proxy_keys")).toString().contains(QLatin1Char(',')));
    }

    // gpt-load's header rules and parameter overrides are free form: the header or parameter
    // name tells whether the value is a secret.
    void freeFormGroupSecretsMaskedByName()
    {
        const QJsonObject group{
            {QStringLiteral("header_rules"),
             QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("x-api-key")}, {QStringLiteral("value"), QStringLiteral("xapikey-literal-secret-4242")}, {QStringLiteral("action"), QStringLiteral("set")}},
                        QJsonObject{{QStringLiteral("key"), QStringLiteral("X-Trace-Mode")}, {QStringLiteral("value"), QStringLiteral("verbose")}}}},
            {QStringLiteral("param_overrides"),
             QJsonObject{{QStringLiteral("custom_secret"), QStringLiteral("override-secret-value-99")}, {QStringLiteral("max_tokens"), 64},
                         {QStringLiteral("reasoning_effort"), QStringLiteral("low")}}}};
        const QJsonObject out = Redactor::json(group).toObject();
        const QString dump = QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
        QVERIFY2(!dump.contains(QStringLiteral("xapikey-literal-secret-4242")), qPrintable(dump));
        QVERIFY2(!dump.contains(QStringLiteral("override-secret-value-99")), qPrintable(dump));
        QVERIFY2(dump.contains(QStringLiteral("\"value\":\"verbose\"")), qPrintable(dump));
        QVERIFY2(dump.contains(QStringLiteral("\"reasoning_effort\":\"low\"")), qPrintable(dump));
        QCOMPARE(out.value(QStringLiteral("param_overrides")).toObject().value(QStringLiteral("max_tokens")).toInt(), 64);

        QVERIFY(Redactor::isSecretWordName(QStringLiteral("Authorization")));
        QVERIFY(Redactor::isSecretWordName(QStringLiteral("accessToken")));
        QVERIFY(Redactor::isSecretWordName(QStringLiteral("x-goog-api-key")));
        QVERIFY(!Redactor::isSecretWordName(QStringLiteral("max_tokens")));
        QVERIFY(!Redactor::isSecretWordName(QStringLiteral("keysCount")));
    }

    void manyRegisteredKeysAreMaskedWherever()
    {
        QStringList keys;
        for (int i = 0; i < 20000; ++i)
            keys.append(QStringLiteral("site-key-%1-abcdefghijkl").arg(i, 6, 10, QLatin1Char('0')));
        Redactor::registerSecrets(keys);
        const QString &a = keys.at(17);
        const QString &b = keys.at(19999);
        const QStringList lines = {
            a + QLatin1Char(',') + b,
            QStringLiteral(R"(gpt-load said: {"message":"bad keys: %1
%2
%3"})").arg(a, b, keys.at(5)),
            QStringLiteral(R"(error "{"keys_text":"%1\n%2"}")").arg(a, b),
            QStringLiteral("GET /x?q=%1%3D%2&z=1").arg(QStringLiteral("key"), a),
            QStringLiteral("(%1);	%2.").arg(a, b),
        };
        for (const QString &line : lines) {
            const QString out = Redactor::text(line);
            QVERIFY2(!out.contains(a) && !out.contains(b) && !out.contains(keys.at(5)), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("sit…jkl")), qPrintable(out));
        }
        // A word that merely contains a key's text is not a key.
        QCOMPARE(Redactor::text(QStringLiteral("site-key")), QStringLiteral("site-key"));
    }

    void secretsWithOtherCharactersStillMaskedAsSubstrings()
    {
        Redactor::registerSecret(QStringLiteral("dG9rZW4+d2l0aC9zbGFzaA=="));
        const QString out = Redactor::text(QStringLiteral("token=xdG9rZW4+d2l0aC9zbGFzaA==y"));
        QVERIFY2(!out.contains(QStringLiteral("d2l0aC9zbGFzaA")), qPrintable(out));
    }

    void vendorKeyAfterAnEscapedNewline()
    {
        const QString out = Redactor::text(QStringLiteral(R"({"error":"invalid: sk-abcdefghijklmnop1
sk-abcdefghijklmnop2"})"));
        QVERIFY2(!out.contains(QStringLiteral("ijklmnop1")) && !out.contains(QStringLiteral("ijklmnop2")), qPrintable(out));
    }

    // Credentials written into a URL (an upstream address, a proxy) are masked, host kept.
    void urlUserInfoMasked()
    {
        const QString out = Redactor::text(QStringLiteral("upstream http://admin:hunter2-long-password@10.0.0.5:3001/proxy"));
        QVERIFY2(!out.contains(QStringLiteral("hunter2")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("@10.0.0.5:3001/proxy")), qPrintable(out));
        const QJsonValue v = Redactor::json(QJsonObject{{QStringLiteral("upstream_addresses"),
                                                         QJsonArray{QStringLiteral("https://user:pw@gl.example")}}});
        QVERIFY(!QJsonDocument(v.toObject()).toJson().contains("user:pw"));
        const QString mail = QStringLiteral("see https://example.com/a@b and mailto:ops@example.com");
        QCOMPARE(Redactor::text(mail), mail);
    }

    void ordinaryTextUntouched()
    {
        const QString s = QStringLiteral("created group deepseek-chat-via-api-deepseek-com-openai (sort 30)");
        QCOMPARE(Redactor::text(s), s);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
