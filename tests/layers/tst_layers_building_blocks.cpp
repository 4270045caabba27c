// Building blocks of the layer planner: layer settings, the L3 upstream merge, the
// changed-fields-only diff and the per-format L3 names.

#include "core/layers/grouppayloads.h"
#include "core/layers/layersettings.h"
#include "core/layers/modelgroupnames.h"
#include "core/layers/upstreammerge.h"
#include "core/sites/groupnames.h"

#include <QJsonArray>
#include <QTest>

using namespace ul;

namespace {
Upstream up(const QString &group, int weight)
{
    return Upstream{QStringLiteral("http://a:3001/proxy/%1").arg(group), weight};
}

GroupInfo listedGroup(const QJsonObject &fields)
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("id"), 7);
    o.insert(QStringLiteral("name"), QStringLiteral("g"));
    return GroupInfo::fromJson(o).value();
}
} // namespace

class TestLayersBuildingBlocks : public QObject
{
    Q_OBJECT

private slots:
    void mergeKeepsOrderAndForeignUpstreams();
    void layerSettingsJson();
    void layerSettingsValidation();
    void diffSendsOnlyChangedFields();
    void modelGroupsAreNamedPerFormat();
};

void TestLayersBuildingBlocks::mergeKeepsOrderAndForeignUpstreams()
{
    const QList<Upstream> existing{Upstream{QStringLiteral("https://x.example"), 3}, up(QStringLiteral("m-via-old"), 2),
                                   up(QStringLiteral("m-via-a"), 6)};
    QList<MergeMember> members;
    members.append(MergeMember{QStringLiteral("m-via-a"), up(QStringLiteral("m-via-a"), 1).url, true, true, false, -1, {}, {}});
    members.append(MergeMember{QStringLiteral("m-via-b"), up(QStringLiteral("m-via-b"), 1).url, true, true, false, 4, {}, 2});
    const auto owner = [](const QString &url) -> std::optional<UrlOwner> {
        if (url.endsWith(QStringLiteral("/m-via-old")))
            return UrlOwner{QStringLiteral("m-via-old"), true};
        return std::nullopt;
    };
    const MergeResult r = mergeL3Upstreams(existing, members, owner);
    QCOMPARE(r.plainUpstreams(), (QList<Upstream>{Upstream{QStringLiteral("https://x.example"), 3}, up(QStringLiteral("m-via-a"), 6),
                                                  up(QStringLiteral("m-via-b"), 2)}));
    QCOMPARE(r.upstreams.last().createdBy, 4);
    QCOMPARE(r.removedL2s, QStringList{QStringLiteral("m-via-old")});
    QVERIFY(!r.noHealthyMember);

    // Every member disabled: one is kept so the list never becomes empty.
    members[0].active = false;
    members[1].active = false;
    const MergeResult last = mergeL3Upstreams({up(QStringLiteral("m-via-a"), 6)}, members, owner);
    QCOMPARE(last.plainUpstreams(), QList<Upstream>{up(QStringLiteral("m-via-a"), 6)});
    QCOMPARE(last.keptInactiveMember, QStringLiteral("m-via-a"));
    QVERIFY(last.noHealthyMember);
}

void TestLayersBuildingBlocks::layerSettingsJson()
{
    const LayerSettingsSet defaults = LayerSettingsSet::defaults();
    const QJsonObject json = defaults.toJson();
    QCOMPARE(json.value(QStringLiteral("l1")).toObject(),
             (QJsonObject{{QStringLiteral("blacklistThreshold"), 99},
                          {QStringLiteral("keyValidationIntervalMinutes"), 60},
                          {QStringLiteral("maxRetries"), QJsonValue::Null}}));
    QCOMPARE(json.value(QStringLiteral("l2")).toObject().value(QStringLiteral("keyValidationIntervalMinutes")).toInt(), 10080);
    QCOMPARE(json.value(QStringLiteral("l3")).toObject().value(QStringLiteral("maxRetries")).toInt(), 9);
    QCOMPARE(LayerSettingsSet::fromJson(json).value(), defaults);
    QCOMPARE(defaults.l3.config(), (QJsonObject{{QStringLiteral("blacklist_threshold"), 50},
                                               {QStringLiteral("key_validation_interval_minutes"), 30},
                                               {QStringLiteral("max_retries"), 9}}));
    QCOMPARE(defaults.l1.config().contains(QStringLiteral("max_retries")), false);
    QCOMPARE(layerSort(Layer::SiteGroup), 20);
    QCOMPARE(layerSort(Layer::ModelChannel), 30);
    QCOMPARE(layerSort(Layer::Aggregate), 40);

    // Partial update: absent fields keep their value, null clears maxRetries.
    const Result<LayerSettingsSet> partial = LayerSettingsSet::fromJson(
        QJsonObject{{QStringLiteral("l3"), QJsonObject{{QStringLiteral("maxRetries"), QJsonValue::Null}}},
                    {QStringLiteral("l1"), QJsonObject{{QStringLiteral("maxRetries"), 2}}}});
    QVERIFY(partial.ok());
    QVERIFY(!partial->l3.maxRetries.has_value());
    QCOMPARE(partial->l3.blacklistThreshold, 50);
    QCOMPARE(partial->l1.maxRetries.value(), 2);
}

