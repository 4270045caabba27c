// The whole main job through the engine facade: onboarding → L1 → reconciliation (L2/L3) →
// api.yaml, then a second run that must change nothing.
#include "core/engine/engine.h"
#include "core/engine/enginecore.h"
#include "core/store/statestore.h"
#include "core/sim/simcluster.h"
#include "tests/engine/simenginefixture.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ul;

class TestEngineFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SimEngineFixture> m_sim;

private slots:
    void initTestCase()
    {
        SimClusterOptions options;
        options.instanceCount = 2;
        SimAiSiteOptions site;
        site.name = QStringLiteral("relay");
        site.models = {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"), QStringLiteral("deepseek-chat"),
                       QStringLiteral("claude-sonnet-4-20250514"), QStringLiteral("text-embedding-3-small")};
        site.validKeys = {QStringLiteral("sk-flow-key-000000000001")};
        SimAiSiteOptions second = site;
        second.name = QStringLiteral("second");
        second.models = {QStringLiteral("gpt-4o-mini"), QStringLiteral("deepseek-chat")};
        second.validKeys = {QStringLiteral("sk-flow-key-000000000002")};
        options.sites = {site, second};
        m_sim = std::make_unique<test::SimEngineFixture>();
        QVERIFY(m_sim->start(options, "# my gateway\nproviders:\n  - provider: mine\n    base_url: https://x/v1/chat/completions\n"
                                      "    api: sk-own\n    model:\n      - m\napi_keys:\n  - api: sk-client\n"));
    }

    void onboardingBuildsAllThreeLayers()
    {
        QJsonObject request{{QStringLiteral("baseUrl"), QString(m_sim->cluster().site(0)->url() + QStringLiteral("/v1"))},
                            {QStringLiteral("apiKeys"), QJsonArray{QStringLiteral("sk-flow-key-000000000001")}},
                            {QStringLiteral("channelTypes"), QJsonArray{QStringLiteral("openai")}}};
        auto parsed = SiteRequest::fromJson(request);
        QVERIFY(parsed.ok());
        auto report = test::await(m_sim->engine().processAiSite(parsed.value()), 30000);
        QVERIFY(report.has_value());
        QVERIFY2(report->ok(), qPrintable(report->error().toString()));
        QCOMPARE(report->value().modelGroups, 4);  // the embedding model is filtered out

        SimGptLoad *primary = m_sim->cluster().instance(0);
        QVERIFY(primary->group(QStringLiteral("gpt-4o-mini")).has_value());
        QVERIFY(primary->group(QStringLiteral("gpt-4o-mini-via-127-0-0-1-openai")).has_value()
                || !primary->groups().isEmpty());
        const QByteArray yaml = test::readFile(m_sim->yamlPath());
        QVERIFY(yaml.startsWith("# my gateway\n"));
        QVERIFY(yaml.contains("provider: mine"));
        QVERIFY(yaml.contains("gptload-gpt-4o-mini"));
        QVERIFY(yaml.contains("managed-by=uni-load"));
        for (SimGptLoad *sim : m_sim->cluster().instances())
            QVERIFY(!yaml.contains(sim->adminKey().toUtf8()));  // never the admin token
    }

    void secondSiteJoinsSharedModels()
    {
        QJsonObject request{{QStringLiteral("baseUrl"), m_sim->cluster().site(1)->url()},
                            {QStringLiteral("apiKeys"), QJsonArray{QStringLiteral("sk-flow-key-000000000002")}},
                            {QStringLiteral("siteName"), QStringLiteral("second-site")}};
        auto report = test::await(m_sim->engine().processAiSite(SiteRequest::fromJson(request).value()), 30000);
        QVERIFY(report.has_value());
        QVERIFY2(report->ok(), qPrintable(report->error().toString()));
        const auto l3 = m_sim->cluster().instance(0)->group(QStringLiteral("gpt-4o-mini"));
        QVERIFY(l3.has_value());
        QCOMPARE(l3->upstreams.size(), 2);  // both sites are members
    }

    void noOpReconcileChangesNothing()
    {
        const QByteArray before = test::readFile(m_sim->yamlPath());
        const int backups = int(QDir(m_sim->filePath(QStringLiteral("uni-api/backup"))).entryList(QDir::Files).size());
        const qint64 mutating = m_sim->mutatingCalls();
        auto result = test::await(m_sim->engine().initializeArchitecture(), 30000);
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error().toString()));
        QCOMPARE(m_sim->mutatingCalls(), mutating);
        QCOMPARE(test::readFile(m_sim->yamlPath()), before);
        QCOMPARE(int(QDir(m_sim->filePath(QStringLiteral("uni-api/backup"))).entryList(QDir::Files).size()), backups);
        auto plan = test::await(m_sim->engine().reconcilePlan(), 10000);
        QVERIFY(plan.has_value() && plan->ok());
        QCOMPARE(plan->value().toJson().value(QStringLiteral("operations")).toArray().size(), 0);
    }

    void architectureStatusCountsLayers()
    {
        auto status = test::await(m_sim->engine().architectureStatus(), 10000);
        QVERIFY(status.has_value() && status->ok());
        const QJsonObject layers = status->value().toJson().value(QStringLiteral("layers")).toObject();
        QCOMPARE(layers.value(QStringLiteral("layer1")).toObject().value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(layers.value(QStringLiteral("layer3")).toObject().value(QStringLiteral("count")).toInt(), 4);
        QCOMPARE(layers.value(QStringLiteral("layer2")).toObject().value(QStringLiteral("count")).toInt(), 6);
    }

    void operatorWeightsReachGptLoad()
    {
        // The L3 of gpt-4o-mini and its first member, read in the engine thread.
        using Member = QPair<L3Record, L3MemberRecord>;
        auto found = test::await(m_sim->engine().invoke<Member>([](EngineCore &core) -> QFuture<Result<Member>> {
            auto groups = core.store().l3Groups();
            auto members = core.store().l3Members();
            if (!groups.ok() || !members.ok())
                return readyError<Member>(Error::internal(QStringLiteral("store")));
            for (const L3Record &g : *groups) {
                for (const L3MemberRecord &m : *members) {
                    if (g.model == QLatin1String("gpt-4o-mini") && m.l3Id == g.id)
                        return readyResult(Member{g, m});
                }
            }
            return readyError<Member>(Error::make(ErrorKind::NotFound, QStringLiteral("no member")));
        }), 10000);
        QVERIFY(found.has_value() && found->ok());
        const L3Record l3 = found->value().first;
        const L3MemberRecord member = found->value().second;
        SimGptLoad *sim = m_sim->cluster().instance(l3.instanceId == QLatin1String("sim-1") ? 0 : 1);
        QVERIFY(sim->group(l3.name).has_value());
        const auto weightsOf = [sim, &l3]() {
            QList<int> weights;
            const std::optional<SimGroup> group = sim->group(l3.name);
            for (const SimUpstream &u : group->upstreams)
                weights.append(u.weight);
            return weights;
        };
        QVERIFY(!weightsOf().contains(7));

        // Bad input: nothing stored, nothing sent.
        const qint64 before = m_sim->mutatingCalls();
        auto invalid = test::await(m_sim->engine().setMemberWeights({{l3.id, member.l2Id, 0}}), 10000);
        QVERIFY(invalid.has_value() && !invalid->ok());
        QCOMPARE(invalid->error().kind, ErrorKind::Validation);
        auto gone = test::await(m_sim->engine().setMemberWeights({{l3.id, 999999, 5}}), 10000);
        QVERIFY(gone.has_value() && !gone->ok());
        QCOMPARE(gone->error().kind, ErrorKind::NotFound);
        QCOMPARE(m_sim->mutatingCalls(), before);

        auto set = test::await(m_sim->engine().setMemberWeights({{l3.id, member.l2Id, 7}}), 30000);
        QVERIFY(set.has_value());
        QVERIFY2(set->ok(), qPrintable(set->error().toString()));
        QCOMPARE(set->value().changed, 1);
        QCOMPARE(set->value().models, QStringList{QStringLiteral("gpt-4o-mini")});
        QVERIFY2(set->value().errors.isEmpty(), qPrintable(set->value().errors.join(QLatin1Char(';'))));
        QVERIFY(weightsOf().contains(7));

        // The same weight again changes nothing anywhere; a full reconciliation keeps it.
        const qint64 after = m_sim->mutatingCalls();
        auto again = test::await(m_sim->engine().setMemberWeights({{l3.id, member.l2Id, 7}}), 30000);
        QVERIFY(again.has_value() && again->ok());
        QCOMPARE(again->value().changed, 0);
        auto full = test::await(m_sim->engine().initializeArchitecture(), 30000);
        QVERIFY(full.has_value() && full->ok());
        QCOMPARE(m_sim->mutatingCalls(), after);
        QVERIFY(weightsOf().contains(7));
    }

    void unwrittenApiYamlIsSaidUpFront()
    {
        // A hand edit broke api.yaml; the next onboarding configures the site but must say, in
        // its message and warnings, that uni-api was not updated.
        const QByteArray broken = test::readFile(m_sim->yamlPath()) + "\nextra: \"unclosed\n";
        QVERIFY(test::writeFile(m_sim->yamlPath(), broken));
        m_sim->cluster().site(1)->setModels({QStringLiteral("gpt-4o-mini"), QStringLiteral("deepseek-chat"), QStringLiteral("gpt-4.1-nano")});
        QJsonObject request{{QStringLiteral("operationType"), QStringLiteral("update")},
                            {QStringLiteral("targetChannelName"), QStringLiteral("second-site-openai")}};
        auto report = test::await(m_sim->engine().processAiSite(SiteRequest::fromJson(request).value()), 30000);
        QVERIFY(report.has_value());
        QVERIFY2(report->ok(), qPrintable(report->error().toString()));
        const QJsonObject json = report->value().toJson();
        QVERIFY2(json.value(QStringLiteral("message")).toString().contains(QLatin1String("api.yaml was NOT updated")),
                 qPrintable(json.value(QStringLiteral("message")).toString()));
        const QJsonArray warnings = json.value(QStringLiteral("data")).toObject().value(QStringLiteral("warnings")).toArray();
        QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(), [](const QJsonValue &w) {
            return w.toString().startsWith(QLatin1String("uni-api's api.yaml was not updated: ")) && w.toString().contains(QLatin1String("line "));
        }));
        QCOMPARE(test::readFile(m_sim->yamlPath()), broken);
        QVERIFY(m_sim->cluster().instance(0)->group(QStringLiteral("gpt-4-1-nano")).has_value()
                || m_sim->cluster().instance(1)->group(QStringLiteral("gpt-4-1-nano")).has_value());  // gpt-load was done anyway
        // And it stays said after the answer: the status and the event list carry it.
        QTRY_VERIFY_WITH_TIMEOUT(!m_sim->engine().snapshot().uniApi.writeError.isEmpty(), 5000);
        const QList<EngineEvent> events = m_sim->engine().snapshot().events;
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const EngineEvent &e) { return e.kind == QLatin1String("uniapi-write-failed"); }));
    }

    // A write of api.yaml that failed is not left for the operator to notice and redo: a full
    // reconciliation writes it again (here after 1 s, doubling) once the file can be written.
    void failedApiYamlWriteIsRetried()
    {
        SimClusterOptions options;
        SimAiSiteOptions site;
        site.name = QStringLiteral("retry");
        site.models = {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")};
        site.validKeys = {QStringLiteral("sk-retry-key-0000000001")};
        options.sites = {site};
        const QByteArray valid = "providers:\n  - provider: mine\n    base_url: https://x/v1/chat/completions\n    api: sk-own\n"
                                 "    model:\n      - m\napi_keys:\n  - api: sk-client\n";
        test::SimEngineFixture f;
        QVERIFY(f.start(options, valid + "extra: \"unclosed\n", [](EngineOptions &o) {
            o.enableModelOptimizer = true;
            o.uniApiWriteRetrySecs = 1;
        }));
        QJsonObject request{{QStringLiteral("baseUrl"), f.cluster().site(0)->url()},
                            {QStringLiteral("apiKeys"), QJsonArray{QStringLiteral("sk-retry-key-0000000001")}}};
        auto report = test::await(f.engine().processAiSite(SiteRequest::fromJson(request).value()), 30000);
        QVERIFY(report.has_value() && report->ok());
        QTRY_VERIFY_WITH_TIMEOUT(!f.engine().snapshot().uniApi.writeError.isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(f.engine().snapshot().uniApi.writeRetryAt.isValid(), 5000);
        QVERIFY(!test::readFile(f.yamlPath()).contains("gptload-"));

        QVERIFY(test::writeFile(f.yamlPath(), valid));  // the operator repairs the file
        QTRY_VERIFY_WITH_TIMEOUT(f.engine().snapshot().uniApi.writeError.isEmpty(), 15000);
        QVERIFY(!f.engine().snapshot().uniApi.writeRetryAt.isValid());
        const QByteArray written = test::readFile(f.yamlPath());
        QVERIFY2(written.contains("gptload-gpt-4o") && written.contains("provider: mine"), written.constData());
    }

    void onboardingRightAfterStartWaitsForTheFirstHealthCheck()
    {
        // A fresh engine on a fresh world, asked to onboard before any instance was checked:
        // the job waits for the first check instead of failing with "no healthy instance".
        QTemporaryDir dir;
        SimClusterOptions options;
        options.instanceCount = 1;
        SimAiSiteOptions site;
        site.name = QStringLiteral("early");
        site.models = {QStringLiteral("gpt-4o-mini")};
        site.validKeys = {QStringLiteral("sk-early-key-00000000001")};
        options.sites = {site};
        SimCluster cluster(options);
        QVERIFY(cluster.start());
        cluster.instance(0)->setApiLatencyMs(50);  // the first check is still out when the request comes
        QVERIFY(cluster.writeInstancesFile(dir.filePath(QStringLiteral("gptload-instances.json"))));
        EngineOptions o;
        o.configDir = o.dataDir = dir.path();
        o.instancesFilePath = dir.filePath(QStringLiteral("gptload-instances.json"));
        o.stateStorePath = dir.filePath(QStringLiteral("uni-load.db"));
        o.enableModelSync = false;
        o.enableChannelHealth = false;
        Engine engine(o);
        engine.start();
        QJsonObject request{{QStringLiteral("baseUrl"), cluster.site(0)->url()},
                            {QStringLiteral("apiKeys"), QJsonArray{QStringLiteral("sk-early-key-00000000001")}}};
        auto report = test::await(engine.processAiSite(SiteRequest::fromJson(request).value()), 30000);
        QVERIFY(report.has_value());
        QVERIFY2(report->ok(), qPrintable(report->error().toString()));
        QCOMPARE(report->value().modelGroups, 1);
    }

    void cleanupTestCase()
    {
        m_sim.reset();  // the engine before the cluster
    }
};

QTEST_GUILESS_MAIN(TestEngineFlow)
#include "tst_engine_flow.moc"
