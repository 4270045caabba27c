// Per-channel operator options (uni-load-behaviour.md §8.5, §16.2, §16.3, §23.2): deep probe,
// the test-model override and key validation on request — engine commands against the
// simulated gpt-load, and their routes through ApiServer::dispatch().
#include "tests/health/healthfixture.h"
#include "tests/support/inprocessapi.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ul;
using namespace ul::test;

class TestChannelOptions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HealthFixture> f;
    std::unique_ptr<InProcessApi> m_api;
    SimAiSite *alpha = nullptr;   // gpt-4o, gpt-4o-mini: every model matches the high-cost pattern gpt-4
    SimAiSite *gamma = nullptr;   // deepseek-chat, deepseek-reasoner: none does
    QString ga;
    QString gg;

    RouteAnswer call(const QByteArray &method, const QString &target, const QJsonObject &body = {}, const QByteArray &lang = "en-US")
    {
        return m_api->call(method, target, body.isEmpty() ? QByteArray() : compactJson(body), lang);
    }

    std::optional<SiteGroupView> viewOf(const QString &channel)
    {
        for (const SiteView &s : f->engine().snapshot().sites) {
            for (const SiteGroupView &g : s.groups) {
                if (g.name == channel)
                    return g;
            }
        }
        return std::nullopt;
    }

    QString gptLoadTestModel(const QString &channel)
    {
        const auto groups = f->groupsNamed(channel);
        return groups.isEmpty() ? QString() : groups.first().second.testModel;
    }

    QJsonObject stateOf(const QString &channel)
    {
        const RouteAnswer list = call("GET", QStringLiteral("/api/channels/site-groups"));
        for (const QJsonValue &g : list.json.value(QStringLiteral("siteGroups")).toArray()) {
            if (g.toObject().value(QStringLiteral("name")).toString() == channel)
                return g.toObject().value(QStringLiteral("_state")).toObject();
        }
        return {};
    }

