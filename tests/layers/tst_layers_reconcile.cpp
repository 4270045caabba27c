// LayerReconciler, PlanExecutor and the api.yaml publish against simulated gpt-load instances
// over loopback (uni-load-behaviour.md §11, uniapi-config.md §6).

#include "core/layers/grouppayloads.h"
#include "core/layers/planexecutor.h"
#include "core/layers/planner.h"
#include "core/layers/runlistings.h"
#include "tests/layers/layerfixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

const QString kA = QStringLiteral("site-a-openai");
const QString kB = QStringLiteral("site-b-openai");

QString l2(const QString &model, const QString &siteGroup)
{
    return model + QStringLiteral("-via-") + siteGroup;
}

const QByteArray kFailureBody = QByteArrayLiteral(R"({"code":"INTERNAL_SERVER_ERROR","message":"simulated failure"})");

// Every recorded group exists where the store says, every L2/L3 in gpt-load is recorded, names are
// unique across instances, URLs point at the right instance, keys are where §1.2 wants them.
void verifyConsistent(LayerFixture &f)
{
    const QMultiHash<QString, QPair<int, SimGroup>> all = f.allGroups();
    for (const QString &name : all.uniqueKeys())
        QVERIFY2(all.count(name) == 1, qPrintable(QStringLiteral("duplicate group %1").arg(name)));

    const QList<L2Record> l2s = f.store.l2Groups().value();
    const QList<L3Record> l3s = f.store.l3Groups().value();
    const QList<SiteGroupRecord> siteGroups = f.store.siteGroups().value();
    QSet<QString> recorded;
    QHash<QString, QString> urlOf;  // group name → its proxy URL
    for (const SiteGroupRecord &g : siteGroups)
        urlOf.insert(g.name, f.sim(g.instanceId.mid(4).toInt() - 1)->url() + QStringLiteral("/proxy/") + g.name);
    for (const L2Record &r : l2s) {
        recorded.insert(r.name);
        const int index = r.instanceId.mid(4).toInt() - 1;
        const std::optional<SimGroup> g = f.sim(index)->group(r.name);
        QVERIFY2(g.has_value(), qPrintable(QStringLiteral("recorded L2 %1 missing").arg(r.name)));
        QCOMPARE(g->id, r.groupId);
        QCOMPARE(g->sort, 30);
        QVERIFY(g->proxyKeys.split(QLatin1Char(',')).contains(f.keys.hop));
        bool hop = false;
        for (const SimKey &k : f.sim(index)->keys(r.name))
            hop = hop || k.value == f.keys.hop;
        QVERIFY2(hop, qPrintable(QStringLiteral("hop key missing in %1").arg(r.name)));
        QCOMPARE(r.poolKeyFingerprint.isEmpty(), false);
        QCOMPARE(g->upstreams.size(), 1);
        for (const SiteGroupRecord &sg : siteGroups) {
            if (sg.id == r.siteGroupId)
                QCOMPARE(g->upstreams.first().url, urlOf.value(sg.name));
        }
        urlOf.insert(r.name, f.sim(index)->url() + QStringLiteral("/proxy/") + r.name);
    }
    for (const L3Record &r : l3s) {
        recorded.insert(r.name);
        const int index = r.instanceId.mid(4).toInt() - 1;
        const std::optional<SimGroup> g = f.sim(index)->group(r.name);
        QVERIFY2(g.has_value(), qPrintable(QStringLiteral("recorded L3 %1 missing").arg(r.name)));
        QCOMPARE(g->id, r.groupId);
        QCOMPARE(g->sort, 40);
        QVERIFY(g->proxyKeys.split(QLatin1Char(',')).contains(f.keys.gateway));
        QVERIFY(!g->upstreams.isEmpty());
        for (const SimUpstream &u : g->upstreams) {
            const QString target = u.url.mid(u.url.lastIndexOf(QLatin1Char('/')) + 1);
            QVERIFY2(urlOf.value(target) == u.url, qPrintable(QStringLiteral("%1 → %2").arg(r.name, u.url)));
        }
    }
    for (auto it = all.begin(); it != all.end(); ++it) {
        const SimGroup &g = it.value().second;
        if (g.sort == 30 || g.sort == 40)
            QVERIFY2(recorded.contains(g.name), qPrintable(QStringLiteral("orphan group %1").arg(g.name)));
    }
}

