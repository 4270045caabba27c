// Decoding of gpt-load answers (canned JSON in tests/data/gptload) through a fake network:
// envelopes, error codes, every value type, both stats layouts, pagination, log filters.

#include "core/common/redactor.h"
#include "core/gptload/gptloadclient.h"
#include "tests/gptload/clienttestdata.h"
#include "tests/support/awaitresult.h"
#include "tests/support/fakenetworkaccessmanager.h"
#include "tests/support/testutil.h"

#include <QJsonDocument>
#include <QTest>

using namespace ul;
using ul::test::awaitError;
using ul::test::awaitValue;
using ul::test::FakeNetworkAccessManager;
using ul::test::FakeResponse;

namespace {

const QString kAdminToken = QStringLiteral("sk-admin-decoding-0123456789abcdef");

InstanceConfig testInstance()
{
    return ul::test::fakeInstance(kAdminToken);
}

GptLoadClientOptions fastOptions()
{
    GptLoadClientOptions options;
    options.retryAttempts = 0;  // decoding tests look at single answers
    options.retryBaseDelayMs = 1;
    options.timeoutMs = 2000;
    return options;
}

} // namespace

class TestGptLoadDecoding : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void envelopeRule_data();
    void envelopeRule();
    void garbageKeepsRedactedSnippet();
    void groupsCurrentLayout();
    void groupsLegacyLayoutDefaultsToStandard();
    void successWithoutData();
    void stringCodesMapToKinds();
    void routeMissing();
    void loginShape();
    void garbageIsProtocol();
    void statsBothLayouts();
    void statsUnknownLayout();
    void keysAcrossPages();
    void keysExportIsPlainText();
    void countOnlyInMessage();
    void keyTestResults();
    void logsExactGroupPostFilter();
    void finalOnlyCounting();
    void taskStatusShapes();
    void subGroupsAndParents();
    void settingsMaskSecrets();
    void healthAndGoDurations();
};

void TestGptLoadDecoding::cleanup()
{
    Redactor::forgetAllSecrets();
}

