// The read-mostly layer and api.yaml routes over loopback, with one onboarded site: status
// codes and shapes of GET /api/architecture-status, /api/architecture-stats, /api/plan,
// /api/adoption/preview, /api/uniapi/providers and /api/uniapi/backups, the adoption import
// and key migration with nothing to adopt, and a restore of a listed backup. No key in any answer.
#include "tests/api/apiloopback.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace ul;
using namespace ul::test;

namespace {

const QString kSiteKey = QStringLiteral("sk-sim-site-key-layout-0001");

QStringList names(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

} // namespace

class TestApiLayoutRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiLoopback> m_api;

    // Every answer of this test: no site key, no proxy key, no admin token.
    void verifyNoSecret(const LoopbackAnswer &a)
    {
        QVERIFY2(!a.body.contains(kSiteKey.toUtf8()), a.body.constData());
        QVERIFY2(!a.body.contains(m_api->fixture().instance(0)->adminKey().toUtf8()), a.body.constData());
    }

    bool onboard(SimAiSite *site)
    {
        const QJsonObject request = OnboardingFixture::request(site->url(), {kSiteKey}, {QStringLiteral("openai")});
        const LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), request);
        if (a.status != 200)
            qWarning() << a.body;
        return a.status == 200;
    }

private slots:
    void initTestCase()
    {
        m_api = std::make_unique<ApiLoopback>();
        SimAiSiteOptions options;
        options.name = QStringLiteral("relay");
        options.formats = SimAiFormat::OpenAI;
        options.models = {QStringLiteral("gpt-4o"), QStringLiteral("deepseek-chat")};
        options.validKeys = {kSiteKey};
        SimAiSite *site = m_api->fixture().addSite(options);
        QVERIFY(m_api->start());
        QVERIFY(onboard(site));
    }
    void cleanupTestCase() { m_api.reset(); }

    // The onboarding created api.yaml with a client key for uni-api's clients: shown once.
    void newClientKeyIsShownOnce()
    {
        LoopbackAnswer status;
        QJsonObject uniApi;
        // The snapshot behind /api/status follows the job's end within a few milliseconds.
        QTRY_VERIFY_WITH_TIMEOUT((status = m_api->send("GET", QStringLiteral("/api/status")),
                                  uniApi = status.json.value(QStringLiteral("uniApi")).toObject(),
                                  uniApi.value(QStringLiteral("newClientKeyWaiting")).toBool()),
                                 5000);
        QVERIFY(!status.body.contains("sk-"));  // the status never carries it

        const LoopbackAnswer taken = m_api->send("POST", QStringLiteral("/api/uniapi/client-key"));
        QCOMPARE(taken.status, 200);
        const QString key = taken.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("clientKey")).toString();
        QVERIFY(key.startsWith(QStringLiteral("sk-")));
        QFile file(uniApi.value(QStringLiteral("path")).toString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(key.toUtf8()));

        status = m_api->send("GET", QStringLiteral("/api/status"));
        QVERIFY(!status.json.value(QStringLiteral("uniApi")).toObject().contains(QStringLiteral("newClientKeyWaiting")));
        const LoopbackAnswer again = m_api->send("POST", QStringLiteral("/api/uniapi/client-key"));
        QCOMPARE(again.status, 404);
        QCOMPARE(again.json.value(QStringLiteral("code")).toString(), QStringLiteral("NO_NEW_CLIENT_KEY"));
        QVERIFY(!again.body.contains(key.toUtf8()));
    }

    void architectureStatusListsTheThreeLayers()
    {
        const LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/architecture-status"));
        QCOMPARE(a.status, 200);
        verifyNoSecret(a);
        const QJsonObject layers = a.json.value(QStringLiteral("layers")).toObject();
        QCOMPARE(layers.keys(), (QStringList{QStringLiteral("layer1"), QStringLiteral("layer2"), QStringLiteral("layer3")}));
        const QJsonObject l1 = layers.value(QStringLiteral("layer1")).toObject();
        QCOMPARE(l1.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(names(l1.value(QStringLiteral("groups")).toArray()), QStringList{QStringLiteral("127-0-0-1-openai")});
        QCOMPARE(layers.value(QStringLiteral("layer2")).toObject().value(QStringLiteral("count")).toInt(), 2);
        const QStringList l3 = names(layers.value(QStringLiteral("layer3")).toObject().value(QStringLiteral("groups")).toArray());
        QCOMPARE(l3, (QStringList{QStringLiteral("deepseek-chat"), QStringLiteral("gpt-4o")}));
        const QJsonObject recovery = a.json.value(QStringLiteral("recovery")).toObject();
        QCOMPARE(recovery.value(QStringLiteral("scheduled")).toInt(-1), 0);
        QCOMPARE(recovery.value(QStringLiteral("failed")).toInt(-1), 0);

        // /api/status carries the same counts from uni-load's records, without listing gpt-load.
        const QJsonObject recorded = m_api->send("GET", QStringLiteral("/api/status")).json.value(QStringLiteral("layers")).toObject();
        QCOMPARE(recorded.value(QStringLiteral("siteGroups")).toInt(), 1);
        QCOMPARE(recorded.value(QStringLiteral("modelChannelGroups")).toInt(), 2);
        QCOMPARE(recorded.value(QStringLiteral("aggregateGroups")).toInt(), 2);
        QCOMPARE(recorded.value(QStringLiteral("models")).toInt(), 2);

        // ?names= caps the names of each layer; the counts stay.
        const QJsonObject capped = m_api->send("GET", QStringLiteral("/api/architecture-status?names=1")).json.value(QStringLiteral("layers")).toObject();
        QCOMPARE(capped.value(QStringLiteral("layer3")).toObject().value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(names(capped.value(QStringLiteral("layer3")).toObject().value(QStringLiteral("groups")).toArray()), QStringList{QStringLiteral("deepseek-chat")});
        QCOMPARE(m_api->send("GET", QStringLiteral("/api/architecture-status?names=x")).status, 400);

        // The same inside the original's envelope.
        const LoopbackAnswer stats = m_api->send("GET", QStringLiteral("/api/architecture-stats"));
        QCOMPARE(stats.status, 200);
        QCOMPARE(stats.json.value(QStringLiteral("success")).toBool(), true);
        QVERIFY(!stats.json.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(stats.json.value(QStringLiteral("data")).toObject(), a.json);
    }

    void planIsEmptyWhenTheLayersMatch()
    {
        const LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/plan"));
        QCOMPARE(a.status, 200);
        verifyNoSecret(a);
        QVERIFY(a.json.value(QStringLiteral("operations")).toArray().isEmpty());
        const QJsonObject summary = a.json.value(QStringLiteral("summary")).toObject();
        for (const char *key : {"create", "update", "delete"})
            QCOMPARE(summary.value(QLatin1String(key)).toInt(-1), 0);
        QVERIFY(a.json.value(QStringLiteral("unreachableInstances")).isArray());

        // A group deleted behind uni-load's back shows up as a create.
        SimGptLoad *sim = m_api->fixture().instance(0);
        QVERIFY(sim->deleteGroup(QStringLiteral("gpt-4o")));
        const LoopbackAnswer after = m_api->send("GET", QStringLiteral("/api/plan"));
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("create")).toInt(), 1);
        bool listed = false;
        for (const QJsonValue &op : after.json.value(QStringLiteral("operations")).toArray())
            listed = listed || op.toObject().value(QStringLiteral("group")).toString() == QLatin1String("gpt-4o");
        QVERIFY2(listed, after.body.constData());

        // The reconciliation puts it back; the plan is empty again.
        const LoopbackAnswer reconcile = m_api->send("POST", QStringLiteral("/api/initialize-architecture"));
        QCOMPARE(reconcile.status, 200);
        QCOMPARE(m_api->send("GET", QStringLiteral("/api/plan")).json.value(QStringLiteral("operations")).toArray().size(), 0);
    }

    void adoptionFindsNothingOfTheOriginal()
    {
        const LoopbackAnswer preview = m_api->send("GET", QStringLiteral("/api/adoption/preview"));
        QCOMPARE(preview.status, 200);
        verifyNoSecret(preview);
        // uni-load's own groups are listed as recorded; nothing new to record, no legacy group.
        QCOMPARE(preview.json.value(QStringLiteral("siteGroups")).toArray().size(), 1);
        for (const char *key : {"siteGroups", "modelChannelGroups", "aggregateGroups"}) {
            for (const QJsonValue &g : preview.json.value(QLatin1String(key)).toArray())
                QVERIFY2(g.toObject().value(QStringLiteral("recorded")).toBool(), key);
        }
        QVERIFY(preview.json.value(QStringLiteral("legacyGroups")).toArray().isEmpty());
        QCOMPARE(preview.json.value(QStringLiteral("newRecords")).toInt(-1), 0);  // groups an import would record
        const QJsonObject counts = preview.json.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("modelChannelGroups")).toObject(), (QJsonObject{{QStringLiteral("all"), 2}, {QStringLiteral("new"), 0}}));
        // ?recorded=0: only what an import would record, here nothing; the counts stay.
        const LoopbackAnswer fresh = m_api->send("GET", QStringLiteral("/api/adoption/preview?recorded=0"));
        QCOMPARE(fresh.status, 200);
        for (const char *key : {"siteGroups", "modelChannelGroups", "aggregateGroups"})
            QVERIFY2(fresh.json.value(QLatin1String(key)).toArray().isEmpty(), key);
        QCOMPARE(fresh.json.value(QStringLiteral("counts")).toObject(), counts);

        const LoopbackAnswer imported = m_api->send("POST", QStringLiteral("/api/adoption/import"));
        QCOMPARE(imported.status, 200);
        verifyNoSecret(imported);
        QVERIFY(imported.json.contains(QStringLiteral("imported")));

        const LoopbackAnswer migrated = m_api->send("POST", QStringLiteral("/api/adoption/migrate-keys"));
        QCOMPARE(migrated.status, 200);
        verifyNoSecret(migrated);
    }

    void uniApiProvidersAndBackups()
    {
        const LoopbackAnswer providers = m_api->send("GET", QStringLiteral("/api/uniapi/providers"));
        QCOMPARE(providers.status, 200);
        verifyNoSecret(providers);
        QStringList listed;
        for (const QJsonValue &v : providers.json.value(QStringLiteral("providers")).toArray()) {
            const QJsonObject p = v.toObject();
            listed << p.value(QStringLiteral("provider")).toString();
            QCOMPARE(p.value(QStringLiteral("ownership")).toString(), QStringLiteral("managed"));
            QVERIFY(p.value(QStringLiteral("baseUrl")).toString().startsWith(QStringLiteral("http://127.0.0.1:")));
            QVERIFY(p.value(QStringLiteral("line")).toInt() > 0);
            QCOMPARE(p.value(QStringLiteral("models")).toArray().size(), 1);
        }
        listed.sort();
        QCOMPARE(listed, (QStringList{QStringLiteral("gptload-deepseek-chat"), QStringLiteral("gptload-gpt-4o")}));

        // A second site with another model changes api.yaml: the file before is backed up.
        QCOMPARE(m_api->send("GET", QStringLiteral("/api/uniapi/backups")).json.value(QStringLiteral("backups")).toArray().size(), 0);
        SimAiSiteOptions options;
        options.name = QStringLiteral("second");
        options.formats = SimAiFormat::OpenAI;
        options.models = {QStringLiteral("gpt-4.1-mini")};
        options.validKeys = {kSiteKey};
        QVERIFY(onboard(m_api->fixture().addSite(options)));
        const LoopbackAnswer backups = m_api->send("GET", QStringLiteral("/api/uniapi/backups"));
        QCOMPARE(backups.status, 200);
        const QJsonArray list = backups.json.value(QStringLiteral("backups")).toArray();
        QVERIFY2(list.size() == 1, backups.body.constData());
        const QJsonObject newest = list.first().toObject();
        QVERIFY(!newest.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(newest.value(QStringLiteral("size")).toInteger() > 0);
        QVERIFY(QDateTime::fromString(newest.value(QStringLiteral("time")).toString(), Qt::ISODate).isValid());

        const LoopbackAnswer restored = m_api->sendJson("POST", QStringLiteral("/api/uniapi/restore"),
                                                        {{QStringLiteral("name"), newest.value(QStringLiteral("name"))}});
        QCOMPARE(restored.status, 200);
        QCOMPARE(restored.json.value(QStringLiteral("success")).toBool(), true);
        verifyNoSecret(restored);
        // The restored file is the one before the second site: its provider is gone again.
        const LoopbackAnswer afterRestore = m_api->send("GET", QStringLiteral("/api/uniapi/providers"));
        QCOMPARE(afterRestore.json.value(QStringLiteral("providers")).toArray().size(), 2);
        const LoopbackAnswer unknown = m_api->sendJson("POST", QStringLiteral("/api/uniapi/restore"),
                                                       {{QStringLiteral("name"), QStringLiteral("api.yaml.backup.nope")}});
        QCOMPARE(unknown.status, 404);
    }

    // GET /api/jobs: the recent jobs from the snapshot, without their results, in the client's
    // language.
    void jobsListsTheRecentJobs()
    {
        const LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/jobs"));
        QCOMPARE(a.status, 200);
        verifyNoSecret(a);
        const QJsonArray jobs = a.json.value(QStringLiteral("jobs")).toArray();
        const auto onboarding = std::find_if(jobs.cbegin(), jobs.cend(), [](const QJsonValue &j) {
            return j.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("process-site");
        });
        QVERIFY2(onboarding != jobs.cend(), a.body.constData());
        const QJsonObject job = onboarding->toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QVERIFY2(job.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Onboard ")), a.body.constData());
        QVERIFY(!job.contains(QStringLiteral("result")));
        QVERIFY(!job.value(QStringLiteral("id")).toString().isEmpty());

        const LoopbackAnswer zh = m_api->send("GET", QStringLiteral("/api/jobs"), {}, {{"Accept-Language", "zh-CN"}});
        QCOMPARE(zh.status, 200);
        const QJsonArray zhJobs = zh.json.value(QStringLiteral("jobs")).toArray();
        QVERIFY(std::any_of(zhJobs.cbegin(), zhJobs.cend(), [](const QJsonValue &j) {
            return j.toObject().value(QStringLiteral("title")).toString().startsWith(QStringLiteral("接入 "));
        }));
    }

    // The long maintenance runs can be started as jobs (?async=1), followed and cancelled
    // (POST /api/jobs/:id/cancel): their result is the synchronous answer's report. Last: it
    // deletes every model group.
    void maintenanceRunsAsJobs()
    {
        LoopbackAnswer a = m_api->send("POST", QStringLiteral("/api/adoption/migrate-keys?async=1"));
        QCOMPARE(a.status, 202);
        a = m_api->waitForJob(a.json.value(QStringLiteral("jobId")).toString());
        QCOMPARE(a.json.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(a.json.value(QStringLiteral("kind")).toString(), QStringLiteral("migrate-keys"));
        QVERIFY2(a.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("failed")).toArray().isEmpty(), a.body.constData());
        verifyNoSecret(a);

        // A dry run lists what would go and changes nothing; options it does not know are refused
        // rather than ignored (a misspelt "dryrun" must not delete everything).
        const QJsonObject layersBefore =
            m_api->send("GET", QStringLiteral("/api/architecture-status")).json.value(QStringLiteral("layers")).toObject();
        a = m_api->send("POST", QStringLiteral("/api/maintenance/delete-model-groups"), R"({"dryRun":true})");
        QCOMPARE(a.status, 200);
        const QJsonObject preview = a.json.value(QStringLiteral("results")).toObject();
        QCOMPARE(preview.value(QStringLiteral("dryRun")).toBool(), true);
        const int managedGroups = layersBefore.value(QStringLiteral("layer2")).toObject().value(QStringLiteral("count")).toInt()
            + layersBefore.value(QStringLiteral("layer3")).toObject().value(QStringLiteral("count")).toInt();
        QVERIFY(managedGroups > 0);
        QCOMPARE(preview.value(QStringLiteral("deletedGroups")).toInt(), managedGroups);
        QCOMPARE(preview.value(QStringLiteral("deletedGroupNames")).toArray().size(), managedGroups);
        // Its providers are all api.yaml holds, and the writer never leaves it without one: the
        // preview says so, as the deletion itself would.
        QCOMPARE(preview.value(QStringLiteral("cleanedProviders")).toInt(-1), 0);
        QVERIFY2(preview.value(QStringLiteral("errors")).toArray().first().toString().contains(QStringLiteral("without providers")),
                 a.body.constData());
        QCOMPARE(m_api->send("POST", QStringLiteral("/api/maintenance/delete-model-groups"), R"({"dryrun":true})").status, 400);
        QCOMPARE(m_api->send("POST", QStringLiteral("/api/maintenance/delete-model-groups"), R"({"dryRun":"yes"})").status, 400);
        a = m_api->send("POST", QStringLiteral("/api/maintenance/delete-model-groups?async=yes"));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), QStringLiteral("async"));
        QCOMPARE(m_api->send("GET", QStringLiteral("/api/architecture-status")).json.value(QStringLiteral("layers")).toObject(), layersBefore);

        // A slow deletion cancelled through the API stops after the deletions in flight.
        const int slow = m_api->fixture().instance(0)->addFault(SimFaultRule::delay("DELETE", QStringLiteral("/api/groups/*"), 300));
        a = m_api->send("POST", QStringLiteral("/api/maintenance/delete-model-groups?async=1"));
        QCOMPARE(a.status, 202);
        const QString cancelledId = a.json.value(QStringLiteral("jobId")).toString();
        const LoopbackAnswer cancel = m_api->send("POST", QStringLiteral("/api/jobs/%1/cancel").arg(cancelledId));
        QCOMPARE(cancel.status, 200);
        QCOMPARE(cancel.json.value(QStringLiteral("success")).toBool(), true);
        a = m_api->waitForJob(cancelledId);
        // The original's three states: a cancelled job is "failed" with the code "cancelled".
        QCOMPARE(a.json.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(a.json.value(QStringLiteral("code")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(m_api->send("POST", QStringLiteral("/api/jobs/%1/cancel").arg(cancelledId)).status, 404);  // over already
        QCOMPARE(m_api->send("POST", QStringLiteral("/api/jobs/no-such-job/cancel")).status, 404);
        m_api->fixture().instance(0)->removeFault(slow);

        a = m_api->send("POST", QStringLiteral("/api/maintenance/delete-model-groups?async=1"));
        QCOMPARE(a.status, 202);
        a = m_api->waitForJob(a.json.value(QStringLiteral("jobId")).toString());
        QCOMPARE(a.json.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        const QJsonObject result = a.json.value(QStringLiteral("result")).toObject();
        // What the cancelled run left of the L2 and L3 groups of three models.
        QVERIFY2(result.value(QStringLiteral("deletedGroups")).toInt() >= 1 && result.value(QStringLiteral("deletedGroups")).toInt() <= 6,
                 a.body.constData());
        QCOMPARE(result.value(QStringLiteral("failedGroups")).toInt(-1), 0);
        const QJsonObject progress = a.json.value(QStringLiteral("progress")).toObject();
        QCOMPARE(progress.value(QStringLiteral("done")).toInt(), progress.value(QStringLiteral("total")).toInt(-1));
        verifyNoSecret(a);
        const LoopbackAnswer status = m_api->send("GET", QStringLiteral("/api/architecture-status"));
        const QJsonObject layers = status.json.value(QStringLiteral("layers")).toObject();
        QCOMPARE(layers.value(QStringLiteral("layer2")).toObject().value(QStringLiteral("count")).toInt(-1), 0);
        QCOMPARE(layers.value(QStringLiteral("layer3")).toObject().value(QStringLiteral("count")).toInt(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiLayoutRoutes)
#include "tst_apilayoutroutes.moc"
