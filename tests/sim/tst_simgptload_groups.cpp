// Simulated gpt-load: authentication, envelopes, routing quirks, groups, sub-groups, settings.

#include "tests/sim/simfixture.h"

using namespace ul;
using namespace ul::test;

class TestSimGptLoadGroups : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> f;

private slots:
    void init()
    {
        f = std::make_unique<SimFixture>();
        QVERIFY(f->started);
    }
    void cleanup() { f.reset(); }

    void healthNeedsNoAuth()
    {
        const HttpResult r = f->client.get(f->sim->url() + QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("healthy"));
        QVERIFY(r.json().value(QStringLiteral("timestamp")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(r.json().value(QStringLiteral("uptime")).toString().endsWith(QLatin1Char('s')));
    }

    void authForms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("status");
        const QByteArray admin = "sim-admin-key";
        QTest::newRow("query") << QStringLiteral("?key=sim-admin-key") << QByteArray() << QByteArray() << 200;
        QTest::newRow("bearer") << QString() << QByteArray("Authorization") << "Bearer " + admin << 200;
        QTest::newRow("x-api-key") << QString() << QByteArray("X-Api-Key") << admin << 200;
        QTest::newRow("x-goog-api-key") << QString() << QByteArray("X-Goog-Api-Key") << admin << 200;
        QTest::newRow("lowercase bearer") << QString() << QByteArray("Authorization") << "bearer " + admin << 401;
        QTest::newRow("query wins over header") << QStringLiteral("?key=wrong") << QByteArray("Authorization")
                                                << "Bearer " + admin << 401;
        QTest::newRow("none") << QString() << QByteArray() << QByteArray() << 401;
    }
    void authForms()
    {
        QFETCH(QString, query);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        HeaderList headers;
        if (!header.isEmpty())
            headers.append({header, value});
        const HttpResult r = f->client.get(f->sim->url() + QStringLiteral("/api/groups") + query, headers);
        QCOMPARE(r.status, status);
        if (status == 401)
            QCOMPARE(r.body, QByteArray(R"({"code":"UNAUTHORIZED","message":"Authentication failed"})"));
    }

    void envelopesAndLocalisation()
    {
        const HttpResult ok = f->client.api("GET", QStringLiteral("/api/groups"));
        QVERIFY(ok.json().value(QStringLiteral("code")).isDouble());
        QCOMPARE(ok.json().value(QStringLiteral("code")).toInt(), 0);
        QCOMPARE(ok.message(), QStringLiteral("Success"));
        QVERIFY(ok.data().isArray());

        const HttpResult zh = f->client.get(f->sim->url() + QStringLiteral("/api/groups"),
                                            SimTestClient::bearer(f->sim->adminKey()) + HeaderList{{"Accept-Language", "zh-CN"}});
        QCOMPARE(zh.message(), QStringLiteral("操作成功"));
        // No Accept-Language at all (QNAM always sends one, so use a raw request): Chinese.
        const QByteArray raw = rawExchange(f->sim->port(), "GET /api/groups HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                                                               + f->sim->adminKey().toUtf8() + "\r\nConnection: close\r\n\r\n");
        QCOMPARE(QJsonDocument::fromJson(rawBody(raw)).object().value(QStringLiteral("message")).toString(), QStringLiteral("操作成功"));

        const qint64 id = f->createStandard(QStringLiteral("g1"));
        const HttpResult deleted = f->client.api("DELETE", QStringLiteral("/api/groups/%1").arg(id));
        QCOMPARE(deleted.status, 200);
        QVERIFY(!deleted.json().contains(QStringLiteral("data")));
        QCOMPARE(deleted.message(), QStringLiteral("Group and related keys deleted successfully"));

        const HttpResult error = f->client.api("DELETE", QStringLiteral("/api/groups/999"));
        QCOMPARE(error.status, 404);
        QVERIFY(error.json().value(QStringLiteral("code")).isString());
        QCOMPARE(error.code(), QStringLiteral("NOT_FOUND"));
        QVERIFY(!error.json().contains(QStringLiteral("data")));
    }

    void unknownRoutesAndWrongMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("get one group") << QByteArray("GET") << QStringLiteral("/api/groups/5");
        QTest::newRow("test-connectivity") << QByteArray("GET") << QStringLiteral("/api/test-connectivity");
        QTest::newRow("system info") << QByteArray("GET") << QStringLiteral("/api/system/info");
        QTest::newRow("api health on v1") << QByteArray("GET") << QStringLiteral("/api/health");
        QTest::newRow("wrong method") << QByteArray("DELETE") << QStringLiteral("/api/groups");
        QTest::newRow("proxy root") << QByteArray("GET") << QStringLiteral("/proxy");
    }
    void unknownRoutesAndWrongMethods()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const HttpResult r = f->client.api(method, path);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, QByteArray(R"({"error":"Not Found"})"));
    }

    void profilesChangeTheRouteSet()
    {
        SimGptLoadOptions v2;
        v2.profile = SimGptLoadProfile::V2;
        SimFixture f2(v2);
        QCOMPARE(f2.client.api("GET", QStringLiteral("/api/health")).status, 200);

        SimGptLoadOptions v12;
        v12.profile = SimGptLoadProfile::V1_2;
        SimFixture old(v12);
        const HttpResult sub = old.client.api("GET", QStringLiteral("/api/groups/0/sub-groups"));
        QCOMPARE(sub.body, QByteArray(R"({"error":"Not Found"})"));
        // v1.4: the route exists and answers with the envelope.
        QCOMPARE(f->client.api("GET", QStringLiteral("/api/groups/0/sub-groups")).code(), QStringLiteral("NOT_FOUND"));
        // v1.2: no group_type, and "aggregate" is an unknown field → a standard group.
        const qint64 id = old.createStandard(QStringLiteral("old"));
        QVERIFY(id > 0);
        const QJsonObject group = old.client.api("GET", QStringLiteral("/api/groups")).data().toArray().first().toObject();
        QVERIFY(!group.contains(QStringLiteral("group_type")));
        QVERIFY(!group.contains(QStringLiteral("model_redirect_rules")));
    }

    void loginShape()
    {
        const auto login = [&](const QByteArray &body) {
            return f->client.send("POST", f->sim->url() + QStringLiteral("/api/auth/login"), body, SimTestClient::english());
        };
        HttpResult r = login(R"({"auth_key":"sim-admin-key"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("success")).toBool(), true);
        r = login(R"({"auth_key":"nope"})");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("success")).toBool(), false);
        QCOMPARE(login("not json").status, 400);
    }

    void createEchoesOnlyWhatGptLoadStores()
    {
        QJsonObject body = standardGroupBody(QStringLiteral("  api-x-com-openai  "));
        body.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("a")});
        body.insert(QStringLiteral("validated_models"), QJsonArray{QStringLiteral("m")});
        body.insert(QStringLiteral("sort"), 20);
        body.insert(QStringLiteral("proxy_keys"), QStringLiteral(" hop-key "));
        body.insert(QStringLiteral("config"), QJsonObject{{QStringLiteral("blacklist_threshold"), 99},
                                                          {QStringLiteral("max_retries"), QJsonValue::Null}});
        body.insert(QStringLiteral("header_rules"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral(" x-foo-bar ")},
                                                                           {QStringLiteral("value"), QStringLiteral("1")},
                                                                           {QStringLiteral("action"), QStringLiteral("set")}},
                                                               QJsonObject{{QStringLiteral("key"), QStringLiteral("")}}});
        const HttpResult r = f->client.api("POST", QStringLiteral("/api/groups"), body);
        QCOMPARE(r.status, 200);
        const QJsonObject g = r.data().toObject();
        QCOMPARE(g.value(QStringLiteral("name")).toString(), QStringLiteral("api-x-com-openai"));
        QCOMPARE(g.value(QStringLiteral("group_type")).toString(), QStringLiteral("standard"));
        QCOMPARE(g.value(QStringLiteral("endpoint")).toString(),
                 QStringLiteral("http://localhost:%1/proxy/api-x-com-openai").arg(f->sim->port()));
        QCOMPARE(g.value(QStringLiteral("proxy_keys")).toString(), QStringLiteral("hop-key"));
        QCOMPARE(g.value(QStringLiteral("config")).toObject(), (QJsonObject{{QStringLiteral("blacklist_threshold"), 99}}));
        QCOMPARE(g.value(QStringLiteral("header_rules")).toArray().size(), 1);
        QCOMPARE(g.value(QStringLiteral("header_rules")).toArray().first().toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("X-Foo-Bar"));
        QVERIFY(!g.contains(QStringLiteral("tags")));
        QVERIFY(!g.contains(QStringLiteral("validated_models")));
        QVERIFY(g.value(QStringLiteral("last_validated_at")).isNull());
        QVERIFY(g.value(QStringLiteral("created_at")).toString().contains(QLatin1Char('.')));
    }

    void createValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("uppercase name") << "name" << QJsonValue(QStringLiteral("Bad")) << 400 << "VALIDATION_FAILED";
        QTest::newRow("dot in name") << "name" << QJsonValue(QStringLiteral("a.b")) << 400 << "VALIDATION_FAILED";
        QTest::newRow("101 chars") << "name" << QJsonValue(QString(101, QLatin1Char('a'))) << 400 << "VALIDATION_FAILED";
        QTest::newRow("100 chars") << "name" << QJsonValue(QString(100, QLatin1Char('a'))) << 200 << "";
        QTest::newRow("name wrong type") << "name" << QJsonValue(5) << 400 << "INVALID_JSON";
        QTest::newRow("channel") << "channel_type" << QJsonValue(QStringLiteral("azure")) << 400 << "VALIDATION_FAILED";
        QTest::newRow("group type") << "group_type" << QJsonValue(QStringLiteral("mixed")) << 400 << "VALIDATION_FAILED";
        QTest::newRow("no test model") << "test_model" << QJsonValue(QStringLiteral("  ")) << 400 << "VALIDATION_FAILED";
        QTest::newRow("upstreams null") << "upstreams" << QJsonValue(QJsonValue::Null) << 400 << "VALIDATION_FAILED";
        QTest::newRow("upstream scheme") << "upstreams"
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("ftp://x")}, {QStringLiteral("weight"), 1}}})
            << 400 << "VALIDATION_FAILED";
        QTest::newRow("all weights zero") << "upstreams"
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("http://x")}, {QStringLiteral("weight"), 0}}})
            << 400 << "VALIDATION_FAILED";
        QTest::newRow("negative weight") << "upstreams"
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("http://x")}, {QStringLiteral("weight"), -1}},
                                     QJsonObject{{QStringLiteral("url"), QStringLiteral("http://y")}, {QStringLiteral("weight"), 1}}})
            << 400 << "VALIDATION_FAILED";
        QTest::newRow("endpoint url") << "validation_endpoint" << QJsonValue(QStringLiteral("https://x/v1")) << 400 << "VALIDATION_FAILED";
        QTest::newRow("endpoint relative") << "validation_endpoint" << QJsonValue(QStringLiteral("v1/x")) << 400 << "VALIDATION_FAILED";
        QTest::newRow("config unknown") << "config" << QJsonValue(QJsonObject{{QStringLiteral("foo"), 1}}) << 400 << "VALIDATION_FAILED";
        QTest::newRow("config below min") << "config" << QJsonValue(QJsonObject{{QStringLiteral("request_timeout"), 0}}) << 400 << "VALIDATION_FAILED";
        QTest::newRow("config float") << "config" << QJsonValue(QJsonObject{{QStringLiteral("max_retries"), 1.5}}) << 400 << "VALIDATION_FAILED";
        QTest::newRow("config string") << "config" << QJsonValue(QJsonObject{{QStringLiteral("max_retries"), QStringLiteral("3")}}) << 400 << "VALIDATION_FAILED";
        QTest::newRow("failover codes") << "config" << QJsonValue(QJsonObject{{QStringLiteral("failover_status_codes"), QStringLiteral("abc")}}) << 400 << "VALIDATION_FAILED";
        QTest::newRow("failover ok") << "config" << QJsonValue(QJsonObject{{QStringLiteral("failover_status_codes"), QStringLiteral("429\n500-599")}}) << 200 << "";
        QTest::newRow("duplicate header") << "header_rules"
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("x-a")}},
                                     QJsonObject{{QStringLiteral("key"), QStringLiteral("X-A")}}})
            << 400 << "VALIDATION_FAILED";
        QTest::newRow("redirect empty target") << "model_redirect_rules" << QJsonValue(QJsonObject{{QStringLiteral("a"), QStringLiteral("")}})
                                               << 400 << "VALIDATION_FAILED";
    }
    void createValidation()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        QFETCH(QString, code);
        QJsonObject body = standardGroupBody(QStringLiteral("valid-name"));
        body.insert(field, value);
        const HttpResult r = f->client.api("POST", QStringLiteral("/api/groups"), body);
        QCOMPARE(r.status, status);
        if (!code.isEmpty())
            QCOMPARE(r.code(), code);
    }

    void duplicateNamesConflict()
    {
        const qint64 a = f->createStandard(QStringLiteral("dup"));
        const qint64 b = f->createStandard(QStringLiteral("other"));
        QVERIFY(a > 0 && b > 0);
        HttpResult r = f->client.api("POST", QStringLiteral("/api/groups"), standardGroupBody(QStringLiteral("dup")));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QStringLiteral("DUPLICATE_RESOURCE"));
        QCOMPARE(r.message(), QStringLiteral("Resource already exists"));
        r = f->client.api("PUT", QStringLiteral("/api/groups/%1").arg(b), QJsonObject{{QStringLiteral("name"), QStringLiteral("dup")}});
        QCOMPARE(r.status, 409);
        QCOMPARE(f->client.api("POST", QStringLiteral("/api/groups/%1/copy").arg(a), QJsonObject{}).data()
                     .toObject().value(QStringLiteral("group")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("dup_copy"));
        QCOMPARE(f->client.api("POST", QStringLiteral("/api/groups/%1/copy").arg(a), QJsonObject{}).data()
                     .toObject().value(QStringLiteral("group")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("dup_copy_2"));
    }

    void oldGptLoadAcceptsOnlyShortNames()
    {
        SimGptLoadOptions options;
        options.shortGroupNames = true;  // gpt-load v1.0.22 and older
        SimFixture old(options);
        QVERIFY(old.started);
        const QString longName = QStringLiteral("gpt-4o-mini-via-api-deepseek-com-openai");
        HttpResult r = old.client.api("POST", QStringLiteral("/api/groups"), standardGroupBody(longName));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("VALIDATION_FAILED"));
        QVERIFY(r.message().contains(QLatin1String("3-30")));
        QVERIFY(old.createStandard(QStringLiteral("api-x-com-openai")) > 0);
        // The same name on a current gpt-load.
        QVERIFY(f->createStandard(longName) > 0);
    }

    void partialUpdateSemantics()
    {
        QJsonObject body = standardGroupBody(QStringLiteral("pu"));
        body.insert(QStringLiteral("config"), QJsonObject{{QStringLiteral("max_retries"), 5}});
        body.insert(QStringLiteral("description"), QStringLiteral("keep me"));
        const qint64 id = f->create(body);
        const QString path = QStringLiteral("/api/groups/%1").arg(id);

        HttpResult r = f->client.api("PUT", path, QJsonObject{{QStringLiteral("test_model"), QStringLiteral("")},
                                                              {QStringLiteral("sort"), 7}});
        QCOMPARE(r.status, 200);
        QJsonObject g = r.data().toObject();
        QCOMPARE(g.value(QStringLiteral("test_model")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(g.value(QStringLiteral("description")).toString(), QStringLiteral("keep me"));
        QCOMPARE(g.value(QStringLiteral("sort")).toInt(), 7);
        QCOMPARE(g.value(QStringLiteral("config")).toObject().value(QStringLiteral("max_retries")).toInt(), 5);

        r = f->client.api("PUT", path, QJsonObject{{QStringLiteral("upstreams"), QJsonValue::Null}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(f->client.api("PUT", path, QJsonObject{{QStringLiteral("test_model"), QStringLiteral("  ")}}).status, 400);

        const QJsonArray two{QJsonObject{{QStringLiteral("url"), QStringLiteral("http://a")}, {QStringLiteral("weight"), 3}},
                             QJsonObject{{QStringLiteral("url"), QStringLiteral("http://b")}, {QStringLiteral("weight"), 1}}};
        r = f->client.api("PUT", path, QJsonObject{{QStringLiteral("upstreams"), two}, {QStringLiteral("config"), QJsonObject{}}});
        g = r.data().toObject();
        QCOMPARE(g.value(QStringLiteral("upstreams")).toArray(), two);
        QCOMPARE(g.value(QStringLiteral("config")).toObject(), QJsonObject());

        QCOMPARE(f->client.api("PUT", QStringLiteral("/api/groups/abc"), QJsonObject{}).code(), QStringLiteral("BAD_REQUEST"));
        QCOMPARE(f->client.api("PUT", QStringLiteral("/api/groups/999"), QJsonObject{}).status, 404);
        QCOMPARE(f->client.api("GET", QStringLiteral("/api/groups/999/stats")).status, 404);
        QCOMPARE(f->client.api("POST", QStringLiteral("/api/groups/999/copy"), QJsonObject{}).status, 404);
        QCOMPARE(f->client.apiRaw("PUT", path, "{broken").code(), QStringLiteral("INVALID_JSON"));
    }

    void listingOrderAndBareList()
    {
        QJsonObject a = standardGroupBody(QStringLiteral("a"));
        a.insert(QStringLiteral("sort"), 30);
        QJsonObject b = standardGroupBody(QStringLiteral("b"));
        b.insert(QStringLiteral("sort"), 20);
        QJsonObject c = standardGroupBody(QStringLiteral("c"));
        c.insert(QStringLiteral("sort"), 20);
        f->create(a);
        f->create(b);
        f->create(c);
        QStringList names;
        for (const QJsonValue &v : f->client.api("GET", QStringLiteral("/api/groups")).data().toArray())
            names.append(v.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(names, (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
        const QJsonObject bare = f->client.api("GET", QStringLiteral("/api/groups/list")).data().toArray().first().toObject();
        QCOMPARE(bare.value(QStringLiteral("name")).toString(), QStringLiteral("c"));
        QCOMPARE(bare.value(QStringLiteral("channel_type")).toString(), QString());
        QCOMPARE(f->client.api("GET", QStringLiteral("/api/channel-types")).data().toArray().size(), 4);
        QCOMPARE(f->client.api("GET", QStringLiteral("/api/groups/config-options")).data().toArray().size(), 14);
    }

    void aggregatesAndSubGroups()
    {
        QJsonObject aggBody{{QStringLiteral("name"), QStringLiteral("agg")}, {QStringLiteral("group_type"), QStringLiteral("aggregate")},
                            {QStringLiteral("channel_type"), QStringLiteral("openai")},
                            {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("http://x")}, {QStringLiteral("weight"), 1}}}},
                            {QStringLiteral("test_model"), QStringLiteral("m")}, {QStringLiteral("validation_endpoint"), QStringLiteral("/x")}};
        const HttpResult created = f->client.api("POST", QStringLiteral("/api/groups"), aggBody);
        QCOMPARE(created.status, 200);
        const QJsonObject agg = created.data().toObject();
        QCOMPARE(agg.value(QStringLiteral("upstreams")).toArray(), QJsonArray());
        QCOMPARE(agg.value(QStringLiteral("test_model")).toString(), QStringLiteral("-"));
        QCOMPARE(agg.value(QStringLiteral("validation_endpoint")).toString(), QString());
        const qint64 aggId = qint64(agg.value(QStringLiteral("id")).toDouble());
        const qint64 m1 = f->createStandard(QStringLiteral("m1"));
        const qint64 m2 = f->createStandard(QStringLiteral("m2"));
        const qint64 anth = f->create(standardGroupBody(QStringLiteral("anth"), QStringLiteral("http://a"), QStringLiteral("anthropic")));
        const QString sub = QStringLiteral("/api/groups/%1/sub-groups").arg(aggId);
        const auto add = [&](const QJsonArray &items) {
            return f->client.api("POST", sub, QJsonObject{{QStringLiteral("sub_groups"), items}});
        };
        const auto item = [](qint64 id, int weight) {
            return QJsonObject{{QStringLiteral("group_id"), id}, {QStringLiteral("weight"), weight}};
        };
        QCOMPARE(add({}).code(), QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(add({item(m1, 1001)}).status, 400);
        QCOMPARE(add({item(m1, 1), item(m1, 2)}).message(), QStringLiteral("One or more sub-groups not found"));
        QCOMPARE(add({item(anth, 1)}).code(), QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(add({item(aggId, 1)}).status, 400);
        QCOMPARE(add({item(m1, 10), item(m2, 0)}).status, 200);
        const HttpResult again = add({item(m1, 5)});
        QCOMPARE(again.code(), QStringLiteral("BAD_REQUEST"));
        QCOMPARE(f->client.api("POST", QStringLiteral("/api/groups/%1/sub-groups").arg(m1),
                               QJsonObject{{QStringLiteral("sub_groups"), QJsonArray{item(m2, 1)}}}).code(),
                 QStringLiteral("BAD_REQUEST"));
        QCOMPARE(f->client.api("GET", QStringLiteral("/api/groups/999/sub-groups")).message(), QStringLiteral("Group not found"));

        const QJsonArray members = f->client.api("GET", sub).data().toArray();
        QCOMPARE(members.size(), 2);
        QVERIFY(members.first().toObject().value(QStringLiteral("group")).toObject().contains(QStringLiteral("effective_config")));
        QCOMPARE(f->client.api("PUT", sub + QStringLiteral("/%1/weight").arg(m2), QJsonObject{{QStringLiteral("weight"), 3}}).status, 200);
        QCOMPARE(f->client.api("PUT", sub + QStringLiteral("/%1/weight").arg(anth), QJsonObject{{QStringLiteral("weight"), 3}}).status, 404);
        QCOMPARE(f->client.api("DELETE", sub + QStringLiteral("/%1").arg(anth)).status, 404);
        QCOMPARE(f->client.api("GET", QStringLiteral("/api/groups/%1/parent-aggregate-groups").arg(m1)).data().toArray().size(), 1);
        QCOMPARE(f->client.api("GET", QStringLiteral("/api/groups/777/parent-aggregate-groups")).data().toArray(), QJsonArray());

        // Members cannot change channel type or validation endpoint; aggregates ignore type changes.
        HttpResult r = f->client.api("PUT", QStringLiteral("/api/groups/%1").arg(m1), QJsonObject{{QStringLiteral("channel_type"), QStringLiteral("gemini")}});
        QCOMPARE(r.code(), QStringLiteral("VALIDATION_FAILED"));
        r = f->client.api("PUT", QStringLiteral("/api/groups/%1").arg(m1), QJsonObject{{QStringLiteral("validation_endpoint"), QStringLiteral("/v1/x")}});
        QCOMPARE(r.status, 400);
        r = f->client.api("PUT", QStringLiteral("/api/groups/%1").arg(aggId), QJsonObject{{QStringLiteral("channel_type"), QStringLiteral("gemini")},
                                                                                         {QStringLiteral("group_type"), QStringLiteral("standard")}});
        QCOMPARE(r.data().toObject().value(QStringLiteral("channel_type")).toString(), QStringLiteral("openai"));
        QCOMPARE(r.data().toObject().value(QStringLiteral("group_type")).toString(), QStringLiteral("aggregate"));
        QCOMPARE(f->client.api("PUT", QStringLiteral("/api/groups/%1").arg(aggId),
                               QJsonObject{{QStringLiteral("model_redirect_rules"), QJsonObject{{QStringLiteral("a"), QStringLiteral("b")}}}}).status, 400);

        // Deleting a member removes its links; deleting the aggregate keeps the members.
        QCOMPARE(f->client.api("DELETE", QStringLiteral("/api/groups/%1").arg(m1)).status, 200);
        QCOMPARE(f->client.api("GET", sub).data().toArray().size(), 1);
        QCOMPARE(f->client.api("DELETE", QStringLiteral("/api/groups/%1").arg(aggId)).status, 200);
        QVERIFY(f->sim->subGroupLinks().isEmpty());
        QVERIFY(f->sim->group(QStringLiteral("m2")).has_value());
    }

    void reorderValidation()
    {
        const qint64 a = f->createStandard(QStringLiteral("ra"));
        const qint64 b = f->createStandard(QStringLiteral("rb"));
        const auto reorder = [&](const QJsonArray &items) {
            return f->client.api("PUT", QStringLiteral("/api/groups/reorder"), QJsonObject{{QStringLiteral("items"), items}});
        };
        const auto item = [](qint64 id, int sort) { return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("sort"), sort}}; };
        QCOMPARE(reorder({}).code(), QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(reorder({item(0, 1)}).status, 400);
        QCOMPARE(reorder({item(a, -1)}).status, 400);
        QCOMPARE(reorder({item(a, 1), item(a, 2)}).status, 400);
        QCOMPARE(reorder({item(a, 5), item(999, 2)}).status, 400);
        QCOMPARE(f->sim->group(QStringLiteral("ra"))->sort, 0);   // all or nothing
        QCOMPARE(reorder({item(a, 5), item(b, 2)}).status, 200);
        QCOMPARE(f->sim->group(QStringLiteral("ra"))->sort, 5);
    }

    void settingsReadAndWrite()
    {
        const QJsonArray categories = f->client.api("GET", QStringLiteral("/api/settings")).data().toArray();
        QVERIFY(categories.size() >= 3);
        QVERIFY(categories.first().toObject().contains(QStringLiteral("category_name")));
        HttpResult r = f->client.api("PUT", QStringLiteral("/api/settings"), QJsonObject{{QStringLiteral("nope"), 1}});
        QCOMPARE(r.status, 500);
        QCOMPARE(r.code(), QStringLiteral("DATABASE_ERROR"));
        r = f->client.api("PUT", QStringLiteral("/api/settings"), QJsonObject{{QStringLiteral("max_retries"), QStringLiteral("x")}});
        QCOMPARE(r.status, 500);
        QCOMPARE(f->client.api("PUT", QStringLiteral("/api/settings"), QJsonObject{}).status, 200);
        r = f->client.api("PUT", QStringLiteral("/api/settings"), QJsonObject{{QStringLiteral("proxy_keys"), QStringLiteral(" a , b,,c ")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(f->sim->globalProxyKeys(), QStringLiteral("a,b,c"));
        QCOMPARE(f->sim->settings().value(QStringLiteral("app_url")).toString(), QStringLiteral("http://localhost:%1").arg(f->sim->port()));
    }
};

QTEST_GUILESS_MAIN(TestSimGptLoadGroups)
#include "tst_simgptload_groups.moc"