void TestGptLoadDecoding::envelopeRule_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");

    QTest::newRow("success with data") << 200 << QByteArray(R"({"code":0,"message":"Success","data":[1]})") << true << 0 << QString();
    QTest::newRow("success without data") << 200 << QByteArray(R"({"code":0,"message":"ok"})") << true << 0 << QString();
    QTest::newRow("duplicate") << 409 << ul::test::readTestData(QStringLiteral("gptload/error_duplicate.json")) << false
                               << int(ErrorKind::Conflict) << QStringLiteral("DUPLICATE_RESOURCE");
    QTest::newRow("task in progress") << 409 << ul::test::readTestData(QStringLiteral("gptload/error_task_in_progress.json"))
                                      << false << int(ErrorKind::Conflict) << QStringLiteral("TASK_IN_PROGRESS");
    QTest::newRow("unauthorized") << 401 << ul::test::readTestData(QStringLiteral("gptload/error_unauthorized.json")) << false
                                  << int(ErrorKind::Auth) << QStringLiteral("UNAUTHORIZED");
    QTest::newRow("not found") << 404 << ul::test::readTestData(QStringLiteral("gptload/error_not_found.json")) << false
                               << int(ErrorKind::NotFound) << QStringLiteral("NOT_FOUND");
    QTest::newRow("bad request") << 400 << ul::test::readTestData(QStringLiteral("gptload/error_bad_request.json")) << false
                                 << int(ErrorKind::Validation) << QStringLiteral("BAD_REQUEST");
    QTest::newRow("validation") << 400 << ul::test::readTestData(QStringLiteral("gptload/error_validation.json")) << false
                                << int(ErrorKind::Validation) << QStringLiteral("VALIDATION_FAILED");
    QTest::newRow("busy") << 500 << ul::test::readTestData(QStringLiteral("gptload/error_busy.json")) << false
                          << int(ErrorKind::ServerBusy) << QStringLiteral("INTERNAL_SERVER_ERROR");
    QTest::newRow("database") << 500 << QByteArray(R"({"code":"DATABASE_ERROR","message":"db"})") << false
                              << int(ErrorKind::Server) << QStringLiteral("DATABASE_ERROR");
    QTest::newRow("no keys") << 503 << QByteArray(R"({"code":"NO_KEYS_AVAILABLE","message":"No active API keys"})") << false
                             << int(ErrorKind::Unavailable) << QStringLiteral("NO_KEYS_AVAILABLE");
    QTest::newRow("route missing") << 404 << ul::test::readTestData(QStringLiteral("gptload/route_missing.json")) << false
                                   << int(ErrorKind::RouteMissing) << QString();
    QTest::newRow("route missing 405") << 405 << QByteArray(R"({"error":"Method Not Allowed"})") << false
                                       << int(ErrorKind::RouteMissing) << QString();
    // The same shape with another status comes from a proxy in front of gpt-load: by status.
    QTest::newRow("error body 503") << 503 << QByteArray(R"({"error":"upstream busy"})") << false << int(ErrorKind::Server) << QString();
    QTest::newRow("error body 401") << 401 << QByteArray(R"({"error":"auth required"})") << false << int(ErrorKind::Auth) << QString();
    QTest::newRow("login ok") << 200 << ul::test::readTestData(QStringLiteral("gptload/login_ok.json")) << true << 0 << QString();
    QTest::newRow("login failed") << 401 << ul::test::readTestData(QStringLiteral("gptload/login_failed.json")) << false
                                  << int(ErrorKind::Auth) << QString();
    QTest::newRow("code 0 on 500") << 500 << QByteArray(R"({"code":0,"data":1})") << false << int(ErrorKind::Protocol) << QString();
    QTest::newRow("unknown shape") << 200 << QByteArray(R"({"data":[]})") << false << int(ErrorKind::Protocol) << QString();
    QTest::newRow("array") << 200 << QByteArray(R"([1,2])") << false << int(ErrorKind::Protocol) << QString();
    QTest::newRow("html 200") << 200 << ul::test::readTestData(QStringLiteral("gptload/garbage.html")) << false
                              << int(ErrorKind::Protocol) << QString();
    QTest::newRow("html 502") << 502 << ul::test::readTestData(QStringLiteral("gptload/garbage.html")) << false
                              << int(ErrorKind::Protocol) << QString();
}

void TestGptLoadDecoding::envelopeRule()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(int, kind);
    QFETCH(QString, code);
    const Result<Envelope> decoded = decodeEnvelope(ul::test::httpAnswer(status, body), QStringLiteral("gpt-load local: GET /api/x"));
    QCOMPARE(decoded.ok(), ok);
    if (ok)
        return;
    QCOMPARE(int(decoded.error().kind), kind);
    QCOMPARE(decoded.error().code, code);
    QCOMPARE(decoded.error().httpStatus, status);
    QVERIFY(decoded.error().message.startsWith(QLatin1String("gpt-load local: GET /api/x: ")));
}

void TestGptLoadDecoding::garbageKeepsRedactedSnippet()
{
    QByteArray body = ul::test::readTestData(QStringLiteral("gptload/garbage.html"));
    body += QByteArray(2000, 'x');
    const Result<Envelope> decoded = decodeEnvelope(ul::test::httpAnswer(200, body), QStringLiteral("ctx"));
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.error().details.contains(QLatin1String("502 Bad Gateway")));
    QVERIFY(!decoded.error().details.contains(QLatin1String("sk-admin-garbage-secret-0000000000")));
    QVERIFY(decoded.error().details.size() <= 513);
    QVERIFY(decoded.error().message.contains(QLatin1String("HTTP 200")));
}

