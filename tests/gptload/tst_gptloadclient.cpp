// GptLoadClient behaviour on a fake network: capability detection and its cache, partial
// updates, the never-blind POST /api/groups, key chunks, proxy auth styles and cache lag, task
// polling, per-instance concurrency, cancellation, and secrets kept out of every log line.

#include "core/common/redactor.h"
#include "core/gptload/gptloadclient.h"
#include "tests/gptload/clienttestdata.h"
#include "tests/support/awaitresult.h"
#include "tests/support/fakenetworkaccessmanager.h"
#include "tests/support/logcapture.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ul;
using ul::test::awaitError;
using ul::test::awaitValue;
using ul::test::FakeNetworkAccessManager;
using ul::test::FakeRequest;
using ul::test::FakeResponse;

namespace {

const QString kAdminToken = QStringLiteral("admin-Tq93LmZx0PwQ7rB2");
const QString kHopKey = QStringLiteral("hop-Vb61NcXe4RtY8uI0");

InstanceConfig testInstance()
{
    return ul::test::fakeInstance(kAdminToken);
}

GptLoadClientOptions fastOptions()
{
    GptLoadClientOptions options;
    options.timeoutMs = 2000;
    options.retryAttempts = 2;
    options.retryBaseDelayMs = 2;  // cache-lag waits become 0.5, 1, 2, 4 ms
    options.taskPollIntervalMs = 2;
    return options;
}

FakeResponse data(const QJsonValue &payload)
{
    return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("code"), 0},
                                                             {QStringLiteral("message"), QStringLiteral("Success")},
                                                             {QStringLiteral("data"), payload}})
                                       .toJson(QJsonDocument::Compact));
}

QJsonObject bodyOf(const FakeRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

GroupCreate siteGroup()
{
    GroupCreate g;
    g.name = QStringLiteral("api-x-com-openai");
    g.displayName = QStringLiteral("api-x-com-openai");
    g.channelType = ChannelType::OpenAI;
    g.upstreams = {Upstream{QStringLiteral("https://api.x.com"), 1}};
    g.testModel = QStringLiteral("gpt-4o-mini");
    g.sort = 20;
    g.config = QJsonObject{{QStringLiteral("blacklist_threshold"), 99}, {QStringLiteral("key_validation_interval_minutes"), 60}};
    g.proxyKeys = SecretText(kHopKey);
    return g;
}

} // namespace

class TestGptLoadClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void capabilitiesFromGroupType();
    void capabilitiesWithoutGroupTypeAreV12();
    void capabilitiesOfAnEmptyInstance_data();
    void capabilitiesOfAnEmptyInstance();
    void v2IsDetectedAndRefused();
    void capabilitiesAreCachedUntilRestart();
    void createSendsOnlyMeaningfulFields();
    void invalidCreateNeverReachesTheServer();
    void oldGptLoadRefusingLongNamesIsNamed_data();
    void oldGptLoadRefusingLongNamesIsNamed();
    void updateSendsOnlySetFields();
    void createTimeoutIsNeverRetried();
    void busyServerMakesEvenPostsRetry();
    void addKeysInSequentialChunks();
    void failedChunkReportsProgress();
    void proxyAuthStyles_data();
    void proxyAuthStyles();
    void proxyCacheLagIsRetried();
    void proxyErrorsAreDecoded();
    void proxyVerdictsAreNotRetried();
    void validateGroupRetriesLagAndPolls();
    void waitForTaskNoticesAnotherTask();
    void waitForTaskTimesOut();
    void concurrencyIsBoundedPerInstance();
    void cancelAllEndsPendingCalls();
    void cancelAllStopsWaitingSteps();
    void destroyingTheClientFinishesFutures();
    void secretsNeverReachTheLog();
    void answerLimitFollowsTheKindOfCall();

private:
    std::optional<ul::test::LogCapture> m_log;  // everything the process logs while a test runs
};

void TestGptLoadClient::init()
{
    m_log.emplace();
}

void TestGptLoadClient::cleanup()
{
    m_log.reset();
    Redactor::forgetAllSecrets();
}

void TestGptLoadClient::capabilitiesFromGroupType()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/groups"), FakeResponse::file(200, QStringLiteral("gptload/groups_v14.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const Capabilities caps = awaitValue(client.capabilities());
    QCOMPARE(caps.profile, ApiProfile::V1_4);
    QVERIFY(caps.nativeAggregates);
    QCOMPARE(caps.statsLayout, StatsLayout::Current);
    QVERIFY(caps.isManageable());
    QCOMPARE(network.requests("GET", QStringLiteral("/api/health")).size(), 1);
    QVERIFY(network.requests("GET", QStringLiteral("/api/groups/0/sub-groups")).isEmpty());
}

void TestGptLoadClient::capabilitiesWithoutGroupTypeAreV12()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/groups"), FakeResponse::file(200, QStringLiteral("gptload/groups_v12.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const Capabilities caps = awaitValue(client.capabilities());
    QCOMPARE(caps.profile, ApiProfile::V1_2);
    QVERIFY(!caps.nativeAggregates);
    QCOMPARE(caps.statsLayout, StatsLayout::Legacy);
}

