// Engine-level onboarding tests around the process-site job: cancel, shutdown, temporary groups,
// rules, layer settings, the reconcile hook, probe, live site groups and log redaction.
#include "core/engine/enginecore.h"
#include "core/onboarding/siteonboarding.h"
#include "core/sites/groupnames.h"
#include "tests/onboarding/onboardingfixture.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

const QString kSiteKey = QStringLiteral("sk-sim-site-key-0001");

SimAiSiteOptions siteOptions(const QString &name, const QStringList &models, int latencyMs = 0)
{
    SimAiSiteOptions o;
    o.name = name;
    o.models = models;
    o.validKeys = {kSiteKey};
    o.latencyMs = latencyMs;
    return o;
}

std::optional<JobView> jobById(Engine &engine, const QString &id)
{
    for (const JobView &j : engine.snapshot().jobs) {
        if (j.id == id)
            return j;
    }
    return std::nullopt;
}

QJsonObject tempGroupBody(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("channel_type"), QStringLiteral("openai")},
            {QStringLiteral("test_model"), QStringLiteral("gpt-4o-mini")},
            {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9")},
                                                                 {QStringLiteral("weight"), 1}}}}};
}

// Every message of every thread, for the redaction test.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestOnboardingLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void cancelDeletesTheTempGroup()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("slow"), {QStringLiteral("gpt-4o-mini")}, 400));
        QVERIFY(f.startEngine());
        Result<SiteRequest> request = SiteRequest::fromJson(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(request.ok());
        auto started = await(f.engine().startProcessAiSite(request.value()));
        QVERIFY(started && started->ok());
        const QString jobId = started->value();
        QTRY_VERIFY(!f.tempGroups().isEmpty());  // discovery is waiting for the slow site
        auto cancelled = await(f.engine().cancelJob(jobId));
        QVERIFY(cancelled && cancelled->ok());
        QTRY_VERIFY(jobById(f.engine(), jobId) && jobById(f.engine(), jobId)->state == QStringLiteral("cancelled"));
        QVERIFY(f.tempGroups().isEmpty());
        QVERIFY(f.ledger().isEmpty());
        QVERIFY(f.groupsNamed(QStringLiteral("127-0-0-1-openai")).isEmpty());
    }

    void shutdownLeftoversAreDeletedAtTheNextStart()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("slower"), {QStringLiteral("gpt-4o-mini")}, 2000));
        QVERIFY(f.startEngine());
        Result<SiteRequest> request = SiteRequest::fromJson(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(request.ok());
        auto started = await(f.engine().startProcessAiSite(request.value()));
        QVERIFY(started && started->ok());
        QTRY_VERIFY(!f.tempGroups().isEmpty());
        const QStringList leftovers = f.tempGroups();
        f.stopEngine();  // the event loop stops: the delete cannot run now
        QCOMPARE(f.tempGroups(), leftovers);

        QVERIFY(f.startEngine());
        QTRY_VERIFY(f.tempGroups().isEmpty());
        QTRY_VERIFY(f.ledger().isEmpty());
    }

    void tempGroupStatsAndCleanup()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        OnboardingFixture f(2);
        QVERIFY(f.instance(0)->createGroup(tempGroupBody(tempGroupName(clock.nowMs() - 1000))).has_value());
        QVERIFY(f.instance(0)->createGroup(tempGroupBody(QStringLiteral("debug-models-abc"))).has_value());
        QVERIFY(f.instance(1)->createGroup(tempGroupBody(tempGroupName(clock.nowMs()))).has_value());
        QVERIFY(f.instance(1)->createGroup(tempGroupBody(QStringLiteral("not-a-temp-group"))).has_value());
        QVERIFY(f.startEngine([&clock](EngineOptions &o) { o.clock = &clock; }));

        auto stats = await(f.engine().tempGroupStats());
        QVERIFY(stats && stats->ok());
        QCOMPARE(stats->value().total(), 3);
        QCOMPARE(stats->value().toJson().value(QStringLiteral("totalTempGroups")).toInt(), 3);

        clock.advanceSecs(30 * 3600);  // every group is 30 h old now
        auto young = await(f.engine().cleanupTempGroups(48));
        QVERIFY(young && young->ok());
        QCOMPARE(young->value().totalCleaned(), 0);
        QCOMPARE(f.tempGroups().size(), 3);
        auto old = await(f.engine().cleanupTempGroups(24));
        QVERIFY(old && old->ok());
        QCOMPARE(old->value().totalCleaned(), 3);
        QVERIFY(f.tempGroups().isEmpty());
        QVERIFY(f.instance(1)->group(QStringLiteral("not-a-temp-group")).has_value());

        // Without created_at (Go's zero time) the age comes from a temp-test-<ms> name; a temp
        // group whose age is unknown either way is kept by an "older than" cleanup.
        const QString stamped = tempGroupName(clock.nowMs() - 30 * 3600 * 1000LL);
        QVERIFY(f.instance(0)->createGroup(tempGroupBody(stamped)).has_value());
        QVERIFY(f.instance(0)->createGroup(tempGroupBody(QStringLiteral("debug-models-unknown-age"))).has_value());
        QVERIFY(f.instance(0)->setGroupCreatedAt(stamped, QDateTime()));
        QVERIFY(f.instance(0)->setGroupCreatedAt(QStringLiteral("debug-models-unknown-age"), QDateTime()));
        auto byName = await(f.engine().cleanupTempGroups(24));
        QVERIFY(byName && byName->ok());
        QCOMPARE(byName->value().totalCleaned(), 1);
        QVERIFY(!f.instance(0)->group(stamped).has_value());
        QVERIFY(f.instance(0)->group(QStringLiteral("debug-models-unknown-age")).has_value());
        QVERIFY(f.instance(0)->deleteGroup(QStringLiteral("debug-models-unknown-age")));

        // An unreachable instance is reported, not skipped silently.
        QVERIFY(f.instance(0)->createGroup(tempGroupBody(tempGroupName(clock.nowMs()))).has_value());
        f.instance(1)->stop();
        auto checked = await(f.engine().checkInstances());
        QVERIFY(checked && checked->ok());
        auto all = await(f.engine().cleanupTempGroups());
        QVERIFY(all && all->ok());
        QCOMPARE(all->value().totalCleaned(), 1);
        bool reported = false;
        for (const InstanceCleanupResult &r : all->value().instances)
            reported = reported || (r.instance.id == QStringLiteral("sim-2") && r.unreachable && !r.errors.isEmpty());
        QVERIFY(reported);
    }

    void rulesAreStoredAndApplied()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("rules"), {QStringLiteral("gpt-4o-mini"), QStringLiteral("deepseek-chat")}));
        QVERIFY(f.startEngine());
        auto defaults = await(f.engine().filterRules());
        QVERIFY(defaults && defaults->ok());
        QCOMPARE(defaults->value().stored, FilterRules::defaults());

        auto bad = await(f.engine().updateFilterRules({{QStringLiteral("blacklist"), QStringLiteral("deepseek")}}));
        QVERIFY(bad && !bad->ok());
        QCOMPARE(bad->error().field, QStringLiteral("blacklist"));
        auto unknown = await(f.engine().updateFilterRules({{QStringLiteral("colour"), true}}));
        QVERIFY(unknown && !unknown->ok());

        QJsonObject patch = defaults->value().toJson();  // a GET body can be PUT back
        patch.insert(QStringLiteral("blacklist"), QJsonArray{QStringLiteral("deepseek")});
        auto saved = await(f.engine().updateFilterRules(patch));
        QVERIFY(saved && saved->ok());
        QCOMPARE(saved->value().stored.blacklist.size(), 1);

        auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().models, QStringList{QStringLiteral("gpt-4o-mini")});
        QCOMPARE(r->value().filter.dropped.first().entry, QStringLiteral("deepseek"));
    }

    void environmentSwitchTurnsTheBlacklistOff()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("env"), {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o-mini-tts")}));
        QVERIFY(f.startEngine([](EngineOptions &o) { o.enableModelBlacklist = false; }));
        auto view = await(f.engine().filterRules());
        QVERIFY(view && view->ok());
        QVERIFY(view->value().stored.blacklistEnabled);
        QVERIFY(!view->value().effective.blacklistEnabled);
        auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().models.size(), 2);
    }

    void layerSettingsShapeTheSiteGroup()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("layer"), {QStringLiteral("gpt-4o-mini")}));
        QVERIFY(f.startEngine());
        const QJsonObject l1{{QStringLiteral("blacklistThreshold"), 5}, {QStringLiteral("maxRetries"), 2}};
        auto saved = await(f.engine().saveStoredSettings({{QStringLiteral("layerSettings"), QJsonObject{{QStringLiteral("l1"), l1}}}}));
        QVERIFY(saved && saved->ok());
        auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(r && r->ok());
        QJsonObject config = f.instance(0)->group(QStringLiteral("127-0-0-1-openai"))->config;
        QCOMPARE(config.value(QStringLiteral("blacklist_threshold")).toInt(), 5);
        QCOMPARE(config.value(QStringLiteral("key_validation_interval_minutes")).toInt(), 60);
        QCOMPARE(config.value(QStringLiteral("max_retries")).toInt(), 2);

        // A changed setting is sent on the next run, as the complete config.
        const QJsonObject l1b{{QStringLiteral("blacklistThreshold"), 7}};
        (void)await(f.engine().saveStoredSettings({{QStringLiteral("layerSettings"), QJsonObject{{QStringLiteral("l1"), l1b}}}}));
        auto again = f.process(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(again && again->ok());
        QCOMPARE(again->value().siteGroups.first().action, SiteGroupAction::Updated);
        QVERIFY(again->value().siteGroups.first().changedFields.contains(QStringLiteral("config")));
        config = f.instance(0)->group(QStringLiteral("127-0-0-1-openai"))->config;
        QCOMPARE(config.value(QStringLiteral("blacklist_threshold")).toInt(), 7);
        QVERIFY(!config.contains(QStringLiteral("max_retries")));

        (void)await(f.engine().saveStoredSettings(
            {{QStringLiteral("layerSettings"), QJsonObject{{QStringLiteral("l1"), QJsonObject{{QStringLiteral("blacklistThreshold"), -1}}}}}}));
        auto invalid = f.process(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(invalid && !invalid->ok());
        QCOMPARE(invalid->error().field, QStringLiteral("layerSettings.l1.blacklistThreshold"));
    }

    void reconcileHookIsAwaited()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("hook"), {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")}));
        QVERIFY(f.startEngine());
        auto affected = std::make_shared<QStringList>();
        auto failNext = std::make_shared<bool>(false);
        auto installed = await(f.engine().invoke<int>([affected, failNext](EngineCore &core) {
            core.onboarding().setReconcileHook([affected, failNext](const QStringList &models, const JobContextPtr &context) {
                *affected = models;
                if (context)
                    context->journal(QStringLiteral("reconcile-test"), QString(), QString(), QStringLiteral("ok"));
                if (*failNext)
                    return readyError<QJsonObject>(Error::make(ErrorKind::Upstream, QStringLiteral("L3 update refused")));
                return readyResult<QJsonObject>(QJsonObject{{QStringLiteral("modelGroups"), 7},
                                                            {QStringLiteral("conflicts"), QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("x")}}}}});
            });
            return readyResult<int>(1);
        }));
        QVERIFY(installed && installed->ok());
        auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().modelGroups, 7);
        QCOMPARE(r->value().conflicts.size(), 1);
        QCOMPARE(*affected, (QStringList{QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")}));

        // A removed model is still "affected" on the next run (its L2/L3 membership changes).
        site->setModels({QStringLiteral("gpt-4o-mini")});
        *failNext = true;
        auto failed = f.process(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(failed && !failed->ok());
        QVERIFY(failed->error().message.contains(QStringLiteral("written and recorded")));
        QVERIFY(affected->contains(QStringLiteral("gpt-4o")));
        // The stored list changes as a model sync changes it: gpt-4o missed once is still there.
        QCOMPARE(f.siteGroupRecords().first().models, (QStringList{QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")}));
    }

    void probeFindsTheModelList()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("probe"), {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"),
                                                                          QStringLiteral("deepseek-chat"), QStringLiteral("gpt-4.1")}));
        QVERIFY(f.startEngine());
        auto ok = await(f.engine().probeApi({site->url() + QStringLiteral("/v1"), kSiteKey}));
        QVERIFY(ok && ok->ok());
        QCOMPARE(ok->value().baseUrl, site->url());
        QCOMPARE(ok->value().endpoint, site->url() + QStringLiteral("/v1/models"));
        QCOMPARE(ok->value().modelCount, 4);
        QCOMPARE(ok->value().modelsSample.size(), 3);
        const QJsonObject json = ok->value().toJson();
        QCOMPARE(json.value(QStringLiteral("probeResult")).toObject().value(QStringLiteral("format")).toString(),
                 QStringLiteral("openai_compatible"));

        auto refused = await(f.engine().probeApi({site->url(), QStringLiteral("sk-wrong-key-000000")}));
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().kind, ErrorKind::Upstream);
        QCOMPARE(refused->error().code, QStringLiteral("PROBE_FAILED"));
        QCOMPARE(QJsonDocument::fromJson(refused->error().details.toUtf8()).object().value(QStringLiteral("attempts")).toArray().size(), 2);

        auto invalid = await(f.engine().probeApi({QStringLiteral("not a url"), QString()}));
        QVERIFY(invalid && !invalid->ok());
        QCOMPARE(invalid->error().kind, ErrorKind::Validation);
    }

    // An Anthropic-only site refuses the OpenAI-style probe (its key goes in x-api-key); asked
    // in its format, the probe lists its models that way.
    void probeInTheSitesOwnFormat()
    {
        OnboardingFixture f;
        SimAiSiteOptions options = siteOptions(QStringLiteral("claude"), {QStringLiteral("claude-sonnet-4-20250514"), QStringLiteral("claude-3-5-haiku-20241022")});
        options.formats = SimAiFormat::Anthropic;
        SimAiSite *site = f.addSite(options);
        QVERIFY(f.startEngine());
        auto guessed = await(f.engine().probeApi({site->url(), kSiteKey}));
        QVERIFY(guessed && !guessed->ok());

        ProbeRequest request{site->url(), kSiteKey, ChannelType::Anthropic};
        auto ok = await(f.engine().probeApi(request));
        QVERIFY2(ok && ok->ok(), ok && !ok->ok() ? qPrintable(ok->error().toString()) : "timeout");
        QCOMPARE(ok->value().modelCount, 2);
        QCOMPARE(ok->value().format, QStringLiteral("anthropic"));
        QVERIFY(ok->value().endpoint.startsWith(site->url() + QStringLiteral("/v1/models")));
        QVERIFY(!ok->value().endpoint.contains(kSiteKey));

        // A list the filter rules empty is no usable endpoint, in every format.
        SimAiSiteOptions embeddings = siteOptions(QStringLiteral("embed"), {QStringLiteral("text-embedding-3-small")});
        embeddings.formats = SimAiFormat::Anthropic;
        SimAiSite *embedSite = f.addSite(embeddings);
        auto empty = await(f.engine().probeApi({embedSite->url(), kSiteKey, ChannelType::Anthropic}));
        QVERIFY(empty && !empty->ok());
        QCOMPARE(empty->error().code, QStringLiteral("PROBE_FAILED"));
        QVERIFY2(empty->error().details.contains(QStringLiteral("none kept by the filter rules")), qPrintable(empty->error().details));

        QVERIFY(!ProbeRequest::fromJson({{QStringLiteral("baseUrl"), site->url()}, {QStringLiteral("channelType"), QStringLiteral("cohere")}}).ok());
        QCOMPARE(ProbeRequest::fromJson({{QStringLiteral("baseUrl"), site->url()}, {QStringLiteral("channelType"), QStringLiteral("gemini")}})->channelType,
                 std::optional<ChannelType>(ChannelType::Gemini));
        // The same field rules as process-ai-site: types named, one-element lists, keys checked.
        QCOMPARE(ProbeRequest::fromJson({{QStringLiteral("baseUrl"), site->url()}, {QStringLiteral("channelType"), QJsonArray{QStringLiteral("anthropic")}}})->channelType,
                 std::optional<ChannelType>(ChannelType::Anthropic));
        const Result<ProbeRequest> number = ProbeRequest::fromJson({{QStringLiteral("baseUrl"), 5}});
        QVERIFY(!number.ok());
        QCOMPARE(number.error().code, QStringLiteral("INVALID_FIELD"));
        QVERIFY(!ProbeRequest::fromJson({{QStringLiteral("baseUrl"), site->url()}, {QStringLiteral("apiKey"), QStringLiteral("sk-a\u0001b")}}).ok());
    }

    void liveSiteGroupsRedactProxyKeys()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("live"), {QStringLiteral("gpt-4o-mini")}));
        QVERIFY(f.startEngine());
        QVERIFY(f.process(OnboardingFixture::request(site->url(), {kSiteKey}))->ok());
        auto live = await(f.engine().liveSiteGroups());
        QVERIFY(live && live->ok());
        QCOMPARE(live->value().groups.size(), 1);
        const QJsonObject json = live->value().toJson();
        const QJsonObject group = json.value(QStringLiteral("siteGroups")).toArray().first().toObject();
        QCOMPARE(group.value(QStringLiteral("name")).toString(), QStringLiteral("127-0-0-1-openai"));
        QCOMPARE(group.value(QStringLiteral("_instance")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("sim-1"));
        QVERIFY(group.contains(QStringLiteral("proxy_keys")));
        QVERIFY(!QJsonDocument(json).toJson().contains(f.hopKey().toUtf8()));
    }

    void cacheLagIsRiddenOut()
    {
        OnboardingFixture f(1, 300);
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("lag"), {QStringLiteral("gpt-4o-mini")}));
        QVERIFY(f.startEngine([](EngineOptions &o) { o.retryBaseDelayMs = 250; }));
        auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().discoverySource, QStringLiteral("temp-group:sim-1"));
        QVERIFY(f.tempGroups().isEmpty());
    }

    void keysNeverReachTheLog()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("quiet"), {QStringLiteral("gpt-4o-mini")}));
        QStringList keys{kSiteKey};
        for (int i = 0; i < 50; ++i)
            keys.append(QStringLiteral("sk-secret-%1-qwertyuiop").arg(i, 3, 10, QLatin1Char('0')));
        {
            QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        g_previousHandler = qInstallMessageHandler(captureMessage);
        QVERIFY(f.startEngine([](EngineOptions &o) { o.wireLogging = true; }));
        const QString hop = f.hopKey();
        f.instance(0)->addFault(SimFaultRule::respond("POST", QStringLiteral("/api/keys/add-multiple"), 500,
                                                      R"({"code":"INTERNAL_SERVER_ERROR","message":"boom"})").times(2));
        auto failed = f.process(OnboardingFixture::request(site->url(), keys));
        auto ok = f.process(OnboardingFixture::request(site->url(), keys));
        f.stopEngine();
        qInstallMessageHandler(g_previousHandler);
        QVERIFY(failed.has_value() && ok.has_value());
        QVERIFY2(ok->ok(), qPrintable(ok->error().toString()));
        QMutexLocker lock(&g_logMutex);
        QVERIFY(g_log.size() > 10);
        for (const QString &line : std::as_const(g_log)) {
            for (const QString &key : std::as_const(keys))
                QVERIFY2(!line.contains(key), qPrintable(QStringLiteral("key in log: ") + line.left(200)));
            QVERIFY2(!line.contains(hop), "hop key in log");
        }
    }
};

QTEST_GUILESS_MAIN(TestOnboardingLifecycle)
#include "tst_onboarding_lifecycle.moc"