void TestGptLoadDecoding::groupsCurrentLayout()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/groups"), FakeResponse::file(200, QStringLiteral("gptload/groups_v14.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const QList<GroupInfo> groups = awaitValue(client.listGroups());
    QCOMPARE(groups.size(), 2);
    const GroupInfo &site = groups.at(0);
    QCOMPARE(site.id, quint64(12));
    QCOMPARE(site.name, QStringLiteral("api-deepseek-com-openai"));
    QCOMPARE(site.endpoint, QStringLiteral("http://localhost:3001/proxy/api-deepseek-com-openai"));
    QCOMPARE(site.groupType, GroupType::Standard);
    QVERIFY(site.groupTypeReported);
    QCOMPARE(site.upstreams, QList<Upstream>({Upstream{QStringLiteral("https://api.deepseek.com"), 1}}));
    QCOMPARE(site.channel(), std::optional<ChannelType>(ChannelType::OpenAI));
    QCOMPARE(site.sort, 20);
    QCOMPARE(site.testModel, QStringLiteral("deepseek-chat"));
    QCOMPARE(site.config.value(QLatin1String("blacklist_threshold")).toInt(), 99);
    QCOMPARE(site.proxyKeyList(), QStringList({QStringLiteral("sk-hop-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH")}));
    QCOMPARE(site.createdAt, QDateTime(QDate(2026, 7, 9), QTime(10, 0, 0, 123), Qt::UTC));
    QVERIFY(!site.lastValidatedAt.isValid());
    QCOMPARE(site.raw.value(QLatin1String("id")).toInt(), 12);
    const QString redacted = QString::fromUtf8(QJsonDocument(site.redactedRaw()).toJson());
    QVERIFY(!redacted.contains(QLatin1String("sk-hop-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH")));
    QVERIFY(redacted.contains(QLatin1String("api-deepseek-com-openai")));

    const GroupInfo &aggregate = groups.at(1);
    QVERIFY(aggregate.isAggregate());
    QVERIFY(aggregate.upstreams.isEmpty());
    QVERIFY(aggregate.config.isEmpty());          // null → {}
    QVERIFY(aggregate.paramOverrides.isEmpty());  // null → {}
    QCOMPARE(aggregate.headerRules.size(), 1);
    QCOMPARE(aggregate.headerRules.first().key, QStringLiteral("X-Trace"));
    QVERIFY(aggregate.lastValidatedAt.isValid());
    QVERIFY(aggregate.proxyKeys.isEmpty());

    const ul::test::FakeRequest &request = network.requests().first();
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer ") + kAdminToken.toUtf8());
    QCOMPARE(request.header("Accept-Language"), QByteArray("en-US"));
    QVERIFY(!request.url.toString().contains(kAdminToken));
}

void TestGptLoadDecoding::groupsLegacyLayoutDefaultsToStandard()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/groups"), FakeResponse::file(200, QStringLiteral("gptload/groups_v12.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const QList<GroupInfo> groups = awaitValue(client.listGroups());
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.first().groupType, GroupType::Standard);
    QVERIFY(!groups.first().groupTypeReported);
    QCOMPARE(groups.first().upstreams.size(), 2);
    QCOMPARE(groups.first().upstreams.at(0).weight, 2);
    QCOMPARE(groups.first().upstreams.at(1).weight, 0);
    QVERIFY(groups.first().headerRules.isEmpty());
    QVERIFY(groups.first().modelRedirectRules.isEmpty());  // field absent
    QCOMPARE(groups.first().channel(), std::optional<ChannelType>(ChannelType::Gemini));

    // Exact upstream comparison ignores one trailing '/' only.
    QVERIFY(sameUpstreamUrl(QStringLiteral("https://backup.example.com"), groups.first().upstreams.at(1).url));
    QCOMPARE(upstreamsWithout(groups.first().upstreams, QStringLiteral("https://backup.example.com")).size(), 1);
    QCOMPARE(upstreamsWith(groups.first().upstreams, QStringLiteral("https://api.example.com/"), 9).at(0).weight, 2);
}

