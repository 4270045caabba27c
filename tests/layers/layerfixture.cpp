#include "tests/layers/layerfixture.h"

#include "core/layers/layersettings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace ul::test {

LayerFixture::LayerFixture(const LayerFixtureOptions &opts) : options(opts)
{
    SimClusterOptions c;
    c.instanceCount = options.instances;
    c.instanceOptions.apiLatencyMs = options.apiLatencyMs;
    cluster = std::make_unique<SimCluster>(c);
    yamlPath = dir.filePath(QStringLiteral("api.yaml"));
}

LayerFixture::~LayerFixture()
{
    reconciler.reset();
    writer.reset();
    if (registry)
        registry->cancelAll();
    registry.reset();
    store.close();
}

bool LayerFixture::start(QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!cluster->start())
        return fail(cluster->errorString());
    if (Status s = store.open(options.storePath); !s.ok())
        return fail(s.error().message);
    Result<ProxyKeys> k = ensureProxyKeys(store);
    if (!k.ok())
        return fail(k.error().message);
    keys = k.value();

    GptLoadClientOptions client;
    client.timeoutMs = options.clientTimeoutMs;
    client.retryBaseDelayMs = 1;
    client.maxConcurrent = options.maxConcurrent;
    registry = std::make_unique<InstanceRegistry>(&network, client, &clock);
    InstanceConfigList instances;
    const QJsonArray json = cluster->instancesJson();
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        InstanceConfig i;
        i.id = o.value(QStringLiteral("id")).toString();
        i.name = o.value(QStringLiteral("name")).toString();
        i.url = o.value(QStringLiteral("url")).toString();
        i.token = o.value(QStringLiteral("token")).toString();
        i.priority = o.value(QStringLiteral("priority")).toInt();
        instances.append(i);
    }
    registry->setInstances(instances);
    const std::optional<Result<int>> healthy = await(registry->checkAll(), 15000);
    if (!healthy || !healthy->ok() || healthy->value() != options.instances)
        return fail(QStringLiteral("not every simulated instance is healthy"));

    uniapi::UniApiWriterSettings w;
    w.path = yamlPath;
    writer = std::make_unique<uniapi::UniApiWriter>(w, &clock);
    reconciler = std::make_unique<LayerReconciler>(&store, registry.get(), writer.get());
    return true;
}

SiteGroupRecord LayerFixture::addSiteGroup(const QString &siteName, ChannelType type, int instanceIndex, const QStringList &models)
{
    SiteRecord site;
    site.name = siteName;
    site.baseUrl = QStringLiteral("https://%1.example").arg(siteName);
    const Result<SiteRecord> savedSite = store.saveSite(site);
    const QString name = siteName + QLatin1Char('-') + channelTypeName(type);
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("channel_type"), channelTypeName(type)},
                           {QStringLiteral("sort"), 20},
                           {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), site.baseUrl}, {QStringLiteral("weight"), 1}}}},
                           {QStringLiteral("test_model"), models.value(0)},
                           {QStringLiteral("proxy_keys"), keys.hop},
                           {QStringLiteral("config"), LayerSettingsSet::defaults().l1.config()}};
    const std::optional<SimGroup> created = sim(instanceIndex)->createGroup(body);
    SiteGroupRecord g;
    g.siteId = savedSite.ok() ? savedSite->id : 0;
    g.name = name;
    g.channelType = type;
    g.instanceId = instanceId(instanceIndex);
    g.groupId = created ? created->id : 0;
    g.testModel = models.value(0);
    g.rawModels = models;
    g.models = models;
    g.discoverySource = QStringLiteral("manual");
    const Result<SiteGroupRecord> saved = store.saveSiteGroup(g);
    return saved.ok() ? saved.value() : g;
}

Status LayerFixture::setModels(const QString &siteGroupName, const QStringList &models)
{
    std::optional<SiteGroupRecord> g = siteGroup(siteGroupName);
    if (!g)
        return Error::notFound(siteGroupName);
    g->models = models;
    Result<SiteGroupRecord> saved = store.saveSiteGroup(*g);
    if (!saved.ok())
        return saved.error();
    return {};
}

std::optional<SiteGroupRecord> LayerFixture::siteGroup(const QString &name) const
{
    const Result<QList<SiteGroupRecord>> groups = store.siteGroups();
    if (!groups.ok())
        return std::nullopt;
    for (const SiteGroupRecord &g : groups.value()) {
        if (g.name == name)
            return g;
    }
    return std::nullopt;
}

JobContextPtr LayerFixture::job(const QString &kind)
{
    return std::make_shared<JobContext>(QStringLiteral("job-%1").arg(++m_jobs), kind, &store);
}

std::optional<Result<ReconcileResult>> LayerFixture::reconcile(const ReconcileScope &scope)
{
    clock.advanceSecs(1);  // distinct backup names per run
    return await(reconciler->reconcile(scope, job()), 60000);
}

QMultiHash<QString, QPair<int, SimGroup>> LayerFixture::allGroups() const
{
    QMultiHash<QString, QPair<int, SimGroup>> out;
    for (int i = 0; i < cluster->instanceCount(); ++i) {
        for (const SimGroup &g : sim(i)->groups())
            out.insert(g.name, qMakePair(i, g));
    }
    return out;
}

qint64 LayerFixture::mutatingCalls() const
{
    qint64 n = 0;
    for (int i = 0; i < cluster->instanceCount(); ++i)
        n += sim(i)->counters().mutatingCalls;
    return n;
}

qint64 LayerFixture::managementCalls() const
{
    qint64 n = 0;
    for (int i = 0; i < cluster->instanceCount(); ++i)
        n += sim(i)->counters().managementCalls;
    return n;
}

void LayerFixture::resetCounters()
{
    for (int i = 0; i < cluster->instanceCount(); ++i)
        sim(i)->resetCounters();
}

QStringList LayerFixture::backups() const
{
    return QDir(dir.filePath(QStringLiteral("backup"))).entryList(QDir::Files, QDir::Name);
}

QByteArray LayerFixture::yaml() const
{
    return readFile(yamlPath);
}

void LayerFixture::writeYaml(const QByteArray &text) const
{
    writeFile(yamlPath, text);
}

} // namespace ul::test