QList<SimUpstream> upstreamsOf(LayerFixture &f, const QString &group, int instance = 0)
{
    const std::optional<SimGroup> g = f.sim(instance)->group(group);
    return g ? g->upstreams : QList<SimUpstream>();
}

SimUpstream proxy(LayerFixture &f, const QString &group, int weight, int instance = 0)
{
    return SimUpstream{f.sim(instance)->url() + QStringLiteral("/proxy/") + group, weight};
}

} // namespace

class TestLayersReconcile : public QObject
{
    Q_OBJECT

private slots:
    void twoSitesShareModelsAndKeepWeights();
    void siteRemovedCascades();
    void droppedModelLosesItsGroups();
    void secondRunMakesNoMutatingCall();
    void failingGptLoadConverges();
    void unknownCreateOutcomeIsAdopted();
    void conflictOnCreateAdoptsTheGroup();
    void commentsAndHandWrittenProvidersSurvive();
    void brokenApiYamlIsNeverOverwritten();
    void dryRunAndArchitectureStatus();
    void maintenanceDeletesManagedGroups();
    void cancellationStopsStartingSteps();
    void unreachableInstanceIsUnknownNotEmpty();
};

void TestLayersReconcile::twoSitesShareModelsAndKeepWeights()
{
    LayerFixture f;
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, {QStringLiteral("gpt-4o"), QStringLiteral("deepseek-chat")});

    const auto first = f.reconcile();
    QVERIFY(first && first->ok());
    QCOMPARE(first->value().created.size(), 4);
    QVERIFY(first->value().failed.isEmpty());
    QCOMPARE(first->value().totalsJson(),
             (QJsonObject{{QStringLiteral("siteGroups"), 1}, {QStringLiteral("modelChannelGroups"), 2},
                          {QStringLiteral("aggregateGroups"), 2}, {QStringLiteral("totalModels"), 2}}));

    // The operator pins site A's weight in gpt-4o; then site B arrives.
    const L3Record gpt4o = [&] {
        const QList<L3Record> l3s = f.store.l3Groups().value();
        for (const L3Record &r : l3s) {
            if (r.name == QStringLiteral("gpt-4o"))
                return r;
        }
        return L3Record();
    }();
    const QList<L2Record> l2s = f.store.l2Groups().value();
    for (const L2Record &r : l2s) {
        if (r.name == l2(QStringLiteral("gpt-4o"), kA))
            QVERIFY(f.store.saveL3Member(L3MemberRecord{gpt4o.id, r.id, 5, QStringLiteral("operator"), ChannelState::Active}).ok());
    }
    f.addSiteGroup(QStringLiteral("site-b"), ChannelType::OpenAI, 0, {QStringLiteral("gpt-4o"), QStringLiteral("qwen-max")});
    const auto second = f.reconcile();
    QVERIFY(second && second->ok());
    QVERIFY(second->value().failed.isEmpty());

    QCOMPARE(upstreamsOf(f, QStringLiteral("gpt-4o")),
             (QList<SimUpstream>{proxy(f, l2(QStringLiteral("gpt-4o"), kA), 5), proxy(f, l2(QStringLiteral("gpt-4o"), kB), 1)}));
    QCOMPARE(second->value().totals.aggregateGroups, 3);
    QCOMPARE(second->value().totals.modelChannelGroups, 4);
    verifyConsistent(f);

    const QByteArray yaml = f.yaml();
    for (const char *provider : {"gptload-gpt-4o", "gptload-deepseek-chat", "gptload-qwen-max"})
        QVERIFY2(yaml.contains(provider), provider);
    QVERIFY(yaml.contains(f.keys.gateway.toUtf8()));
    QVERIFY(!yaml.contains(f.sim(0)->adminKey().toUtf8()));
    QVERIFY(!yaml.contains(f.keys.hop.toUtf8()));

    // Every step is journaled; no secret reaches the journal.
    const QList<JournalEntry> journal = f.store.journal(0, 1000).value();
    QVERIFY(journal.size() >= 14);
    for (const JournalEntry &e : journal) {
        QVERIFY(!e.detail.contains(f.keys.hop));
        QVERIFY(!e.detail.contains(f.keys.gateway));
    }
}

