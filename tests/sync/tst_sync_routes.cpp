// The model sync routes (core/api/routes_sync.cpp) through ApiServer::dispatch(), against a real
// engine and the simulated cluster: status codes and JSON shapes (uni-load-behaviour.md §22.2,
// §22.4).
#include "tests/support/inprocessapi.h"
#include "tests/support/testutil.h"
#include "tests/sync/syncfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace ul;
using namespace ul::test;

using Answer = RouteAnswer;

namespace {

const QString kMini = QStringLiteral("gpt-4o-mini");
const QString kFourO = QStringLiteral("gpt-4o");
const QString kNano = QStringLiteral("gpt-4.1-nano");

} // namespace

class TestSyncRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncFixture> m_fixture;
    std::unique_ptr<InProcessApi> m_api;
    SimAiSite *m_site = nullptr;
    QString m_group;

    Answer call(const QByteArray &method, const QString &target, const QJsonValue &body = {}, const QByteArray &language = "en-US")
    {
        return m_api->call(method, target, compactJson(body), language);
    }

    // No job queued or running (asked in the engine thread, not the snapshot, which may predate
    // a job that was just queued).
    bool idle() { return m_fixture->waitForIdleJobs(); }

    QJsonObject status() { return call("GET", QStringLiteral("/api/status")).json.value(QStringLiteral("modelSync")).toObject(); }

