// The onboarding HTTP routes (core/api/routes_sites.cpp) through ApiServer::dispatch(), against
// a real engine and the simulated cluster.
#include "core/api/apicontext.h"
#include "core/api/apiserver.h"
#include "core/api/routes.h"
#include "core/sites/groupnames.h"
#include "tests/onboarding/onboardingfixture.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

const QString kSiteKey = QStringLiteral("sk-sim-site-key-0001");

struct Answer
{
    int status = 0;
    QJsonObject json;
};

} // namespace

class TestOnboardingRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OnboardingFixture> m_fixture;
    std::unique_ptr<ApiServer> m_server;
    SimAiSite *m_site = nullptr;

    Answer call(const QByteArray &method, const QString &target, const QJsonObject &body = {},
                const QByteArray &acceptLanguage = "en-US", const QByteArray &rawBody = {})
    {
        ApiRequest req;
        req.method = method;
        const qsizetype q = target.indexOf(QLatin1Char('?'));
        req.path = req.rawPath = q < 0 ? target : target.left(q);
        if (q >= 0)
            req.query = QUrlQuery(target.mid(q + 1));
        req.body = rawBody.isEmpty() && !body.isEmpty() ? QJsonDocument(body).toJson(QJsonDocument::Compact) : rawBody;
        req.headers.insert("content-type", "application/json");
        req.headers.insert("accept-language", acceptLanguage);
        auto answer = std::make_shared<std::optional<ApiResponse>>();
        m_server->dispatch(req, [answer](ApiResponse r) { *answer = std::move(r); });
        QDeadlineTimer deadline(30000);
        while (!answer->has_value() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (!answer->has_value())
            return {};
        return {(*answer)->status, QJsonDocument::fromJson((*answer)->body).object()};
    }

    QJsonObject siteRequest(const QStringList &types = {}) const
    {
        return OnboardingFixture::request(m_site->url(), {kSiteKey}, types);
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<OnboardingFixture>();
        SimAiSiteOptions options;
        options.name = QStringLiteral("routes");
        options.models = {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"), QStringLiteral("whisper-1")};
        options.validKeys = {kSiteKey};
        m_site = m_fixture->addSite(options);
        QVERIFY(m_fixture->startEngine());
        ApiServerOptions serverOptions;
        serverOptions.port = 0;
        serverOptions.authDisabled = true;
        m_server = std::make_unique<ApiServer>(serverOptions);
        const ApiContext ctx{&m_fixture->engine(), m_server.get()};
        registerAllRoutes(m_server->router(), ctx);
    }

    void cleanup()
    {
        m_server.reset();
        m_fixture.reset();
    }

    void processAiSiteAnswersTheOriginalShape()
    {
        const Answer a = call("POST", QStringLiteral("/api/process-ai-site"), siteRequest());
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("success")).toBool(), true);
        QVERIFY(!a.json.value(QStringLiteral("message")).toString().isEmpty());
        const QJsonObject data = a.json.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("siteName")).toString(), QStringLiteral("127-0-0-1"));
        QCOMPARE(data.value(QStringLiteral("baseUrl")).toString(), m_site->url());
        QCOMPARE(data.value(QStringLiteral("channelTypes")).toArray(), QJsonArray{QStringLiteral("openai")});
        QCOMPARE(data.value(QStringLiteral("groupsCreated")).toInt(), 1);
        QCOMPARE(data.value(QStringLiteral("modelsCount")).toInt(), 2);
        QCOMPARE(data.value(QStringLiteral("models")).toArray().size(), 2);
        QCOMPARE(data.value(QStringLiteral("modelsByChannel")).toObject().value(QStringLiteral("openai")).toArray().size(), 2);
        QCOMPARE(data.value(QStringLiteral("siteGroups")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("127-0-0-1-openai"));
        QCOMPARE(data.value(QStringLiteral("modelGroups")).toInt(), 2);  // one L3 per kept model
        QCOMPARE(data.value(QStringLiteral("usingManualModels")).toBool(), false);
        QCOMPARE(data.value(QStringLiteral("successfulInstance")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("sim-1"));
        QVERIFY(data.value(QStringLiteral("warnings")).isArray());
        QVERIFY(!data.value(QStringLiteral("steps")).toArray().isEmpty());
        QVERIFY(data.value(QStringLiteral("conflicts")).isArray());
        QVERIFY(!QJsonDocument(a.json).toJson().contains(kSiteKey.toUtf8()));
    }

    void processAiSiteInputErrors()
    {
        Answer a = call("POST", QStringLiteral("/api/process-ai-site"), QJsonObject{{QStringLiteral("apiKeys"), QJsonArray{kSiteKey}}});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("success")).toBool(), false);
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("baseUrl"));
        QVERIFY(a.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("baseUrl")));

        a = call("POST", QStringLiteral("/api/process-ai-site"), siteRequest({QStringLiteral("mistral")}));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("channelTypes"));

        a = call("POST", QStringLiteral("/api/process-ai-site"), OnboardingFixture::request(m_site->url(), {}));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("apiKeys"));

        a = call("POST", QStringLiteral("/api/process-ai-site"), {}, "en-US", "{not json");
        QCOMPARE(a.status, 400);

        a = call("POST", QStringLiteral("/api/process-ai-site"),
                 QJsonObject{{QStringLiteral("operationType"), QStringLiteral("update")},
                             {QStringLiteral("targetChannelName"), QStringLiteral("ghost-openai")}});
        QCOMPARE(a.status, 404);
        QVERIFY(m_fixture->tempGroups().isEmpty());
    }

    void processAiSiteAsync()
    {
        const Answer started = call("POST", QStringLiteral("/api/process-ai-site?async=1"), siteRequest());
        QCOMPARE(started.status, 202);
        const QString jobId = started.json.value(QStringLiteral("jobId")).toString();
        QVERIFY(!jobId.isEmpty());
        QString state;
        QDeadlineTimer deadline(30000);
        Answer job;
        while (!deadline.hasExpired()) {
            job = call("GET", QStringLiteral("/api/jobs/") + jobId);
            state = job.json.value(QStringLiteral("state")).toString();
            if (job.status == 200 && state != QLatin1String("queued") && state != QLatin1String("running"))
                break;
            QTest::qWait(20);
        }
        QCOMPARE(state, QStringLiteral("done"));
        QCOMPARE(job.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("data")).toObject()
                     .value(QStringLiteral("siteName")).toString(),
                 QStringLiteral("127-0-0-1"));
    }

    void processAiSiteErrorStatuses()
    {
        // 422: every model dropped; details.counts is an object.
        m_site->setModels({QStringLiteral("whisper-1"), QStringLiteral("tts-1-hd")});
        Answer a = call("POST", QStringLiteral("/api/process-ai-site"), siteRequest());
        QCOMPARE(a.status, 422);
        QCOMPARE(a.json.value(QStringLiteral("code")).toString(), QStringLiteral("NO_MODELS_LEFT"));
        QCOMPARE(a.json.value(QStringLiteral("details")).toObject().value(QStringLiteral("counts")).toObject()
                     .value(QStringLiteral("blacklist")).toInt(), 2);

        // 502: gpt-load refused the key upload; details name the step, the instance, what exists.
        m_site->setModels({QStringLiteral("gpt-4o-mini")});
        QJsonObject manual = siteRequest();
        manual.insert(QStringLiteral("models"), QJsonArray{QStringLiteral("gpt-4o-mini")});
        m_fixture->instance(0)->addFault(SimFaultRule::respond("POST", QStringLiteral("/api/keys/add-multiple"), 500,
                                                               R"({"code":"INTERNAL_SERVER_ERROR","message":"disk full"})").times(1));
        a = call("POST", QStringLiteral("/api/process-ai-site"), manual);
        QCOMPARE(a.status, 502);
        const QJsonObject details = a.json.value(QStringLiteral("details")).toObject();
        QVERIFY(details.value(QStringLiteral("step")).toString().contains(QStringLiteral("upload keys")));
        QCOMPARE(details.value(QStringLiteral("instance")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("sim-1"));
        QCOMPARE(details.value(QStringLiteral("code")).toString(), QStringLiteral("INTERNAL_SERVER_ERROR"));
        QCOMPARE(details.value(QStringLiteral("created")).toArray(), QJsonArray{QStringLiteral("127-0-0-1-openai@sim-1")});

        // 503: no healthy instance.
        m_fixture->instance(0)->stop();
        (void)await(m_fixture->engine().checkInstances());
        a = call("POST", QStringLiteral("/api/process-ai-site"), siteRequest());
        QCOMPARE(a.status, 503);
    }

    void previewSiteName()
    {
        Answer a = call("POST", QStringLiteral("/api/preview-site-name"), QJsonObject());
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("error")).toString(), QStringLiteral("baseUrl is required"));
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("baseUrl"));
        a = call("POST", QStringLiteral("/api/preview-site-name"), QJsonObject(), "zh-CN");
        QCOMPARE(a.json.value(QStringLiteral("error")).toString(), QStringLiteral("需要提供 baseUrl"));
        a = call("POST", QStringLiteral("/api/preview-site-name"), QJsonObject{{QStringLiteral("baseUrl"), QStringLiteral("::nope::")}});
        QCOMPARE(a.status, 400);
        QVERIFY(a.json.value(QStringLiteral("error")).toString().startsWith(QStringLiteral("invalid URL format")));
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("baseUrl"));
        QCOMPARE(a.json.value(QStringLiteral("code")).toString(), QStringLiteral("BASE_URL_INVALID"));
        a = call("POST", QStringLiteral("/api/preview-site-name"),
                 QJsonObject{{QStringLiteral("baseUrl"), QStringLiteral("https://api.deepseek.com/v1")}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("siteName")).toString(), QStringLiteral("api-deepseek-com"));
        QCOMPARE(a.json.value(QStringLiteral("normalizedBaseUrl")).toString(), QStringLiteral("https://api.deepseek.com"));
    }

    void probeApi()
    {
        Answer a = call("POST", QStringLiteral("/api/probe-api"), QJsonObject{{QStringLiteral("baseUrl"), m_site->url()},
                                                                               {QStringLiteral("apiKey"), kSiteKey}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("success")).toBool(), true);
        const QJsonObject probe = a.json.value(QStringLiteral("probeResult")).toObject();
        QCOMPARE(probe.value(QStringLiteral("modelCount")).toInt(), 2);
        QCOMPARE(probe.value(QStringLiteral("format")).toString(), QStringLiteral("openai_compatible"));
        a = call("POST", QStringLiteral("/api/probe-api"), QJsonObject{{QStringLiteral("apiKey"), kSiteKey}});
        QCOMPARE(a.status, 400);
        a = call("POST", QStringLiteral("/api/probe-api"), QJsonObject{{QStringLiteral("baseUrl"), m_site->url()},
                                                                        {QStringLiteral("apiKey"), QStringLiteral("sk-invalid-000000000")}});
        QCOMPARE(a.status, 502);
        QVERIFY(!QJsonDocument(a.json).toJson().contains("sk-invalid-000000000"));
    }

    void tempGroupRoutes()
    {
        QJsonObject body{{QStringLiteral("name"), tempGroupName(QDateTime::currentMSecsSinceEpoch() - 1000)},
                         {QStringLiteral("channel_type"), QStringLiteral("openai")},
                         {QStringLiteral("test_model"), QStringLiteral("gpt-4o-mini")},
                         {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), m_site->url()},
                                                                              {QStringLiteral("weight"), 1}}}}};
        QVERIFY(m_fixture->instance(0)->createGroup(body).has_value());
        Answer a = call("GET", QStringLiteral("/api/temp-groups/stats"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("totalTempGroups")).toInt(), 1);
        a = call("POST", QStringLiteral("/api/temp-groups/cleanup-old"), QJsonObject{{QStringLiteral("hoursOld"), QStringLiteral("x")}});
        QCOMPARE(a.status, 400);
        a = call("POST", QStringLiteral("/api/temp-groups/cleanup-old"), QJsonObject());
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("totalCleaned")).toInt(), 0);
        a = call("POST", QStringLiteral("/api/temp-groups/cleanup"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("success")).toBool(), true);
        const QJsonObject data = a.json.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("totalCleaned")).toInt(), 1);
        QCOMPARE(data.value(QStringLiteral("instanceResults")).toArray().first().toObject().value(QStringLiteral("cleaned")).toInt(), 1);
        QVERIFY(m_fixture->tempGroups().isEmpty());
    }

    void rulesRoutes()
    {
        Answer a = call("GET", QStringLiteral("/api/rules"));
        QCOMPARE(a.status, 200);
        QVERIFY(a.json.value(QStringLiteral("whitelist")).isArray());
        QVERIFY(a.json.value(QStringLiteral("highCost")).isArray());
        QVERIFY(a.json.value(QStringLiteral("preferredTestModels")).isArray());
        QJsonObject rules = a.json;
        rules.insert(QStringLiteral("highCost"), QJsonArray{QStringLiteral("gpt-5")});
        a = call("PUT", QStringLiteral("/api/rules"), rules);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("highCost")).toArray().size(), 1);
        a = call("PUT", QStringLiteral("/api/rules"), QJsonObject{{QStringLiteral("whitelist"), 7}});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("whitelist"));
        // An empty (or all-disabled) whitelist with the stage on would drop every model.
        a = call("PUT", QStringLiteral("/api/rules"), QJsonObject{{QStringLiteral("whitelist"), QJsonArray{}}});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("whitelist"));
        QVERIFY(a.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("every model would be dropped")));
        a = call("PUT", QStringLiteral("/api/rules"),
                 QJsonObject{{QStringLiteral("whitelist"), QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("gpt-")},
                                                                                  {QStringLiteral("enabled"), false}}}}});
        QCOMPARE(a.status, 400);
        a = call("GET", QStringLiteral("/api/rules"));
        QCOMPARE(a.json.value(QStringLiteral("highCost")).toArray().size(), 1);
        QVERIFY(!a.json.value(QStringLiteral("whitelist")).toArray().isEmpty());
        // With the stage off an empty whitelist is what the operator means.
        a = call("PUT", QStringLiteral("/api/rules"),
                 QJsonObject{{QStringLiteral("whitelist"), QJsonArray{}}, {QStringLiteral("enableWhitelist"), false}});
        QCOMPARE(a.status, 200);
    }

    void siteGroupsRouteRedactsProxyKeys()
    {
        QCOMPARE(call("POST", QStringLiteral("/api/process-ai-site"), siteRequest()).status, 200);
        const Answer a = call("GET", QStringLiteral("/api/channels/site-groups"));
        QCOMPARE(a.status, 200);
        const QJsonArray groups = a.json.value(QStringLiteral("siteGroups")).toArray();
        QCOMPARE(groups.size(), 1);
        const QJsonObject group = groups.first().toObject();
        QCOMPARE(group.value(QStringLiteral("sort")).toInt(), 20);
        QCOMPARE(group.value(QStringLiteral("_instance")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("sim-1"));
        QVERIFY(group.contains(QStringLiteral("proxy_keys")));
        QVERIFY(group.value(QStringLiteral("proxy_keys")).toString() != m_fixture->hopKey());
    }
};

QTEST_GUILESS_MAIN(TestOnboardingRoutes)
#include "tst_onboarding_routes.moc"
