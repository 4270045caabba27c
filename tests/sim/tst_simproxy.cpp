// Simulated gpt-load data plane: key substitution through L3 → L2 → L1 → AI site chains,
// proxy-side errors, retries and blacklisting, cache lag, weights, aggregates, redirects.

#include "core/sim/simaisite.h"
#include "tests/sim/simfixture.h"

using namespace ul;
using namespace ul::test;

namespace {

const QString kSiteKey = QStringLiteral("site-key-123456");
const QString kHop = QStringLiteral("hop-key-abcdef");
const QString kGateway = QStringLiteral("gateway-key-xyz");

QJsonObject groupBody(const QString &name, const QString &type, const QStringList &upstreams, const QString &proxyKeys,
                      const QJsonObject &config = {})
{
    QJsonArray list;
    for (const QString &u : upstreams)
        list.append(QJsonObject{{QStringLiteral("url"), u}, {QStringLiteral("weight"), 1}});
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("channel_type"), type}, {QStringLiteral("upstreams"), list},
                  {QStringLiteral("test_model"), QStringLiteral("m")}, {QStringLiteral("proxy_keys"), proxyKeys}};
    if (!config.isEmpty())
        o.insert(QStringLiteral("config"), config);
    return o;
}

QByteArray chatBody(const QString &model)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("model"), model}, {QStringLiteral("max_tokens"), 5},
                                     {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                                        {QStringLiteral("content"), QStringLiteral("hi")}}}}})
        .toJson(QJsonDocument::Compact);
}

bool anyHeaderContains(const QList<SimRecordedRequest> &requests, const QString &secret)
{
    for (const SimRecordedRequest &r : requests) {
        for (const auto &h : r.request.headers) {
            if (h.second.contains(secret.toUtf8()))
                return true;
        }
        if (r.request.rawQuery.contains(secret.toUtf8()))
            return true;
    }
    return false;
}

} // namespace

class TestSimProxy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimGptLoad> a;
    std::unique_ptr<SimGptLoad> b;
    std::unique_ptr<SimAiSite> site;
    SimTestClient client;

    // L1 on A (site keys), L2 on B (hop key), L3 on A (hop key, gateway in proxy_keys).
    void buildChain(const QString &type, const QString &model)
    {
        const QString l1 = QStringLiteral("site-") + type;
        const QString l2 = model + QStringLiteral("-via-") + l1;
        QString error;
        QVERIFY2(a->createGroup(groupBody(l1, type, {site->url()}, kHop), &error), qPrintable(error));
        a->addKeys(l1, {kSiteKey});
        QVERIFY2(b->createGroup(groupBody(l2, type, {a->url() + QStringLiteral("/proxy/") + l1}, kHop), &error), qPrintable(error));
        b->addKeys(l2, {kHop});
        QVERIFY2(a->createGroup(groupBody(model, type, {b->url() + QStringLiteral("/proxy/") + l2}, kGateway,
                                          QJsonObject{{QStringLiteral("max_retries"), 9}}), &error), qPrintable(error));
        a->addKeys(model, {kHop});
    }