void TestLayersReconcile::siteRemovedCascades()
{
    LayerFixture f;
    QVERIFY(f.start());
    f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, {QStringLiteral("gpt-4o"), QStringLiteral("deepseek-chat")});
    f.addSiteGroup(QStringLiteral("site-b"), ChannelType::OpenAI, 0, {QStringLiteral("gpt-4o"), QStringLiteral("qwen-max")});
    QVERIFY(f.reconcile()->ok());

    const auto removed = f.wait(f.reconciler->removeSiteGroup(kB, f.job(QStringLiteral("delete-channel"))));
    QVERIFY(removed && removed->ok());
    const SiteGroupRemovalResult &r = removed->value();
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.deletedSiteGroup, kB);
    QCOMPARE(r.updatedModelGroups, QStringList{QStringLiteral("gpt-4o")});
    QCOMPARE(QSet<QString>(r.deletedModelGroups.begin(), r.deletedModelGroups.end()),
             (QSet<QString>{QStringLiteral("qwen-max"), l2(QStringLiteral("gpt-4o"), kB), l2(QStringLiteral("qwen-max"), kB)}));

    QVERIFY(!f.sim(0)->group(kB));
    QVERIFY(!f.sim(0)->group(QStringLiteral("qwen-max")));
    QCOMPARE(upstreamsOf(f, QStringLiteral("gpt-4o")), QList<SimUpstream>{proxy(f, l2(QStringLiteral("gpt-4o"), kA), 1)});
    QVERIFY(!f.siteGroup(kB));
    QCOMPARE(f.store.sites().value().size(), 1);
    QVERIFY(!f.yaml().contains("gptload-qwen-max"));
    QVERIFY(f.yaml().contains("gptload-gpt-4o"));
    verifyConsistent(f);

    const auto unknown = f.wait(f.reconciler->removeSiteGroup(QStringLiteral("nope-openai"), f.job()));
    QVERIFY(unknown && !unknown->ok());
    QCOMPARE(unknown->error().kind, ErrorKind::NotFound);
}

void TestLayersReconcile::droppedModelLosesItsGroups()
{
    LayerFixture f;
    QVERIFY(f.start());
    f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, {QStringLiteral("gpt-4o"), QStringLiteral("deepseek-chat")});
    QVERIFY(f.reconcile()->ok());
    QVERIFY(f.setModels(kA, {QStringLiteral("gpt-4o")}).ok());
    const auto r = f.reconcile(ReconcileScope::forModels({QStringLiteral("deepseek-chat")}));
    QVERIFY(r && r->ok());
    QCOMPARE(r->value().deleted.size(), 2);
    QVERIFY(!f.sim(0)->group(QStringLiteral("deepseek-chat")));
    QVERIFY(!f.sim(0)->group(l2(QStringLiteral("deepseek-chat"), kA)));
    QVERIFY(f.sim(0)->group(QStringLiteral("gpt-4o")));
    QVERIFY(!f.yaml().contains("gptload-deepseek-chat"));
    QCOMPARE(r->value().uniApi.plan.removed, QStringList{QStringLiteral("gptload-deepseek-chat")});
    verifyConsistent(f);
}

void TestLayersReconcile::secondRunMakesNoMutatingCall()
{
    LayerFixture f({2});
    QVERIFY(f.start());
    f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, {QStringLiteral("gpt-4o"), QStringLiteral("deepseek-chat")});
    f.addSiteGroup(QStringLiteral("site-c"), ChannelType::Anthropic, 1, {QStringLiteral("claude-3-5-haiku")});
    QVERIFY(f.reconcile()->ok());
    verifyConsistent(f);
    const QByteArray yamlBefore = f.yaml();
    const QDateTime modified = QFileInfo(f.yamlPath).lastModified();
    const QStringList backups = f.backups();

    f.resetCounters();
    const auto again = f.reconcile();
    QVERIFY(again && again->ok());
    QCOMPARE(f.mutatingCalls(), 0);
    QCOMPARE(f.managementCalls(), 2);  // one GET /api/groups per instance
    QVERIFY(again->value().created.isEmpty() && again->value().updated.isEmpty() && again->value().deleted.isEmpty());
    QCOMPARE(again->value().planned.create + again->value().planned.update + again->value().planned.remove, 0);
    QVERIFY(!again->value().uniApi.written);
    QCOMPARE(f.yaml(), yamlBefore);
    QCOMPARE(QFileInfo(f.yamlPath).lastModified(), modified);
    QCOMPARE(f.backups(), backups);

    const auto plan = f.wait(f.reconciler->plan());
    QVERIFY(plan && plan->ok());
    QVERIFY(plan->value().isEmpty());
    QCOMPARE(plan->value().toJson().value(QStringLiteral("operations")).toArray().size(), 0);
}

