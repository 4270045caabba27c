// The HTTP API's request rules and error shapes over loopback, against a real engine and the
// simulated cluster: bodies checked before any handler, Chinese error texts, typed body fields,
// failed jobs keeping their details, fractional hours, the cleanup prediction against the real
// run, the bearer scheme, plain OPTIONS and the OpenAPI security of the login.
#include "core/api/apimessages.h"
#include "core/sites/groupnames.h"
#include "tests/api/apiloopback.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

const QString kSiteKey = QStringLiteral("sk-sim-site-key-0001");

QJsonObject tempGroupBody(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("channel_type"), QStringLiteral("openai")},
            {QStringLiteral("test_model"), QStringLiteral("gpt-4o-mini")},
            {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9")},
                                                                 {QStringLiteral("weight"), 1}}}}};
}

} // namespace

class TestApiAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiLoopback> m_api;

    SimAiSite *addSite(const QStringList &models, int latencyMs = 0)
    {
        SimAiSiteOptions options;
        options.name = QStringLiteral("audit-%1").arg(models.join(QLatin1Char('-')));
        options.models = models;
        options.validKeys = {kSiteKey};
        options.latencyMs = latencyMs;
        return m_api->fixture().addSite(options);
    }

    QJsonObject siteRequest(SimAiSite *site, const QString &siteName = {}) const
    {
        QJsonObject o = OnboardingFixture::request(site->url(), {kSiteKey});
        if (!siteName.isEmpty())
            o.insert(QStringLiteral("siteName"), siteName);
        return o;
    }

