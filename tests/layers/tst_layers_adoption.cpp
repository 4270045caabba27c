// Adopting a layout the original uni-load left in gpt-load (uni-load-behaviour.md §11.4, §1.2):
// detection, import, the repairing reconciliation, the key migration and legacy groups.

#include "tests/layers/layerfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

QJsonArray upstream(const QString &url, int weight = 1)
{
    return QJsonArray{QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("weight"), weight}}};
}

QJsonObject group(const QString &name, int sort, const QString &type, const QJsonArray &upstreams, const QString &testModel,
                  const QJsonObject &config = {})
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("channel_type"), type},
                  {QStringLiteral("sort"), sort},
                  {QStringLiteral("upstreams"), upstreams},
                  {QStringLiteral("test_model"), testModel}};
    if (!config.isEmpty())
        o.insert(QStringLiteral("config"), config);
    return o;
}

QStringList poolKeys(SimGptLoad *sim, const QString &name)
{
    QStringList out;
    for (const SimKey &k : sim->keys(name))
        out.append(k.value);
    return out;
}

// What the original uni-load builds: L1 site groups, L2 "-via-" groups and L3 groups whose
// upstreams are L2 proxy URLs, every L2/L3 pool holding the admin key; plus a legacy two-layer
// group and an unrelated group.
void buildOriginalLayout(LayerFixture &f)
{
    SimGptLoad *sim = f.sim(0);
    const QString proxy = sim->url() + QStringLiteral("/proxy/");
    const QString admin = sim->adminKey();
    const QJsonObject l2Config{{QStringLiteral("blacklist_threshold"), 2}, {QStringLiteral("key_validation_interval_minutes"), 10080}};
    const QJsonObject l3Config{{QStringLiteral("blacklist_threshold"), 50}, {QStringLiteral("key_validation_interval_minutes"), 30}};

    sim->createGroup(group(QStringLiteral("api-x-com-openai"), 20, QStringLiteral("openai"), upstream(QStringLiteral("https://api.x.com/v1")),
                           QStringLiteral("gpt-4o")));
    sim->addKeys(QStringLiteral("api-x-com-openai"), {QStringLiteral("sk-site-x-key-1")});
    sim->createGroup(group(QStringLiteral("api-y-com-anthropic"), 20, QStringLiteral("anthropic"), upstream(QStringLiteral("https://api.y.com")),
                           QStringLiteral("claude-3-5-haiku")));

    const QList<QPair<QString, QString>> l2s = {
        {QStringLiteral("gpt-4o"), QStringLiteral("api-x-com-openai")},
        {QStringLiteral("deepseek-ai/DeepSeek-V3.1"), QStringLiteral("api-x-com-openai")},
        {QStringLiteral("claude-3-5-haiku"), QStringLiteral("api-x-com-openai")},
        {QStringLiteral("claude-3-5-haiku"), QStringLiteral("api-y-com-anthropic")},
    };
    for (const auto &[model, site] : l2s) {
        const QString name = QString(model).replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('.'), QLatin1Char('-')).toLower()
                             + QStringLiteral("-via-") + site;
        const QString type = site.endsWith(QStringLiteral("anthropic")) ? QStringLiteral("anthropic") : QStringLiteral("openai");
        sim->createGroup(group(name, 30, type, upstream(proxy + site), model, l2Config));
        sim->addKeys(name, {admin});
    }
    sim->createGroup(group(QStringLiteral("gpt-4o"), 40, QStringLiteral("openai"), upstream(proxy + QStringLiteral("gpt-4o-via-api-x-com-openai"), 3),
                           QStringLiteral("gpt-4o"), l3Config));
    sim->createGroup(group(QStringLiteral("deepseek-ai-deepseek-v3-1"), 40, QStringLiteral("openai"),
                           upstream(proxy + QStringLiteral("deepseek-ai-deepseek-v3-1-via-api-x-com-openai")),
                           QStringLiteral("deepseek-ai/DeepSeek-V3.1"), l3Config));
    QJsonArray claude = upstream(proxy + QStringLiteral("claude-3-5-haiku-via-api-y-com-anthropic"), 2);
    claude.append(upstream(proxy + QStringLiteral("claude-3-5-haiku-via-api-x-com-openai"), 1).first());
    sim->createGroup(group(QStringLiteral("claude-3-5-haiku"), 40, QStringLiteral("openai"), claude, QStringLiteral("claude-3-5-haiku"), l3Config));
    for (const QString &l3 : {QStringLiteral("gpt-4o"), QStringLiteral("deepseek-ai-deepseek-v3-1"), QStringLiteral("claude-3-5-haiku")})
        sim->addKeys(l3, {admin});

    sim->createGroup(group(QStringLiteral("deepseek-chat-openai"), 40, QStringLiteral("openai"), upstream(proxy + QStringLiteral("api-x-com-openai")),
                           QStringLiteral("deepseek-chat")));
    sim->createGroup(group(QStringLiteral("my-own-group"), 0, QStringLiteral("openai"), upstream(QStringLiteral("https://mine.example")),
                           QStringLiteral("x")));

    // The original's api.yaml: no marker, the admin key as provider key.
    f.writeYaml(QStringLiteral("api_keys:\n"
                               "  - api: sk-client-key-of-the-operator\n"
                               "providers:\n"
                               "  - provider: gptload-gpt-4o\n"
                               "    base_url: %1gpt-4o/v1/chat/completions\n"
                               "    api: %2\n"
                               "    model:\n"
                               "      - gpt-4o\n"
                               "  - provider: gptload-deepseek-chat-openai\n"
                               "    base_url: %1deepseek-chat-openai/v1/chat/completions\n"
                               "    api: %2\n"
                               "    model:\n"
                               "      - deepseek-chat\n")
                    .arg(proxy, admin)
                    .toUtf8());
}

} // namespace