void TestLayersReconcile::failingGptLoadConverges()
{
    LayerFixture f({2});
    QVERIFY(f.start());
    QStringList models;
    for (int i = 0; i < 12; ++i)
        models.append(QStringLiteral("model-%1").arg(i));
    f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, models);
    f.addSiteGroup(QStringLiteral("site-b"), ChannelType::OpenAI, 1, models.mid(6) + QStringList{QStringLiteral("only-b")});
    f.addSiteGroup(QStringLiteral("site-c"), ChannelType::OpenAI, 0, models.mid(0, 3));
    for (int i = 0; i < 2; ++i) {
        f.sim(i)->addFault(SimFaultRule::respond(QByteArray(), QStringLiteral("/api/*"), 500, kFailureBody).withProbability(0.2));
        // Sometimes the create lands but its answer is lost: an unknown outcome.
        f.sim(i)->addFault(SimFaultRule::close("POST", QStringLiteral("/api/groups")).afterProcessing().withProbability(0.1));
    }

    int runs = 0;
    bool clean = false;
    int failuresSeen = 0;
    while (!clean && runs < 12) {
        ++runs;
        const auto r = f.reconcile();
        QVERIFY(r.has_value());
        if (!r->ok())
            continue;  // e.g. every listing failed this time
        failuresSeen += int(r->value().failed.size());
        clean = r->value().failed.isEmpty() && r->value().unreachableInstances.isEmpty() && r->value().planned.create == 0
                && r->value().planned.update == 0 && r->value().planned.remove == 0;
    }
    QVERIFY2(failuresSeen > 0, "the fault rules never fired");
    QVERIFY2(clean, qPrintable(QStringLiteral("not converged after %1 runs").arg(runs)));

    for (int i = 0; i < 2; ++i)
        f.sim(i)->clearFaults();
    f.resetCounters();
    const auto last = f.reconcile();
    QVERIFY(last && last->ok());
    QCOMPARE(f.mutatingCalls(), 0);
    verifyConsistent(f);
    QCOMPARE(last->value().totals.aggregateGroups, 13);
    QCOMPARE(last->value().totals.modelChannelGroups, 12 + 7 + 3);
}

void TestLayersReconcile::unknownCreateOutcomeIsAdopted()
{
    LayerFixtureOptions options;
    options.clientTimeoutMs = 300;  // the two hung creates time out: their outcome is unknown
    LayerFixture f(options);
    QVERIFY(f.start());
    f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, {QStringLiteral("gpt-4o")});
    f.sim(0)->addFault(SimFaultRule::hang("POST", QStringLiteral("/api/groups")).afterProcessing().times(2));
    const auto r = f.reconcile();
    QVERIFY(r && r->ok());
    QVERIFY2(r->value().failed.isEmpty(), QJsonDocument(r->value().toJson()).toJson().constData());
    QCOMPARE(r->value().created.size(), 2);
    verifyConsistent(f);
    int adopted = 0;
    const QList<JournalEntry> journal = f.store.journal(0, 100).value();
    for (const JournalEntry &e : journal)
        adopted += e.outcome == QStringLiteral("adopted") ? 1 : 0;
    QCOMPARE(adopted, 2);
}