void TestGptLoadClient::capabilitiesOfAnEmptyInstance_data()
{
    QTest::addColumn<int>("subGroupStatus");
    QTest::addColumn<QByteArray>("subGroupBody");
    QTest::addColumn<int>("profile");
    QTest::newRow("envelope → v1.4") << 404 << QByteArray(R"({"code":"NOT_FOUND","message":"Group not found"})") << int(ApiProfile::V1_4);
    QTest::newRow("bad request → v1.4") << 400 << QByteArray(R"({"code":"BAD_REQUEST","message":"Invalid group ID format"})") << int(ApiProfile::V1_4);
    QTest::newRow("route missing → v1.2") << 404 << QByteArray(R"({"error":"Not Found"})") << int(ApiProfile::V1_2);
}

void TestGptLoadClient::capabilitiesOfAnEmptyInstance()
{
    QFETCH(int, subGroupStatus);
    QFETCH(QByteArray, subGroupBody);
    QFETCH(int, profile);
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/groups"), FakeResponse::file(200, QStringLiteral("gptload/groups_empty.json")));
    network.addResponse("GET", QStringLiteral("/api/groups/0/sub-groups"), FakeResponse::json(subGroupStatus, subGroupBody));
    GptLoadClient client(testInstance(), &network, fastOptions());

    QCOMPARE(int(awaitValue(client.capabilities()).profile), profile);
    QCOMPARE(network.requests("GET", QStringLiteral("/api/groups/0/sub-groups")).size(), 1);
}

void TestGptLoadClient::v2IsDetectedAndRefused()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/health"), FakeResponse::json(200, R"({"status":"ok","version":"2.0.0-rc.2"})"));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const Capabilities caps = awaitValue(client.capabilities());
    QCOMPARE(caps.profile, ApiProfile::V2Unsupported);
    QVERIFY(!caps.isManageable());
    QVERIFY(m_log->text().contains(QLatin1String("v2")));

    const int before = int(network.requests().size());
    const Error refused = awaitError(client.listGroups());
    QCOMPARE(refused.kind, ErrorKind::Unavailable);
    QCOMPARE(refused.code, QString::fromLatin1(kUnsupportedVersionCode));
    QCOMPARE(network.requests().size(), before);  // nothing sent
}

