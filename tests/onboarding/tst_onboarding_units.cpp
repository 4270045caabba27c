// Unit tests of the onboarding pieces that need no network: request parsing, payloads and
// updates, instance choice, layer-1 settings, the rules store and the temp-group ledger.
#include "core/onboarding/filterrulesstore.h"
#include "core/onboarding/grouplistings.h"
#include "core/onboarding/onboardingwarning.h"
#include "core/onboarding/processsitejob.h"
#include "core/onboarding/sitegroupconfig.h"
#include "core/onboarding/sitegroupwriter.h"
#include "core/onboarding/siterequest.h"
#include "core/onboarding/tempgroupledger.h"
#include "core/store/statestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace ul;

namespace {

QJsonObject baseRequest()
{
    return {{QStringLiteral("baseUrl"), QStringLiteral("https://api.example.com/v1")},
            {QStringLiteral("apiKeys"), QJsonArray{QStringLiteral("sk-aaaaaaaaaaaa1"), QStringLiteral("sk-aaaaaaaaaaaa2")}}};
}

InstanceConfig instanceNamed(const QString &id)
{
    InstanceConfig i;
    i.id = id;
    i.name = id.toUpper();
    i.url = QStringLiteral("http://") + id + QStringLiteral(":3001");
    return i;
}

SiteGroupSpec spec()
{
    SiteGroupSpec s;
    s.name = QStringLiteral("api-example-com-openai");
    s.type = ChannelType::OpenAI;
    s.upstream = QStringLiteral("https://api.example.com");
    s.testModel = QStringLiteral("gpt-4o-mini");
    s.hopKey = QStringLiteral("sk-hop-key-123456789012345");
    s.instance = instanceNamed(QStringLiteral("local"));
    return s;
}

GroupInfo liveGroupFor(const SiteGroupSpec &s)
{
    GroupInfo g;
    g.id = 12;
    g.name = s.name;
    g.upstreams = {Upstream{s.upstream, 1}};
    g.channelType = QStringLiteral("openai");
    g.sort = 20;
    g.testModel = s.testModel;
    g.config = s.config.config();
    g.proxyKeys = SecretText(s.hopKey);
    return g;
}

} // namespace

