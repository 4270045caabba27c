// Model-list answers (uni-load-behaviour.md §7.1) and API-key text (§23.1).
#include "core/sites/apikeys.h"
#include "core/sites/modellistparser.h"

#include <QTest>

using namespace ul;
using namespace Qt::StringLiterals;

class TestSitesParsing : public QObject
{
    Q_OBJECT

private slots:
    void modelListShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("shape");
        QTest::addColumn<QStringList>("raw");
        QTest::addColumn<QStringList>("models");

        QTest::newRow("openai list")
            << QByteArray(R"({"object":"list","data":[{"id":"gpt-4o","object":"model"},{"id":"deepseek-chat"}]})")
            << "openai" << int(ModelListShape::Data) << QStringList{u"gpt-4o"_s, u"deepseek-chat"_s}
            << QStringList{u"deepseek-chat"_s, u"gpt-4o"_s};
        QTest::newRow("data: id, else name")
            << QByteArray(R"({"data":[{"name":"a"},{"id":"b","name":"x"},{"id":"","name":"c"}]})") << "openai"
            << int(ModelListShape::Data) << QStringList{u"a"_s, u"b"_s, u"c"_s} << QStringList{u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("data: strings") << QByteArray(R"({"data":["y","x"]})") << "openai" << int(ModelListShape::Data)
                                       << QStringList{u"y"_s, u"x"_s} << QStringList{u"x"_s, u"y"_s};
        QTest::newRow("gemini models")
            << QByteArray(R"({"models":[{"name":"models/gemini-2.5-pro","displayName":"Gemini 2.5 Pro"},)"
                          R"({"name":"models/gemini-2.5-flash"}]})")
            << "gemini" << int(ModelListShape::Models)
            << QStringList{u"models/gemini-2.5-pro"_s, u"models/gemini-2.5-flash"_s}
            << QStringList{u"gemini-2.5-flash"_s, u"gemini-2.5-pro"_s};
        QTest::newRow("models: id, then displayName")
            << QByteArray(R"({"models":[{"id":"m1"},{"displayName":"Pretty Name"}]})") << "openai"
            << int(ModelListShape::Models) << QStringList{u"m1"_s, u"Pretty Name"_s}
            << QStringList{u"Pretty Name"_s, u"m1"_s};
        QTest::newRow("bare strings") << QByteArray(R"(["b","a","b"])") << "openai" << int(ModelListShape::BareArray)
                                      << QStringList{u"b"_s, u"a"_s, u"b"_s} << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("bare objects")
            << QByteArray(R"([{"id":"x"},{"name":"y"},{"model":"z"},5,null,{"foo":1},true])") << "openai"
            << int(ModelListShape::BareArray) << QStringList{u"x"_s, u"y"_s, u"z"_s}
            << QStringList{u"x"_s, u"y"_s, u"z"_s};
        QTest::newRow("data wins over models") << QByteArray(R"({"data":[{"id":"a"}],"models":[{"name":"b"}]})")
                                               << "openai" << int(ModelListShape::Data) << QStringList{u"a"_s}
                                               << QStringList{u"a"_s};
        QTest::newRow("gemini prefix in data on a gemini site")
            << QByteArray(R"({"data":[{"id":"models/gemini-2.5-flash"}]})") << "gemini" << int(ModelListShape::Data)
            << QStringList{u"models/gemini-2.5-flash"_s} << QStringList{u"gemini-2.5-flash"_s};
        QTest::newRow("models/ kept on an openai site")
            << QByteArray(R"({"data":[{"id":"models/x"}]})") << "openai" << int(ModelListShape::Data)
            << QStringList{u"models/x"_s} << QStringList{u"models/x"_s};
        QTest::newRow("dedupe is exact, sort by code unit")
            << QByteArray(R"(["gpt-4o","GPT-4o","gpt-4o"," gpt-4o "])") << "openai" << int(ModelListShape::BareArray)
            << QStringList{u"gpt-4o"_s, u"GPT-4o"_s, u"gpt-4o"_s, u" gpt-4o "_s} << QStringList{u"GPT-4o"_s, u"gpt-4o"_s};
        QTest::newRow("empty data") << QByteArray(R"({"object":"list","data":[]})") << "openai"
                                    << int(ModelListShape::Data) << QStringList{} << QStringList{};
        QTest::newRow("error object") << QByteArray(R"({"error":{"message":"invalid key"}})") << "openai"
                                      << int(ModelListShape::Unrecognised) << QStringList{} << QStringList{};
        QTest::newRow("data not an array") << QByteArray(R"({"data":{"id":"x"}})") << "openai"
                                           << int(ModelListShape::Unrecognised) << QStringList{} << QStringList{};
    }
    void modelListShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, type);
        QFETCH(int, shape);
        QFETCH(QStringList, raw);
        QFETCH(QStringList, models);
        const Result<ModelListPage> page = parseModelListPage(body, *parseChannelType(type));
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
        QCOMPARE(int(page->shape), shape);
        QCOMPARE(page->raw, raw);
        QCOMPARE(page->models, models);
        QCOMPARE(page->isEmpty(), raw.isEmpty());
        QVERIFY(!page->hasMore());
    }

    void notJsonIsAProtocolError()
    {
        const QByteArray body("<html><body>Welcome! sk-leaked-key-1234567890</body></html>");
        const Result<ModelListPage> page = parseModelListPage(body, ChannelType::OpenAI);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ErrorKind::Protocol);
        QCOMPARE(page.error().code, u"MODEL_LIST_NOT_JSON"_s);
        QVERIFY(!page.error().message.contains(u"sk-leaked"_s));
        QVERIFY(!parseModelListPage(QByteArray(), ChannelType::OpenAI).ok());
    }

    void anthropicPagination()
    {
        Result<ModelListPage> page = parseModelListPage(
            R"({"data":[{"id":"claude-sonnet-4","type":"model"},{"id":"claude-opus-4"}],"has_more":true,)"
            R"("first_id":"claude-sonnet-4","last_id":"claude-opus-4"})",
            ChannelType::Anthropic);
        QVERIFY(page.ok());
        QCOMPARE(page->nextCursor, u"claude-opus-4"_s);
        QVERIFY(page->hasMore());

        page = parseModelListPage(R"({"data":[{"id":"a"},{"id":"b"}],"has_more":true})", ChannelType::Anthropic);
        QCOMPARE(page->nextCursor, u"b"_s);  // no last_id: the last item

        page = parseModelListPage(R"({"data":[{"id":"a"}],"has_more":false,"last_id":"a"})", ChannelType::Anthropic);
        QVERIFY(!page->hasMore());

        // OpenAI-format sites are not paged, whatever they say.
        page = parseModelListPage(R"({"data":[{"id":"a"}],"has_more":true,"last_id":"a"})", ChannelType::OpenAI);
        QVERIFY(!page->hasMore());
    }

    void geminiPagination()
    {
        Result<ModelListPage> page = parseModelListPage(
            R"({"models":[{"name":"models/gemini-2.5-pro"}],"nextPageToken":"Ab+c/d="})", ChannelType::Gemini);
        QVERIFY(page.ok());
        QCOMPARE(page->nextCursor, u"Ab+c/d="_s);
        page = parseModelListPage(R"({"models":[{"name":"models/gemini-2.5-pro"}],"nextPageToken":""})",
                                  ChannelType::Gemini);
        QVERIFY(!page->hasMore());
    }

    void pagesMerge()
    {
        const ModelListPage first = *parseModelListPage(
            R"({"models":[{"name":"models/b"},{"name":"models/a"}],"nextPageToken":"t1"})", ChannelType::Gemini);
        const ModelListPage last = *parseModelListPage(R"({"models":[{"name":"models/a"},{"name":"models/c"}]})",
                                                       ChannelType::Gemini);
        const ModelListPage merged = mergeModelListPages({first, last});
        QCOMPARE(merged.raw.size(), 4);
        QCOMPARE(merged.models, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(merged.shape, ModelListShape::Models);
        QVERIFY(!merged.hasMore());
        QVERIFY(mergeModelListPages({}).isEmpty());
    }

    void apiKeyText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<int>("duplicates");

        QTest::newRow("lines") << "sk-1\nsk-2" << QStringList{u"sk-1"_s, u"sk-2"_s} << 0;
        QTest::newRow("every separator") << "sk-1, sk-2;sk-3  sk-4\tsk-5\r\nsk-6"
                                         << QStringList{u"sk-1"_s, u"sk-2"_s, u"sk-3"_s, u"sk-4"_s, u"sk-5"_s, u"sk-6"_s}
                                         << 0;
        QTest::newRow("duplicates") << "a a b\na" << QStringList{u"a"_s, u"b"_s} << 2;
        QTest::newRow("order kept") << "c b a" << QStringList{u"c"_s, u"b"_s, u"a"_s} << 0;
        QTest::newRow("empty") << "" << QStringList{} << 0;
        QTest::newRow("only separators") << "  ,;\n ;; " << QStringList{} << 0;
        QTest::newRow("case matters") << "Key KEY key" << QStringList{u"Key"_s, u"KEY"_s, u"key"_s} << 0;
    }
    void apiKeyText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, keys);
        QFETCH(int, duplicates);
        const ParsedApiKeys parsed = parseApiKeysText(text);
        QCOMPARE(parsed.keys, keys);
        QCOMPARE(parsed.count(), int(keys.size()));
        QCOMPARE(parsed.duplicates, duplicates);
    }

    void apiKeyEntries()
    {
        const ParsedApiKeys parsed = parseApiKeyEntries({u"k1,k2"_s, u" k3 "_s, u"k1"_s});
        QCOMPARE(parsed.keys, (QStringList{u"k1"_s, u"k2"_s, u"k3"_s}));
        QCOMPARE(parsed.duplicates, 1);
    }

    void apiKeyValidation()
    {
        QCOMPARE(validateApiKeys({}, ApiKeyRequirement::Required).error().code, u"API_KEYS_REQUIRED"_s);
        QCOMPARE(validateApiKeys({}, ApiKeyRequirement::Required).error().field, u"apiKeys"_s);
        QVERIFY(validateApiKeys({}, ApiKeyRequirement::Optional).ok());
        QVERIFY(validateApiKeys({u"sk-abc"_s, u"AIzaSy-xyz_123"_s}, ApiKeyRequirement::Required).ok());

        QStringList many;
        many.reserve(kMaxApiKeys + 1);
        for (int i = 0; i < kMaxApiKeys; ++i)
            many.append(QStringLiteral("k%1").arg(i));
        QVERIFY(validateApiKeys(many, ApiKeyRequirement::Required).ok());
        many.append(u"one-more"_s);
        QCOMPARE(validateApiKeys(many, ApiKeyRequirement::Required).error().code, u"API_KEYS_TOO_MANY"_s);

        const QString longKey = u"sk-SECRET"_s + QString(kMaxApiKeyLength, QLatin1Char('x'));
        const Status tooLong = validateApiKeys({u"sk-fine"_s, longKey}, ApiKeyRequirement::Required);
        QCOMPARE(tooLong.error().code, u"API_KEY_TOO_LONG"_s);
        QVERIFY(tooLong.error().message.contains(u"#2"_s));
        QVERIFY(!tooLong.error().message.contains(u"SECRET"_s));
        QVERIFY(validateApiKeys({QString(kMaxApiKeyLength, QLatin1Char('x'))}, ApiKeyRequirement::Required).ok());

        // A zero-width space pasted from a web page is not whitespace: the key is rejected.
        const ParsedApiKeys pasted = parseApiKeysText(u"sk-SECRET\u200b123"_s);
        QCOMPARE(pasted.count(), 1);
        const Status invisible = validateApiKeys(pasted.keys, ApiKeyRequirement::Required);
        QCOMPARE(invisible.error().code, u"API_KEY_INVALID"_s);
        QVERIFY(!invisible.error().message.contains(u"SECRET"_s));
    }
};

QTEST_GUILESS_MAIN(TestSitesParsing)
#include "tst_sites_parsing.moc"