void TestLayersReconcile::conflictOnCreateAdoptsTheGroup()
{
    LayerFixture f;
    QVERIFY(f.start());
    f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, {QStringLiteral("gpt-4o"), QStringLiteral("o3")});
    const auto dryRun = f.wait(f.reconciler->plan());
    QVERIFY(dryRun && dryRun->ok());

    // Someone creates both L2 groups between our listing and our creates.
    for (const QString &model : {QStringLiteral("gpt-4o"), QStringLiteral("o3")}) {
        QVERIFY(f.sim(0)->createGroup(QJsonObject{{QStringLiteral("name"), l2(model, kA)},
                                                  {QStringLiteral("channel_type"), QStringLiteral("openai")},
                                                  {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("https://stale.example")},
                                                                                                     {QStringLiteral("weight"), 1}}}},
                                                  {QStringLiteral("test_model"), model},
                                                  {QStringLiteral("sort"), 30}}));
    }
    f.resetCounters();
    RunListings listings;
    listings.setClients({{f.instanceId(0), f.registry->client(f.instanceId(0))}});
    PlanExecutor executor(&f.store, &listings);
    const auto report = f.wait(executor.execute(dryRun->value(), f.job()));
    QVERIFY(report.has_value());
    QVERIFY(report->failures().isEmpty());
    QCOMPARE(report->count(OpState::Adopted), 2);
    QCOMPARE(f.sim(0)->counters().perRoute.value(QStringLiteral("GET /api/groups")), 1);  // one refresh for both
    const std::optional<SimGroup> adopted = f.sim(0)->group(l2(QStringLiteral("gpt-4o"), kA));
    const QList<SimUpstream> expected{SimUpstream{f.sim(0)->url() + QStringLiteral("/proxy/") + kA, 1}};
    QCOMPARE(adopted->upstreams, expected);
    QCOMPARE(adopted->config.value(QStringLiteral("blacklist_threshold")).toInt(), 2);
    QVERIFY(adopted->proxyKeys.contains(f.keys.hop));

    QVERIFY(f.reconcile()->ok());
    verifyConsistent(f);
}

void TestLayersReconcile::commentsAndHandWrittenProvidersSurvive()
{
    LayerFixture f;
    QVERIFY(f.start());
    const QByteArray head =
        "# My uni-api gateway.\n"
        "api_keys:\n"
        "  - api: sk-user-client-key-000001   # my own client\n"
        "    model:\n"
        "      - all\n"
        "\n"
        "providers:\n"
        "  # Hand-written: OpenAI direct.\n"
        "  - provider: my-openai   # keep this comment\n"
        "    base_url: https://api.openai.com/v1/chat/completions\n"
        "    api: sk-handwritten-provider-key\n"
        "    model:\n"
        "      - gpt-4o-mini\n"
        "\n"
        "  - provider: gptload-reserved\n"
        "    base_url: https://somewhere.example/v1/chat/completions\n"
        "    api: sk-another-handwritten-key\n"
        "    model:\n"
        "      - reserved-model\n";
    const QByteArray tail =
        "\n"
        "# --- preferences ---\n"
        "preferences:\n"
        "  model_timeout:\n"
        "    default: 600   # seconds\n";
    const QByteArray original = head + tail;
    f.writeYaml(original);
    f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, {QStringLiteral("gpt-4o"), QStringLiteral("claude-3-5-haiku-20241022")});

    const auto r = f.reconcile();
    QVERIFY(r && r->ok());
    QVERIFY2(r->value().uniApi.ok(), qPrintable(r->value().uniApi.error ? r->value().uniApi.error->message : QString()));
    QVERIFY(r->value().uniApi.written);
    const QByteArray written = f.yaml();
    QVERIFY(written.startsWith(head));
    QVERIFY(written.endsWith(tail));
    const QByteArray middle = written.mid(head.size(), written.size() - head.size() - tail.size());
    QVERIFY(middle.contains("gptload-gpt-4o"));
    QVERIFY(middle.contains("claude-3-5-haiku-20241022"));
    QVERIFY(middle.contains("claude-3-5-haiku"));  // the alias
    QVERIFY(middle.contains("managed-by=uni-load"));
    QCOMPARE(f.backups().size(), 1);

    // Unchanged desired state: byte-identical file, no new backup.
    QVERIFY(f.reconcile()->ok());
    QCOMPARE(f.yaml(), written);
    QCOMPARE(f.backups().size(), 1);

    // The managed entries go; everything else is exactly as it was.
    const auto removed = f.wait(f.reconciler->removeSiteGroup(kA, f.job()));
    QVERIFY(removed && removed->ok());
    QCOMPARE(f.yaml(), original);
}