void TestLayersBuildingBlocks::layerSettingsValidation()
{
    const auto field = [](const QJsonObject &json) {
        const Result<LayerSettingsSet> r = LayerSettingsSet::fromJson(json);
        return r.ok() ? QString() : r.error().field;
    };
    QCOMPARE(field(QJsonObject{{QStringLiteral("l2"), QJsonObject{{QStringLiteral("blacklistThreshold"), -1}}}}),
             QStringLiteral("l2.blacklistThreshold"));
    QCOMPARE(field(QJsonObject{{QStringLiteral("l1"), QJsonObject{{QStringLiteral("keyValidationIntervalMinutes"), 0}}}}),
             QStringLiteral("l1.keyValidationIntervalMinutes"));
    QCOMPARE(field(QJsonObject{{QStringLiteral("l3"), QJsonObject{{QStringLiteral("maxRetries"), 1.5}}}}), QStringLiteral("l3.maxRetries"));
    QCOMPARE(field(QJsonObject{{QStringLiteral("l3"), QJsonObject{{QStringLiteral("sort"), 40}}}}), QStringLiteral("l3.sort"));
    QCOMPARE(field(QJsonObject{{QStringLiteral("l4"), QJsonObject{}}}), QStringLiteral("l4"));
    QCOMPARE(field(QJsonObject{{QStringLiteral("l1"), QJsonObject{{QStringLiteral("blacklistThreshold"), QStringLiteral("9")}}}}),
             QStringLiteral("l1.blacklistThreshold"));
}

void TestLayersBuildingBlocks::diffSendsOnlyChangedFields()
{
    const LayerSettings l3 = LayerSettingsSet::defaults().l3;
    ManagedFields wanted;
    wanted.channelType = ChannelType::OpenAI;
    wanted.testModel = QStringLiteral("gpt-4o");
    wanted.validationEndpoint = QString();
    wanted.sort = 40;
    wanted.config = l3.config();
    wanted.requiredProxyKey = QStringLiteral("sk-gateway-0000000000000000");

    // Everything as wanted, plus an operator's own config key and proxy key: nothing to send.
    const GroupInfo same = listedGroup(QJsonObject{
        {QStringLiteral("channel_type"), QStringLiteral("openai")}, {QStringLiteral("test_model"), QStringLiteral("gpt-4o")},
        {QStringLiteral("validation_endpoint"), QString()}, {QStringLiteral("sort"), 40},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("blacklist_threshold"), 50}, {QStringLiteral("key_validation_interval_minutes"), 30},
                                               {QStringLiteral("max_retries"), 9}, {QStringLiteral("request_timeout"), 120}}},
        {QStringLiteral("proxy_keys"), QStringLiteral("sk-operator-1111111111,sk-gateway-0000000000000000")}});
    QVERIFY(diffManagedFields(same, wanted).isEmpty());

    // A changed sort and a missing max_retries: only those fields; config keeps request_timeout.
    const GroupInfo drifted = listedGroup(QJsonObject{
        {QStringLiteral("channel_type"), QStringLiteral("openai")}, {QStringLiteral("test_model"), QStringLiteral("gpt-4o")},
        {QStringLiteral("sort"), 0},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("blacklist_threshold"), 50}, {QStringLiteral("key_validation_interval_minutes"), 30},
                                               {QStringLiteral("request_timeout"), 120}}},
        {QStringLiteral("proxy_keys"), QStringLiteral("sk-operator-1111111111")}});
    const FieldDiff diff = diffManagedFields(drifted, wanted);
    QCOMPARE(diff.fields, (QStringList{QStringLiteral("sort"), QStringLiteral("config"), QStringLiteral("proxy_keys")}));
    const QJsonObject body = diff.update.toJson();
    QCOMPARE(body.value(QStringLiteral("sort")).toInt(), 40);
    QCOMPARE(body.value(QStringLiteral("config")).toObject(),
             (QJsonObject{{QStringLiteral("blacklist_threshold"), 50}, {QStringLiteral("key_validation_interval_minutes"), 30},
                          {QStringLiteral("max_retries"), 9}, {QStringLiteral("request_timeout"), 120}}));
    QCOMPARE(body.value(QStringLiteral("proxy_keys")).toString(), QStringLiteral("sk-operator-1111111111,sk-gateway-0000000000000000"));
    QVERIFY(!body.contains(QStringLiteral("upstreams")));

    // An unset max_retries removes the key.
    ManagedFields noRetries = wanted;
    noRetries.config = LayerSettingsSet::defaults().l2.config();
    const FieldDiff cleared = diffManagedFields(same, noRetries);
    QVERIFY(cleared.fields.contains(QStringLiteral("config")));
    QVERIFY(!cleared.update.toJson().value(QStringLiteral("config")).toObject().contains(QStringLiteral("max_retries")));
}