void TestGptLoadClient::capabilitiesAreCachedUntilRestart()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/groups"), FakeResponse::file(200, QStringLiteral("gptload/groups_v14.json")));
    network.addResponse("GET", QStringLiteral("/health"), FakeResponse::file(200, QStringLiteral("gptload/health.json")));
    network.addResponse("GET", QStringLiteral("/health"), FakeResponse::file(200, QStringLiteral("gptload/health_restarted.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    // Concurrent callers share one detection.
    auto first = client.capabilities();
    auto second = client.capabilities();
    QCOMPARE(awaitValue(first).profile, ApiProfile::V1_4);
    QCOMPARE(awaitValue(second).profile, ApiProfile::V1_4);
    QCOMPARE(awaitValue(client.capabilities()).profile, ApiProfile::V1_4);
    QCOMPARE(network.requests("GET", QStringLiteral("/api/health")).size(), 1);
    QVERIFY(client.cachedCapabilities());

    QVERIFY(awaitValue(client.health()).isHealthy());  // uptime 1h2m3.5s
    QVERIFY(client.cachedCapabilities());
    QCOMPARE(awaitValue(client.health()).uptimeMs, std::optional<qint64>(12250));  // went backwards: restarted
    QVERIFY(!client.cachedCapabilities());
    QCOMPARE(awaitValue(client.capabilities()).profile, ApiProfile::V1_4);
    QCOMPARE(network.requests("GET", QStringLiteral("/api/health")).size(), 2);
}

void TestGptLoadClient::createSendsOnlyMeaningfulFields()
{
    FakeNetworkAccessManager network;
    network.addResponse("POST", QStringLiteral("/api/groups"), FakeResponse::file(200, QStringLiteral("gptload/group_created.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const GroupInfo created = awaitValue(client.createGroup(siteGroup()));
    QCOMPARE(created.id, quint64(21));
    const QJsonObject body = bodyOf(network.requests().first());
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({QStringLiteral("channel_type"), QStringLiteral("config"), QStringLiteral("display_name"),
                                QStringLiteral("name"), QStringLiteral("proxy_keys"), QStringLiteral("sort"),
                                QStringLiteral("test_model"), QStringLiteral("upstreams"), QStringLiteral("validation_endpoint")}));
    QCOMPARE(body.value(QLatin1String("upstreams")).toArray().first().toObject().value(QLatin1String("weight")).toInt(), 1);
    QCOMPARE(body.value(QLatin1String("proxy_keys")).toString(), kHopKey);
    QCOMPARE(network.requests().first().header("Content-Type"), QByteArray("application/json"));

    GroupCreate aggregate;
    aggregate.name = QStringLiteral("models-agg");
    aggregate.groupType = GroupType::Aggregate;
    aggregate.channelType = ChannelType::Anthropic;
    QVERIFY(aggregate.validate().ok());
    const QJsonObject aggregateBody = aggregate.toJson();
    QCOMPARE(aggregateBody.value(QLatin1String("group_type")).toString(), QStringLiteral("aggregate"));
    QVERIFY(!aggregateBody.contains(QLatin1String("upstreams")));
    QVERIFY(!aggregateBody.contains(QLatin1String("test_model")));
}

void TestGptLoadClient::invalidCreateNeverReachesTheServer()
{
    FakeNetworkAccessManager network;
    GptLoadClient client(testInstance(), &network, fastOptions());

    GroupCreate badName = siteGroup();
    badName.name = QStringLiteral("API.X.com");
    QCOMPARE(awaitError(client.createGroup(badName)).field, QStringLiteral("name"));
    GroupCreate noWeight = siteGroup();
    noWeight.upstreams = {Upstream{QStringLiteral("https://a.test"), 0}};
    QCOMPARE(awaitError(client.createGroup(noWeight)).field, QStringLiteral("upstreams"));
    GroupCreate badConfig = siteGroup();
    badConfig.config.insert(QStringLiteral("tags"), 1);
    QCOMPARE(awaitError(client.createGroup(badConfig)).field, QStringLiteral("config"));
    GroupCreate negative = siteGroup();
    negative.config.insert(QStringLiteral("max_retries"), -1);
    QCOMPARE(awaitError(client.createGroup(negative)).kind, ErrorKind::Validation);
    GroupCreate noModel = siteGroup();
    noModel.testModel = QStringLiteral("  ");
    QCOMPARE(awaitError(client.createGroup(noModel)).field, QStringLiteral("test_model"));
    QVERIFY(network.requests().isEmpty());
}

void TestGptLoadClient::oldGptLoadRefusingLongNamesIsNamed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("tooOld");
    // The answers of gpt-load v1.0.22 in both of its languages, and of any version to a name of
    // 30 characters or fewer (refused for another reason, not for its length).
    const QString longName = QStringLiteral("gpt-4o-mini-via-api-deepseek-com-openai");
    QTest::newRow("zh") << longName
                        << QByteArray(R"({"code":"VALIDATION_FAILED","message":"无效的分组名称。只能包含小写字母、数字、中划线或下划线，长度3-30位"})")
                        << true;
    QTest::newRow("en") << longName
                        << QByteArray(R"({"code":"VALIDATION_FAILED","message":"Invalid group name. Can only contain lowercase letters, numbers, hyphens or underscores, 3-30 characters"})")
                        << true;
    QTest::newRow("other field") << longName
                                 << QByteArray(R"({"code":"VALIDATION_FAILED","message":"Invalid test model"})") << false;
    QTest::newRow("short name") << QStringLiteral("api-x-com-openai")
                                << QByteArray(R"({"code":"VALIDATION_FAILED","message":"Invalid group name"})") << false;
}

void TestGptLoadClient::oldGptLoadRefusingLongNamesIsNamed()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, answer);
    QFETCH(bool, tooOld);
    FakeNetworkAccessManager network;
    network.addResponse("POST", QStringLiteral("/api/groups"), FakeResponse::json(400, answer));
    GptLoadClient client(testInstance(), &network, fastOptions());

    GroupCreate group = siteGroup();
    group.name = name;
    const Error error = awaitError(client.createGroup(group));
    QCOMPARE(error.kind, ErrorKind::Validation);
    if (tooOld) {
        QCOMPARE(error.code, QString::fromLatin1(kUnsupportedVersionCode));
        QVERIFY2(error.message.contains(QStringLiteral("%1-character group name %2").arg(name.size()).arg(name)), qPrintable(error.message));
        QVERIFY(error.message.contains(QLatin1String("upgrade it to v1.1 or newer")));
    } else {
        QCOMPARE(error.code, QStringLiteral("VALIDATION_FAILED"));
    }
}

void TestGptLoadClient::updateSendsOnlySetFields()
{
    FakeNetworkAccessManager network;
    network.addResponse("PUT", QStringLiteral("/api/groups/21"), FakeResponse::file(200, QStringLiteral("gptload/group_created.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const QList<Upstream> current = {Upstream{QStringLiteral("http://a.test/proxy/l2-a"), 3}};
    GroupUpdate update;
    update.setUpstreams(upstreamsWith(current, QStringLiteral("http://b.test/proxy/l2-b"), 1))
        .setConfig(QJsonObject{{QStringLiteral("blacklist_threshold"), 50}, {QStringLiteral("max_retries"), 9}});
    QCOMPARE(awaitValue(client.updateGroup(21, update)).id, quint64(21));

    const FakeRequest &request = network.requests().first();
    QCOMPARE(request.method, QByteArray("PUT"));
    const QJsonObject body = bodyOf(request);
    QCOMPARE(body.keys(), QStringList({QStringLiteral("config"), QStringLiteral("upstreams")}));
    const QJsonArray upstreams = body.value(QLatin1String("upstreams")).toArray();
    QCOMPARE(upstreams.size(), 2);  // the complete list, existing weight kept
    QCOMPARE(upstreams.at(0).toObject().value(QLatin1String("weight")).toInt(), 3);

    QCOMPARE(awaitError(client.updateGroup(21, GroupUpdate())).kind, ErrorKind::Validation);
    QCOMPARE(awaitError(client.updateGroup(21, GroupUpdate().setUpstreams({}))).field, QStringLiteral("upstreams"));
    QCOMPARE(awaitError(client.updateGroup(21, GroupUpdate().setTestModel(QString()))).field, QStringLiteral("test_model"));
    QCOMPARE(network.requests().size(), 1);
}

void TestGptLoadClient::createTimeoutIsNeverRetried()
{
    FakeNetworkAccessManager network;
    network.addResponse("POST", QStringLiteral("/api/groups"), FakeResponse::hanging());
    network.addResponse("GET", QStringLiteral("/api/groups"),
                        data(QJsonArray{QJsonObject{{QStringLiteral("id"), 21}, {QStringLiteral("name"), QStringLiteral("api-x-com-openai")}}}));
    GptLoadClientOptions options = fastOptions();
    options.timeoutMs = 40;
    GptLoadClient client(testInstance(), &network, options);

    const Error timeout = awaitError(client.createGroup(siteGroup()));
    QCOMPARE(timeout.kind, ErrorKind::Timeout);
    QCOMPARE(timeout.code, QString::fromLatin1(kOutcomeUnknownCode));
    QVERIFY(timeout.details.contains(QLatin1String("findGroupByName")));
    QCOMPARE(network.requests("POST", QStringLiteral("/api/groups")).size(), 1);

    const std::optional<GroupInfo> landed = awaitValue(client.findGroupByName(QStringLiteral("api-x-com-openai")));
    QVERIFY(landed);
    QCOMPARE(landed->id, quint64(21));
    QVERIFY(!awaitValue(client.findGroupByName(QStringLiteral("api-x-com"))));  // exact names only
}

void TestGptLoadClient::busyServerMakesEvenPostsRetry()
{
    FakeNetworkAccessManager network;
    network.addResponse("POST", QStringLiteral("/api/groups"), FakeResponse::file(500, QStringLiteral("gptload/error_busy.json")));
    network.addResponse("POST", QStringLiteral("/api/groups"), FakeResponse::file(200, QStringLiteral("gptload/group_created.json")));
    network.addResponse("POST", QStringLiteral("/api/groups/21/copy"), FakeResponse::json(500, R"({"code":"DATABASE_ERROR","message":"x"})"));
    GptLoadClient client(testInstance(), &network, fastOptions());

    QCOMPARE(awaitValue(client.createGroup(siteGroup())).id, quint64(21));
    QCOMPARE(network.requests("POST", QStringLiteral("/api/groups")).size(), 2);
    // Any other 500 on a POST is final.
    QCOMPARE(awaitError(client.copyGroup(21, CopyKeysMode::None)).kind, ErrorKind::Server);
    QCOMPARE(network.requests("POST", QStringLiteral("/api/groups/21/copy")).size(), 1);
    QCOMPARE(bodyOf(network.requests().last()).value(QLatin1String("copy_keys")).toString(), QStringLiteral("none"));
}

void TestGptLoadClient::addKeysInSequentialChunks()
{
    FakeNetworkAccessManager network;
    network.addResponse("POST", QStringLiteral("/api/keys/add-multiple"), FakeResponse::file(200, QStringLiteral("gptload/keys_added.json")).withDelay(2));
    network.addResponse("POST", QStringLiteral("/api/keys/add-multiple"), FakeResponse::file(200, QStringLiteral("gptload/keys_added_last.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    QStringList keys;
    for (int i = 0; i < 5001; ++i)
        keys.append(QStringLiteral("sk-site-%1").arg(i, 6, 10, QLatin1Char('0')));
    keys << QStringLiteral("sk-site-000001") << QStringLiteral("  sk-site-000002 ") << QString() << QStringLiteral("sk-site-000003");

    const AddKeysResult result = awaitValue(client.addKeys(12, keys));
    QCOMPARE(result.chunks, 2);
    QCOMPARE(result.added, 5001);
    QCOMPARE(result.ignored, 1);
    QCOMPARE(result.totalInGroup, 5001);
    QCOMPARE(result.duplicatesInInput, 3);
    QCOMPARE(network.maxInFlight(), 1);  // sequential
    const QList<FakeRequest> sent = network.requests("POST", QStringLiteral("/api/keys/add-multiple"));
    QCOMPARE(sent.size(), 2);
    QCOMPARE(bodyOf(sent.at(0)).value(QLatin1String("keys_text")).toString().split(QLatin1Char('\n')).size(), 5000);
    QCOMPARE(bodyOf(sent.at(1)).value(QLatin1String("keys_text")).toString(), QStringLiteral("sk-site-005000"));
    QCOMPARE(bodyOf(sent.at(0)).value(QLatin1String("group_id")).toInt(), 12);

    const AddKeysResult nothing = awaitValue(client.addKeys(12, {QStringLiteral(" "), QString()}));
    QCOMPARE(nothing.chunks, 0);
    QCOMPARE(network.requests().size(), 2);
}

void TestGptLoadClient::failedChunkReportsProgress()
{
    FakeNetworkAccessManager network;
    network.addResponse("POST", QStringLiteral("/api/keys/delete-multiple"), data(QJsonObject{{QStringLiteral("deleted_count"), 5000}}));
    network.addResponse("POST", QStringLiteral("/api/keys/delete-multiple"), FakeResponse::file(404, QStringLiteral("gptload/error_not_found.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    QStringList keys;
    for (int i = 0; i < 10001; ++i)
        keys.append(QStringLiteral("k-%1").arg(i));
    const Error error = awaitError(client.deleteKeys(12, keys));
    QCOMPARE(error.kind, ErrorKind::NotFound);
    QVERIFY2(error.details.contains(QLatin1String("chunk 2 of 3")), qPrintable(error.details));
    QCOMPARE(network.requests().size(), 2);  // stopped at the failing chunk
}

void TestGptLoadClient::proxyAuthStyles_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("extraHeader");
    QTest::newRow("openai") << int(ChannelType::OpenAI) << QByteArray("Authorization") << QByteArray("Bearer ") + kHopKey.toUtf8() << QByteArray();
    QTest::newRow("openai-response") << int(ChannelType::OpenAIResponse) << QByteArray("Authorization") << QByteArray("Bearer ") + kHopKey.toUtf8() << QByteArray();
    QTest::newRow("anthropic") << int(ChannelType::Anthropic) << QByteArray("x-api-key") << kHopKey.toUtf8() << QByteArray("anthropic-version");
    QTest::newRow("gemini") << int(ChannelType::Gemini) << QByteArray("x-goog-api-key") << kHopKey.toUtf8() << QByteArray();
}

void TestGptLoadClient::proxyAuthStyles()
{
    QFETCH(int, type);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, extraHeader);
    FakeNetworkAccessManager network;
    network.setHandler([](const FakeRequest &) { return FakeResponse::json(200, R"({"data":[{"id":"gpt-4o"}]})"); });
    GptLoadClient client(testInstance(), &network, fastOptions());

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1000"));
    const HttpResponse response = awaitValue(
        client.proxyGet(QStringLiteral("temp-test-1"), QStringLiteral("/v1beta/models"), SecretText(kHopKey), ChannelType(type), query));
    QCOMPARE(response.status, 200);
    const FakeRequest &request = network.requests().first();
    QCOMPARE(request.url.path(), QStringLiteral("/proxy/temp-test-1/v1beta/models"));
    QCOMPARE(QUrlQuery(request.url).queryItemValue(QStringLiteral("pageSize")), QStringLiteral("1000"));
    QCOMPARE(request.header(header), value);
    if (!extraHeader.isEmpty())
        QCOMPARE(request.header(extraHeader), QByteArray("2023-06-01"));
    QVERIFY(!request.url.toString().contains(kHopKey));
    QVERIFY(!request.url.toString().contains(kAdminToken));
    if (header != "Authorization")
        QVERIFY(request.header("Authorization").isEmpty());  // never the admin key on the data plane
}

void TestGptLoadClient::proxyCacheLagIsRetried()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/proxy/fresh/v1/models"), FakeResponse::file(500, QStringLiteral("gptload/error_proxy_group.json")));
    network.addResponse("GET", QStringLiteral("/proxy/fresh/v1/models"), FakeResponse::file(500, QStringLiteral("gptload/error_proxy_group.json")));
    network.addResponse("GET", QStringLiteral("/proxy/fresh/v1/models"), FakeResponse::json(200, R"({"data":[]})"));
    network.addResponse("GET", QStringLiteral("/proxy/missing/v1/models"), FakeResponse::file(500, QStringLiteral("gptload/error_proxy_group.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const HttpResponse response = awaitValue(client.proxyGet(QStringLiteral("fresh"), QStringLiteral("v1/models"), SecretText(kHopKey), ChannelType::OpenAI));
    QCOMPARE(response.status, 200);
    QCOMPARE(network.requests("GET", QStringLiteral("/proxy/fresh/v1/models")).size(), 3);

    const Error unknown = awaitError(client.proxyGet(QStringLiteral("missing"), QStringLiteral("/v1/models"), SecretText(kHopKey), ChannelType::OpenAI));
    QCOMPARE(unknown.kind, ErrorKind::NotFound);
    QCOMPARE(unknown.httpStatus, 500);
    // First attempt plus the four lag retries; the generic 5xx retry stays out of it.
    QCOMPARE(network.requests("GET", QStringLiteral("/proxy/missing/v1/models")).size(), 5);
    QCOMPARE(client.counters().count(QStringLiteral("GET"), QStringLiteral("/proxy/:group/v1/models")), 8);
}

void TestGptLoadClient::proxyErrorsAreDecoded()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/proxy/a/v1/models"), FakeResponse::file(401, QStringLiteral("gptload/error_unauthorized.json")));
    network.addResponse("GET", QStringLiteral("/proxy/b/v1/models"), FakeResponse::json(401, R"({"error":{"message":"Incorrect API key provided"}})"));
    network.addResponse("GET", QStringLiteral("/proxy/c/v1/models"), FakeResponse::json(503, R"({"code":"NO_KEYS_AVAILABLE","message":"No active API keys available for this group"})"));
    GptLoadClientOptions options = fastOptions();
    options.retryAttempts = 0;
    GptLoadClient client(testInstance(), &network, options);

    const Error gptLoadAuth = awaitError(client.proxyGet(QStringLiteral("a"), QStringLiteral("/v1/models"), SecretText(kHopKey), ChannelType::OpenAI));
    QCOMPARE(gptLoadAuth.kind, ErrorKind::Auth);
    const Error upstream = awaitError(client.proxyGet(QStringLiteral("b"), QStringLiteral("/v1/models"), SecretText(kHopKey), ChannelType::OpenAI));
    QCOMPARE(upstream.kind, ErrorKind::Upstream);
    QCOMPARE(upstream.httpStatus, 401);
    QVERIFY(upstream.details.contains(QLatin1String("Incorrect API key")));
    const Error noKeys = awaitError(client.proxyGet(QStringLiteral("c"), QStringLiteral("/v1/models"), SecretText(kHopKey), ChannelType::OpenAI));
    QCOMPARE(noKeys.kind, ErrorKind::Unavailable);
}

void TestGptLoadClient::proxyVerdictsAreNotRetried()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/proxy/keys/v1/models"), FakeResponse::json(503, R"({"code":"NO_KEYS_AVAILABLE","message":"No active API keys available for this group"})"));
    network.addResponse("GET", QStringLiteral("/proxy/site/v1/models"), FakeResponse::json(502, R"({"code":"UPSTREAM_ERROR","message":"connection refused"})"));
    // The same status from something in front of gpt-load (no gpt-load code) stays retryable.
    network.addResponse("GET", QStringLiteral("/proxy/front/v1/models"), FakeResponse::text(503, "<html>503 Service Unavailable</html>"));
    GptLoadClientOptions options = fastOptions();
    options.retryAttempts = 2;
    GptLoadClient client(testInstance(), &network, options);

    QCOMPARE(awaitError(client.proxyGet(QStringLiteral("keys"), QStringLiteral("/v1/models"), SecretText(kHopKey), ChannelType::OpenAI)).kind,
             ErrorKind::Unavailable);
    QCOMPARE(network.requests("GET", QStringLiteral("/proxy/keys/v1/models")).size(), 1);
    QCOMPARE(awaitError(client.proxyGet(QStringLiteral("site"), QStringLiteral("/v1/models"), SecretText(kHopKey), ChannelType::OpenAI)).kind,
             ErrorKind::Upstream);
    QCOMPARE(network.requests("GET", QStringLiteral("/proxy/site/v1/models")).size(), 1);
    (void)awaitError(client.proxyGet(QStringLiteral("front"), QStringLiteral("/v1/models"), SecretText(kHopKey), ChannelType::OpenAI));
    QCOMPARE(network.requests("GET", QStringLiteral("/proxy/front/v1/models")).size(), 3);
}

void TestGptLoadClient::validateGroupRetriesLagAndPolls()
{
    FakeNetworkAccessManager network;
    network.addResponse("POST", QStringLiteral("/api/keys/validate-group"), FakeResponse::json(404, R"({"code":"NOT_FOUND","message":"Group not found"})"));
    network.addResponse("POST", QStringLiteral("/api/keys/validate-group"), FakeResponse::file(200, QStringLiteral("gptload/task_validation_started.json")));
    network.addResponse("GET", QStringLiteral("/api/tasks/status"), FakeResponse::file(200, QStringLiteral("gptload/task_validation_started.json")));
    network.addResponse("GET", QStringLiteral("/api/tasks/status"), FakeResponse::file(200, QStringLiteral("gptload/task_validation_started.json")));
    network.addResponse("GET", QStringLiteral("/api/tasks/status"), FakeResponse::file(200, QStringLiteral("gptload/task_validation_done.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const TaskStatus started = awaitValue(client.validateGroup(12, KeyStatusFilter::Invalid));
    QVERIFY(started.isRunning);
    QCOMPARE(network.requests("POST", QStringLiteral("/api/keys/validate-group")).size(), 2);
    QCOMPARE(bodyOf(network.requests().first()).value(QLatin1String("status")).toString(), QStringLiteral("invalid"));

    const TaskStatus done = awaitValue(client.waitForTask(started, 5000));
    QVERIFY(!done.isRunning);
    QCOMPARE(done.validationSummary()->invalidKeys, 1);
    QCOMPARE(network.requests("GET", QStringLiteral("/api/tasks/status")).size(), 3);
}

void TestGptLoadClient::waitForTaskNoticesAnotherTask()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/tasks/status"), FakeResponse::file(200, QStringLiteral("gptload/task_other.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const QJsonObject startedBody = QJsonDocument::fromJson(ul::test::readTestData(QStringLiteral("gptload/task_validation_started.json"))).object();
    const TaskStatus started = TaskStatus::fromJson(startedBody.value(QLatin1String("data")));
    const Error error = awaitError(client.waitForTask(started, 5000));
    QCOMPARE(error.kind, ErrorKind::Conflict);
    QCOMPARE(error.code, QStringLiteral("TASK_SLOT_OVERWRITTEN"));
}

void TestGptLoadClient::waitForTaskTimesOut()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/tasks/status"), FakeResponse::file(200, QStringLiteral("gptload/task_other.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    // Polled every 2 ms until the deadline: long enough that even a slow first answer (a
    // sanitizer build on a busy machine took over 30 ms) leaves time for a second poll.
    const Error error = awaitError(client.waitForIdleTaskSlot(500));
    QCOMPARE(error.kind, ErrorKind::Timeout);
    QVERIFY(network.requests().size() >= 2);
}

void TestGptLoadClient::concurrencyIsBoundedPerInstance()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/groups"), FakeResponse::file(200, QStringLiteral("gptload/groups_v14.json")).withDelay(3));
    network.addResponse("GET", QStringLiteral("/api/groups/12/stats"), FakeResponse::file(200, QStringLiteral("gptload/stats_v14.json")).withDelay(3));
    GptLoadClientOptions options = fastOptions();
    options.maxConcurrent = 3;
    GptLoadClient client(testInstance(), &network, options);

    QList<QFuture<Result<QList<GroupInfo>>>> lists;
    QList<QFuture<Result<GroupStats>>> stats;
    for (int i = 0; i < 10; ++i) {
        lists.append(client.listGroups());
        stats.append(client.groupStats(12));
    }
    QCOMPARE(network.inFlight(), 3);
    QCOMPARE(client.scheduler()->queued(QStringLiteral("local")), 17);
    for (auto &f : lists)
        QCOMPARE(awaitValue(f).size(), 2);
    for (auto &f : stats)
        QCOMPARE(awaitValue(f).recent.total, 120);
    QCOMPARE(network.maxInFlight(), 3);
    const RequestCounters counters = client.counters();
    QCOMPARE(counters.management(), 20);
    QCOMPARE(counters.mutating(), 0);
    QCOMPARE(counters.count(QStringLiteral("GET"), QStringLiteral("/api/groups/:id/stats"), QStringLiteral("2xx")), 10);
}

void TestGptLoadClient::cancelAllEndsPendingCalls()
{
    FakeNetworkAccessManager network;
    network.setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
    GptLoadClientOptions options = fastOptions();
    options.maxConcurrent = 1;
    GptLoadClient client(testInstance(), &network, options);

    auto onWire = client.listGroups();
    auto queued = client.listAllKeys(12);
    client.cancelAll();
    QCOMPARE(awaitError(onWire).kind, ErrorKind::Cancelled);
    QCOMPARE(awaitError(queued).kind, ErrorKind::Cancelled);
    QCOMPARE(network.requests().size(), 1);
}

void TestGptLoadClient::cancelAllStopsWaitingSteps()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/proxy/fresh/v1/models"), FakeResponse::file(500, QStringLiteral("gptload/error_proxy_group.json")));
    GptLoadClientOptions options = fastOptions();
    options.retryBaseDelayMs = 20000;  // the first cache-lag wait would be 5 s
    GptLoadClient client(testInstance(), &network, options);

    auto proxied = client.proxyGet(QStringLiteral("fresh"), QStringLiteral("/v1/models"), SecretText(kHopKey), ChannelType::OpenAI);
    QTRY_COMPARE_WITH_TIMEOUT(network.requests().size(), 1, 2000);
    QTest::qWait(10);  // the answer arrives, the lag wait starts
    client.cancelAll();
    const auto result = ul::test::await(proxied, 1000);
    QVERIFY(result);
    QCOMPARE(result->error().kind, ErrorKind::Cancelled);
    QCOMPARE(network.requests().size(), 1);
}

void TestGptLoadClient::destroyingTheClientFinishesFutures()
{
    FakeNetworkAccessManager network;
    network.setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
    auto *client = new GptLoadClient(testInstance(), &network, fastOptions());
    auto groups = client->listGroups();
    auto keys = client->listAllKeys(12);
    auto caps = client->capabilities();
    auto proxied = client->proxyGet(QStringLiteral("g"), QStringLiteral("/v1/models"), SecretText(kHopKey), ChannelType::OpenAI);
    delete client;
    for (const auto &finished : {groups.isFinished(), keys.isFinished(), caps.isFinished(), proxied.isFinished()})
        QVERIFY(finished);
    const auto result = ul::test::await(groups, 100);
    QVERIFY(!result || result->error().kind == ErrorKind::Cancelled);
    QCOMPARE(awaitError(caps).kind, ErrorKind::Cancelled);
}

void TestGptLoadClient::secretsNeverReachTheLog()
{
    const QStringList siteKeys = {QStringLiteral("plainkey-alpha-000111222333"), QStringLiteral("plainkey-bravo-444555666777"),
                                  QStringLiteral("opaque-site-key-Yx55Tq")};
    FakeNetworkAccessManager network;
    network.setHandler([](const FakeRequest &request) -> std::optional<FakeResponse> {
        const QString path = request.path();
        if (path == QLatin1String("/api/groups") && request.method == "GET")
            return FakeResponse::file(200, QStringLiteral("gptload/groups_v14.json"));
        if (path == QLatin1String("/api/groups") && request.method == "POST")
            return FakeResponse::json(401, R"({"code":"UNAUTHORIZED","message":"Authentication failed for admin-Tq93LmZx0PwQ7rB2"})");
        if (path == QLatin1String("/api/keys/add-multiple"))
            return FakeResponse::file(200, QStringLiteral("gptload/keys_added_last.json"));
        if (path == QLatin1String("/api/keys"))
            return FakeResponse::file(200, QStringLiteral("gptload/keys_page2.json"));
        if (path == QLatin1String("/api/keys/export"))
            return FakeResponse::text(200, "plainkey-alpha-000111222333\nopaque-site-key-Yx55Tq\n");
        if (path == QLatin1String("/api/keys/test-multiple"))
            return FakeResponse::file(200, QStringLiteral("gptload/keys_tested.json"));
        if (path == QLatin1String("/api/settings"))
            return FakeResponse::file(200, QStringLiteral("gptload/settings.json"));
        if (path.startsWith(QLatin1String("/proxy/")))
            return FakeResponse::json(502, R"({"error":"upstream said: invalid key opaque-site-key-Yx55Tq"})");
        return std::nullopt;
    });
    GptLoadClientOptions options = fastOptions();
    options.wireLogging = true;
    options.retryAttempts = 1;
    GptLoadClient client(testInstance(), &network, options);

    QStringList errors;
    QVERIFY(ul::test::await(client.listGroups())->ok());
    errors << awaitError(client.createGroup(siteGroup())).toString();
    QVERIFY(ul::test::await(client.addKeys(12, siteKeys))->ok());
    KeyQuery exact;
    exact.keyValue = SecretText(siteKeys.at(2));
    QVERIFY(ul::test::await(client.listKeys(12, exact))->ok());
    QVERIFY(ul::test::await(client.exportKeys(12))->ok());
    QVERIFY(ul::test::await(client.testKeys(12, siteKeys))->ok());
    QVERIFY(ul::test::await(client.settings())->ok());
    const Error proxied = awaitError(client.proxyGet(QStringLiteral("api-x-com-openai"), QStringLiteral("/v1/models"), SecretText(kHopKey), ChannelType::OpenAI));
    errors << proxied.toString() + proxied.details;

    const QString log = m_log->text() + QLatin1Char('\n') + errors.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QLatin1String("uniload.http: GET http://gptload.test:3001/api/groups")), qPrintable(log));
    const QStringList secrets = QStringList(siteKeys)
        << kAdminToken << kHopKey << QStringLiteral("sk-hop-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH")
        << QStringLiteral("sk-global-proxy-key-1234567890abcdef") << QStringLiteral("plainkey-charlie-888999000111");
    for (const QString &secret : secrets)
        QVERIFY2(!log.contains(secret), qPrintable(secret + QStringLiteral(" leaked:\n") + log));
}

void TestGptLoadClient::answerLimitFollowsTheKindOfCall()
{
    // 20 MiB: over the limit of /health and of proxy calls, well under that of management calls.
    const QByteArray bigKey(5 * 1024 * 1024, 'k');
    const QByteArray export20MiB = bigKey + '\n' + bigKey + '\n' + bigKey + '\n' + bigKey;
    QVERIFY(export20MiB.size() > kSiteMaxResponseBytes && export20MiB.size() < kManagementMaxResponseBytes);
    FakeNetworkAccessManager network;
    network.setHandler([&export20MiB](const FakeRequest &) { return FakeResponse::text(200, export20MiB); });
    GptLoadClient client(testInstance(), &network, fastOptions());

    QCOMPARE(awaitValue(client.exportKeys(12)).size(), 4);

    const Error health = awaitError(client.health());
    QCOMPARE(health.code, QString::fromLatin1(kResponseTooLargeCode));
    QVERIFY2(health.message.endsWith(QLatin1String(": the answer from gptload.test:3001 is larger than 16 MiB")), qPrintable(health.message));
    const Error proxied = awaitError(client.proxyGet(QStringLiteral("api-x-com-openai"), QStringLiteral("/v1/models"),
                                                     SecretText(kHopKey), ChannelType::OpenAI));
    QCOMPARE(proxied.code, QString::fromLatin1(kResponseTooLargeCode));
    QCOMPARE(network.requests().size(), 3);  // none of them retried
}

QTEST_GUILESS_MAIN(TestGptLoadClient)
#include "tst_gptloadclient.moc"
