// GET /api/channels/site-groups carries uni-load's channel state (`_state`, §23.2), driven down
// by health cycles over the API with an injected clock; process-ai-site texts follow
// Accept-Language (§22.3).
#include "core/engine/enginecore.h"
#include "tests/api/apiloopback.h"
#include "tests/support/testutil.h"

#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

const QString kSiteKey = QStringLiteral("sk-sim-site-key-0001");

} // namespace

class TestApiSiteGroups : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiLoopback> m_api;

    bool start()
    {
        ManualClock *clock = &m_api->clock();
        return m_api->start([clock](EngineOptions &o) {
            o.clock = clock;
            o.enableChannelHealth = true;  // the timer runs every 10 min: it never fires during a test
            o.channelFirstCheckSecs = 24 * 3600;
        });
    }

    SimAiSite *addSite(const QString &name, const QStringList &models)
    {
        SimAiSiteOptions options;
        options.name = name;
        options.models = models;
        options.validKeys = {kSiteKey};
        return m_api->fixture().addSite(options);
    }

    // Advances the engine's clock on the engine thread.
    void advanceMinutes(int minutes)
    {
        ManualClock *clock = &m_api->clock();
        const qint64 secs = qint64(minutes) * 60;
        QVERIFY(await(m_api->engine().invoke<int>([clock, secs](EngineCore &) {
            clock->advanceSecs(secs);
            return readyResult<int>(0);
        })).has_value());
    }

    void runHealthCycle()
    {
        LoopbackAnswer a = m_api->send("POST", QStringLiteral("/api/check-channels?async=1"));
        QVERIFY2(a.status == 202, a.body.constData());
        a = m_api->waitForJob(a.json.value(QStringLiteral("jobId")).toString());
        QVERIFY2(a.json.value(QStringLiteral("state")).toString() == QLatin1String("done"), a.body.constData());
    }

    // The `_state` of `group` in GET /api/channels/site-groups; polls until `health` and
    // `failures` (≥ 0) match (the snapshot is published after the job's result).
    QJsonValue stateOf(const QString &group, const QString &health = {}, int failures = -1)
    {
        QDeadlineTimer deadline(10000);
        QJsonValue state;
        while (!deadline.hasExpired()) {
            const LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/channels/site-groups"));
            if (a.status != 200)
                return QJsonValue(QJsonValue::Undefined);
            state = QJsonValue(QJsonValue::Undefined);
            for (const QJsonValue &g : a.json.value(QStringLiteral("siteGroups")).toArray()) {
                if (g.toObject().value(QStringLiteral("name")).toString() == group)
                    state = g.toObject().value(QStringLiteral("_state"));
            }
            const QJsonObject o = state.toObject();
            if ((health.isEmpty() || o.value(QStringLiteral("health")).toString() == health)
                && (failures < 0 || o.value(QStringLiteral("failures")).toInt() == failures))
                return state;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        return state;
    }

private slots:
    void init() { m_api = std::make_unique<ApiLoopback>(); }
    void cleanup() { m_api.reset(); }

    void demoSitesSayWhichAreOnboarded()
    {
        QVERIFY(start());
        LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/demo/sites"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("demo")).toBool(true), false);
        QVERIFY(a.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("sites")).toArray().isEmpty());

        // Under --demo the route lists the offered sites, never their keys.
        m_api = std::make_unique<ApiLoopback>();
        SimAiSite *site = addSite(QStringLiteral("demo-site"), {QStringLiteral("gpt-4o-mini")});
        QJsonObject offered = OnboardingFixture::request(site->url() + QStringLiteral("/v1"), {kSiteKey}, {QStringLiteral("openai")});
        offered.insert(QStringLiteral("siteName"), QStringLiteral("demo-one"));
        QJsonObject other = OnboardingFixture::request(QStringLiteral("http://127.0.0.1:9/"), {}, {QStringLiteral("gemini")});
        m_api->setDemoSites({offered, other});
        QVERIFY(start());
        const auto listed = [this]() {
            return m_api->send("GET", QStringLiteral("/api/demo/sites")).json.value(QStringLiteral("data")).toObject();
        };
        QJsonObject data = listed();
        QCOMPARE(data.value(QStringLiteral("demo")).toBool(), true);
        QJsonArray sites = data.value(QStringLiteral("sites")).toArray();
        QCOMPARE(sites.size(), 2);
        QJsonObject first = sites.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("baseUrl")).toString(), site->url() + QStringLiteral("/v1"));
        QCOMPARE(first.value(QStringLiteral("siteName")).toString(), QStringLiteral("demo-one"));
        QCOMPARE(first.value(QStringLiteral("channelTypes")).toArray(), QJsonArray{QStringLiteral("openai")});
        QCOMPARE(first.value(QStringLiteral("onboarded")).toBool(true), false);
        QVERIFY(!first.contains(QStringLiteral("apiKeys")));
        QVERIFY(!QJsonDocument(data).toJson().contains(kSiteKey.toUtf8()));
        QCOMPARE(sites.at(1).toObject().value(QStringLiteral("channelTypes")).toArray(), QJsonArray{QStringLiteral("gemini")});

        a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), offered);
        QVERIFY2(a.status == 200, a.body.constData());
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && !listed().value(QStringLiteral("sites")).toArray().at(0).toObject().value(QStringLiteral("onboarded")).toBool())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        sites = listed().value(QStringLiteral("sites")).toArray();
        QCOMPARE(sites.at(0).toObject().value(QStringLiteral("onboarded")).toBool(), true);  // its normalised URL matches
        QCOMPARE(sites.at(1).toObject().value(QStringLiteral("onboarded")).toBool(), false);
    }

    void siteGroupsCarryUniLoadState()
    {
        QVERIFY(start());
        SimAiSite *site = addSite(QStringLiteral("state-site"), {QStringLiteral("gpt-4o-mini")});
        LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY2(a.status == 200, a.body.constData());
        const QString group = a.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("siteGroups")).toArray()
                                  .first().toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(!group.isEmpty(), a.body.constData());

        QJsonObject state = stateOf(group, QStringLiteral("healthy")).toObject();
        QCOMPARE(state.value(QStringLiteral("health")).toString(), QStringLiteral("healthy"));
        QCOMPARE(state.value(QStringLiteral("failures")).toInt(-1), 0);
        const int threshold = state.value(QStringLiteral("threshold")).toInt();
        QVERIFY(threshold >= 1);
        QCOMPARE(state.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        // Onboarding listed the models: that is the first sync.
        const QDateTime onboarded = QDateTime::fromString(state.value(QStringLiteral("lastSync")).toString(), Qt::ISODateWithMs);
        QVERIFY2(onboarded.isValid(), QJsonDocument(state).toJson().constData());
        QCOMPARE(state.value(QStringLiteral("syncError")).toString(QStringLiteral("?")), QString());

        // A model sync records its attempt.
        advanceMinutes(1);
        a = m_api->send("POST", QStringLiteral("/api/sync-models?async=1"));
        QVERIFY2(a.status == 202, a.body.constData());
        a = m_api->waitForJob(a.json.value(QStringLiteral("jobId")).toString());
        QVERIFY2(a.json.value(QStringLiteral("state")).toString() == QLatin1String("done"), a.body.constData());
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && stateOf(group).toObject().value(QStringLiteral("lastSync")).toString() == onboarded.toString(Qt::ISODateWithMs))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        state = stateOf(group).toObject();
        QVERIFY2(QDateTime::fromString(state.value(QStringLiteral("lastSync")).toString(), Qt::ISODateWithMs).isValid(),
                 QJsonDocument(state).toJson().constData());
        QCOMPARE(state.value(QStringLiteral("syncError")).toString(QStringLiteral("?")), QString());

        // A group uni-load does not manage has `_state: null`.
        QVERIFY(m_api->fixture().instance(0)->createGroup(
            {{QStringLiteral("name"), QStringLiteral("foreign-openai")},
             {QStringLiteral("channel_type"), QStringLiteral("openai")},
             {QStringLiteral("sort"), 20},
             {QStringLiteral("test_model"), QStringLiteral("gpt-4o-mini")},
             {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9")},
                                                                  {QStringLiteral("weight"), 1}}}}}).has_value());
        QVERIFY(stateOf(QStringLiteral("foreign-openai")).isNull());

        // ?live=0: uni-load's own records with the same `_state`, without listing gpt-load's
        // groups; a group uni-load does not manage is not among them.
        SimGptLoad *gptload = m_api->fixture().instance(0);
        const qint64 listingsBefore = gptload->counters().perRoute.value(QStringLiteral("GET /api/groups"));
        const LoopbackAnswer recorded = m_api->send("GET", QStringLiteral("/api/channels/site-groups?live=0"));
        QCOMPARE(recorded.status, 200);
        QCOMPARE(gptload->counters().perRoute.value(QStringLiteral("GET /api/groups")), listingsBefore);
        QCOMPARE(recorded.json.value(QStringLiteral("live")).toBool(true), false);
        const QJsonArray recordedGroups = recorded.json.value(QStringLiteral("siteGroups")).toArray();
        QCOMPARE(recordedGroups.size(), 1);
        const QJsonObject own = recordedGroups.first().toObject();
        QCOMPARE(own.value(QStringLiteral("name")).toString(), group);
        QVERIFY(!own.value(QStringLiteral("_instance")).toObject().value(QStringLiteral("id")).toString().isEmpty());
        QCOMPARE(own.value(QStringLiteral("_state")), stateOf(group));
        QVERIFY(!recorded.body.contains(kSiteKey.toUtf8()));

        // The key pool: null until a health check read it, then counts only (never a key).
        QVERIFY(state.value(QStringLiteral("keys")).isNull());
        advanceMinutes(10);
        runHealthCycle();
        QDeadlineTimer keysRead(10000);
        while (!keysRead.hasExpired() && stateOf(group).toObject().value(QStringLiteral("keys")).isNull())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const QJsonObject keys = stateOf(group).toObject().value(QStringLiteral("keys")).toObject();
        QCOMPARE(keys.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(keys.value(QStringLiteral("active")).toInt(), 1);
        QCOMPARE(keys.value(QStringLiteral("invalid")).toInt(-1), 0);
        QVERIFY(QDateTime::fromString(keys.value(QStringLiteral("readAt")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(!QJsonDocument(keys).toJson().contains(kSiteKey.toUtf8()));

        site->setFailure(SimAiFailure::Unavailable);
        for (int i = 1; i < threshold; ++i) {
            advanceMinutes(10);
            runHealthCycle();
            state = stateOf(group, QStringLiteral("failing"), i).toObject();
            QCOMPARE(state.value(QStringLiteral("health")).toString(), QStringLiteral("failing"));
            QCOMPARE(state.value(QStringLiteral("failures")).toInt(), i);
            QCOMPARE(state.value(QStringLiteral("threshold")).toInt(), threshold);
        }
        advanceMinutes(10);
        runHealthCycle();
        state = stateOf(group, QStringLiteral("disabled-by-health")).toObject();
        QCOMPARE(state.value(QStringLiteral("health")).toString(), QStringLiteral("disabled-by-health"));
        QCOMPARE(state.value(QStringLiteral("state")).toString(), QStringLiteral("disabled-by-health"));
    }

    void onboardingTextsFollowAcceptLanguage()
    {
        QVERIFY(start());
        SimAiSite *first = addSite(QStringLiteral("zh-first"), {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")});
        LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"),
                                           OnboardingFixture::request(first->url(), {kSiteKey}), "zh-CN,zh;q=0.9");
        QVERIFY2(a.status == 200, a.body.constData());
        QJsonObject data = a.json.value(QStringLiteral("data")).toObject();
        const QString firstName = data.value(QStringLiteral("siteName")).toString();
        QCOMPARE(a.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("站点 %1 已配置：创建或更新了 1 个站点分组，2 个模型").arg(firstName));

        // A second site on the same host: the name from the URL is taken, the warning says so.
        SimAiSite *second = addSite(QStringLiteral("zh-second"), {QStringLiteral("gpt-4o-mini")});
        const QJsonObject request = OnboardingFixture::request(second->url(), {kSiteKey});
        a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), request, "zh-CN");
        QVERIFY2(a.status == 200, a.body.constData());
        data = a.json.value(QStringLiteral("data")).toObject();
        const QString secondName = data.value(QStringLiteral("siteName")).toString();
        QVERIFY(secondName != firstName);
        QCOMPARE(a.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("站点 %1 已配置：创建或更新了 1 个站点分组，1 个模型").arg(secondName));
        const QJsonArray warnings = data.value(QStringLiteral("warnings")).toArray();
        QVERIFY2(warnings.contains(QStringLiteral("已有其他站点使用名称 %1；此站点命名为 %2").arg(firstName, secondName)), a.body.constData());
        for (const QJsonValue &w : warnings)
            QVERIFY2(!w.toString().contains(QStringLiteral("already uses")), qPrintable(w.toString()));
        // The details keep the code, its arguments and the English text.
        const QJsonObject clash = data.value(QStringLiteral("warningDetails")).toArray().first().toObject();
        QCOMPARE(clash.value(QStringLiteral("code")).toString(), QStringLiteral("SITE_NAME_TAKEN"));
        QCOMPARE(clash.value(QStringLiteral("args")).toArray(), (QJsonArray{firstName, secondName}));
        QVERIFY(clash.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("another site already uses the name")));

        // A rerun in English keeps the English texts.
        a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), request, "en-US");
        QVERIFY2(a.status == 200, a.body.constData());
        QVERIFY2(!hasChinese(a.json.value(QStringLiteral("message")).toString()), a.body.constData());
        QVERIFY(a.json.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("Site ") + secondName));

        // As a job (the console's way): the finished job's result, read in Chinese.
        a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site?async=1"), request, "zh-CN");
        QVERIFY2(a.status == 202, a.body.constData());
        const QString jobPath = QStringLiteral("/api/jobs/") + a.json.value(QStringLiteral("jobId")).toString();
        QCOMPARE(m_api->waitForJob(a.json.value(QStringLiteral("jobId")).toString()).json.value(QStringLiteral("state")).toString(),
                 QStringLiteral("done"));
        a = m_api->send("GET", jobPath, {}, {{"Accept-Language", "zh-CN"}});
        QCOMPARE(a.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("站点 %1 已配置：创建或更新了 1 个站点分组，1 个模型").arg(secondName));
        a = m_api->send("GET", jobPath, {}, {{"Accept-Language", "en"}});
        QVERIFY(a.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("message")).toString().startsWith(QStringLiteral("Site ")));

        // The preview's warning about a version segment gpt-load cannot proxy.
        const QJsonObject previewBody{{QStringLiteral("baseUrl"), QStringLiteral("https://api.example.com/v2")}};
        a = m_api->sendJson("POST", QStringLiteral("/api/preview-site-name"), previewBody, "zh-CN");
        QVERIFY2(a.status == 200, a.body.constData());
        const QString warning = a.json.value(QStringLiteral("warning")).toString();
        QVERIFY2(hasChinese(warning) && warning.contains(QStringLiteral("\"v2\"")), a.body.constData());
        a = m_api->sendJson("POST", QStringLiteral("/api/preview-site-name"), previewBody, "en");
        QVERIFY2(a.json.value(QStringLiteral("warning")).toString().contains(QStringLiteral("version segment \"v2\"")), a.body.constData());
    }

    void unwrittenApiYamlIsSaidInChinese()
    {
        // api.yaml's path is a directory: the reconcile cannot write it.
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.path();
        QVERIFY(m_api->start([this, dir](EngineOptions &o) {
            o.clock = &m_api->clock();
            o.uniApiYamlPath = dir;
        }));
        SimAiSite *site = addSite(QStringLiteral("zh-noyaml"), {QStringLiteral("gpt-4o-mini")});
        // Anthropic too: no kept model is a claude-*, so that format gets no group (a warning).
        const QJsonObject request =
            OnboardingFixture::request(site->url(), {kSiteKey}, {QStringLiteral("openai"), QStringLiteral("anthropic")});
        LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), request, "en");
        QVERIFY2(a.status == 200, a.body.constData());
        QVERIFY2(a.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("api.yaml was NOT updated")), a.body.constData());
        const QJsonArray english = a.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("warnings")).toArray();
        QVERIFY2(english.size() == 2 && english.at(1).toString().startsWith(QStringLiteral("uni-api's api.yaml was not updated: ")),
                 a.body.constData());
        a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), request, "zh-CN");
        QVERIFY2(a.status == 200, a.body.constData());
        const QJsonObject data = a.json.value(QStringLiteral("data")).toObject();
        const QString name = data.value(QStringLiteral("siteName")).toString();
        QCOMPARE(a.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("站点 %1 已配置：创建或更新了 1 个站点分组，1 个模型；uni-api 的 api.yaml 未更新（见 warnings）").arg(name));
        // Every warning in Chinese, from its code: the format without models and the api.yaml.
        const QJsonArray warnings = data.value(QStringLiteral("warnings")).toArray();
        const QJsonArray details = data.value(QStringLiteral("warningDetails")).toArray();
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(details.size(), 2);
        QCOMPARE(details.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("FORMAT_WITHOUT_MODELS"));
        QCOMPARE(warnings.at(0).toString(), QStringLiteral("anthropic 格式没有保留的模型；未写入站点分组 %1-anthropic").arg(name));
        QCOMPARE(details.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("UNIAPI_NOT_WRITTEN"));
        const QString uniApiError = details.at(1).toObject().value(QStringLiteral("args")).toArray().first().toString();
        QVERIFY(!uniApiError.isEmpty());
        QCOMPARE(warnings.at(1).toString(), QStringLiteral("uni-api 的 api.yaml 未更新：") + uniApiError);
    }

    // A failed onboarding keeps the warnings gathered before the failure in its `details`, in
    // the client's language too (synchronous answer and job).
    void failedOnboardingWarningsFollowAcceptLanguage()
    {
        QVERIFY(start());
        SimAiSite *site = addSite(QStringLiteral("zh-failed"), {QStringLiteral("gpt-4o-mini")});
        m_api->fixture().instance(0)->addFault(SimFaultRule::respond("POST", QStringLiteral("/api/groups"), 503, R"({"error":"busy"})"));
        QJsonObject request = OnboardingFixture::request(site->url(), {kSiteKey});
        request.insert(QStringLiteral("siteName"), QStringLiteral("my-own-name"));  // a first site on its host: not used
        LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), request, "zh-CN");
        QVERIFY2(a.status >= 500, a.body.constData());
        QJsonObject details = a.json.value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("warningDetails")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("SITE_NAME_NOT_USED"));
        QVERIFY2(details.value(QStringLiteral("warnings")).toArray().first().toString().startsWith(QStringLiteral("未使用 siteName \"my-own-name\"")),
                 a.body.constData());

        a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site?async=1"), request, "zh-CN");
        QVERIFY2(a.status == 202, a.body.constData());
        const QString jobPath = QStringLiteral("/api/jobs/") + a.json.value(QStringLiteral("jobId")).toString();
        a = m_api->waitForJob(a.json.value(QStringLiteral("jobId")).toString());
        QCOMPARE(a.json.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        a = m_api->send("GET", jobPath, {}, {{"Accept-Language", "zh-CN"}});
        details = a.json.value(QStringLiteral("details")).toObject();
        QVERIFY2(details.value(QStringLiteral("warnings")).toArray().first().toString().startsWith(QStringLiteral("未使用 siteName")),
                 a.body.constData());
        a = m_api->send("GET", jobPath, {}, {{"Accept-Language", "en"}});
        details = a.json.value(QStringLiteral("details")).toObject();
        QVERIFY2(details.value(QStringLiteral("warnings")).toArray().first().toString().startsWith(QStringLiteral("siteName \"my-own-name\" was not used")),
                 a.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestApiSiteGroups)
#include "tst_apisitegroups.moc"