void TestLayersBuildingBlocks::modelGroupsAreNamedPerFormat()
{
    const QString m = QStringLiteral("claude-x");
    const auto record = [](const QString &name, ChannelType type, const QString &model = QStringLiteral("claude-x")) {
        L3Record r;
        r.name = name;
        r.model = model;
        r.channelType = type;
        return r;
    };
    const QList<ChannelType> both{ChannelType::OpenAI, ChannelType::Anthropic};

    // New model: T(M) gets the plain name, the other format the suffixed one.
    QHash<QString, QString> owners;
    QMap<ChannelType, QString> names = nameModelGroupsByFormat(m, m, both, {}, owners);
    QCOMPARE(names.value(ChannelType::OpenAI), m);
    QCOMPARE(names.value(ChannelType::Anthropic), QStringLiteral("claude-x-anthropic"));
    QCOMPARE(owners.value(QStringLiteral("claude-x-anthropic")), m);

    // A recorded group keeps its name in its format, even when T(M) is another one.
    const L3Record anthropic = record(m, ChannelType::Anthropic);
    owners = {{m, m}};
    names = nameModelGroupsByFormat(m, m, both, {&anthropic}, owners);
    QCOMPARE(names.value(ChannelType::Anthropic), m);
    QCOMPARE(names.value(ChannelType::OpenAI), QStringLiteral("claude-x-openai"));

    // A group whose format went away hands its name on (it changes format).
    names = nameModelGroupsByFormat(m, m, {ChannelType::OpenAI}, {&anthropic}, owners);
    QCOMPARE(names.value(ChannelType::OpenAI), m);

    // A name another model owns is never taken.
    owners = {{m, m}, {QStringLiteral("claude-x-anthropic"), QStringLiteral("claude-x-anthropic")}};
    names = nameModelGroupsByFormat(m, m, both, {}, owners);
    QCOMPARE(names.value(ChannelType::OpenAI), m);
    QVERIFY(!names.contains(ChannelType::Anthropic));

    // The suffix always fits in gpt-load's 100 characters.
    const QString longName = QString(98, QLatin1Char('a'));
    QCOMPARE(formatModelGroupName(longName, ChannelType::Anthropic), QString(90, QLatin1Char('a')) + QStringLiteral("-anthropic"));
    QCOMPARE(formatModelGroupName(longName, ChannelType::OpenAIResponse).size(), kMaxGroupNameLength);
    QCOMPARE(formatModelGroupName(QString(95, QLatin1Char('a')) + QStringLiteral("-b-cd"), ChannelType::Gemini),
             QString(93, QLatin1Char('a')) + QStringLiteral("-gemini"));
}

QTEST_GUILESS_MAIN(TestLayersBuildingBlocks)
#include "tst_layers_building_blocks.moc"