void TestLayersReconcile::brokenApiYamlIsNeverOverwritten()
{
    LayerFixture f;
    QVERIFY(f.start());
    const QByteArray broken = "providers:\n  - provider: x\n    base_url: [unclosed\n  api_keys: {\n";
    f.writeYaml(broken);
    f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, {QStringLiteral("gpt-4o")});

    const auto r = f.reconcile();
    QVERIFY(r && r->ok());
    QVERIFY(!r->value().uniApi.ok());
    QCOMPARE(r->value().uniApi.error->code, QStringLiteral("UNIAPI_PARSE"));
    QVERIFY(r->value().hasFailures());
    QCOMPARE(r->value().toJson().value(QStringLiteral("uniApi")).toObject().value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("UNIAPI_PARSE"));
    QCOMPARE(f.yaml(), broken);
    QVERIFY(f.backups().isEmpty());
    // The gpt-load part ran anyway.
    QVERIFY(f.sim(0)->group(QStringLiteral("gpt-4o")));
    verifyConsistent(f);
    const auto plan = f.wait(f.reconciler->plan());
    QVERIFY(plan && plan->ok());
    QVERIFY(plan->value().warnings.join(QLatin1Char('\n')).contains(QStringLiteral("api.yaml cannot be read")));
    QVERIFY(plan->value().isEmpty());
}

void TestLayersReconcile::dryRunAndArchitectureStatus()
{
    LayerFixture f;
    QVERIFY(f.start());
    f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, {QStringLiteral("gpt-4o")});
    f.resetCounters();
    const auto plan = f.wait(f.reconciler->plan());
    QVERIFY(plan && plan->ok());
    QCOMPARE(f.mutatingCalls(), 0);
    const QJsonObject json = plan->value().toJson();
    QCOMPARE(json.value(QStringLiteral("summary")).toObject(),
             (QJsonObject{{QStringLiteral("create"), 2}, {QStringLiteral("update"), 2}, {QStringLiteral("delete"), 0}}));
    const QJsonObject first = json.value(QStringLiteral("operations")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("op")).toString(), QStringLiteral("create-group"));
    QCOMPARE(first.value(QStringLiteral("instance")).toString(), f.instanceId(0));
    QCOMPARE(first.value(QStringLiteral("group")).toString(), l2(QStringLiteral("gpt-4o"), kA));
    QVERIFY(!QJsonDocument(json).toJson().contains(f.keys.hop.toUtf8()));

    const auto before = f.wait(f.reconciler->architectureStatus());
    QVERIFY(before && before->ok());
    QCOMPARE(before->value().toJson().value(QStringLiteral("layers")).toObject().value(QStringLiteral("layer1")).toObject().value(QStringLiteral("count")).toInt(), 1);
    QVERIFY(f.reconcile()->ok());
    const auto after = f.wait(f.reconciler->architectureStatus());
    const QJsonObject layers = after->value().toJson().value(QStringLiteral("layers")).toObject();
    QCOMPARE(layers.value(QStringLiteral("layer2")).toObject().value(QStringLiteral("groups")).toArray(),
             QJsonArray{l2(QStringLiteral("gpt-4o"), kA)});
    QCOMPARE(layers.value(QStringLiteral("layer3")).toObject().value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(layers.value(QStringLiteral("layer3")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("模型聚合分组"));
    QCOMPARE(after->value().toJson().value(QStringLiteral("recovery")).toObject(),
             (QJsonObject{{QStringLiteral("scheduled"), 0}, {QStringLiteral("failed"), 0}}));
}

void TestLayersReconcile::maintenanceDeletesManagedGroups()
{
    LayerFixture f;
    QVERIFY(f.start());
    f.writeYaml("api_keys:\n  - api: sk-user-client-key-000001\nproviders:\n  - provider: mine\n    base_url: https://x.example/v1/chat/completions\n"
                "    api: sk-mine-handwritten\n    model:\n      - a-model\n");
    f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, {QStringLiteral("gpt-4o"), QStringLiteral("o3")});
    QVERIFY(f.reconcile()->ok());
    // A foreign sort-40 group that merely shares the sort stays.
    QVERIFY(f.sim(0)->createGroup(QJsonObject{{QStringLiteral("name"), QStringLiteral("not-ours")},
                                              {QStringLiteral("channel_type"), QStringLiteral("openai")},
                                              {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("https://x.example")},
                                                                                                 {QStringLiteral("weight"), 1}}}},
                                              {QStringLiteral("test_model"), QStringLiteral("x")},
                                              {QStringLiteral("sort"), 40}}));

    const auto r = f.wait(f.reconciler->deleteManagedModelGroups(f.job(QStringLiteral("maintenance"))));
    QVERIFY(r && r->ok());
    QCOMPARE(r->value().deletedGroups, 4);
    QCOMPARE(r->value().failedGroups, 0);
    QCOMPARE(r->value().cleanedProviders, 2);
    QVERIFY(r->value().errors.isEmpty());
    QVERIFY(f.store.l2Groups().value().isEmpty());
    QVERIFY(f.store.l3Groups().value().isEmpty());
    QVERIFY(f.sim(0)->group(QStringLiteral("not-ours")));
    QVERIFY(f.sim(0)->group(kA));
    QVERIFY(!f.yaml().contains("gptload-"));
    QVERIFY(f.yaml().contains("provider: mine"));
}