private slots:
    void init()
    {
        f = std::make_unique<HealthFixture>(1);
        alpha = f->addSite(QStringLiteral("alpha"), {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")});
        gamma = f->addSite(QStringLiteral("gamma"), {QStringLiteral("deepseek-chat"), QStringLiteral("deepseek-reasoner")});
        QVERIFY(f->startEngine());
        ga = f->onboard(alpha);
        gg = f->onboard(gamma);
        QVERIFY(!ga.isEmpty() && !gg.isEmpty());
        m_api = std::make_unique<InProcessApi>(f->engine());
    }

    void cleanup()
    {
        m_api.reset();
        f.reset();
    }

    // --- deep probe ---------------------------------------------------------------------------

    void deepProbeByChannelShowsInSnapshotAndHealthCycle()
    {
        const auto changed = f->wait(f->engine().setChannelDeepProbe(gg, true));
        QVERIFY(changed && changed->ok());
        QCOMPARE(changed->value().enabled, true);
        QCOMPARE(changed->value().channels.size(), 1);
        QCOMPARE(changed->value().channels.first().name, gg);
        QCOMPARE(changed->value().channels.first().probeModel, QStringLiteral("deepseek-chat"));
        QVERIFY(f->waitForSnapshot([this](const EngineSnapshot &) { return viewOf(gg) && viewOf(gg)->deepProbe; }));
        QVERIFY(!viewOf(ga)->deepProbe);

        gamma->recorder().clear();
        const Result<HealthCycleReport> r = f->cycle();
        QVERIFY(r.ok());
        QCOMPARE(gamma->recorder().matching("POST", QStringLiteral("*/chat/completions")).size(), 1);

        const auto off = f->wait(f->engine().setChannelDeepProbe(gg, false));
        QVERIFY(off && off->ok());
        gamma->recorder().clear();
        QVERIFY(f->cycleAfter(10).ok());
        QCOMPARE(gamma->recorder().matching("POST", QStringLiteral("*/chat/completions")).size(), 0);

        const auto unknown = f->wait(f->engine().setChannelDeepProbe(QStringLiteral("no-such-channel"), true));
        QVERIFY(unknown && !unknown->ok());
        QCOMPARE(unknown->error().kind, ErrorKind::NotFound);
    }

    void deepProbeRoute()
    {
        RouteAnswer r = call("POST", QStringLiteral("/api/channel-deep-probe"), {{QStringLiteral("channelName"), ga}, {QStringLiteral("enabled"), true}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("success")).toBool(), true);
        QVERIFY(r.json.value(QStringLiteral("warning")).toString().contains(QStringLiteral("billable request per channel")));
        const QJsonObject data = r.json.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("deepProbe")).toBool(), true);
        // Every model of alpha is high cost: no billable probe model, the free probe stays.
        QVERIFY(data.value(QStringLiteral("channels")).toArray().first().toObject().value(QStringLiteral("probeModel")).isNull());
        QVERIFY(f->waitForSnapshot([this](const EngineSnapshot &) { return viewOf(ga) && viewOf(ga)->deepProbe; }));
        QCOMPARE(stateOf(ga).value(QStringLiteral("deepProbe")).toBool(), true);
        QCOMPARE(stateOf(gg).value(QStringLiteral("deepProbe")).toBool(), false);

        // The site's name works too; Chinese answers.
        const QString site = ga.left(ga.lastIndexOf(QLatin1Char('-')));
        r = call("POST", QStringLiteral("/api/channel-deep-probe"), {{QStringLiteral("siteName"), site}, {QStringLiteral("enabled"), false}}, "zh-CN");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.contains(QStringLiteral("warning")));
        QVERIFY(r.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("深度探测")));

        r = call("POST", QStringLiteral("/api/channel-deep-probe"), {{QStringLiteral("channelName"), ga}});
        QCOMPARE(r.status, 400);
        r = call("POST", QStringLiteral("/api/channel-deep-probe"), {{QStringLiteral("channelName"), ga}, {QStringLiteral("enabled"), QStringLiteral("yes")}});
        QCOMPARE(r.status, 400);
        r = call("POST", QStringLiteral("/api/channel-deep-probe"), {{QStringLiteral("enabled"), true}});
        QCOMPARE(r.status, 400);
        r = call("POST", QStringLiteral("/api/channel-deep-probe"), {{QStringLiteral("channelName"), QStringLiteral("nope")}, {QStringLiteral("enabled"), true}});
        QCOMPARE(r.status, 404);
    }

    // --- test model ---------------------------------------------------------------------------

    void testModelOverrideIsStoredAndSentToGptLoad()
    {
        const auto options = f->wait(f->engine().testModelOptions(ga));
        QVERIFY(options && options->ok());
        QCOMPARE(options->value().models, (QStringList{QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")}));
        QCOMPARE(options->value().automatic, QStringLiteral("gpt-4o-mini"));
        QVERIFY(options->value().override.isEmpty());
        QCOMPARE(options->value().testModel, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(gptLoadTestModel(ga), QStringLiteral("gpt-4o-mini"));

        auto changed = f->wait(f->engine().setTestModel(ga, QStringLiteral("GPT-4o")));  // case-insensitive; stored spelling
        QVERIFY(changed && changed->ok());
        QCOMPARE(changed->value().testModel, QStringLiteral("gpt-4o"));
        QCOMPARE(changed->value().override, QStringLiteral("gpt-4o"));
        QCOMPARE(changed->value().previous, QStringLiteral("gpt-4o-mini"));
        QVERIFY(changed->value().highCost);
        QVERIFY(!changed->value().warning().isEmpty());
        QCOMPARE(gptLoadTestModel(ga), QStringLiteral("gpt-4o"));
        QCOMPARE(f->siteGroup(ga)->testModelOverride, QStringLiteral("gpt-4o"));
        QVERIFY(f->waitForSnapshot([this](const EngineSnapshot &) {
            return viewOf(ga) && viewOf(ga)->testModel == QLatin1String("gpt-4o") && viewOf(ga)->testModelOverride == QLatin1String("gpt-4o");
        }));
        QVERIFY(viewOf(ga)->testModelHighCost);

        // A re-sync keeps the operator's choice.
        SiteRequest update;
        update.operation = SiteOperation::Update;
        update.baseUrl = alpha->url();
        update.targetChannelName = ga;
        const auto resync = f->wait(f->engine().processAiSite(update));
        QVERIFY(resync && resync->ok());
        QCOMPARE(gptLoadTestModel(ga), QStringLiteral("gpt-4o"));

        // Back to automatic selection.
        changed = f->wait(f->engine().setTestModel(ga, QString()));
        QVERIFY(changed && changed->ok());
        QVERIFY(changed->value().automatic());
        QCOMPARE(changed->value().testModel, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(gptLoadTestModel(ga), QStringLiteral("gpt-4o-mini"));
        QVERIFY(f->siteGroup(ga)->testModelOverride.isEmpty());

        // Not a model of the channel: refused, nothing changes.
        changed = f->wait(f->engine().setTestModel(ga, QStringLiteral("deepseek-chat")));
        QVERIFY(changed && !changed->ok());
        QCOMPARE(changed->error().kind, ErrorKind::Validation);
        QCOMPARE(changed->error().code, QStringLiteral("UNKNOWN_MODEL"));
        QCOMPARE(gptLoadTestModel(ga), QStringLiteral("gpt-4o-mini"));
        changed = f->wait(f->engine().setTestModel(QStringLiteral("nope"), QString()));
        QVERIFY(changed && !changed->ok());
        QCOMPARE(changed->error().kind, ErrorKind::NotFound);
    }

    void testModelNotStoredWhenGptLoadRefuses()
    {
        const int fault = f->instance(0)->addFault(SimFaultRule::respond("PUT", QStringLiteral("/api/groups/*"), 400, R"({"code":"VALIDATION_FAILED","message":"refused"})"));
        const auto changed = f->wait(f->engine().setTestModel(gg, QStringLiteral("deepseek-reasoner")));
        QVERIFY(changed && !changed->ok());
        f->instance(0)->removeFault(fault);
        QVERIFY(f->siteGroup(gg)->testModelOverride.isEmpty());
        QCOMPARE(gptLoadTestModel(gg), QStringLiteral("deepseek-chat"));
    }

    void testModelRoutes()
    {
        const QString path = QStringLiteral("/api/channels/%1/test-model").arg(gg);
        RouteAnswer r = call("GET", path);
        QCOMPARE(r.status, 200);
        QJsonObject data = r.json.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("automatic")).toString(), QStringLiteral("deepseek-chat"));
        QVERIFY(data.value(QStringLiteral("override")).isNull());
        QCOMPARE(data.value(QStringLiteral("models")).toArray().size(), 2);
        QVERIFY(data.value(QStringLiteral("highCostModels")).toArray().isEmpty());

        r = call("PUT", path, {{QStringLiteral("model"), QStringLiteral("deepseek-reasoner")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("testModel")).toString(), QStringLiteral("deepseek-reasoner"));
        QVERIFY(!r.json.contains(QStringLiteral("warning")));
        QCOMPARE(gptLoadTestModel(gg), QStringLiteral("deepseek-reasoner"));
        QVERIFY(f->waitForSnapshot([this](const EngineSnapshot &) { return viewOf(gg) && viewOf(gg)->testModelOverride == QLatin1String("deepseek-reasoner"); }));
        QCOMPARE(stateOf(gg).value(QStringLiteral("testModelOverride")).toString(), QStringLiteral("deepseek-reasoner"));

        r = call("PUT", QStringLiteral("/api/channels/%1/test-model").arg(ga), {{QStringLiteral("model"), QStringLiteral("gpt-4o")}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("warning")).toString().contains(QStringLiteral("high-cost")));

        r = call("PUT", path, {{QStringLiteral("model"), QJsonValue::Null}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("automatic")).toBool(), true);
        QCOMPARE(gptLoadTestModel(gg), QStringLiteral("deepseek-chat"));

        r = call("PUT", path, {{QStringLiteral("model"), QStringLiteral("gpt-5")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("UNKNOWN_MODEL"));
        r = call("PUT", path, {{QStringLiteral("model"), 5}});
        QCOMPARE(r.status, 400);
        r = call("PUT", path, {{QStringLiteral("other"), 5}});
        QCOMPARE(r.status, 400);
        r = call("GET", QStringLiteral("/api/channels/nope/test-model"));
        QCOMPARE(r.status, 404);
    }

    // --- key validation -----------------------------------------------------------------------

    void validationReportsCountsAndIsAJob()
    {
        const QString key = gamma->validKeys().first();
        auto report = f->wait(f->engine().validateKeys(gg, false));
        QVERIFY(report && report->ok());
        QCOMPARE(report->value().totalKeys, 1);
        QCOMPARE(report->value().validKeys, 1);
        QCOMPARE(report->value().invalidKeys, 0);
        QCOMPARE(report->value().testModel, QStringLiteral("deepseek-chat"));
        QVERIFY(!report->value().highCost);
        // The pool is read back after the validation: the views show it without waiting for a health check.
        QVERIFY(f->waitForSnapshot([&](const EngineSnapshot &s) {
            for (const SiteView &site : s.sites) {
                for (const SiteGroupView &g : site.groups) {
                    if (g.name == gg)
                        return g.keyPool.known() && g.keyPool.total == 1 && g.keyPool.active == 1;
                }
            }
            return false;
        }));

        f->instance(0)->setKeyValidationOutcome(key, false);
        const auto jobId = f->wait(f->engine().startValidateKeys(gg, false));
        QVERIFY(jobId && jobId->ok());
        QVERIFY(f->waitForIdleJobs());
        const auto job = f->wait(f->engine().job(jobId->value()));
        QVERIFY(job && job->ok());
        QCOMPARE(job->value().kind, QStringLiteral("validate-keys"));
        QCOMPARE(job->value().state, QStringLiteral("done"));
        QCOMPARE(job->value().result.value(QStringLiteral("invalidKeys")).toInt(), 1);
        QCOMPARE(job->value().result.value(QStringLiteral("validKeys")).toInt(), 0);
        // Counts only: the key never appears in the result.
        QVERIFY(!QJsonDocument(job->value().result).toJson().contains(key.toUtf8()));
    }

    // --- removing invalid keys ------------------------------------------------------------------

    void removingInvalidKeysDeletesOnlyThoseAndReadsThePoolBack()
    {
        const QString good = gamma->validKeys().first();
        const QString dead = QStringLiteral("sk-gamma-revoked-0001");
        QCOMPARE(f->instance(0)->addKeys(gg, {dead}), 1);
        QVERIFY(f->instance(0)->setKeyStatus(gg, dead, QStringLiteral("invalid")));

        auto removal = f->wait(f->engine().removeInvalidKeys(gg));
        QVERIFY(removal && removal->ok());
        QCOMPARE(removal->value().removed, 1);
        QVERIFY(removal->value().keys);
        QCOMPARE(removal->value().keys->total, 1);
        QCOMPARE(removal->value().keys->invalid, 0);
        QStringList left;
        for (const SimKey &k : f->instance(0)->keys(gg))
            left << k.value;
        QCOMPARE(left, QStringList{good});
        // The views follow at once: the pool, and the count shown before a pool is read.
        QVERIFY(f->waitForSnapshot([&](const EngineSnapshot &) {
            const std::optional<SiteGroupView> v = viewOf(gg);
            return v && v->keyPool.known() && v->keyPool.total == 1 && v->keysCount == 1;
        }));

        // Through the route, as a job; then again with nothing left to remove.
        QVERIFY(f->instance(0)->addKeys(gg, {dead}) == 1 && f->instance(0)->setKeyStatus(gg, dead, QStringLiteral("invalid")));
        RouteAnswer r = call("POST", QStringLiteral("/api/channels/%1/remove-invalid-keys").arg(gg));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("removed")).toInt(), 1);
        QCOMPARE(r.json.value(QStringLiteral("message")).toString(), QStringLiteral("invalid keys removed from %1: 1").arg(gg));
        QVERIFY(!QJsonDocument(r.json).toJson().contains(dead.toUtf8()));
        r = call("POST", QStringLiteral("/api/channels/%1/remove-invalid-keys?async=1").arg(gg));
        QCOMPARE(r.status, 202);
        QVERIFY(f->waitForIdleJobs());
        const auto job = f->wait(f->engine().job(r.json.value(QStringLiteral("jobId")).toString()));
        QVERIFY(job && job->ok());
        QCOMPARE(job->value().kind, QStringLiteral("clear-invalid-keys"));
        QCOMPARE(job->value().state, QStringLiteral("done"));
        QCOMPARE(job->value().result.value(QStringLiteral("removed")).toInt(), 0);

        r = call("POST", QStringLiteral("/api/channels/nope/remove-invalid-keys"));
        QCOMPARE(r.status, 404);
    }

    void highCostTestModelNeedsConfirmation()
    {
        auto changed = f->wait(f->engine().setTestModel(ga, QStringLiteral("gpt-4o")));
        QVERIFY(changed && changed->ok());
        QVERIFY(changed->value().highCost);
        auto report = f->wait(f->engine().validateKeys(ga, false));
        QVERIFY(report && !report->ok());
        QCOMPARE(report->error().kind, ErrorKind::Conflict);
        QCOMPARE(report->error().code, QStringLiteral("HIGH_COST_CONFIRMATION_REQUIRED"));
        QCOMPARE(f->instance(0)->taskStatus().taskType, QString());  // nothing started
        report = f->wait(f->engine().validateKeys(ga, true));
        QVERIFY(report && report->ok());
        QVERIFY(report->value().highCost);
        QCOMPARE(report->value().validKeys, 1);

        // gpt-4o-mini matches the `gpt-4` pattern but is on the preferred list: no question.
        changed = f->wait(f->engine().setTestModel(ga, QString()));
        QVERIFY(changed && changed->ok());
        QCOMPARE(changed->value().testModel, QStringLiteral("gpt-4o-mini"));
        QVERIFY(!changed->value().highCost);
        report = f->wait(f->engine().validateKeys(ga, false));
        QVERIFY(report && report->ok());
        QVERIFY(!report->value().highCost);
    }

    void validationWaitsForTheTaskAndCanBeCancelled()
    {
        f->instance(0)->setTaskCompletionDelayMs(1200);
        auto report = f->wait(f->engine().validateKeys(gg, false));
        QVERIFY(report && report->ok());
        QCOMPARE(report->value().validKeys, 1);

        f->instance(0)->setTaskCompletionDelayMs(60000);
        const auto jobId = f->wait(f->engine().startValidateKeys(gg, false));
        QVERIFY(jobId && jobId->ok());
        QTRY_VERIFY_WITH_TIMEOUT(f->instance(0)->taskStatus().isRunning, 5000);
        const auto cancelled = f->wait(f->engine().cancelJob(jobId->value()));
        QVERIFY(cancelled && cancelled->ok());
        QVERIFY(f->waitForIdleJobs(10000));
        const auto job = f->wait(f->engine().job(jobId->value()));
        QVERIFY(job && job->ok());
        QCOMPARE(job->value().state, QStringLiteral("cancelled"));
    }

    void validationRoutes()
    {
        const QString path = QStringLiteral("/api/channels/%1/validate-keys").arg(ga);
        QVERIFY(f->wait(f->engine().setTestModel(ga, QStringLiteral("gpt-4o")))->ok());
        RouteAnswer r = call("POST", path);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("HIGH_COST_CONFIRMATION_REQUIRED"));
        QCOMPARE(r.json.value(QStringLiteral("details")).toObject().value(QStringLiteral("testModel")).toString(), QStringLiteral("gpt-4o"));

        r = call("POST", path, {{QStringLiteral("confirmHighCost"), true}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(r.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("totalKeys")).toInt(), 1);

        r = call("POST", QStringLiteral("/api/channels/%1/validate-keys?async=1").arg(gg));
        QCOMPARE(r.status, 202);
        const QString jobId = r.json.value(QStringLiteral("jobId")).toString();
        QVERIFY(!jobId.isEmpty());
        QVERIFY(f->waitForIdleJobs());
        r = call("GET", QStringLiteral("/api/jobs/") + jobId);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("validKeys")).toInt(), 1);

        r = call("POST", path, {{QStringLiteral("confirmHighCost"), QStringLiteral("yes")}});
        QCOMPARE(r.status, 400);
        r = call("POST", QStringLiteral("/api/channels/nope/validate-keys"));
        QCOMPARE(r.status, 404);
    }
};

QTEST_GUILESS_MAIN(TestChannelOptions)
#include "tst_channel_options.moc"
