// Simulated AI sites (formats, pagination, failure modes) and SimCluster.

#include "core/sim/simaisite.h"
#include "core/sim/simcluster.h"
#include "tests/sim/simtestclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

const QString kKey = QStringLiteral("sk-site-valid-0001");

QStringList manyModels(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(QStringLiteral("model-%1").arg(i, 4, 10, QLatin1Char('0')));
    return out;
}

HeaderList anthropicHeaders(const QString &key = kKey)
{
    return {{"x-api-key", key.toUtf8()}, {"anthropic-version", "2023-06-01"}};
}

} // namespace

class TestSimAiSite : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimAiSite> site;
    SimTestClient client;

    void startSite(SimAiFormats formats, const QStringList &models, const QString &basePath = {})
    {
        SimAiSiteOptions o;
        o.name = QStringLiteral("test-site");
        o.formats = formats;
        o.models = models;
        o.validKeys = {kKey};
        o.basePath = basePath;
        site = std::make_unique<SimAiSite>(o);
        QVERIFY(site->start());
    }

private slots:
    void cleanup() { site.reset(); }

    void openAiListAndAuth()
    {
        startSite(SimAiFormat::OpenAI, {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")});
        const QString url = site->url() + QStringLiteral("/v1/models");
        HttpResult r = client.get(url, SimTestClient::bearer(kKey));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("object")).toString(), QStringLiteral("list"));
        QCOMPARE(r.json().value(QStringLiteral("data")).toArray().at(1).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("gpt-4o-mini"));
        QCOMPARE(client.get(url).status, 401);
        r = client.get(url, SimTestClient::bearer(QStringLiteral("wrong")));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_api_key"));
        QCOMPARE(client.get(site->url() + QStringLiteral("/v1/v1/models"), SimTestClient::bearer(kKey)).status, 404);
        QCOMPARE(client.get(site->url() + QStringLiteral("/v1beta/models?key=") + kKey).status, 404);   // not a Gemini site
    }

    void alternativeListShapes()
    {
        startSite(SimAiFormat::OpenAI, {QStringLiteral("a"), QStringLiteral("b")});
        const QString url = site->url() + QStringLiteral("/v1/models");
        site->setModelListShape(SimModelListShape::BareArray);
        QCOMPARE(client.get(url, SimTestClient::bearer(kKey)).jsonArray().first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("a"));
        site->setModelListShape(SimModelListShape::BareStringArray);
        QCOMPARE(client.get(url, SimTestClient::bearer(kKey)).jsonArray().last().toString(), QStringLiteral("b"));
        site->setModelListShape(SimModelListShape::ModelsWithIdOnly);
        const QJsonObject only = client.get(url, SimTestClient::bearer(kKey)).json();
        QCOMPARE(only.value(QStringLiteral("models")).toArray().first().toObject(), (QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}}));
        site->setModelListShape(SimModelListShape::Standard);
        site->setModels({QStringLiteral("c")});
        QCOMPARE(client.get(url, SimTestClient::bearer(kKey)).json().value(QStringLiteral("data")).toArray().size(), 1);
        site->setEmptyModelList(true);
        QCOMPARE(client.get(url, SimTestClient::bearer(kKey)).json().value(QStringLiteral("data")).toArray().size(), 0);
    }

    void anthropicPagination()
    {
        startSite(SimAiFormat::Anthropic, manyModels(45));
        const QString url = site->url() + QStringLiteral("/v1/models");
        QCOMPARE(client.get(url, {{"x-api-key", kKey.toUtf8()}}).status, 400);   // anthropic-version missing
        QCOMPARE(client.get(url, SimTestClient::bearer(kKey)).status, 401);      // Bearer is not Anthropic auth
        QCOMPARE(client.get(url, anthropicHeaders(QStringLiteral("bad"))).status, 401);

        QStringList collected;
        QString after;
        int pages = 0;
        for (bool more = true; more && pages < 10; ++pages) {
            QString pageUrl = url + QStringLiteral("?limit=20");
            if (!after.isEmpty())
                pageUrl += QStringLiteral("&after_id=") + after;
            const QJsonObject page = client.get(pageUrl, anthropicHeaders()).json();
            for (const QJsonValue &v : page.value(QStringLiteral("data")).toArray())
                collected.append(v.toObject().value(QStringLiteral("id")).toString());
            more = page.value(QStringLiteral("has_more")).toBool();
            after = page.value(QStringLiteral("last_id")).toString();
            QCOMPARE(page.value(QStringLiteral("first_id")).toString(), collected.at((pages) * 20));
        }
        QCOMPARE(pages, 3);
        QCOMPARE(collected, manyModels(45));
        QCOMPARE(client.get(url + QStringLiteral("?limit=0"), anthropicHeaders()).status, 400);
        const QJsonObject defaults = client.get(url, anthropicHeaders()).json();
        QCOMPARE(defaults.value(QStringLiteral("data")).toArray().size(), 20);
        QCOMPARE(defaults.value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("model"));
    }

    void geminiPaginationAndAuth()
    {
        startSite(SimAiFormat::Gemini, manyModels(120));
        const QString url = site->url() + QStringLiteral("/v1beta/models");
        QCOMPARE(client.get(url).status, 403);
        QCOMPARE(client.get(url + QStringLiteral("?key=bad")).status, 400);
        QCOMPARE(client.get(url, {{"x-goog-api-key", kKey.toUtf8()}}).status, 200);

        QStringList names;
        QString token;
        int pages = 0;
        do {
            QString pageUrl = url + QStringLiteral("?key=") + kKey + QStringLiteral("&pageSize=50");
            if (!token.isEmpty())
                pageUrl += QStringLiteral("&pageToken=") + token;
            const QJsonObject page = client.get(pageUrl).json();
            for (const QJsonValue &v : page.value(QStringLiteral("models")).toArray())
                names.append(v.toObject().value(QStringLiteral("name")).toString());
            token = page.value(QStringLiteral("nextPageToken")).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(names.size(), 120);
        QCOMPARE(names.first(), QStringLiteral("models/model-0000"));
        QCOMPARE(client.get(url + QStringLiteral("?key=") + kKey + QStringLiteral("&pageToken=garbage")).status, 400);
    }

    void chatEndpoints()
    {
        startSite(SimAiFormat::OpenAI | SimAiFormat::Anthropic | SimAiFormat::Gemini, {QStringLiteral("m1")});
        const QByteArray good = R"({"model":"m1","max_tokens":5,"messages":[{"role":"user","content":"hi"}]})";
        const QByteArray unknown = R"({"model":"nope","max_tokens":5,"messages":[]})";
        HttpResult r = client.send("POST", site->url() + QStringLiteral("/v1/chat/completions"), good, SimTestClient::bearer(kKey));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
        r = client.send("POST", site->url() + QStringLiteral("/v1/chat/completions"), unknown, SimTestClient::bearer(kKey));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("model_not_found"));
        QCOMPARE(client.send("POST", site->url() + QStringLiteral("/v1/messages"), good, anthropicHeaders()).status, 200);
        QCOMPARE(client.send("POST", site->url() + QStringLiteral("/v1/messages"), unknown, anthropicHeaders()).status, 404);
        QCOMPARE(client.send("POST", site->url() + QStringLiteral("/v1beta/models/m1:generateContent?key=") + kKey, "{}").status, 200);
        QCOMPARE(client.send("POST", site->url() + QStringLiteral("/v1beta/models/nope:generateContent?key=") + kKey, "{}").status, 404);
        QCOMPARE(client.send("POST", site->url() + QStringLiteral("/v1beta/openai/chat/completions"), good, SimTestClient::bearer(kKey)).status, 200);
        QCOMPARE(client.get(site->url() + QStringLiteral("/v1beta/openai/models"), SimTestClient::bearer(kKey)).status, 200);
        // Both OpenAI and Anthropic on /v1/models: the headers choose the shape.
        QVERIFY(client.get(site->url() + QStringLiteral("/v1/models"), anthropicHeaders()).json().contains(QStringLiteral("has_more")));
        QVERIFY(client.get(site->url() + QStringLiteral("/v1/models"), SimTestClient::bearer(kKey)).json().contains(QStringLiteral("object")));
    }

    void basePathFailureModesAndCounters()
    {
        startSite(SimAiFormat::OpenAI, {QStringLiteral("m1")}, QStringLiteral("/api"));
        QVERIFY(site->url().endsWith(QLatin1String("/api")));
        QCOMPARE(client.get(site->url() + QStringLiteral("/v1/models"), SimTestClient::bearer(kKey)).status, 200);
        QCOMPARE(client.get(site->rootUrl() + QStringLiteral("/v1/models"), SimTestClient::bearer(kKey)).status, 404);
        QCOMPARE(client.get(site->url() + QStringLiteral("/")).status, 200);
        site->setNotFoundOnRoot(true);
        QCOMPARE(client.get(site->url() + QStringLiteral("/")).status, 404);

        site->setFailure(SimAiFailure::Unavailable);
        QCOMPARE(client.get(site->url() + QStringLiteral("/v1/models"), SimTestClient::bearer(kKey)).status, 503);
        site->setFailure(SimAiFailure::Unauthorized);
        QCOMPARE(client.get(site->url() + QStringLiteral("/v1/models"), SimTestClient::bearer(kKey)).status, 401);
        site->setFailure(SimAiFailure::None);

        site->setLatencyMs(120);
        const HttpResult slow = client.get(site->url() + QStringLiteral("/v1/models"), SimTestClient::bearer(kKey));
        QCOMPARE(slow.status, 200);
        QVERIFY(slow.elapsedMs >= 100);
        site->setLatencyMs(0);

        site->addFault(SimFaultRule::respond("GET", QStringLiteral("*/models"), 429).times(1));
        QCOMPARE(client.get(site->url() + QStringLiteral("/v1/models"), SimTestClient::bearer(kKey)).status, 429);

        site->stop();
        QVERIFY(!site->isRunning());
        QCOMPARE(client.get(site->url() + QStringLiteral("/v1/models"), SimTestClient::bearer(kKey), 1000).status, 0);
        QVERIFY(site->start());
        QCOMPARE(site->requestCount(QStringLiteral("/api/v1/models")), 5);   // none while down
        QCOMPARE(site->requestCount(QStringLiteral("/v1/models")), 1);
    }

    void clusterWritesTheInstanceFile()
    {
        SimClusterOptions options;
        options.instanceCount = 2;
        SimAiSiteOptions s;
        s.name = QStringLiteral("alpha");
        options.sites = {s};
        SimCluster cluster(options);
        QVERIFY2(cluster.start(), qPrintable(cluster.errorString()));
        QCOMPARE(cluster.instanceCount(), 2);
        QVERIFY(cluster.instance(0)->adminKey() != cluster.instance(1)->adminKey());
        QVERIFY(cluster.site(QStringLiteral("alpha")));
        QVERIFY(cluster.addSite(SimAiSiteOptions{}));
        QCOMPARE(cluster.sites().size(), 2);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gptload-instances.json"));
        QString error;
        QVERIFY2(cluster.writeInstancesFile(path, &error), qPrintable(error));
        QFile file(path);
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther), QFileDevice::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray list = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list.first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("sim-1"));
        QCOMPARE(first.value(QStringLiteral("url")).toString(), cluster.instance(0)->url());
        QCOMPARE(first.value(QStringLiteral("token")).toString(), cluster.instance(0)->adminKey());
        QCOMPARE(first.value(QStringLiteral("priority")).toInt(), 1);
        QVERIFY(!first.value(QStringLiteral("name")).toString().isEmpty());

        SimTestClient c;
        QCOMPARE(c.get(cluster.instance(1)->url() + QStringLiteral("/health")).status, 200);
        cluster.stop();
        QVERIFY(!cluster.instance(0)->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSimAiSite)
#include "tst_simaisite.moc"