class TestOnboardingUnits : public QObject
{
    Q_OBJECT

private slots:
    void requestDefaultsAndNormalisation()
    {
        QJsonObject json = baseRequest();
        json.insert(QStringLiteral("apiKeys"), QStringLiteral("sk-aaaaaaaaaaaa1\nsk-aaaaaaaaaaaa2, sk-aaaaaaaaaaaa1"));
        json.insert(QStringLiteral("models"), QJsonArray{QStringLiteral(" gpt-4o "), QStringLiteral(""), QStringLiteral("gpt-4o")});
        json.insert(QStringLiteral("siteName"), QJsonValue::Null);
        const Result<SiteRequest> r = SiteRequest::fromJson(json);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->operation, SiteOperation::Create);
        QCOMPARE(r->apiKeys.size(), 2);
        QCOMPARE(r->duplicateKeys, 1);
        QCOMPARE(r->effectiveChannelTypes(), QList<ChannelType>{ChannelType::OpenAI});
        QCOMPARE(r->models, QStringList{QStringLiteral("gpt-4o")});
        QVERIFY(!r->summary().contains(QStringLiteral("sk-aaaa")));
        QVERIFY(r->summary().contains(QStringLiteral("2 key(s)")));
    }

    void requestErrorsNameTheField_data()
    {
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QString>("field");
        QTest::newRow("baseUrl missing") << QJsonObject{{QStringLiteral("baseUrl"), QJsonValue::Null}} << QStringLiteral("baseUrl");
        QTest::newRow("baseUrl number") << QJsonObject{{QStringLiteral("baseUrl"), 3}} << QStringLiteral("baseUrl");
        QTest::newRow("apiKeys object") << QJsonObject{{QStringLiteral("apiKeys"), QJsonObject()}} << QStringLiteral("apiKeys");
        QTest::newRow("apiKeys number entry") << QJsonObject{{QStringLiteral("apiKeys"), QJsonArray{1}}} << QStringLiteral("apiKeys");
        QTest::newRow("apiKeys invisible char")
            << QJsonObject{{QStringLiteral("apiKeys"), QJsonArray{QStringLiteral("sk-abc\u200bdef")}}} << QStringLiteral("apiKeys");
        QTest::newRow("unknown type") << QJsonObject{{QStringLiteral("channelTypes"), QJsonArray{QStringLiteral("cohere")}}}
                                      << QStringLiteral("channelTypes");
        QTest::newRow("openai-response not for sites")
            << QJsonObject{{QStringLiteral("channelTypes"), QJsonArray{QStringLiteral("openai-response")}}} << QStringLiteral("channelTypes");
        QTest::newRow("endpoint not a path")
            << QJsonObject{{QStringLiteral("customValidationEndpoints"), QJsonObject{{QStringLiteral("openai"), QStringLiteral("http://x/y")}}}}
            << QStringLiteral("customValidationEndpoints");
        QTest::newRow("endpoint unknown type")
            << QJsonObject{{QStringLiteral("customValidationEndpoints"), QJsonObject{{QStringLiteral("foo"), QStringLiteral("/v1/x")}}}}
            << QStringLiteral("customValidationEndpoints");
        QTest::newRow("models object") << QJsonObject{{QStringLiteral("models"), QJsonObject()}} << QStringLiteral("models");
        QJsonArray tooMany;
        for (int i = 0; i <= kMaxManualModels; ++i)
            tooMany.append(QStringLiteral("model-%1").arg(i));
        QTest::newRow("too many models") << QJsonObject{{QStringLiteral("models"), tooMany}} << QStringLiteral("models");
        QTest::newRow("operation") << QJsonObject{{QStringLiteral("operationType"), QStringLiteral("delete")}} << QStringLiteral("operationType");
        QTest::newRow("update without target") << QJsonObject{{QStringLiteral("operationType"), QStringLiteral("update")}}
                                               << QStringLiteral("targetChannelName");
        QTest::newRow("siteName number") << QJsonObject{{QStringLiteral("siteName"), 5}} << QStringLiteral("siteName");
    }

    void requestErrorsNameTheField()
    {
        QFETCH(QJsonObject, patch);
        QFETCH(QString, field);
        QJsonObject json = baseRequest();
        for (auto it = patch.begin(); it != patch.end(); ++it)
            json.insert(it.key(), it.value());
        const Result<SiteRequest> r = SiteRequest::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Validation);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.contains(QStringLiteral("sk-")));
    }

    void updateNeedsNoBaseUrlOrKeys()
    {
        const Result<SiteRequest> r = SiteRequest::fromJson({{QStringLiteral("operationType"), QStringLiteral("update")},
                                                             {QStringLiteral("targetChannelName"), QStringLiteral("x-openai")}});
        QVERIFY(r.ok());
        QCOMPARE(r->operation, SiteOperation::Update);
        QVERIFY(r->apiKeys.isEmpty());
    }

    void createPayloadFollowsTheLayerRules()
    {
        SiteGroupSpec s = spec();
        s.config.maxRetries = 4;
        s.validationEndpoint = QStringLiteral("/v1/custom");
        const QJsonObject body = siteGroupCreatePayload(s).toJson();
        QCOMPARE(body.value(QStringLiteral("sort")).toInt(), 20);
        QCOMPARE(body.value(QStringLiteral("proxy_keys")).toString(), s.hopKey);
        QCOMPARE(body.value(QStringLiteral("channel_type")).toString(), QStringLiteral("openai"));
        QCOMPARE(body.value(QStringLiteral("test_model")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(body.value(QStringLiteral("validation_endpoint")).toString(), QStringLiteral("/v1/custom"));
        QCOMPARE(body.value(QStringLiteral("config")).toObject(),
                 (QJsonObject{{QStringLiteral("blacklist_threshold"), 99}, {QStringLiteral("key_validation_interval_minutes"), 60},
                              {QStringLiteral("max_retries"), 4}}));
        const QJsonArray upstreams = body.value(QStringLiteral("upstreams")).toArray();
        QCOMPARE(upstreams.size(), 1);
        QCOMPARE(upstreams.first().toObject().value(QStringLiteral("url")).toString(), s.upstream);
        QVERIFY(!body.contains(QStringLiteral("tags")));
        QVERIFY(!body.contains(QStringLiteral("validated_models")));
        QVERIFY(!body.contains(QStringLiteral("param_overrides")));
    }

    void updateSendsOnlyWhatDiffers()
    {
        const SiteGroupSpec s = spec();
        GroupInfo live = liveGroupFor(s);
        QVERIFY(siteGroupUpdate(live, s).isEmpty());

        live.config.insert(QStringLiteral("request_timeout"), 120);  // the operator's own key
        QVERIFY(siteGroupUpdate(live, s).isEmpty());

        live.testModel = QStringLiteral("gpt-4o");
        live.upstreams = {Upstream{QStringLiteral("https://api.example.com/v1"), 1}};
        live.proxyKeys = SecretText(QStringLiteral("sk-operator-key-999999"));
        live.config.insert(QStringLiteral("blacklist_threshold"), 3);
        const GroupUpdate update = siteGroupUpdate(live, s);
        QCOMPARE(update.fieldNames().size(), 4);
        const QJsonObject json = update.toJson();
        QCOMPARE(json.value(QStringLiteral("test_model")).toString(), s.testModel);
        QCOMPARE(json.value(QStringLiteral("upstreams")).toArray().first().toObject().value(QStringLiteral("url")).toString(), s.upstream);
        QCOMPARE(json.value(QStringLiteral("proxy_keys")).toString(), QStringLiteral("sk-operator-key-999999,") + s.hopKey);
        QCOMPARE(json.value(QStringLiteral("config")).toObject().value(QStringLiteral("request_timeout")).toInt(), 120);
        QCOMPARE(json.value(QStringLiteral("config")).toObject().value(QStringLiteral("blacklist_threshold")).toInt(), 99);
    }

    void instanceChoiceOrder()
    {
        const InstanceConfigList healthy{instanceNamed(QStringLiteral("a")), instanceNamed(QStringLiteral("b"))};
        QCOMPARE(chooseSiteInstance(healthy, QStringLiteral("b"), QStringLiteral("a"))->reason, QStringLiteral("assignment"));
        QCOMPARE(chooseSiteInstance(healthy, QStringLiteral("b"), QStringLiteral("a"))->instance.id, QStringLiteral("b"));
        QCOMPARE(chooseSiteInstance(healthy, QStringLiteral("gone"), QStringLiteral("b"))->instance.id, QStringLiteral("b"));
        QCOMPARE(chooseSiteInstance(healthy, QStringLiteral("gone"), QStringLiteral("b"))->reason, QStringLiteral("discovery"));
        QCOMPARE(chooseSiteInstance(healthy, QString(), QString())->instance.id, QStringLiteral("a"));
        QCOMPARE(chooseSiteInstance(healthy, QString(), QString())->reason, QStringLiteral("first-healthy"));
        QVERIFY(!chooseSiteInstance({}, QStringLiteral("a"), QStringLiteral("a")).has_value());
    }

    void siteGroupConfigFromTheStore()
    {
        StateStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")).ok());
        Result<SiteGroupConfig> defaults = loadSiteGroupConfig(store);
        QVERIFY(defaults.ok());
        QCOMPARE(defaults->blacklistThreshold, 99);
        QCOMPARE(defaults->keyValidationIntervalMinutes, 60);
        QVERIFY(!defaults->maxRetries);

        QVERIFY(store.setSetting(QLatin1String(kLayerSettingsSettingKey),
                                 QJsonObject{{QStringLiteral("l1"), QJsonObject{{QStringLiteral("keyValidationIntervalMinutes"), 15},
                                                                                {QStringLiteral("maxRetries"), 0}}},
                                             {QStringLiteral("l2"), QJsonObject{{QStringLiteral("blacklistThreshold"), 2}}}})
                    .ok());
        Result<SiteGroupConfig> partial = loadSiteGroupConfig(store);
        QVERIFY(partial.ok());
        QCOMPARE(partial->blacklistThreshold, 99);
        QCOMPARE(partial->keyValidationIntervalMinutes, 15);
        QCOMPARE(partial->maxRetries, std::optional<int>(0));

        const QJsonObject merged = SiteGroupConfig().mergedInto({{QStringLiteral("max_retries"), 5}, {QStringLiteral("proxy_url"), QStringLiteral("x")}});
        QVERIFY(!merged.contains(QStringLiteral("max_retries")));
        QCOMPARE(merged.value(QStringLiteral("proxy_url")).toString(), QStringLiteral("x"));
        QCOMPARE(merged.value(QStringLiteral("blacklist_threshold")).toInt(), 99);

        QVERIFY(store.setSetting(QLatin1String(kLayerSettingsSettingKey),
                                 QJsonObject{{QStringLiteral("l1"), QJsonObject{{QStringLiteral("keyValidationIntervalMinutes"), QStringLiteral("60")}}}})
                    .ok());
        Result<SiteGroupConfig> invalid = loadSiteGroupConfig(store);
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().field, QStringLiteral("layerSettings.l1.keyValidationIntervalMinutes"));
    }

    void rulesStore()
    {
        StateStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")).ok());
        FilterRulesStore rules(store, {true, false});
        QCOMPARE(rules.stored().value(), FilterRules::defaults());
        QVERIFY(rules.stored()->blacklistEnabled);
        QVERIFY(!rules.effective()->blacklistEnabled);  // the environment switch turns it off
        QVERIFY(rules.effective()->whitelistEnabled);

        Result<FilterRulesView> view = rules.view();
        QVERIFY(view.ok());
        QJsonObject body = view->toJson();
        QCOMPARE(body.value(QStringLiteral("environment")).toObject().value(QStringLiteral("ENABLE_MODEL_BLACKLIST")).toBool(), false);
        body.insert(QStringLiteral("enableWhitelist"), false);
        Result<FilterRulesView> updated = rules.update(body);
        QVERIFY2(updated.ok(), qPrintable(updated.error().message));
        QVERIFY(!rules.stored()->whitelistEnabled);
        QVERIFY(!rules.effective()->whitelistEnabled);
        QVERIFY(store.setting(QLatin1String(kFilterRulesSettingKey)).has_value());

        QVERIFY(!rules.update({{QStringLiteral("whitelist"), QJsonArray{QStringLiteral("gpt-"), QStringLiteral("GPT-")}}}).ok());
        QVERIFY(store.setSetting(QLatin1String(kFilterRulesSettingKey), QJsonObject{{QStringLiteral("whitelist"), 3}}).ok());
        QVERIFY(!rules.stored().ok());  // a broken stored value is an error, not silently the defaults
    }

    void ledgerPersists()
    {
        StateStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")).ok());
        TempGroupLedger ledger(store);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(ledger.add({QStringLiteral("a"), QStringLiteral("temp-test-1"), now}).ok());
        QVERIFY(ledger.add({QStringLiteral("b"), QStringLiteral("temp-test-2"), now}).ok());
        QVERIFY(ledger.add({QStringLiteral("a"), QStringLiteral("temp-test-1"), now}).ok());
        QCOMPARE(ledger.all().size(), 2);
        QCOMPARE(ledger.forInstance(QStringLiteral("a")).size(), 1);
        QVERIFY(ledger.remove(QStringLiteral("a"), QStringLiteral("temp-test-1")).ok());
        QCOMPARE(TempGroupLedger(store).all().size(), 1);
        QVERIFY(ledger.remove(QStringLiteral("b"), QStringLiteral("temp-test-2")).ok());
        QVERIFY(!store.setting(QLatin1String(kPendingTempGroupsSettingKey)).has_value());
    }

    void warningsCarryCodeArgsAndText()
    {
        struct Case
        {
            OnboardingWarning warning;
            const char *code;
            QStringList args;
            QString text;
        };
        const QString failure = QStringLiteral("gpt-load 'B' (b): timeout");
        const QList<Case> cases{
            {OnboardingWarning::groupListingFailed(failure), WarningCode::kGroupListingFailed, {failure},
             failure + QStringLiteral("; a group there is unknown to this operation")},
            {OnboardingWarning::siteNameNotUsed(QStringLiteral("X")), WarningCode::kSiteNameNotUsed, {QStringLiteral("X")},
             QStringLiteral("siteName \"X\" was not used (it is only taken to tell two sites on one host apart, and must be 3–90 "
                            "characters of a-z, 0-9 and '-')")},
            {OnboardingWarning::siteNameTaken(QStringLiteral("a"), QStringLiteral("a-8080")), WarningCode::kSiteNameTaken,
             {QStringLiteral("a"), QStringLiteral("a-8080")}, QStringLiteral("another site already uses the name a; this site is named a-8080")},
            {OnboardingWarning::siteGroupMissing(QStringLiteral("g"), QStringLiteral("i")), WarningCode::kSiteGroupMissing,
             {QStringLiteral("g"), QStringLiteral("i")},
             QStringLiteral("site group g is recorded on instance i but gpt-load does not list it; it is created again")},
            {OnboardingWarning::siteGroupAdopted(QStringLiteral("g")), WarningCode::kSiteGroupAdopted, {QStringLiteral("g")},
             QStringLiteral("site group g was not recorded by uni-load; it is adopted")},
            {OnboardingWarning::baseUrlIgnored(QStringLiteral("https://x")), WarningCode::kBaseUrlIgnored, {QStringLiteral("https://x")},
             QStringLiteral("baseUrl is ignored in update mode; the site's URL https://x is kept")},
            {OnboardingWarning::formatWithoutModels(QStringLiteral("gemini"), QStringLiteral("g-gemini")), WarningCode::kFormatWithoutModels,
             {QStringLiteral("gemini"), QStringLiteral("g-gemini")},
             QStringLiteral("no kept model is served by the gemini format; site group g-gemini is not written")},
            {OnboardingWarning::siteGroupFailed(QStringLiteral("g"), QStringLiteral("upload keys failed")), WarningCode::kSiteGroupFailed,
             {QStringLiteral("g"), QStringLiteral("upload keys failed")}, QStringLiteral("upload keys failed")},
            {OnboardingWarning::tempDiscoveryFailed(failure), WarningCode::kTempDiscoveryFailed, {failure},
             QStringLiteral("temp-group discovery failed %1 before it succeeded").arg(failure)},
            {OnboardingWarning::listedDirectly(failure), WarningCode::kListedDirectly, {failure},
             QStringLiteral("models were listed directly from the site; ") + failure},
            {OnboardingWarning::uniApiNotWritten(QStringLiteral("disk full")), WarningCode::kUniApiNotWritten, {QStringLiteral("disk full")},
             QStringLiteral("uni-api's api.yaml was not updated: disk full")},
            {OnboardingWarning::modelGroupsFailed(3), WarningCode::kModelGroupsFailed, {QStringLiteral("3")},
             QStringLiteral("3 model-group operation(s) failed and will be retried by the next reconcile (see reconcile.failed)")},
        };
        QSet<QString> codes;
        for (const Case &c : cases) {
            QCOMPARE(c.warning.code, QLatin1String(c.code));
            QCOMPARE(c.warning.args, c.args);
            QCOMPARE(c.warning.text, c.text);
            const OnboardingWarning back = OnboardingWarning::fromJson(c.warning.toJson());
            QCOMPARE(back.code, c.warning.code);
            QCOMPARE(back.args, c.warning.args);
            QCOMPARE(back.text, c.warning.text);
            codes.insert(c.warning.code);
        }
        QCOMPARE(codes.size(), cases.size());  // one code per kind of warning

        // One pass: an argument that looks like a placeholder stays as it is.
        QCOMPARE(OnboardingWarning::fill(QStringLiteral("%1 and %2, %3"), {QStringLiteral("%2"), QStringLiteral("b")}),
                 QStringLiteral("%2 and b, %3"));

        // The report keeps `warnings` as strings and adds the details in the same order.
        ProcessSiteReport report;
        report.warnings = {cases.at(2).warning, cases.at(11).warning};
        const QJsonObject data = report.toJson().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("warnings")).toArray(), (QJsonArray{cases.at(2).text, cases.at(11).text}));
        const QJsonArray details = data.value(QStringLiteral("warningDetails")).toArray();
        QCOMPARE(details.size(), 2);
        QCOMPARE(details.at(0).toObject(), (QJsonObject{{QStringLiteral("code"), QStringLiteral("SITE_NAME_TAKEN")},
                                                         {QStringLiteral("args"), QJsonArray{QStringLiteral("a"), QStringLiteral("a-8080")}},
                                                         {QStringLiteral("text"), cases.at(2).text}}));
        QCOMPARE(details.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("MODEL_GROUPS_FAILED"));
    }

    void fingerprintIgnoresOrderAndRepeats()
    {
        const QString a = keysFingerprint({QStringLiteral("k1"), QStringLiteral("k2")});
        QCOMPARE(keysFingerprint({QStringLiteral("k2"), QStringLiteral("k1"), QStringLiteral("k2")}), a);
        QVERIFY(keysFingerprint({QStringLiteral("k1")}) != a);
        QCOMPARE(a.size(), 64);
        QVERIFY(!a.contains(QStringLiteral("k1")));
    }
};

QTEST_GUILESS_MAIN(TestOnboardingUnits)
#include "tst_onboarding_units.moc"