void TestLayersReconcile::cancellationStopsStartingSteps()
{
    LayerFixture f;
    QVERIFY(f.start());
    QStringList models;
    for (int i = 0; i < 10; ++i)
        models.append(QStringLiteral("m-%1").arg(i));
    f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 0, models);
    JobContextPtr job = f.job();
    JobContext *context = job.get();  // not the shared pointer: the job would own itself
    job->onProgress = [context] {
        if (context->progressDone() >= 5)
            context->cancel();
    };
    const auto r = f.wait(f.reconciler->reconcile(ReconcileScope::everything(), job));
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().kind, ErrorKind::Cancelled);
    QVERIFY(f.mutatingCalls() < 40);  // 40 steps planned
    QVERIFY(!QFileInfo::exists(f.yamlPath));

    // What was done is recorded; the next run finishes the job.
    QVERIFY(f.reconcile()->ok());
    verifyConsistent(f);
    QCOMPARE(f.store.l3Groups().value().size(), 10);
}

void TestLayersReconcile::unreachableInstanceIsUnknownNotEmpty()
{
    LayerFixture f({2});
    QVERIFY(f.start());
    f.addSiteGroup(QStringLiteral("site-a"), ChannelType::OpenAI, 1, {QStringLiteral("gpt-4o")});
    QVERIFY(f.reconcile()->ok());  // L2/L3 on sim-1 (priority 1)
    const QByteArray yaml = f.yaml();

    f.sim(0)->stop();
    QVERIFY(f.wait(f.registry->checkAll()).has_value());
    f.addSiteGroup(QStringLiteral("site-b"), ChannelType::OpenAI, 1, {QStringLiteral("gpt-4o")});
    const auto r = f.reconcile();
    QVERIFY(r && r->ok());
    QCOMPARE(r->value().unreachableInstances, QStringList{f.instanceId(0)});
    // Site B's L2 needs the placement instance (sim-2 now); the L3 on sim-1 is left alone and
    // never re-created on sim-2; its provider stays in api.yaml.
    QVERIFY(!f.sim(1)->group(QStringLiteral("gpt-4o")));
    QVERIFY(f.sim(1)->group(l2(QStringLiteral("gpt-4o"), kB)));
    bool skipped = false;
    for (const SkippedItem &s : r->value().skipped)
        skipped = skipped || s.group == QStringLiteral("gpt-4o");
    QVERIFY(skipped);
    QCOMPARE(f.yaml(), yaml);

    QVERIFY(f.sim(0)->start());
    QVERIFY(f.wait(f.registry->checkAll()).has_value());
    QVERIFY(f.reconcile()->ok());
    QCOMPARE(upstreamsOf(f, QStringLiteral("gpt-4o"), 0),
             (QList<SimUpstream>{proxy(f, l2(QStringLiteral("gpt-4o"), kA), 1, 0), proxy(f, l2(QStringLiteral("gpt-4o"), kB), 1, 1)}));
    verifyConsistent(f);
}

QTEST_GUILESS_MAIN(TestLayersReconcile)
#include "tst_layers_reconcile.moc"