class TestLayersAdoption : public QObject
{
    Q_OBJECT

private slots:
    void detectsImportsRepairsAndMigrates();
    void previewOfAnEmptyClusterHasNothingToImport();
    void legacyGroupNamedLikeAFormatL3IsNotTakenOver();
};

void TestLayersAdoption::detectsImportsRepairsAndMigrates()
{
    LayerFixture f;
    QVERIFY(f.start());
    buildOriginalLayout(f);
    SimGptLoad *sim = f.sim(0);
    const QString admin = sim->adminKey();

    // 1. Detection.
    const auto preview = f.wait(f.reconciler->previewAdoption());
    QVERIFY(preview && preview->ok());
    const AdoptionPreview &p = preview->value();
    QCOMPARE(p.siteGroups.size(), 2);
    QCOMPARE(p.modelChannelGroups.size(), 4);
    QCOMPARE(p.modelGroups.size(), 3);
    QCOMPARE(p.legacyGroups.size(), 1);
    QCOMPARE(p.legacyGroups.first().name, QStringLiteral("deepseek-chat-openai"));
    QCOMPARE(p.newRecordCount(), 9);
    const AdoptedSiteGroup &x = p.siteGroups.first().name == QStringLiteral("api-x-com-openai") ? p.siteGroups.first() : p.siteGroups.last();
    QCOMPARE(x.siteName, QStringLiteral("api-x-com"));
    QCOMPARE(x.baseUrl, QStringLiteral("https://api.x.com"));
    QCOMPARE(x.models, (QStringList{QStringLiteral("gpt-4o"), QStringLiteral("deepseek-ai/DeepSeek-V3.1"), QStringLiteral("claude-3-5-haiku")}));
    const QJsonObject json = p.toJson();
    QCOMPARE(json.value(QStringLiteral("legacyGroups")).toArray().size(), 1);
    QVERIFY(!QJsonDocument(json).toJson().contains(admin.toUtf8()));
    QVERIFY(f.store.sites().value().isEmpty());  // a preview writes nothing

    // 2. Import, then the repairing reconciliation.
    const auto imported = f.wait(f.reconciler->importAdoption(f.job(QStringLiteral("adopt"))));
    QVERIFY(imported && imported->ok());
    const AdoptionResult &a = imported->value();
    QCOMPARE(a.imported.sites, 2);
    QCOMPARE(a.imported.siteGroups, 2);
    QCOMPARE(a.imported.modelChannelGroups, 4);
    QCOMPARE(a.imported.modelGroups, 3);
    QCOMPARE(a.imported.members, 4);
    QVERIFY2(a.reconcile.failed.isEmpty(), QJsonDocument(a.reconcile.toJson()).toJson().constData());
    // The only group created: claude's L3 for its second format.
    QCOMPARE(a.reconcile.created.size(), 1);
    QCOMPARE(a.reconcile.created.first().group, QStringLiteral("claude-3-5-haiku-anthropic"));

    // Weights kept; the original's openai-format claude L3 keeps its openai member and hands the
    // anthropic one (which got requests in the wrong format) to an anthropic-format L3.
    const QString proxy = sim->url() + QStringLiteral("/proxy/");
    QCOMPARE(sim->group(QStringLiteral("gpt-4o"))->upstreams,
             (QList<SimUpstream>{SimUpstream{proxy + QStringLiteral("gpt-4o-via-api-x-com-openai"), 3}}));
    QCOMPARE(sim->group(QStringLiteral("claude-3-5-haiku"))->upstreams,
             (QList<SimUpstream>{SimUpstream{proxy + QStringLiteral("claude-3-5-haiku-via-api-x-com-openai"), 1}}));
    QCOMPARE(sim->group(QStringLiteral("claude-3-5-haiku-anthropic"))->channelType, QStringLiteral("anthropic"));
    QCOMPARE(sim->group(QStringLiteral("claude-3-5-haiku-anthropic"))->upstreams,
             (QList<SimUpstream>{SimUpstream{proxy + QStringLiteral("claude-3-5-haiku-via-api-y-com-anthropic"), 1}}));
    // Keys between layers: added next to the admin key, which stays until the migration.
    for (const QString &name : {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-via-api-x-com-openai")}) {
        const QStringList keys = poolKeys(sim, name);
        QVERIFY2(keys.contains(f.keys.hop) && keys.contains(admin), qPrintable(name));
    }
    QVERIFY(sim->group(QStringLiteral("gpt-4o"))->proxyKeys.contains(f.keys.gateway));
    QVERIFY(sim->group(QStringLiteral("gpt-4o-via-api-x-com-openai"))->proxyKeys.contains(f.keys.hop));
    QVERIFY(sim->group(QStringLiteral("api-x-com-openai"))->proxyKeys.contains(f.keys.hop));
    QCOMPARE(sim->group(QStringLiteral("gpt-4o"))->config.value(QStringLiteral("max_retries")).toInt(), 9);
    // api.yaml: the original's entry is adopted and now carries the gateway key, never the admin key.
    QByteArray yaml = f.yaml();
    QVERIFY(yaml.contains("gptload-gpt-4o"));
    QVERIFY(yaml.contains("gptload-deepseek-ai-deepseek-v3-1"));
    // The model in two formats: a provider per format, both exposing it.
    QVERIFY(yaml.contains("gptload-claude-3-5-haiku\n"));
    QVERIFY(yaml.contains("gptload-claude-3-5-haiku-anthropic\n"));
    QVERIFY(yaml.contains("/proxy/claude-3-5-haiku-anthropic/v1/messages"));
    QVERIFY(yaml.contains("engine: claude"));
    QVERIFY(yaml.contains(f.keys.gateway.toUtf8()));
    QVERIFY(!yaml.contains(admin.toUtf8()));
    QVERIFY(!yaml.contains("gptload-deepseek-chat-openai"));
    QVERIFY(sim->group(QStringLiteral("deepseek-chat-openai")));  // listed, never touched without consent

    // 3. Nothing left to do.
    auto plan = f.wait(f.reconciler->plan());
    QVERIFY(plan && plan->ok());
    QVERIFY2(plan->value().isEmpty(), QJsonDocument(plan->value().toJson()).toJson().constData());

    // 4. Key migration after confirmation: the admin key leaves every L2/L3 pool.
    const auto migrated = f.wait(f.reconciler->migrateAdoptedKeys(f.job(QStringLiteral("migrate-keys"))));
    QVERIFY(migrated && migrated->ok());
    QVERIFY(migrated->value().failed.isEmpty());
    for (const L2Record &r : f.store.l2Groups().valueOr({})) {
        QVERIFY2(!poolKeys(sim, r.name).contains(admin), qPrintable(r.name));
        QVERIFY(poolKeys(sim, r.name).contains(f.keys.hop));
    }
    for (const L3Record &r : f.store.l3Groups().valueOr({})) {
        QVERIFY2(!poolKeys(sim, r.name).contains(admin), qPrintable(r.name));
        QVERIFY(poolKeys(sim, r.name).contains(f.keys.hop));
    }
    QVERIFY(poolKeys(sim, QStringLiteral("api-x-com-openai")).contains(QStringLiteral("sk-site-x-key-1")));  // L1 pools untouched

    // 5. Legacy groups only on request, and only real legacy groups.
    const auto legacy = f.wait(f.reconciler->deleteLegacyGroups({QStringLiteral("deepseek-chat-openai"), QStringLiteral("gpt-4o")}, f.job()));
    QVERIFY(legacy && legacy->ok());
    QCOMPARE(legacy->value().deleted, QStringList{QStringLiteral("deepseek-chat-openai")});
    QCOMPARE(legacy->value().errors, QStringList{QStringLiteral("gpt-4o is not a legacy two-layer group")});
    QVERIFY(!sim->group(QStringLiteral("deepseek-chat-openai")));
    QVERIFY(sim->group(QStringLiteral("gpt-4o")));
    QVERIFY(sim->group(QStringLiteral("my-own-group")));

    plan = f.wait(f.reconciler->plan());
    QVERIFY(plan && plan->value().isEmpty());
    const auto again = f.wait(f.reconciler->previewAdoption());
    QCOMPARE(again->value().newRecordCount(), 0);
}

void TestLayersAdoption::previewOfAnEmptyClusterHasNothingToImport()
{
    LayerFixture f;
    QVERIFY(f.start());
    const auto preview = f.wait(f.reconciler->previewAdoption());
    QVERIFY(preview && preview->ok());
    QVERIFY(!preview->value().hasSomethingToImport());
    QCOMPARE(preview->value().toJson().value(QStringLiteral("newRecords")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestLayersAdoption)


// The original's two-layer group for a model in a native format is named `<model>-anthropic`, as
// our per-format L3 for it: it is a legacy group to delete, not an L3 to take over (its upstreams
// go straight to site groups). Once the operator deletes it, the real L3 is created.
void TestLayersAdoption::legacyGroupNamedLikeAFormatL3IsNotTakenOver()
{
    LayerFixture f;
    QVERIFY(f.start());
    buildOriginalLayout(f);
    SimGptLoad *sim = f.sim(0);
    const QString proxy = sim->url() + QStringLiteral("/proxy/");
    const QString legacyName = QStringLiteral("claude-3-5-haiku-anthropic");
    sim->createGroup(group(legacyName, 40, QStringLiteral("anthropic"), upstream(proxy + QStringLiteral("api-y-com-anthropic")),
                           QStringLiteral("claude-3-5-haiku")));

    const auto preview = f.wait(f.reconciler->previewAdoption());
    QVERIFY(preview && preview->ok());
    QStringList legacy;
    for (const auto &g : preview->value().legacyGroups)
        legacy << g.name;
    QVERIFY2(legacy.contains(legacyName), qPrintable(legacy.join(QLatin1Char(','))));

    const auto imported = f.wait(f.reconciler->importAdoption(f.job(QStringLiteral("adopt"))));
    QVERIFY(imported && imported->ok());
    for (const L3Record &r : f.store.l3Groups().valueOr({}))
        QVERIFY2(r.name != legacyName, "the legacy group was recorded as an L3");
    // Untouched: still the original's group, pointing at the site group.
    QCOMPARE(sim->group(legacyName)->upstreams, (QList<SimUpstream>{SimUpstream{proxy + QStringLiteral("api-y-com-anthropic"), 1}}));
    QVERIFY(!f.yaml().contains("gptload-claude-3-5-haiku-anthropic"));

    const auto deleted = f.wait(f.reconciler->deleteLegacyGroups({legacyName}, f.job()));
    QVERIFY(deleted && deleted->ok());
    QCOMPARE(deleted->value().deleted, QStringList{legacyName});
    const auto reconciled = f.reconcile();
    QVERIFY(reconciled && reconciled->ok());
    QCOMPARE(sim->group(legacyName)->upstreams,
             (QList<SimUpstream>{SimUpstream{proxy + QStringLiteral("claude-3-5-haiku-via-api-y-com-anthropic"), 1}}));
    QVERIFY(f.yaml().contains("gptload-claude-3-5-haiku-anthropic"));
}

#include "tst_layers_adoption.moc"