private slots:
    void init() { m_api = std::make_unique<ApiLoopback>(); }
    void cleanup() { m_api.reset(); }

    void malformedBodiesNeverRunARoute()
    {
        QVERIFY(m_api->start());
        SimAiSite *site = addSite({QStringLiteral("gpt-4o-mini")});
        LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), siteRequest(site));
        QCOMPARE(a.status, 200);
        const int groups = m_api->fixture().cluster().instances().first()->groups().size();
        QVERIFY(groups > 1);

        const QStringList routes = {QStringLiteral("/api/maintenance/delete-model-groups"), QStringLiteral("/api/initialize-architecture"),
                                    QStringLiteral("/api/initialize-architecture?async=1"), QStringLiteral("/api/sync-models"),
                                    QStringLiteral("/api/check-channels"), QStringLiteral("/api/check-instances"),
                                    QStringLiteral("/api/temp-groups/cleanup"), QStringLiteral("/api/cleanup-channels")};
        for (const QString &route : routes) {
            a = m_api->send("POST", route, "{bad", {{"Content-Type", "application/json"}});
            QVERIFY2(a.status == 400, qPrintable(route));
            QCOMPARE(a.code(), QStringLiteral("INVALID_JSON"));
            QCOMPARE(a.json.value(QStringLiteral("success")).toBool(true), false);
            a = m_api->send("POST", route, "hello", {{"Content-Type", "text/plain"}});
            QVERIFY2(a.status == 415, qPrintable(route));
        }
        a = m_api->send("POST", QStringLiteral("/api/maintenance/delete-model-groups"), "{bad", {{"Content-Type", "application/json"}, {"Accept-Language", "zh-CN"}});
        QVERIFY(hasChinese(a.error()));
        // Nothing ran: every group is still there.
        QCOMPARE(m_api->fixture().cluster().instances().first()->groups().size(), groups);
        // A well-formed or empty body still works.
        QCOMPARE(m_api->send("POST", QStringLiteral("/api/check-instances")).status, 200);
        QCOMPARE(m_api->send("POST", QStringLiteral("/api/check-instances"), "{}").status, 200);
    }

    void errorsFollowAcceptLanguage()
    {
        QVERIFY(m_api->start());
        LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), {}, "zh-CN");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), QStringLiteral("BASE_URL_EMPTY"));
        QCOMPARE(a.error(), QStringLiteral("缺少必填参数 baseUrl"));
        QCOMPARE(a.json.value(QStringLiteral("message")).toString(), a.error());
        a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), {});
        QCOMPARE(a.error(), QStringLiteral("baseUrl is required"));
        // Messages the API has no wording of its own for take the console's translation.
        const QJsonObject spaced{{QStringLiteral("baseUrl"), QStringLiteral("not a url")},
                                 {QStringLiteral("apiKeys"), QJsonArray{QStringLiteral("sk-audit-key-0001")}}};
        a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), spaced, "zh-CN");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), QStringLiteral("BASE_URL_INVALID"));
        QCOMPARE(a.error(), QStringLiteral("baseUrl 不能包含空格或控制字符"));
        a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), spaced);
        QCOMPARE(a.error(), QStringLiteral("baseUrl must not contain spaces or control characters"));

        struct Case
        {
            QByteArray method;
            QString path;
            QJsonObject body;
            int status;
        };
        const QList<Case> cases = {
            {"POST", QStringLiteral("/api/probe-api"), {}, 400},
            {"POST", QStringLiteral("/api/channels/reassign"), {}, 400},
            {"POST", QStringLiteral("/api/channels/reassign"), {{QStringLiteral("channelName"), QStringLiteral("x")}}, 400},
            {"POST", QStringLiteral("/api/reassign-site"), {}, 400},
            {"POST", QStringLiteral("/api/cleanup-channels/manual"), {}, 400},
            {"POST", QStringLiteral("/api/cleanup-channels/preview"), {{QStringLiteral("dryRun"), 3}}, 400},
            {"POST", QStringLiteral("/api/sync-models/control"), {{QStringLiteral("action"), QStringLiteral("go")}}, 400},
            {"POST", QStringLiteral("/api/check-channels/control"), {{QStringLiteral("action"), QStringLiteral("go")}}, 400},
            {"POST", QStringLiteral("/api/temp-groups/cleanup-old"), {{QStringLiteral("hoursOld"), -1}}, 400},
            // A misspelt safety option is refused, never read as "not given" (which runs the real thing).
            {"POST", QStringLiteral("/api/temp-groups/cleanup-old"), {{QStringLiteral("hoursold"), 0.001}}, 400},
            {"POST", QStringLiteral("/api/cleanup-channels"), {{QStringLiteral("dryrun"), true}}, 400},
            {"POST", QStringLiteral("/api/cleanup-channels/preview"), {{QStringLiteral("retry_count"), 2}}, 400},
            {"POST", QStringLiteral("/api/cleanup-channels/manual"),
             {{QStringLiteral("channelNames"), QJsonArray{QStringLiteral("a-openai")}}, {QStringLiteral("dry-run"), true}}, 400},
            {"POST", QStringLiteral("/api/models/weights/optimize"), {{QStringLiteral("dryRn"), true}}, 400},
            {"POST", QStringLiteral("/api/uniapi/restore"), {}, 400},
            {"DELETE", QStringLiteral("/api/channels/ghost-openai"), {}, 404},
            {"GET", QStringLiteral("/api/jobs/nope"), {}, 404},
            {"PUT", QStringLiteral("/api/check-channels"), {}, 405},
        };
        for (const Case &c : cases) {
            a = m_api->sendJson(c.method, c.path, c.body, "zh-CN,zh;q=0.9");
            QVERIFY2(a.status == c.status, qPrintable(c.path + QStringLiteral(" → %1").arg(a.status)));
            QVERIFY2(hasChinese(a.error()), qPrintable(c.path + QStringLiteral(": ") + a.error()));
            QVERIFY2(!a.code().isEmpty() && !hasChinese(a.code()), qPrintable(c.path));
            a = m_api->sendJson(c.method, c.path, c.body, "en");
            QVERIFY2(!hasChinese(a.error()), qPrintable(c.path + QStringLiteral(": ") + a.error()));
        }
        a = m_api->sendJson("POST", QStringLiteral("/api/sync-models/control"), {{QStringLiteral("action"), QStringLiteral("go")}}, "zh-CN");
        QCOMPARE(a.error(), QStringLiteral("action 必须为 \"start\" 或 \"stop\""));

        a = m_api->send("GET", QStringLiteral("/api/status"), {}, {{"Accept-Language", "zh-CN"}}, false);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.code(), QStringLiteral("UNAUTHORIZED"));
        QVERIFY(hasChinese(a.error()));
    }

    void wrongTypesAreRefusedNotEmptied()
    {
        QVERIFY(m_api->start());
        const QString siteUrl = QStringLiteral("https://api.example.com");
        LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/reassign-site"),
                                           {{QStringLiteral("siteUrl"), siteUrl}, {QStringLiteral("instanceId"), QStringLiteral("sim-1")}});
        QCOMPARE(a.status, 200);
        const auto assignments = [this]() {
            return m_api->send("GET", QStringLiteral("/api/multi-instances")).json.value(QStringLiteral("siteAssignments")).toObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!assignments().isEmpty(), 10000);
        const QJsonObject before = assignments();

        a = m_api->sendJson("POST", QStringLiteral("/api/reassign-site"), {{QStringLiteral("siteUrl"), siteUrl}, {QStringLiteral("instanceId"), 3}});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("instanceId"));
        QCOMPARE(assignments(), before);  // not cleared

        const QList<std::pair<QString, QJsonObject>> cases = {
            {QStringLiteral("/api/reassign-site"), {{QStringLiteral("siteUrl"), 7}}},
            {QStringLiteral("/api/channels/reassign"), {{QStringLiteral("channelName"), 5}, {QStringLiteral("action"), QStringLiteral("promote")}}},
            {QStringLiteral("/api/channels/reassign"), {{QStringLiteral("channelName"), QStringLiteral("x")}, {QStringLiteral("action"), true}}},
            {QStringLiteral("/api/cleanup-channels/manual"), {{QStringLiteral("channelNames"), QJsonArray{1, 2}}}},
            {QStringLiteral("/api/cleanup-channels/manual"), {{QStringLiteral("channelNames"), QStringLiteral("a-openai")}}},
            {QStringLiteral("/api/adoption/delete-legacy"), {{QStringLiteral("names"), QStringLiteral("legacy")}}},
            {QStringLiteral("/api/uniapi/restore"), {{QStringLiteral("name"), 1}}},
            {QStringLiteral("/api/sync-models/control"), {{QStringLiteral("action"), 1}}},
            {QStringLiteral("/api/check-channels/control"), {{QStringLiteral("action"), QJsonArray{}}}},
            {QStringLiteral("/api/preview-site-name"), {{QStringLiteral("baseUrl"), 12}}},
            {QStringLiteral("/api/session"), {{QStringLiteral("token"), 12345}}},
            {QStringLiteral("/api/sync/pending/decide"),
             {{QStringLiteral("site"), 1}, {QStringLiteral("model"), QStringLiteral("m")}, {QStringLiteral("decision"), QStringLiteral("approve")}}},
            {QStringLiteral("/api/sync/pending/decide"),
             {{QStringLiteral("site"), QStringLiteral("s")}, {QStringLiteral("model"), QStringLiteral("m")}, {QStringLiteral("decision"), true}}},
        };
        for (const auto &[path, body] : cases) {
            a = m_api->sendJson("POST", path, body);
            QVERIFY2(a.status == 400, qPrintable(path));
            const QString field = a.json.value(QStringLiteral("field")).toString();
            QVERIFY2(body.contains(field), qPrintable(path + QStringLiteral(": field ") + field));
            QVERIFY2(a.json.value(QStringLiteral("error")).toString().contains(QLatin1String("must be")), a.body.constData());
        }

        // An id to read after is a number: anything else is refused, not read as 0 (everything).
        for (const QString &path : {QStringLiteral("/api/events?since=abc"), QStringLiteral("/api/logs?since=-3")}) {
            a = m_api->send("GET", path);
            QVERIFY2(a.status == 400, qPrintable(path));
            QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("since"));
        }
        a = m_api->send("GET", QStringLiteral("/api/events?since=abc"), {}, {{"Accept-Language", "zh-CN"}});
        QCOMPARE(a.json.value(QStringLiteral("error")).toString(), QStringLiteral("since 必须是非负整数"));
        // A number past qint64 is named too large, not "not an integer".
        a = m_api->send("GET", QStringLiteral("/api/logs?since=99999999999999999999"));
        QCOMPARE(a.status, 400);
        QVERIFY2(a.json.value(QStringLiteral("error")).toString().startsWith(QLatin1String("since is too large")), a.body.constData());
        a = m_api->send("GET", QStringLiteral("/api/logs?since=99999999999999999999"), {}, {{"Accept-Language", "zh-CN"}});
        QCOMPARE(a.json.value(QStringLiteral("error")).toString(), QStringLiteral("since 过大（最大 9223372036854775807）"));
        QCOMPARE(m_api->send("GET", QStringLiteral("/api/events?since=5")).status, 200);
    }

    void processSiteErrorsCarryDetails()
    {
        QVERIFY(m_api->start());
        LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), {});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("details")).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("baseUrl"));
        a = m_api->send("POST", QStringLiteral("/api/process-ai-site"), "{bad");
        QCOMPARE(a.status, 400);
        QVERIFY(a.json.value(QStringLiteral("details")).isObject());

        // 409: the same site while its job is queued or running.
        SimAiSite *slow = addSite({QStringLiteral("gpt-4o-mini")}, 300);
        a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site?async=1"), siteRequest(slow));
        QCOMPARE(a.status, 202);
        const QString jobId = a.json.value(QStringLiteral("jobId")).toString();
        const LoopbackAnswer busy = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), siteRequest(slow));
        QCOMPARE(busy.status, 409);
        QCOMPARE(busy.json.value(QStringLiteral("success")).toBool(true), false);
        QVERIFY(busy.json.value(QStringLiteral("details")).isObject());
        QCOMPARE(m_api->waitForJob(jobId).json.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    }

    void failedAsyncJobKeepsDetails()
    {
        QVERIFY(m_api->start());
        SimAiSite *site = addSite({QStringLiteral("gpt-4o-mini")});
        QJsonObject request = siteRequest(site);
        request.insert(QStringLiteral("models"), QJsonArray{QStringLiteral("gpt-4o-mini")});
        m_api->fixture().instance(0)->addFault(SimFaultRule::respond("POST", QStringLiteral("/api/keys/add-multiple"), 500,
                                                                     R"({"code":"INTERNAL_SERVER_ERROR","message":"disk full"})").times(1));
        LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site?async=1"), request);
        QCOMPARE(a.status, 202);
        a = m_api->waitForJob(a.json.value(QStringLiteral("jobId")).toString());
        QCOMPARE(a.json.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY(!a.error().isEmpty());
        const QJsonObject details = a.json.value(QStringLiteral("details")).toObject();
        QVERIFY2(details.value(QStringLiteral("step")).toString().contains(QStringLiteral("upload keys")), a.body.constData());
        QCOMPARE(details.value(QStringLiteral("instance")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("sim-1"));
        QVERIFY(!details.value(QStringLiteral("steps")).toArray().isEmpty());
        QCOMPARE(details.value(QStringLiteral("created")).toArray().size(), 1);
        QVERIFY(!a.body.contains(kSiteKey.toUtf8()));
        // The same job for a Chinese client: its error and failed step in Chinese.
        const LoopbackAnswer zh = m_api->send("GET", QStringLiteral("/api/jobs/") + a.json.value(QStringLiteral("id")).toString(), {},
                                              {{"Accept-Language", "zh-CN"}});
        QVERIFY2(!zh.error().contains(QLatin1String("upload keys")), qPrintable(zh.error()));
        QVERIFY2(zh.error() != a.error(), qPrintable(zh.error()));
        const QString step = zh.json.value(QStringLiteral("details")).toObject().value(QStringLiteral("step")).toString();
        QVERIFY2(!step.contains(QLatin1String("upload keys")) && !step.isEmpty(), qPrintable(step));
    }

    // Job titles and steps, plan details and skip reasons follow Accept-Language as messages do.
    void jobsAndPlansFollowAcceptLanguage()
    {
        QVERIFY(m_api->start());
        SimAiSite *site = addSite({QStringLiteral("gpt-4o-mini")});
        LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site?async=1"), siteRequest(site));
        QCOMPARE(a.status, 202);
        const QString jobId = a.json.value(QStringLiteral("jobId")).toString();
        a = m_api->waitForJob(jobId);
        const QString title = a.json.value(QStringLiteral("title")).toString();
        QVERIFY2(title.startsWith(QLatin1String("Onboard ")), qPrintable(title));
        a = m_api->send("GET", QStringLiteral("/api/jobs/") + jobId, {}, {{"Accept-Language", "zh-CN"}});
        QCOMPARE(a.json.value(QStringLiteral("title")).toString(), QStringLiteral("接入 ") + title.mid(8));

        QJsonObject plan{{QStringLiteral("operations"), QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("upload-pool-key")},
                                                                                 {QStringLiteral("detail"), QStringLiteral("hop key into the pool")}}}},
                         {QStringLiteral("skipped"), QJsonArray{QJsonObject{{QStringLiteral("group"), QStringLiteral("gpt-4o")},
                                                                              {QStringLiteral("reason"), QStringLiteral("no healthy instance to create it on")}}}}};
        plan = ApiMessages::withChinesePlanTexts(plan);
        QCOMPARE(plan.value(QStringLiteral("skipped")).toArray().first().toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("没有可用于创建它的健康实例"));
        const QString detail = plan.value(QStringLiteral("operations")).toArray().first().toObject().value(QStringLiteral("detail")).toString();
        QVERIFY2(!detail.contains(QLatin1String("hop key")), qPrintable(detail));
        QCOMPARE(ApiMessages::chineseEngineText(QStringLiteral("listing the models of 2 site group(s)")), QStringLiteral("正在获取 2 个站点分组的模型列表"));
        QCOMPARE(ApiMessages::chineseEngineText(QStringLiteral("something new")), QStringLiteral("something new"));
    }

    // GET /api/status and /api/health answer from the engine's cached state: no call reaches
    // gpt-load (§5.1, defect #10: the original ran health checks on every request).
    void statusCallsNoGptLoad()
    {
        QVERIFY(m_api->start());
        SimGptLoad *gptload = m_api->fixture().instance(0);
        // The start-up work (instance checks, the first reconcile) is over once gpt-load has heard
        // nothing for a while.
        qint64 before = -1;
        for (int i = 0; i < 50 && before != gptload->counters().totalRequests; ++i) {
            before = gptload->counters().totalRequests;
            QTest::qWait(200);
        }
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_api->send("GET", QStringLiteral("/api/status")).status, 200);
            QCOMPARE(m_api->send("GET", QStringLiteral("/api/health")).status, 200);
        }
        QCOMPARE(gptload->counters().totalRequests, before);
    }

    void cleanupOldKeepsFractionalHours()
    {
        ManualClock &clock = m_api->clock();
        SimGptLoad *gptload = m_api->fixture().instance(0);
        const QString first = tempGroupName(clock.nowMs());
        const QString second = tempGroupName(clock.nowMs() + 1);
        QVERIFY(gptload->createGroup(tempGroupBody(first)).has_value());
        QVERIFY(gptload->createGroup(tempGroupBody(second)).has_value());
        QVERIFY(m_api->start([&clock](EngineOptions &o) { o.clock = &clock; }));
        clock.advanceSecs(100 * 60);  // both groups are 1 h 40 min old now

        // 1.7 h = 1 h 42 min: both are younger and stay (read as 1 h, they went).
        LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/temp-groups/cleanup-old"), {{QStringLiteral("hoursOld"), 1.7}});
        QCOMPARE(a.status, 200);
        QJsonObject data = a.json.value(QStringLiteral("data")).toObject();
        QVERIFY2(data.value(QStringLiteral("totalCleaned")).toInt() == 0, a.body.constData());
        QCOMPARE(data.value(QStringLiteral("hoursOld")).toDouble(), 1.7);
        QVERIFY(a.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("1.7 h")));
        QVERIFY(gptload->group(first).has_value());
        QVERIFY(gptload->group(second).has_value());

        // 1.6 h = 1 h 36 min: both are older.
        a = m_api->sendJson("POST", QStringLiteral("/api/temp-groups/cleanup-old"), {{QStringLiteral("hoursOld"), 1.6}});
        QCOMPARE(a.status, 200);
        data = a.json.value(QStringLiteral("data")).toObject();
        QVERIFY2(data.value(QStringLiteral("totalCleaned")).toInt() == 2, a.body.constData());
        QVERIFY(!gptload->group(first).has_value());
    }

    void manualCleanupPredictionMatchesTheRun()
    {
        QVERIFY(m_api->start());
        SimAiSite *alpha = addSite({QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")});
        SimAiSite *beta = addSite({QStringLiteral("gpt-4o-mini")});
        LoopbackAnswer onboarded = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), siteRequest(alpha, QStringLiteral("alpha")));
        QCOMPARE(onboarded.status, 200);
        const QString alphaGroup = onboarded.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("siteGroups")).toArray()
                                       .first().toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(!alphaGroup.isEmpty(), onboarded.body.constData());
        QCOMPARE(m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), siteRequest(beta, QStringLiteral("beta"))).status, 200);

        const QJsonObject request{{QStringLiteral("channelNames"), QJsonArray{alphaGroup}}};
        QJsonObject dry = request;
        dry.insert(QStringLiteral("dryRun"), true);
        const LoopbackAnswer predicted = m_api->sendJson("POST", QStringLiteral("/api/cleanup-channels/manual"), dry);
        QVERIFY2(predicted.status == 200, qPrintable(alphaGroup + QLatin1Char(' ') + QString::fromUtf8(predicted.body)));
        const QJsonArray affected = predicted.json.value(QStringLiteral("results")).toObject().value(QStringLiteral("affectedModelGroups")).toArray();
        QCOMPARE(affected.size(), 2);  // the L3 of each of alpha's models

        const LoopbackAnswer run = m_api->sendJson("POST", QStringLiteral("/api/cleanup-channels/manual"), request);
        QCOMPARE(run.status, 200);
        QCOMPARE(run.json.value(QStringLiteral("results")).toObject().value(QStringLiteral("affectedModelGroups")).toArray(), affected);

        int keptLast = 0;
        for (const QJsonValue &v : affected) {
            const QJsonObject g = v.toObject();
            const QString name = g.value(QStringLiteral("groupName")).toString();
            const QList<SimGroup> groups = m_api->fixture().groupsNamed(name);
            QCOMPARE(groups.size(), 1);
            QStringList urls;
            for (const SimUpstream &u : groups.first().upstreams)
                urls.append(u.url);
            // The prediction is what the run did to the L3's upstream list.
            QVERIFY2(g.value(QStringLiteral("remainingUpstreams")).toInt() == urls.size(),
                     qPrintable(name + QStringLiteral(": predicted %1, left %2").arg(g.value(QStringLiteral("remainingUpstreams")).toInt()).arg(urls.join(QLatin1Char(' ')))));
            for (const QJsonValue &removed : g.value(QStringLiteral("removedUpstreams")).toArray())
                QVERIFY2(!urls.contains(removed.toString()), qPrintable(name + QStringLiteral(" still has ") + removed.toString()));
            if (g.value(QStringLiteral("keptLastMember")).toBool()) {
                ++keptLast;
                QCOMPARE(urls.size(), 1);
                QVERIFY(g.value(QStringLiteral("removedUpstreams")).toArray().isEmpty());
            } else {
                QCOMPARE(g.value(QStringLiteral("removedUpstreams")).toArray().size(), 1);
            }
        }
        QCOMPARE(keptLast, 1);  // gpt-4o had alpha only; gpt-4o-mini keeps beta
    }

    void bearerSchemeIsCaseInsensitive()
    {
        QVERIFY(m_api->start());
        for (const QByteArray &scheme : {QByteArray("bearer "), QByteArray("BEARER "), QByteArray("Bearer  ")}) {
            const LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/status"), {}, {{"Authorization", scheme + ApiLoopback::token}}, false);
            QVERIFY2(a.status == 200, scheme.constData());
        }
        QCOMPARE(m_api->send("GET", QStringLiteral("/api/status"), {}, {{"Authorization", "bearer wrong"}}, false).status, 401);
        QCOMPARE(m_api->send("GET", QStringLiteral("/api/status"), {}, {{"Authorization", "Basic " + ApiLoopback::token}}, false).status, 401);
    }

    void plainOptionsAnswersAllow()
    {
        QVERIFY(m_api->start());
        LoopbackAnswer a = m_api->send("OPTIONS", QStringLiteral("/api/sync-models"), {}, {}, false);
        QCOMPARE(a.status, 204);
        QCOMPARE(a.header("Allow"), QByteArray("POST, OPTIONS"));
        a = m_api->send("OPTIONS", QStringLiteral("/api/settings"), {}, {}, false);
        QCOMPARE(a.status, 204);
        QCOMPARE(a.header("Allow"), QByteArray("GET, PUT, HEAD, OPTIONS"));
        a = m_api->send("OPTIONS", QStringLiteral("/api/instances/sim-1"), {});
        QCOMPARE(a.status, 204);
        QCOMPARE(a.header("Allow"), QByteArray("PUT, DELETE, OPTIONS"));
        // A preflight from an origin that is not allowed is still refused; unknown paths stay hidden.
        a = m_api->send("OPTIONS", QStringLiteral("/api/sync-models"), {}, {{"Origin", "http://evil.example"}}, false);
        QCOMPARE(a.status, 403);
        QCOMPARE(m_api->send("OPTIONS", QStringLiteral("/api/nothing"), {}, {}, false).status, 401);
        QCOMPARE(m_api->send("OPTIONS", QStringLiteral("/api/nothing")).status, 404);
    }

    void openApiMarksTheOpenRoutes()
    {
        QVERIFY(m_api->start());
        const LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/openapi.json"));
        QCOMPARE(a.status, 200);
        const QJsonObject paths = a.json.value(QStringLiteral("paths")).toObject();
        const auto op = [&paths](const QString &path, const QString &method) {
            return paths.value(path).toObject().value(method).toObject();
        };
        QCOMPARE(op(QStringLiteral("/api/session"), QStringLiteral("post")).value(QStringLiteral("security")).toArray(), QJsonArray());
        QVERIFY(op(QStringLiteral("/api/session"), QStringLiteral("post")).contains(QStringLiteral("security")));
        QVERIFY(op(QStringLiteral("/api/health"), QStringLiteral("get")).contains(QStringLiteral("security")));
        QVERIFY(!op(QStringLiteral("/api/status"), QStringLiteral("get")).contains(QStringLiteral("security")));
        QVERIFY(!op(QStringLiteral("/api/settings"), QStringLiteral("put")).contains(QStringLiteral("security")));
        for (const auto &[path, method] : {std::pair{QStringLiteral("/api/settings"), QStringLiteral("get")},
                                           std::pair{QStringLiteral("/api/settings"), QStringLiteral("put")},
                                           std::pair{QStringLiteral("/api/instances"), QStringLiteral("get")},
                                           std::pair{QStringLiteral("/api/instances"), QStringLiteral("post")},
                                           std::pair{QStringLiteral("/api/instances/{id}"), QStringLiteral("put")},
                                           std::pair{QStringLiteral("/api/instances/{id}"), QStringLiteral("delete")}}) {
            QVERIFY2(!op(path, method).isEmpty(), qPrintable(method + QLatin1Char(' ') + path));
            QVERIFY(op(path, method).value(QStringLiteral("tags")).toArray().first().toString() != QLatin1String("other"));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiAudit)
#include "tst_apiaudit.moc"