private slots:
    void init()
    {
        SimGptLoadOptions oa;
        oa.adminKey = QStringLiteral("admin-a");
        a = std::make_unique<SimGptLoad>(oa);
        SimGptLoadOptions ob;
        ob.adminKey = QStringLiteral("admin-b");
        b = std::make_unique<SimGptLoad>(ob);
        SimAiSiteOptions so;
        so.name = QStringLiteral("site");
        so.formats = SimAiFormat::OpenAI | SimAiFormat::Anthropic | SimAiFormat::Gemini;
        so.models = {QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-3-haiku"), QStringLiteral("gemini-2.5-flash")};
        so.validKeys = {kSiteKey};
        site = std::make_unique<SimAiSite>(so);
        QVERIFY(a->start() && b->start() && site->start());
    }
    void cleanup()
    {
        a.reset();
        b.reset();
        site.reset();
    }

    void openAiChainSubstitutesKeys()
    {
        buildChain(QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"));
        const HttpResult r = client.send("POST", a->url() + QStringLiteral("/proxy/gpt-4o-mini/v1/chat/completions"),
                                         chatBody(QStringLiteral("gpt-4o-mini")), SimTestClient::bearer(kGateway));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("Hello from site"));
        const QList<SimRecordedRequest> atSite = site->recordedRequests();
        QCOMPARE(atSite.size(), 1);
        QCOMPARE(atSite.first().request.header("Authorization"), "Bearer " + kSiteKey.toUtf8());
        QCOMPARE(atSite.first().request.path, QStringLiteral("/v1/chat/completions"));
        QVERIFY(!anyHeaderContains(atSite, kGateway) && !anyHeaderContains(atSite, kHop));
        const QList<SimRecordedRequest> atB = b->recorder().matching("POST", QStringLiteral("/proxy/*"));
        QCOMPARE(atB.size(), 1);
        QCOMPARE(atB.first().request.header("Authorization"), "Bearer " + kHop.toUtf8());
        QVERIFY(!anyHeaderContains(atB, kGateway));

        // Model discovery through the site group passes the upstream list through.
        const HttpResult models = client.get(a->url() + QStringLiteral("/proxy/site-openai/v1/models"), SimTestClient::bearer(kHop));
        QCOMPARE(models.status, 200);
        QCOMPARE(models.json().value(QStringLiteral("data")).toArray().size(), 3);

        // The proxied requests show up in logs and default stats.
        QVERIFY(!a->logItems().isEmpty());
        a->setGlobalProxyKeys(QStringLiteral("admin-a"));
        SimTestClient admin;
        admin.setAdmin(a->url(), a->adminKey());
        const qint64 l1 = a->group(QStringLiteral("site-openai"))->id;
        const QJsonObject stats = admin.api("GET", QStringLiteral("/api/groups/%1/stats").arg(l1)).data().toObject();
        QCOMPARE(stats.value(QStringLiteral("stats_24_hour")).toObject().value(QStringLiteral("total_requests")).toInt(), 2);
    }

    void anthropicChainUsesXApiKey()
    {
        buildChain(QStringLiteral("anthropic"), QStringLiteral("claude-3-haiku"));
        const HeaderList headers{{"x-api-key", kGateway.toUtf8()}, {"anthropic-version", "2023-06-01"}};
        const HttpResult r = client.send("POST", a->url() + QStringLiteral("/proxy/claude-3-haiku/v1/messages"),
                                         chatBody(QStringLiteral("claude-3-haiku")), headers);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("message"));
        const SimRecordedRequest atSite = site->recordedRequests().first();
        QCOMPARE(atSite.request.header("x-api-key"), kSiteKey.toUtf8());
        QCOMPARE(atSite.request.header("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(!atSite.request.hasHeader("Authorization"));
    }

    void geminiChainUsesQueryKey()
    {
        // Group names allow no dots: the L3 of "gemini-2.5-flash" is "gemini-2-5-flash".
        buildChain(QStringLiteral("gemini"), QStringLiteral("gemini-2-5-flash"));
        const HttpResult list = client.get(a->url() + QStringLiteral("/proxy/gemini-2-5-flash/v1beta/models?key=") + kGateway
                                           + QStringLiteral("&pageSize=2"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(QStringLiteral("models")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("models/gpt-4o-mini"));
        QVERIFY(list.json().contains(QStringLiteral("nextPageToken")));
        const SimRecordedRequest atSite = site->recordedRequests().first();
        QCOMPARE(atSite.request.queryValue(QStringLiteral("key")), kSiteKey);
        QCOMPARE(atSite.request.queryValue(QStringLiteral("pageSize")), QStringLiteral("2"));
        QVERIFY(!anyHeaderContains(site->recordedRequests(), kGateway));

        const HttpResult gen = client.send("POST", a->url() + QStringLiteral("/proxy/gemini-2-5-flash/v1beta/models/gemini-2.5-flash:generateContent"),
                                           "{\"contents\":[]}", {{"x-goog-api-key", kGateway.toUtf8()}});
        QCOMPARE(gen.status, 200);
        QVERIFY(gen.json().contains(QStringLiteral("candidates")));
    }

    void proxySideErrors()
    {
        QVERIFY(a->createGroup(groupBody(QStringLiteral("empty"), QStringLiteral("openai"), {site->url()}, kHop)));
        const QString base = a->url() + QStringLiteral("/proxy/");
        HttpResult r = client.get(base + QStringLiteral("empty/v1/models"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("UNAUTHORIZED"));
        QCOMPARE(client.get(base + QStringLiteral("empty/v1/models"), SimTestClient::bearer(QStringLiteral("wrong"))).status, 401);
        r = client.get(base + QStringLiteral("missing/v1/models"), SimTestClient::bearer(kHop));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.message(), QStringLiteral("Failed to retrieve proxy group"));
        r = client.get(base + QStringLiteral("empty/v1/models"), SimTestClient::bearer(kHop));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.code(), QStringLiteral("NO_KEYS_AVAILABLE"));

        // The global proxy_keys (seeded with AUTH_KEY) is accepted too, until it changes.
        a->addKeys(QStringLiteral("empty"), {kSiteKey});
        QCOMPARE(client.get(base + QStringLiteral("empty/v1/models"), SimTestClient::bearer(a->adminKey())).status, 200);
        a->setGlobalProxyKeys(QStringLiteral("something-else"));
        QCOMPARE(client.get(base + QStringLiteral("empty/v1/models"), SimTestClient::bearer(a->adminKey())).status, 401);

        QVERIFY(a->createGroup(QJsonObject{{QStringLiteral("name"), QStringLiteral("agg")}, {QStringLiteral("group_type"), QStringLiteral("aggregate")},
                                           {QStringLiteral("channel_type"), QStringLiteral("openai")}, {QStringLiteral("proxy_keys"), kHop}}));
        r = client.get(base + QStringLiteral("agg/v1/models"), SimTestClient::bearer(kHop));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.message(), QStringLiteral("No available sub-groups"));
    }

    void baseUrlEndingInV1Gives404()
    {
        QVERIFY(a->createGroup(groupBody(QStringLiteral("v1site"), QStringLiteral("openai"), {site->url() + QStringLiteral("/v1")}, kHop)));
        a->addKeys(QStringLiteral("v1site"), {kSiteKey});
        const HttpResult r = client.get(a->url() + QStringLiteral("/proxy/v1site/v1/models"), SimTestClient::bearer(kHop));
        QCOMPARE(r.status, 404);
        QCOMPARE(site->requestCount(QStringLiteral("/v1/v1/models")), 1);   // 404 is not a failover status
    }

    void retriesBlacklistAndFinalFailure()
    {
        QVERIFY(a->createGroup(groupBody(QStringLiteral("retry"), QStringLiteral("openai"), {site->url()}, kHop,
                                         QJsonObject{{QStringLiteral("blacklist_threshold"), 1}, {QStringLiteral("max_retries"), 3}})));
        a->addKeys(QStringLiteral("retry"), {QStringLiteral("bad-1"), QStringLiteral("bad-2"), kSiteKey});
        const QString url = a->url() + QStringLiteral("/proxy/retry/v1/chat/completions");
        HttpResult r = client.send("POST", url, chatBody(QStringLiteral("gpt-4o-mini")), SimTestClient::bearer(kHop));
        QCOMPARE(r.status, 200);
        int invalid = 0;
        for (const SimKey &k : a->keys(QStringLiteral("retry")))
            invalid += k.isActive() ? 0 : 1;
        QVERIFY(invalid >= 1);
        bool sawRetry = false;
        for (const SimLogItem &item : a->logItems())
            sawRetry = sawRetry || (item.requestType == QLatin1String("retry") && item.statusCode == 401);
        QVERIFY(sawRetry);

        QVERIFY(a->createGroup(groupBody(QStringLiteral("allbad"), QStringLiteral("openai"), {site->url()}, kHop,
                                         QJsonObject{{QStringLiteral("blacklist_threshold"), 0}, {QStringLiteral("max_retries"), 1}})));
        a->addKeys(QStringLiteral("allbad"), {QStringLiteral("bad-1"), QStringLiteral("bad-2")});
        site->resetCounters();
        r = client.send("POST", a->url() + QStringLiteral("/proxy/allbad/v1/chat/completions"), chatBody(QStringLiteral("gpt-4o-mini")),
                        SimTestClient::bearer(kHop));
        QCOMPARE(r.status, 401);
        QVERIFY(r.body.contains("invalid_api_key"));
        QCOMPARE(site->totalRequests(), 2);   // one try plus max_retries
        for (const SimKey &k : a->keys(QStringLiteral("allbad")))
            QVERIFY(k.isActive());            // threshold 0: never blacklisted

        site->stop();
        r = client.send("POST", url, chatBody(QStringLiteral("gpt-4o-mini")), SimTestClient::bearer(kHop));
        QCOMPARE(r.status, 502);
        QCOMPARE(r.code(), QStringLiteral("UPSTREAM_ERROR"));
        QVERIFY(site->start());
    }

    void cacheLagAfterCreate()
    {
        SimGptLoadOptions o;
        o.cacheLagMs = 60000;   // expired explicitly below, so the test does not depend on timing
        SimFixture lag(o);
        QJsonObject body = groupBody(QStringLiteral("fresh"), QStringLiteral("openai"), {site->url()}, kHop);
        const qint64 id = lag.create(body);
        QVERIFY(id > 0);
        lag.addKeys(id, kSiteKey);
        const QString url = lag.sim->url() + QStringLiteral("/proxy/fresh/v1/models");
        const HttpResult early = client.get(url, SimTestClient::bearer(kHop));
        QCOMPARE(early.status, 500);
        QCOMPARE(early.message(), QStringLiteral("Failed to retrieve proxy group"));
        const HttpResult test = lag.client.api("POST", QStringLiteral("/api/keys/test-multiple"),
                                               QJsonObject{{QStringLiteral("group_id"), id}, {QStringLiteral("keys_text"), kSiteKey}});
        QCOMPARE(test.status, 404);
        lag.sim->expireCacheLag();
        QCOMPARE(client.get(url, SimTestClient::bearer(kHop)).status, 200);

        // A short lag runs out by itself.
        lag.sim->setCacheLagMs(30);
        const qint64 other = lag.create(groupBody(QStringLiteral("fresh2"), QStringLiteral("openai"), {site->url()}, kHop));
        lag.addKeys(other, kSiteKey);
        QTRY_COMPARE_WITH_TIMEOUT(client.get(lag.sim->url() + QStringLiteral("/proxy/fresh2/v1/models"),
                                             SimTestClient::bearer(kHop)).status, 200, 3000);
    }

    void weightedUpstreamsAndAggregateMembers()
    {
        SimAiSiteOptions other;
        other.name = QStringLiteral("other");
        other.validKeys = {kSiteKey};
        SimAiSite second(other);
        QVERIFY(second.start());
        QJsonObject body = groupBody(QStringLiteral("weighted"), QStringLiteral("openai"), {}, kHop);
        body.insert(QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), site->url()}, {QStringLiteral("weight"), 3}},
                                                            QJsonObject{{QStringLiteral("url"), second.url()}, {QStringLiteral("weight"), 1}}});
        QVERIFY(a->createGroup(body));
        a->addKeys(QStringLiteral("weighted"), {kSiteKey});
        for (int i = 0; i < 8; ++i)
            QCOMPARE(client.get(a->url() + QStringLiteral("/proxy/weighted/v1/models"), SimTestClient::bearer(kHop)).status, 200);
        QCOMPARE(site->totalRequests(), 6);
        QCOMPARE(second.totalRequests(), 2);

        // Aggregate: the weight-0 member is listed but never routed to.
        QVERIFY(a->createGroup(groupBody(QStringLiteral("m1"), QStringLiteral("openai"), {site->url()}, QString())));
        QVERIFY(a->createGroup(groupBody(QStringLiteral("m2"), QStringLiteral("openai"), {second.url()}, QString())));
        a->addKeys(QStringLiteral("m1"), {kSiteKey});
        a->addKeys(QStringLiteral("m2"), {kSiteKey});
        QVERIFY(a->createGroup(QJsonObject{{QStringLiteral("name"), QStringLiteral("agg")}, {QStringLiteral("group_type"), QStringLiteral("aggregate")},
                                           {QStringLiteral("channel_type"), QStringLiteral("openai")}, {QStringLiteral("proxy_keys"), kHop}}));
        SimTestClient admin;
        admin.setAdmin(a->url(), a->adminKey());
        const qint64 aggId = a->group(QStringLiteral("agg"))->id;
        const HttpResult added = admin.api("POST", QStringLiteral("/api/groups/%1/sub-groups").arg(aggId),
            QJsonObject{{QStringLiteral("sub_groups"), QJsonArray{
                QJsonObject{{QStringLiteral("group_id"), a->group(QStringLiteral("m1"))->id}, {QStringLiteral("weight"), 5}},
                QJsonObject{{QStringLiteral("group_id"), a->group(QStringLiteral("m2"))->id}, {QStringLiteral("weight"), 0}}}}});
        QCOMPARE(added.status, 200);
        site->resetCounters();
        second.resetCounters();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(client.get(a->url() + QStringLiteral("/proxy/agg/v1/models"), SimTestClient::bearer(kHop)).status, 200);
        QCOMPARE(site->totalRequests(), 4);
        QCOMPARE(second.totalRequests(), 0);
    }

    void overridesRedirectsAndHeaderRules()
    {
        QJsonObject body = groupBody(QStringLiteral("rules"), QStringLiteral("openai"), {site->url()}, kHop);
        body.insert(QStringLiteral("param_overrides"), QJsonObject{{QStringLiteral("temperature"), 0}});
        body.insert(QStringLiteral("model_redirect_rules"), QJsonObject{{QStringLiteral("alias"), QStringLiteral("gpt-4o-mini")}});
        body.insert(QStringLiteral("header_rules"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("x-group")},
                                                                           {QStringLiteral("value"), QStringLiteral("${GROUP_NAME}")},
                                                                           {QStringLiteral("action"), QStringLiteral("set")}}});
        QVERIFY(a->createGroup(body));
        a->addKeys(QStringLiteral("rules"), {kSiteKey});
        const HttpResult r = client.send("POST", a->url() + QStringLiteral("/proxy/rules/v1/chat/completions"),
                                         chatBody(QStringLiteral("alias")), SimTestClient::bearer(kHop));
        QCOMPARE(r.status, 200);
        const SimHttpRequest seen = site->recordedRequests().last().request;
        const QJsonObject sent = QJsonDocument::fromJson(seen.body).object();
        QCOMPARE(sent.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(sent.value(QStringLiteral("temperature")).toInt(), 0);
        QCOMPARE(seen.header("X-Group"), QByteArray("rules"));
        const HttpResult models = client.get(a->url() + QStringLiteral("/proxy/rules/v1/models"), SimTestClient::bearer(kHop));
        QCOMPARE(models.json().value(QStringLiteral("data")).toArray().size(), 4);   // upstream list + alias

        SimTestClient admin;
        admin.setAdmin(a->url(), a->adminKey());
        admin.api("PUT", QStringLiteral("/api/groups/%1").arg(a->group(QStringLiteral("rules"))->id),
                  QJsonObject{{QStringLiteral("model_redirect_strict"), true}});
        QCOMPARE(client.send("POST", a->url() + QStringLiteral("/proxy/rules/v1/chat/completions"),
                             chatBody(QStringLiteral("gpt-4o")), SimTestClient::bearer(kHop)).status, 400);
        const HttpResult strictList = client.get(a->url() + QStringLiteral("/proxy/rules/v1/models"), SimTestClient::bearer(kHop));
        QCOMPARE(strictList.json().value(QStringLiteral("data")).toArray().size(), 1);
    }

    void integrationInfo()
    {
        QVERIFY(a->createGroup(groupBody(QStringLiteral("info"), QStringLiteral("openai"), {site->url()}, kHop)));
        HttpResult r = client.get(a->url() + QStringLiteral("/api/integration/info?key=") + kHop);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().toArray().first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("info"));
        QCOMPARE(client.get(a->url() + QStringLiteral("/api/integration/info?key=nope")).status, 400);
        QCOMPARE(client.get(a->url() + QStringLiteral("/api/integration/info")).code(), QStringLiteral("VALIDATION_FAILED"));
        r = client.get(a->url() + QStringLiteral("/proxy/info/api/integration/info?key=") + kHop);
        QCOMPARE(r.data().toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSimProxy)
#include "tst_simproxy.moc"