void TestGptLoadDecoding::successWithoutData()
{
    FakeNetworkAccessManager network;
    network.addResponse("DELETE", QStringLiteral("/api/groups/12"), FakeResponse::file(200, QStringLiteral("gptload/success_no_data.json")));
    network.addResponse("PUT", QStringLiteral("/api/groups/13/sub-groups/12/weight"),
                        FakeResponse::json(200, R"({"code":0,"message":"Success"})"));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const auto deleted = ul::test::await(client.deleteGroup(12));
    QVERIFY(deleted && deleted->ok());
    const auto weighted = ul::test::await(client.setSubGroupWeight(13, 12, 5));
    QVERIFY(weighted && weighted->ok());
    QCOMPARE(network.requests().at(1).body, QByteArray(R"({"weight":5})"));
}

void TestGptLoadDecoding::stringCodesMapToKinds()
{
    FakeNetworkAccessManager network;
    network.addResponse("POST", QStringLiteral("/api/groups"), FakeResponse::file(409, QStringLiteral("gptload/error_duplicate.json")));
    network.addResponse("GET", QStringLiteral("/api/groups/99/stats"), FakeResponse::file(404, QStringLiteral("gptload/error_not_found.json")));
    network.addResponse("POST", QStringLiteral("/api/groups/12/sub-groups"), FakeResponse::file(400, QStringLiteral("gptload/error_bad_request.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    GroupCreate create;
    create.name = QStringLiteral("api-deepseek-com-openai");
    create.upstreams = {Upstream{QStringLiteral("https://api.deepseek.com"), 1}};
    create.testModel = QStringLiteral("deepseek-chat");
    const Error duplicate = awaitError(client.createGroup(create));
    QCOMPARE(duplicate.kind, ErrorKind::Conflict);
    QCOMPARE(duplicate.code, QStringLiteral("DUPLICATE_RESOURCE"));
    QCOMPARE(duplicate.httpStatus, 409);
    QVERIFY(duplicate.message.contains(QLatin1String("Resource already exists")));
    QVERIFY(duplicate.message.contains(QLatin1String("gpt-load local")));

    const Error missing = awaitError(client.groupStats(99));
    QCOMPARE(missing.kind, ErrorKind::NotFound);
    QCOMPARE(missing.code, QStringLiteral("NOT_FOUND"));

    const auto notAggregate = ul::test::await(client.addSubGroups(12, {SubGroupWeight{5, 1}}));
    QVERIFY(notAggregate && !notAggregate->ok());
    QCOMPARE(notAggregate->error().kind, ErrorKind::Validation);
    QCOMPARE(notAggregate->error().code, QStringLiteral("BAD_REQUEST"));
}

void TestGptLoadDecoding::routeMissing()
{
    FakeNetworkAccessManager network;  // unknown routes answer {"error":"Not Found"}
    GptLoadClient client(testInstance(), &network, fastOptions());
    const Error error = awaitError(client.subGroups(5));
    QCOMPARE(error.kind, ErrorKind::RouteMissing);
    QCOMPARE(error.httpStatus, 404);
    QVERIFY(error.code.isEmpty());
}

void TestGptLoadDecoding::loginShape()
{
    FakeNetworkAccessManager network;
    network.addResponse("POST", QStringLiteral("/api/auth/login"), FakeResponse::file(200, QStringLiteral("gptload/login_ok.json")));
    network.addResponse("POST", QStringLiteral("/api/auth/login"), FakeResponse::file(401, QStringLiteral("gptload/login_failed.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const auto accepted = ul::test::await(client.verifyAdminKey());
    QVERIFY(accepted && accepted->ok());
    QCOMPARE(QJsonDocument::fromJson(network.requests().first().body).object().value(QLatin1String("auth_key")).toString(), kAdminToken);
    const auto refused = ul::test::await(client.verifyAdminKey());
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind, ErrorKind::Auth);
    QCOMPARE(refused->error().httpStatus, 401);
}

void TestGptLoadDecoding::garbageIsProtocol()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/groups"),
                        FakeResponse::text(200, ul::test::readTestData(QStringLiteral("gptload/garbage.html"))));
    network.addResponse("GET", QStringLiteral("/api/groups"), FakeResponse::json(200, R"({"code":0,"data":{"not":"a list"}})"));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const Error html = awaitError(client.listGroups());
    QCOMPARE(html.kind, ErrorKind::Protocol);
    QCOMPARE(html.httpStatus, 200);
    QVERIFY(!html.details.contains(QLatin1String("sk-admin-garbage-secret-0000000000")));

    const Error wrongShape = awaitError(client.listGroups());
    QCOMPARE(wrongShape.kind, ErrorKind::Protocol);
}

void TestGptLoadDecoding::statsBothLayouts()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/groups/12/stats"), FakeResponse::file(200, QStringLiteral("gptload/stats_v14.json")));
    network.addResponse("GET", QStringLiteral("/api/groups/3/stats"), FakeResponse::file(200, QStringLiteral("gptload/stats_v12.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const GroupStats current = awaitValue(client.groupStats(12));
    QCOMPARE(current.layout, StatsLayout::Current);
    QCOMPARE(current.recentWindowHours, 24);
    QCOMPARE(current.keys.total, 5);
    QCOMPARE(current.keys.active, 4);
    QCOMPARE(current.keys.invalid, 1);
    QCOMPARE(current.recent.total, 120);
    QCOMPARE(current.recent.failed, 6);
    QCOMPARE(current.recent.failureRate, 0.05);
    QVERIFY(current.week && current.week->total == 900);
    QVERIFY(current.month && current.month->failed == 90);

    const GroupStats legacy = awaitValue(client.groupStats(3));
    QCOMPARE(legacy.layout, StatsLayout::Legacy);
    QCOMPARE(legacy.recentWindowHours, 1);
    QCOMPARE(legacy.recent.total, 12);
    QCOMPARE(legacy.recent.failureRate, 1.0);
    QVERIFY(legacy.week && legacy.week->total == 300);  // weekly_stats; daily_stats maps to nothing
    QVERIFY(!legacy.month);
    QCOMPARE(legacy.keys.active, 0);
}

void TestGptLoadDecoding::statsUnknownLayout()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/groups/7/stats"), FakeResponse::file(200, QStringLiteral("gptload/stats_unknown.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());
    const Error error = awaitError(client.groupStats(7));
    QCOMPARE(error.kind, ErrorKind::Protocol);
    QCOMPARE(error.code, QString::fromLatin1(kUnknownStatsFormatCode));
    QVERIFY(error.message.contains(QLatin1String("unknown stats format")));
}

void TestGptLoadDecoding::keysAcrossPages()
{
    FakeNetworkAccessManager network;
    network.setHandler([](const ul::test::FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path() != QLatin1String("/api/keys"))
            return std::nullopt;
        const QUrlQuery query(request.url);
        return FakeResponse::file(200, query.queryItemValue(QStringLiteral("page")) == QLatin1String("2")
                                           ? QStringLiteral("gptload/keys_page2.json")
                                           : QStringLiteral("gptload/keys_page1.json"));
    });
    GptLoadClient client(testInstance(), &network, fastOptions());

    const QList<KeyItem> keys = awaitValue(client.listAllKeys(12, KeyStatusFilter::All));
    QCOMPARE(keys.size(), 3);
    QCOMPARE(keys.at(0).keyValue.reveal(), QStringLiteral("plainkey-alpha-000111222333"));
    QCOMPARE(keys.at(0).status, KeyStatus::Active);
    QCOMPARE(keys.at(1).status, KeyStatus::Invalid);
    QCOMPARE(keys.at(1).failureCount, 3);
    QCOMPARE(keys.at(2).id, quint64(3));
    QVERIFY(!keys.at(1).lastUsedAt.isValid());

    QCOMPARE(network.requests().size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QUrlQuery query(network.requests().at(i).url);
        QCOMPARE(query.queryItemValue(QStringLiteral("group_id")), QStringLiteral("12"));
        QCOMPARE(query.queryItemValue(QStringLiteral("page")), QString::number(i + 1));
        QCOMPARE(query.queryItemValue(QStringLiteral("page_size")), QStringLiteral("1000"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("status")));
    }

    // One page, filtered.
    KeyQuery invalidOnly;
    invalidOnly.status = KeyStatusFilter::Invalid;
    invalidOnly.pageSize = 5000;  // clamped
    const KeyPage page = awaitValue(client.listKeys(12, invalidOnly));
    QCOMPARE(page.pagination.totalItems, 3);
    QCOMPARE(page.pagination.totalPages, 2);
    const QUrlQuery last(network.requests().last().url);
    QCOMPARE(last.queryItemValue(QStringLiteral("status")), QStringLiteral("invalid"));
    QCOMPARE(last.queryItemValue(QStringLiteral("page_size")), QStringLiteral("1000"));
}

void TestGptLoadDecoding::keysExportIsPlainText()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/keys/export"),
                        FakeResponse::text(200, ul::test::readTestData(QStringLiteral("gptload/keys_export.txt"))));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const QStringList keys = awaitValue(client.exportKeys(12, KeyStatusFilter::Active));
    QCOMPARE(keys, QStringList({QStringLiteral("plainkey-alpha-000111222333"), QStringLiteral("plainkey-bravo-444555666777")}));
    QCOMPARE(QUrlQuery(network.requests().first().url).queryItemValue(QStringLiteral("status")), QStringLiteral("active"));

    network.clearResponses();
    network.addResponse("GET", QStringLiteral("/api/keys/export"), FakeResponse::file(404, QStringLiteral("gptload/error_not_found.json")));
    const Error missing = awaitError(client.exportKeys(99));
    QCOMPARE(missing.kind, ErrorKind::NotFound);
    QCOMPARE(QUrlQuery(network.requests().last().url).queryItemValue(QStringLiteral("status")), QStringLiteral("all"));
}