private slots:
    void init()
    {
        m_fixture = std::make_unique<SyncFixture>();
        m_site = m_fixture->addOpenAiSite(QStringLiteral("routes"), {kMini, kFourO});
        QVERIFY(m_fixture->start(true));
        m_group = m_fixture->onboard(m_site);
        QVERIFY(!m_group.isEmpty());
        m_api = std::make_unique<InProcessApi>(m_fixture->engine());
    }

    void cleanup()
    {
        m_api.reset();
        m_fixture.reset();
    }

    void syncModelsIsFireAndForgetWith409OnOverlap()
    {
        m_site->setLatencyMs(300);  // keeps the first sync running while the second request comes
        Answer first = call("POST", QStringLiteral("/api/sync-models"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QStringLiteral("success")).toBool(), true);
        QVERIFY(!first.json.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(SyncFixture::waitUntil([this]() { return status().value(QStringLiteral("isRunning")).toBool(); }));

        Answer second = call("POST", QStringLiteral("/api/sync-models"));
        QCOMPARE(second.status, 409);
        QCOMPARE(second.json.value(QStringLiteral("success")).toBool(), false);
        QVERIFY(!second.json.value(QStringLiteral("message")).toString().isEmpty());
        Answer third = call("POST", QStringLiteral("/api/sync-models?async=1"));
        QCOMPARE(third.status, 409);
        QVERIFY(idle());

        Answer async = call("POST", QStringLiteral("/api/sync-models?async=1"));
        QCOMPARE(async.status, 202);
        const QString jobId = async.json.value(QStringLiteral("jobId")).toString();
        QVERIFY(!jobId.isEmpty());
        QVERIFY(SyncFixture::waitUntil([this, &jobId]() {
            return call("GET", QStringLiteral("/api/jobs/") + jobId).json.value(QStringLiteral("state")).toString() == QLatin1String("done");
        }));
        const QJsonObject job = call("GET", QStringLiteral("/api/jobs/") + jobId).json;
        QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("sync"));
        QCOMPARE(job.value(QStringLiteral("result")).toObject().value(QStringLiteral("sites")).toArray().size(), 1);
    }

    void controlStartsAndStopsTheLoop()
    {
        QJsonObject s = status();
        QCOMPARE(s.value(QStringLiteral("hasInterval")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("intervalMinutes")).toInt(), 360);
        QVERIFY(s.value(QStringLiteral("nextSync")).isString());

        Answer bad = call("POST", QStringLiteral("/api/sync-models/control"), QJsonObject{{QStringLiteral("action"), QStringLiteral("pause")}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json.value(QStringLiteral("success")).toBool(), false);
        QCOMPARE(call("POST", QStringLiteral("/api/sync-models/control"), QJsonObject{}).status, 400);

        Answer stop = call("POST", QStringLiteral("/api/sync-models/control"), QJsonObject{{QStringLiteral("action"), QStringLiteral("stop")}});
        QCOMPARE(stop.status, 200);
        QCOMPARE(stop.json.value(QStringLiteral("success")).toBool(), true);
        QVERIFY(SyncFixture::waitUntil([this]() { return !status().value(QStringLiteral("hasInterval")).toBool(); }));
        QVERIFY(status().value(QStringLiteral("nextSync")).isNull());

        Answer start = call("POST", QStringLiteral("/api/sync-models/control"), QJsonObject{{QStringLiteral("action"), QStringLiteral("start")}});
        QCOMPARE(start.status, 200);
        QVERIFY(SyncFixture::waitUntil([this]() { return status().value(QStringLiteral("hasInterval")).toBool(); }));
        QVERIFY(status().value(QStringLiteral("nextSync")).isString());
        QVERIFY(idle());
        QVERIFY(!m_fixture->history().isEmpty());  // start runs a sync at once, as the original
    }

    void pendingAndDecide()
    {
        Answer settings = call("PUT", QStringLiteral("/api/sync/settings"), QJsonObject{{QStringLiteral("reviewMode"), true}});
        QCOMPARE(settings.status, 200);
        QCOMPARE(settings.json.value(QStringLiteral("reviewMode")).toBool(), true);
        m_site->setModels({kMini, kFourO, kNano, QStringLiteral("gpt-5-mini")});
        QVERIFY(m_fixture->sync().has_value());

        Answer pending = call("GET", QStringLiteral("/api/sync/pending"));
        QCOMPARE(pending.status, 200);
        const QJsonArray list = pending.json.value(QStringLiteral("pending")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list.first().toObject();
        QCOMPARE(first.value(QStringLiteral("site")).toString(), m_group);
        QCOMPARE(first.value(QStringLiteral("change")).toString(), QStringLiteral("add"));
        QVERIFY(first.value(QStringLiteral("detectedAt")).isString());
        QVERIFY(!first.value(QStringLiteral("model")).toString().isEmpty());

        QCOMPARE(call("POST", QStringLiteral("/api/sync/pending/decide"), QJsonObject{{QStringLiteral("site"), m_group}}).status, 400);
        Answer unknown = call("POST", QStringLiteral("/api/sync/pending/decide"),
                              QJsonObject{{QStringLiteral("site"), m_group}, {QStringLiteral("model"), QStringLiteral("nope")},
                                          {QStringLiteral("decision"), QStringLiteral("approve")}});
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json.value(QStringLiteral("success")).toBool(), false);

        Answer decided = call("POST", QStringLiteral("/api/sync/pending/decide"),
                              QJsonArray{QJsonObject{{QStringLiteral("site"), m_group}, {QStringLiteral("model"), kNano},
                                                     {QStringLiteral("decision"), QStringLiteral("approve")}},
                                         QJsonObject{{QStringLiteral("site"), m_group}, {QStringLiteral("model"), QStringLiteral("gpt-5-mini")},
                                                     {QStringLiteral("decision"), QStringLiteral("reject")}}});
        QCOMPARE(decided.status, 200);
        QCOMPARE(decided.json.value(QStringLiteral("success")).toBool(), true);
        QVERIFY(!decided.json.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(decided.json.value(QStringLiteral("approved")).toInt(), 1);
        QCOMPARE(decided.json.value(QStringLiteral("rejected")).toInt(), 1);
        QVERIFY(decided.json.value(QStringLiteral("jobId")).isString());
        QVERIFY(idle());
        QVERIFY(call("GET", QStringLiteral("/api/sync/pending")).json.value(QStringLiteral("pending")).toArray().isEmpty());
        QVERIFY(m_fixture->siteGroup(m_group).models.contains(kNano));
    }

    void historyAndStatus()
    {
        QVERIFY(m_fixture->sync().has_value());
        QVERIFY(m_fixture->sync().has_value());
        Answer history = call("GET", QStringLiteral("/api/sync/history?limit=1"));
        QCOMPARE(history.status, 200);
        const QJsonArray rows = history.json.value(QStringLiteral("history")).toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("site")).toString(), m_group);
        QCOMPARE(row.value(QStringLiteral("outcome")).toString(), QStringLiteral("unchanged"));
        QVERIFY(row.value(QStringLiteral("time")).isString());
        QVERIFY(row.value(QStringLiteral("added")).isArray());
        QVERIFY(row.value(QStringLiteral("removed")).isArray());
        QCOMPARE(call("GET", QStringLiteral("/api/sync/history")).json.value(QStringLiteral("history")).toArray().size(), 2);
        QCOMPARE(call("GET", QStringLiteral("/api/sync/history?limit=abc")).status, 400);
        QCOMPARE(call("GET", QStringLiteral("/api/sync/history?limit=0")).status, 400);

        QVERIFY(SyncFixture::waitUntil([this]() {
            return call("GET", QStringLiteral("/api/sync/status")).json.value(QStringLiteral("lastRun")).isObject();
        }));
        const QJsonObject s = call("GET", QStringLiteral("/api/sync/status")).json;
        QCOMPARE(s.value(QStringLiteral("hasInterval")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("pendingChanges")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("reviewMode")).toBool(), false);
        QCOMPARE(s.value(QStringLiteral("lastRun")).toObject().value(QStringLiteral("siteGroups")).toInt(), 1);
        QVERIFY(s.value(QStringLiteral("lastSync")).isString());
    }

    void settingsValidation()
    {
        Answer get = call("GET", QStringLiteral("/api/sync/settings"));
        QCOMPARE(get.status, 200);
        QCOMPARE(get.json.value(QStringLiteral("removalAfterMisses")).toInt(), 2);
        QCOMPARE(get.json.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(call("PUT", QStringLiteral("/api/sync/settings"), QJsonObject{{QStringLiteral("bogus"), 1}}).status, 400);
        QCOMPARE(call("PUT", QStringLiteral("/api/sync/settings"), QJsonObject{{QStringLiteral("removalAfterMisses"), 0}}).status, 400);
        QCOMPARE(call("PUT", QStringLiteral("/api/sync/settings"),
                      QJsonObject{{QStringLiteral("siteOverrides"), QJsonObject{{QStringLiteral("no-such-site"), true}}}})
                     .status,
                 404);
        const QString site = m_fixture->siteRecords().first().name;
        Answer put = call("PUT", QStringLiteral("/api/sync/settings"),
                          QJsonObject{{QStringLiteral("removalAfterMisses"), 3}, {QStringLiteral("siteOverrides"), QJsonObject{{site, true}}}});
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json.value(QStringLiteral("removalAfterMisses")).toInt(), 3);
        QCOMPARE(put.json.value(QStringLiteral("siteOverrides")).toObject().value(site).toBool(), true);
        Answer cleared = call("PUT", QStringLiteral("/api/sync/settings"),
                              QJsonObject{{QStringLiteral("siteOverrides"), QJsonObject{{site, QJsonValue(QJsonValue::Null)}}}});
        QCOMPARE(cleared.status, 200);
        QVERIFY(cleared.json.value(QStringLiteral("siteOverrides")).toObject().isEmpty());
        QCOMPARE(cleared.json.value(QStringLiteral("removalAfterMisses")).toInt(), 3);
        // null puts a global setting back to its default, as it does for a site override.
        QCOMPARE(call("PUT", QStringLiteral("/api/sync/settings"), QJsonObject{{QStringLiteral("reviewMode"), true}}).status, 200);
        Answer defaults = call("PUT", QStringLiteral("/api/sync/settings"),
                               QJsonObject{{QStringLiteral("reviewMode"), QJsonValue(QJsonValue::Null)},
                                           {QStringLiteral("removalAfterMisses"), QJsonValue(QJsonValue::Null)}});
        QCOMPARE(defaults.status, 200);
        QCOMPARE(defaults.json.value(QStringLiteral("reviewMode")).toBool(true), false);
        QCOMPARE(defaults.json.value(QStringLiteral("removalAfterMisses")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncRoutes)
#include "tst_sync_routes.moc"
