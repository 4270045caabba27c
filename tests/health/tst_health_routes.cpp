// The health, cleanup and channel routes (core/api/routes_health.cpp, routes_channels.cpp)
// through ApiServer::dispatch(), against a real engine and the simulated cluster: status codes
// and JSON shapes (uni-load-behaviour.md §22.2, §22.4).
#include "tests/health/healthfixture.h"
#include "tests/support/inprocessapi.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QTest>

using namespace ul;
using namespace ul::test;

using Answer = RouteAnswer;

class TestHealthRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HealthFixture> f;
    std::unique_ptr<InProcessApi> m_api;
    SimAiSite *alpha = nullptr;
    SimAiSite *slashy = nullptr;
    QString ga;
    QString gs;

    // `rawTarget` is sent as received on the wire (percent-encoding intact); an empty body is none.
    Answer call(const QByteArray &method, const QString &rawTarget, const QJsonObject &body = {})
    {
        return m_api->call(method, rawTarget, body.isEmpty() ? QByteArray() : compactJson(body));
    }

private slots:
    void init()
    {
        f = std::make_unique<HealthFixture>(2);
        alpha = f->addSite(QStringLiteral("alpha"), {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")});
        slashy = f->addSite(QStringLiteral("slashy"), {QStringLiteral("deepseek-ai/deepseek-v3"), QStringLiteral("gpt-4o")});
        QVERIFY(f->startEngine());
        ga = f->onboard(alpha);
        gs = f->onboard(slashy);
        QVERIFY(!ga.isEmpty() && !gs.isEmpty());
        m_api = std::make_unique<InProcessApi>(f->engine());
    }

    void cleanup()
    {
        m_api.reset();
        f.reset();
    }

    void checkChannelsIsFireAndForgetWith409()
    {
        // Slow stats keep the first cycle running while the second request arrives.
        const int slow = f->instance(0)->addFault(SimFaultRule::delay("GET", QStringLiteral("/api/groups/*/stats"), 300));
        const Answer first = call("POST", QStringLiteral("/api/check-channels"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QStringLiteral("success")).toBool(), true);
        QVERIFY(!first.json.value(QStringLiteral("message")).toString().isEmpty());
        const Answer busy = call("POST", QStringLiteral("/api/check-channels"));
        QCOMPARE(busy.status, 409);
        QCOMPARE(busy.json.value(QStringLiteral("success")).toBool(), false);
        QCOMPARE(busy.json.value(QStringLiteral("code")).toString(), QStringLiteral("JOB_IN_PROGRESS"));
        QVERIFY(!busy.json.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(f->waitForIdleJobs());
        f->instance(0)->removeFault(slow);

        const Answer async = call("POST", QStringLiteral("/api/check-channels?async=1"));
        QCOMPARE(async.status, 202);
        const QString jobId = async.json.value(QStringLiteral("jobId")).toString();
        QVERIFY(!jobId.isEmpty());
        QVERIFY(f->waitForIdleJobs());
        const Answer job = call("GET", QStringLiteral("/api/jobs/") + jobId);
        QCOMPARE(job.status, 200);
        QCOMPARE(job.json.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(job.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("checked")).toInt(), 2);
    }

    void controlStartsAndStops()
    {
        Answer r = call("POST", QStringLiteral("/api/check-channels/control"), {{QStringLiteral("action"), QStringLiteral("stop")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("success")).toBool(), true);
        Answer status = call("GET", QStringLiteral("/api/status"));
        QDeadlineTimer deadline(5000);
        while (status.json.value(QStringLiteral("channelHealth")).toObject().value(QStringLiteral("hasInterval")).toBool() && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            status = call("GET", QStringLiteral("/api/status"));
        }
        const QJsonObject health = status.json.value(QStringLiteral("channelHealth")).toObject();
        QCOMPARE(health.value(QStringLiteral("hasInterval")).toBool(), false);
        QVERIFY(health.value(QStringLiteral("nextCheck")).isNull());
        for (const char *key : {"isRunning", "intervalMinutes", "failureThreshold", "currentFailures", "failureCount"})
            QVERIFY2(health.contains(QLatin1String(key)), key);
        const QJsonObject cleanup = status.json.value(QStringLiteral("channelCleanup")).toObject();
        QVERIFY(cleanup.contains(QStringLiteral("recentCleanups")));
        QVERIFY(cleanup.contains(QStringLiteral("totalCleanups")));

        r = call("POST", QStringLiteral("/api/check-channels/control"), {{QStringLiteral("action"), QStringLiteral("start")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("hasInterval")).toBool(), true);
        QVERIFY(f->waitForIdleJobs());  // start() also ran a cycle
        r = call("POST", QStringLiteral("/api/check-channels/control"), {{QStringLiteral("action"), QStringLiteral("pause")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_ACTION"));  // as sync-models/control
    }

    void eventsFollowAcceptLanguage()
    {
        alpha->setFailure(SimAiFailure::Unavailable);
        for (int i = 0; i < 3; ++i)
            QVERIFY(f->cycleAfter(10).ok());
        QCOMPARE(f->siteGroup(ga)->state, ChannelState::DisabledByHealth);
        const auto removedEvent = [](const QJsonObject &json) {
            for (const QJsonValue &e : json.value(QStringLiteral("events")).toArray()) {
                if (e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("channel-removed"))
                    return e.toObject();
            }
            return QJsonObject();
        };
        const QJsonObject en = removedEvent(call("GET", QStringLiteral("/api/events")).json);
        QVERIFY2(en.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("channel %1 taken out of rotation (disabled-by-health): 3 consecutive failed checks; last: model-list probe").arg(ga)),
                 qPrintable(en.value(QStringLiteral("message")).toString()));
        const QJsonObject zh = removedEvent(m_api->call("GET", QStringLiteral("/api/events"), {}, "zh-CN").json);
        QVERIFY2(zh.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("渠道 %1 已移出轮换（健康检查移除）：连续 3 次检查失败；最近一次：模型列表探测失败：").arg(ga)),
                 qPrintable(zh.value(QStringLiteral("message")).toString()));
        QCOMPARE(zh.value(QStringLiteral("kind")), en.value(QStringLiteral("kind")));
        QCOMPARE(zh.value(QStringLiteral("id")), en.value(QStringLiteral("id")));
    }

    void failedChannelsAndReset()
    {
        Answer r = call("GET", QStringLiteral("/api/failed-channels"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("failedChannels")).toArray().isEmpty());

        alpha->setFailure(SimAiFailure::Unavailable);
        QVERIFY(f->cycleAfter(10).ok());
        r = call("GET", QStringLiteral("/api/failed-channels"));
        const QJsonArray failed = r.json.value(QStringLiteral("failedChannels")).toArray();
        QCOMPARE(failed.size(), 1);
        const QJsonObject entry = failed.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("name")).toString(), ga);
        QCOMPARE(entry.value(QStringLiteral("failures")).toInt(), 1);
        QCOMPARE(entry.value(QStringLiteral("threshold")).toInt(), 3);
        QCOMPARE(entry.value(QStringLiteral("willBeRemoved")).toBool(), false);

        // Why it failed, in the client's language; the event of the instance …
        const QString why = entry.value(QStringLiteral("detail")).toString();
        QVERIFY2(why.startsWith(QLatin1String("model-list probe")), qPrintable(why));
        QVERIFY(!entry.value(QStringLiteral("lastCheck")).toString().isEmpty());
        const QJsonObject zh = m_api->call("GET", QStringLiteral("/api/failed-channels"), {}, "zh-CN,zh;q=0.9")
                                   .json.value(QStringLiteral("failedChannels")).toArray().first().toObject();
        QVERIFY2(zh.value(QStringLiteral("detail")).toString().startsWith(QStringLiteral("模型列表探测")),
                 qPrintable(zh.value(QStringLiteral("detail")).toString()));
        QVERIFY(f->waitForSnapshot([](const EngineSnapshot &s) {
            return std::all_of(s.sites.cbegin(), s.sites.cend(), [](const SiteView &site) {
                return std::all_of(site.groups.cbegin(), site.groups.cend(), [](const SiteGroupView &g) { return g.lastCheck.isValid(); });
            });
        }));
        const QJsonObject state = m_api->call("GET", QStringLiteral("/api/channels/site-groups"), {}, "zh-CN")
                                      .json.value(QStringLiteral("siteGroups")).toArray().first().toObject()
                                      .value(QStringLiteral("_state")).toObject();
        const QJsonObject lastCheck = state.value(QStringLiteral("lastCheck")).toObject();
        QVERIFY(!lastCheck.isEmpty());
        QVERIFY(!lastCheck.value(QStringLiteral("time")).toString().isEmpty());
        QVERIFY(!lastCheck.value(QStringLiteral("detail")).toString().isEmpty());
        QVERIFY(!lastCheck.value(QStringLiteral("detail")).toString().contains(QLatin1String("probe")));

        QCOMPARE(call("POST", QStringLiteral("/api/reset-channel-failures"), {{QStringLiteral("channelName"), QStringLiteral("nope-openai")}}).status, 404);
        r = call("POST", QStringLiteral("/api/reset-channel-failures"), {{QStringLiteral("channelName"), ga}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("reset")).toInt(), 1);
        QVERIFY(call("GET", QStringLiteral("/api/failed-channels")).json.value(QStringLiteral("failedChannels")).toArray().isEmpty());
        QCOMPARE(call("POST", QStringLiteral("/api/reset-channel-failures")).status, 200);
    }

    void healthSettingsRoundTrip()
    {
        Answer r = call("GET", QStringLiteral("/api/health/settings"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("recoveryProbes")).toInt(), 2);
        r = call("PUT", QStringLiteral("/api/health/settings"), {{QStringLiteral("recoveryProbes"), 3}, {QStringLiteral("maxFailureRate"), 0.25}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("recoveryProbes")).toInt(), 3);
        QCOMPARE(r.json.value(QStringLiteral("maxFailureRate")).toDouble(), 0.25);
        // Refused as a whole: the valid key in the same body is not saved either.
        r = call("PUT", QStringLiteral("/api/health/settings"), {{QStringLiteral("minRequests"), 5}, {QStringLiteral("logWindowHours"), 1000}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("field")).toString(), QStringLiteral("logWindowHours"));
        r = call("GET", QStringLiteral("/api/health/settings"));
        QCOMPARE(r.json.value(QStringLiteral("minRequests")).toInt(), 10);
        QCOMPARE(r.json.value(QStringLiteral("recoveryProbes")).toInt(), 3);
        r = call("PUT", QStringLiteral("/api/health/settings"), {{QStringLiteral("recoveryProbes"), QJsonValue()}});
        QCOMPARE(r.json.value(QStringLiteral("recoveryProbes")).toInt(), 2);
    }

    void manualRecoveryDecodesSlashesInModelNames()
    {
        const QString target = QStringLiteral("/api/manual-recovery/deepseek-ai%2Fdeepseek-v3/") + gs;
        Answer r = call("POST", target);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("success")).toBool(), true);
        const QJsonObject result = r.json.value(QStringLiteral("result")).toObject();
        for (const char *key : {"scheduled", "nextRetry", "failures"})
            QVERIFY2(result.contains(QLatin1String(key)), key);
        QCOMPARE(result.value(QStringLiteral("recovered")).toBool(), true);
        QVERIFY(result.value(QStringLiteral("group")).toString().contains(QStringLiteral("deepseek")));

        // Out of rotation and still down: scheduled with the backoff.
        QVERIFY(f->wait(f->engine().manualCleanup({gs}, false))->ok());
        slashy->setFailure(SimAiFailure::Unavailable);
        r = call("POST", target);
        QCOMPARE(r.status, 200);
        const QJsonObject scheduled = r.json.value(QStringLiteral("result")).toObject();
        QCOMPARE(scheduled.value(QStringLiteral("scheduled")).toBool(), true);
        QCOMPARE(scheduled.value(QStringLiteral("recovered")).toBool(), false);
        QCOMPARE(scheduled.value(QStringLiteral("failures")).toInt(), 1);
        QVERIFY(QDateTime::fromString(scheduled.value(QStringLiteral("nextRetry")).toString(), Qt::ISODateWithMs) > f->clock().now());
        // The message in the client's language (probe detail included), and the model as it is
        // spelled in group names (as the original rebuilt the group name from it).
        r = m_api->call("POST", QStringLiteral("/api/manual-recovery/deepseek-ai-deepseek-v3/") + gs, {}, "zh-CN");
        QCOMPARE(r.status, 200);
        QVERIFY2(r.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("仍然失败（模型列表探测")),
                 qPrintable(r.json.value(QStringLiteral("message")).toString()));

        // Back up: one manual attempt puts it back.
        slashy->setFailure(SimAiFailure::None);
        r = call("POST", target);
        QCOMPARE(r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("recovered")).toBool(), true);
        QCOMPARE(f->siteGroup(gs)->state, ChannelState::Active);

        QCOMPARE(call("POST", QStringLiteral("/api/manual-recovery/deepseek-ai%2Fdeepseek-v3/nope-openai")).status, 404);
        QCOMPARE(call("POST", QStringLiteral("/api/manual-recovery/no-such-model/") + gs).status, 404);
    }

    void healthHistory()
    {
        QVERIFY(f->cycle().ok());
        Answer r = call("GET", QStringLiteral("/api/health/history?channel=") + ga);
        QCOMPARE(r.status, 200);
        const QJsonArray history = r.json.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 1);
        const QJsonObject e = history.first().toObject();
        QCOMPARE(e.value(QStringLiteral("channel")).toString(), ga);
        QCOMPARE(e.value(QStringLiteral("verdict")).toString(), QStringLiteral("healthy"));
        QVERIFY(!e.value(QStringLiteral("time")).toString().isEmpty());
        QVERIFY(e.contains(QStringLiteral("detail")));
        QCOMPARE(call("GET", QStringLiteral("/api/health/history")).json.value(QStringLiteral("history")).toArray().size(), 2);
        const QString future = f->clock().now().addDays(1).toString(Qt::ISODate);
        QVERIFY(call("GET", QStringLiteral("/api/health/history?since=") + future).json.value(QStringLiteral("history")).toArray().isEmpty());
        QCOMPARE(call("GET", QStringLiteral("/api/health/history?since=yesterday")).status, 400);
    }

    void cleanupRoutes()
    {
        Answer r = call("POST", QStringLiteral("/api/cleanup-channels/preview"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("success")).toBool(), true);
        const QJsonObject results = r.json.value(QStringLiteral("results")).toObject();
        for (const char *key : {"totalSiteGroups", "disconnectedChannels", "affectedModelGroups", "cleanedUpstreams", "errors"})
            QVERIFY2(results.contains(QLatin1String(key)), key);
        QCOMPARE(results.value(QStringLiteral("totalSiteGroups")).toInt(), 2);

        QCOMPARE(call("POST", QStringLiteral("/api/cleanup-channels/preview"), {{QStringLiteral("excludePatterns"), QJsonArray{QStringLiteral("(")}}}).status,
                 400);
        QCOMPARE(call("POST", QStringLiteral("/api/cleanup-channels/preview"),
                      {{QStringLiteral("onlyCheckPatterns"), QJsonArray{QString(201, QLatin1Char('x'))}}})
                     .status,
                 400);
        QCOMPARE(call("POST", QStringLiteral("/api/cleanup-channels"), {{QStringLiteral("excludePatterns"), QJsonArray{QStringLiteral("[")}}}).status, 400);

        r = call("POST", QStringLiteral("/api/cleanup-channels"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("success")).toBool(), true);
        QVERIFY(f->waitForIdleJobs());
        r = call("POST", QStringLiteral("/api/cleanup-channels?async=1"));
        QCOMPARE(r.status, 202);
        QVERIFY(!r.json.value(QStringLiteral("jobId")).toString().isEmpty());
        QVERIFY(f->waitForIdleJobs());
        r = call("GET", QStringLiteral("/api/cleanup-history"));
        QCOMPARE(r.status, 200);
        const QJsonArray history = r.json.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 2);
        for (const char *key : {"timestamp", "disconnectedChannels", "affectedModelGroups", "cleanedUpstreams", "errors"})
            QVERIFY2(history.first().toObject().contains(QLatin1String(key)), key);
        // The status lists the last runs as the original does (history.slice(-3): oldest first).
        QVERIFY(f->waitForSnapshot([](const EngineSnapshot &s) { return s.recentCleanups.size() == 2; }));
        const QJsonObject cleanup = call("GET", QStringLiteral("/api/status")).json.value(QStringLiteral("channelCleanup")).toObject();
        const QJsonArray recent = cleanup.value(QStringLiteral("recentCleanups")).toArray();
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).toObject(), history.at(1).toObject());
        QCOMPARE(recent.at(1).toObject(), history.at(0).toObject());
        QCOMPARE(cleanup.value(QStringLiteral("totalCleanups")).toInt(), 2);

        QCOMPARE(call("POST", QStringLiteral("/api/cleanup-channels/manual")).status, 400);
        QCOMPARE(call("POST", QStringLiteral("/api/cleanup-channels/manual"), {{QStringLiteral("channelNames"), QJsonArray{QStringLiteral("nope-openai")}}}).status,
                 404);
        r = call("POST", QStringLiteral("/api/cleanup-channels/manual"),
                 {{QStringLiteral("channelNames"), QJsonArray{ga}}, {QStringLiteral("dryRun"), true}});
        QCOMPARE(r.status, 200);
        const QJsonObject manual = r.json.value(QStringLiteral("results")).toObject();
        QCOMPARE(manual.value(QStringLiteral("targetChannels")).toArray(), QJsonArray{ga});
        QVERIFY(manual.contains(QStringLiteral("affectedModelGroups")));
        QVERIFY(manual.contains(QStringLiteral("cleanedUpstreams")));
    }

    void channelOperationRoutes()
    {
        QCOMPARE(call("POST", QStringLiteral("/api/channels/reassign")).status, 400);
        QCOMPARE(call("POST", QStringLiteral("/api/channels/reassign"),
                      {{QStringLiteral("channelName"), ga}, {QStringLiteral("action"), QStringLiteral("sideways")}})
                     .status,
                 400);
        QCOMPARE(call("POST", QStringLiteral("/api/channels/reassign"),
                      {{QStringLiteral("channelName"), QStringLiteral("nope-openai")}, {QStringLiteral("action"), QStringLiteral("demote")}})
                     .status,
                 404);
        QCOMPARE(call("POST", QStringLiteral("/api/channels/reassign"), {{QStringLiteral("channelName"), ga}, {QStringLiteral("action"), QStringLiteral("promote")}})
                     .status,
                 400);
        Answer r = call("POST", QStringLiteral("/api/channels/reassign"), {{QStringLiteral("channelName"), ga}, {QStringLiteral("action"), QStringLiteral("demote")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("success")).toBool(), true);
        const QJsonObject data = r.json.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("channelName")).toString(), ga);
        QVERIFY(!data.value(QStringLiteral("previousInstanceName")).toString().isEmpty());
        QVERIFY(!data.value(QStringLiteral("newInstanceName")).toString().isEmpty());
        f->instance(0)->stop();
        QVERIFY(f->wait(f->engine().checkInstances()).has_value());
        QCOMPARE(call("POST", QStringLiteral("/api/channels/reassign"), {{QStringLiteral("channelName"), ga}, {QStringLiteral("action"), QStringLiteral("promote")}})
                     .status,
                 503);
        f->instance(0)->start();
        QVERIFY(f->wait(f->engine().checkInstances()).has_value());

        QCOMPARE(call("POST", QStringLiteral("/api/reassign-site")).status, 400);
        QCOMPARE(call("POST", QStringLiteral("/api/reassign-site"),
                      {{QStringLiteral("siteUrl"), QStringLiteral("https://x.example")}, {QStringLiteral("instanceId"), QStringLiteral("nope")}})
                     .status,
                 400);
        r = call("POST", QStringLiteral("/api/reassign-site"), {{QStringLiteral("siteUrl"), QStringLiteral("https://x.example")}, {QStringLiteral("instanceId"), f->instanceId(1)}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("success")).toBool(), true);

        QCOMPARE(call("DELETE", QStringLiteral("/api/channels/nope-openai")).status, 404);
        r = call("DELETE", QStringLiteral("/api/channels/") + gs);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("success")).toBool(), true);
        const QJsonObject deleted = r.json.value(QStringLiteral("data")).toObject();
        QCOMPARE(deleted.value(QStringLiteral("deletedSiteGroup")).toString(), gs);
        for (const char *key : {"updatedModelGroups", "deletedModelGroups", "errors"})
            QVERIFY2(deleted.value(QLatin1String(key)).isArray(), key);

        QVERIFY(f->addOperatorProvider());  // so the managed providers can all go (uniapi-config.md §6.6)
        r = call("POST", QStringLiteral("/api/maintenance/delete-model-groups"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("success")).toBool(), true);
        const QJsonObject results = r.json.value(QStringLiteral("results")).toObject();
        for (const char *key : {"deletedGroups", "failedGroups", "cleanedProviders", "errors"})
            QVERIFY2(results.contains(QLatin1String(key)), key);
        QVERIFY(results.value(QStringLiteral("deletedGroups")).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestHealthRoutes)
#include "tst_health_routes.moc"