void TestGptLoadDecoding::countOnlyInMessage()
{
    FakeNetworkAccessManager network;
    network.addResponse("POST", QStringLiteral("/api/keys/restore-all-invalid"),
                        FakeResponse::file(200, QStringLiteral("gptload/keys_restored_all.json")));
    network.addResponse("POST", QStringLiteral("/api/keys/clear-all"), FakeResponse::json(200, R"({"code":0,"message":"Success"})"));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const KeyCountMessage restored = awaitValue(client.restoreAllInvalidKeys(12));
    QCOMPARE(restored.count, std::optional<qint64>(12));
    QCOMPARE(restored.message, QStringLiteral("12 keys restored"));
    QCOMPARE(network.requests().first().body, QByteArray(R"({"group_id":12})"));

    const KeyCountMessage cleared = awaitValue(client.clearAllKeys(12));
    QCOMPARE(cleared.count, std::nullopt);
}

void TestGptLoadDecoding::keyTestResults()
{
    FakeNetworkAccessManager network;
    network.addResponse("POST", QStringLiteral("/api/keys/test-multiple"), FakeResponse::file(200, QStringLiteral("gptload/keys_tested.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const KeyTestResult result = awaitValue(client.testKeys(12, {QStringLiteral("plainkey-alpha-000111222333"), QStringLiteral("plainkey-zulu-999")}));
    QCOMPARE(result.results.size(), 2);
    QVERIFY(result.results.at(0).valid);
    QVERIFY(!result.results.at(1).valid);
    QVERIFY(result.results.at(1).error.contains(QLatin1String("does not exist")));
    QCOMPARE(result.totalDurationMs, 1534);
    const QJsonObject body = QJsonDocument::fromJson(network.requests().first().body).object();
    QCOMPARE(body.value(QLatin1String("group_id")).toInt(), 12);  // a JSON number, never a string
    QCOMPARE(body.value(QLatin1String("keys_text")).toString(), QStringLiteral("plainkey-alpha-000111222333\nplainkey-zulu-999"));
}

void TestGptLoadDecoding::logsExactGroupPostFilter()
{
    FakeNetworkAccessManager network;
    network.setHandler([](const ul::test::FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path() != QLatin1String("/api/logs"))
            return std::nullopt;
        const QUrlQuery query(request.url);
        return FakeResponse::file(200, query.queryItemValue(QStringLiteral("page")) == QLatin1String("2")
                                           ? QStringLiteral("gptload/logs_page2.json")
                                           : QStringLiteral("gptload/logs_page1.json"));
    });
    GptLoadClient client(testInstance(), &network, fastOptions());

    LogQuery query;
    query.groupName = QStringLiteral("api-x-com-openai");
    query.startTime = QDateTime(QDate(2026, 7, 9), QTime(8, 0), Qt::UTC);
    query.endTime = QDateTime(QDate(2026, 7, 9), QTime(10, 0), Qt::UTC);
    const LogCollection all = awaitValue(client.allLogs(query));
    QCOMPARE(all.pagesRead, 2);
    QCOMPARE(all.serverTotal, 4);
    QVERIFY(!all.truncated);
    QStringList ids;
    for (const LogItem &item : all.items)
        ids.append(item.id);
    // "gpt-4o-via-api-x-com-openai" matched the server's substring filter but is not ours.
    QCOMPARE(ids, QStringList({QStringLiteral("l1"), QStringLiteral("l3"), QStringLiteral("l4")}));
    QVERIFY(!all.items.at(1).errorMessage.contains(QLatin1String("sk-live-abcdefghijklmnopqrstuvwx")));

    const QUrlQuery sent(network.requests().first().url);
    QCOMPARE(sent.queryItemValue(QStringLiteral("group_name")), QStringLiteral("api-x-com-openai"));
    QCOMPARE(sent.queryItemValue(QStringLiteral("page_size")), QStringLiteral("1000"));
    QCOMPARE(sent.queryItemValue(QStringLiteral("start_time")), QStringLiteral("2026-07-09T08:00:00Z"));
    QCOMPARE(sent.queryItemValue(QStringLiteral("end_time")), QStringLiteral("2026-07-09T10:00:00Z"));

    // Without the exact filter the substring matches stay.
    query.exactGroupName = false;
    const LogPage page = awaitValue(client.logs(query));
    QCOMPARE(page.items.size(), 3);
}

void TestGptLoadDecoding::finalOnlyCounting()
{
    QList<LogItem> items;
    const auto item = [](const QString &type, bool success, qint64 ms) {
        LogItem i;
        i.requestType = type;
        i.isSuccess = success;
        i.durationMs = ms;
        return i;
    };
    items << item(QStringLiteral("final"), true, 1000) << item(QStringLiteral("retry"), false, 200)
          << item(QStringLiteral("retry"), false, 200) << item(QStringLiteral("final"), false, 3000)
          << item(QString(), true, 2000);  // older servers: no request_type → final
    const FinalRequestSummary summary = summarizeFinalRequests(items);
    QCOMPARE(summary.total, 3);
    QCOMPARE(summary.succeeded, 2);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.averageDurationMs, 2000.0);
    QCOMPARE(summary.successRate(), 2.0 / 3.0);
    QCOMPARE(summarizeFinalRequests({}).successRate(), 0.0);
}

void TestGptLoadDecoding::taskStatusShapes()
{
    const auto parse = [](const QString &file) {
        const QJsonObject body = QJsonDocument::fromJson(ul::test::readTestData(file)).object();
        return TaskStatus::fromJson(body.value(QLatin1String("data")));
    };
    const TaskStatus idle = parse(QStringLiteral("gptload/task_idle.json"));
    QVERIFY(!idle.hasRun());
    QVERIFY(!idle.isRunning);
    QVERIFY(!idle.startedAt.isValid());  // Go's zero time

    const TaskStatus started = parse(QStringLiteral("gptload/task_validation_started.json"));
    const TaskStatus done = parse(QStringLiteral("gptload/task_validation_done.json"));
    QVERIFY(started.isRunning);
    QVERIFY(!started.validationSummary());
    QVERIFY(done.isSameTask(started));
    QVERIFY(!parse(QStringLiteral("gptload/task_other.json")).isSameTask(started));
    QCOMPARE(done.durationSeconds, 1.8);
    QVERIFY(done.finishedAt.isValid());
    const auto summary = done.validationSummary();
    QVERIFY(summary);
    QCOMPARE(summary->totalKeys, 1);
    QCOMPARE(summary->invalidKeys, 1);
}

void TestGptLoadDecoding::subGroupsAndParents()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/groups/13/sub-groups"), FakeResponse::file(200, QStringLiteral("gptload/subgroups.json")));
    network.addResponse("GET", QStringLiteral("/api/groups/12/parent-aggregate-groups"), FakeResponse::file(200, QStringLiteral("gptload/parents.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const QList<SubGroupInfo> members = awaitValue(client.subGroups(13));
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().group.id, quint64(12));
    QCOMPARE(members.first().weight, 10);
    QCOMPARE(members.first().activeKeys, 4);
    QVERIFY(members.first().group.headerRules.isEmpty());

    const QList<ParentAggregate> parents = awaitValue(client.parentAggregates(12));
    QCOMPARE(parents.size(), 1);
    QCOMPARE(parents.first().groupId, quint64(13));
    QCOMPARE(parents.first().weight, 10);
}

void TestGptLoadDecoding::settingsMaskSecrets()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/api/settings"), FakeResponse::file(200, QStringLiteral("gptload/settings.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const QList<SettingsCategory> categories = awaitValue(client.settings());
    QCOMPARE(categories.size(), 2);
    const SettingItem &proxyKeys = categories.at(0).settings.at(1);
    QCOMPARE(proxyKeys.key, QStringLiteral("proxy_keys"));
    QVERIFY(proxyKeys.secret);
    QVERIFY(!proxyKeys.value.toString().contains(QLatin1String("sk-global-proxy-key-1234567890abcdef")));
    const SettingItem &retries = categories.at(1).settings.first();
    QCOMPARE(retries.value.toInt(), 3);
    QCOMPARE(retries.minValue, std::optional<qint64>(0));
    QVERIFY(categories.at(0).settings.first().required);
}

void TestGptLoadDecoding::healthAndGoDurations()
{
    FakeNetworkAccessManager network;
    network.addResponse("GET", QStringLiteral("/health"), FakeResponse::file(200, QStringLiteral("gptload/health.json")));
    GptLoadClient client(testInstance(), &network, fastOptions());

    const HealthInfo health = awaitValue(client.health());
    QVERIFY(health.isHealthy());
    QCOMPARE(health.uptime, QStringLiteral("1h2m3.5s"));
    QCOMPARE(health.uptimeMs, std::optional<qint64>(3723500));
    QVERIFY(health.responseMs >= 0);
    QVERIFY(network.requests().first().header("Authorization").isEmpty());  // /health needs no auth

    QCOMPARE(parseGoDurationMs(QStringLiteral("150ms")), std::optional<qint64>(150));
    QCOMPARE(parseGoDurationMs(QStringLiteral("2m0.5s")), std::optional<qint64>(120500));
    QCOMPARE(parseGoDurationMs(QStringLiteral("1.5µs")), std::optional<qint64>(0));
    QCOMPARE(parseGoDurationMs(QStringLiteral("0")), std::optional<qint64>(0));
    QCOMPARE(parseGoDurationMs(QStringLiteral("3 days")), std::nullopt);
    QCOMPARE(parseGoDurationMs(QString()), std::nullopt);

    network.clearResponses();
    network.addResponse("GET", QStringLiteral("/health"), FakeResponse::json(503, R"({"status":"unhealthy"})"));
    const Error down = awaitError(client.health());
    QCOMPARE(down.httpStatus, 503);
    QCOMPARE(down.kind, ErrorKind::Server);
}

QTEST_GUILESS_MAIN(TestGptLoadDecoding)
#include "tst_gptloaddecoding.moc"
