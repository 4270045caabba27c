// Engine-level process-ai-site tests against the simulated gpt-load and AI sites (loopback).
#include "core/sites/groupnames.h"
#include "tests/onboarding/onboardingfixture.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

const QString kSiteKey = QStringLiteral("sk-sim-site-key-0001");

SimAiSiteOptions siteOptions(const QString &name, SimAiFormats formats, const QStringList &models)
{
    SimAiSiteOptions o;
    o.name = name;
    o.formats = formats;
    o.models = models;
    o.validKeys = {kSiteKey};
    return o;
}

QJsonObject detailsOf(const Error &error)
{
    return QJsonDocument::fromJson(error.details.toUtf8()).object();
}

// The warning of `report` with `code`, or an empty one.
OnboardingWarning warningOf(const ProcessSiteReport &report, const char *code)
{
    for (const OnboardingWarning &w : report.warnings) {
        if (w.code == QLatin1String(code))
            return w;
    }
    return {};
}

QStringList codesOf(const ProcessSiteReport &report)
{
    QStringList out;
    for (const OnboardingWarning &w : report.warnings)
        out.append(w.code);
    return out;
}

int countRequests(SimGptLoad *instance, const QByteArray &method, const QString &path)
{
    int n = 0;
    for (const SimRecordedRequest &r : instance->recordedRequests()) {
        if (r.request.method == method && r.request.path == path)
            ++n;
    }
    return n;
}

} // namespace

class TestOnboardingFlow : public QObject
{
    Q_OBJECT

private slots:
    void openAiSite()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("oa"), SimAiFormat::OpenAI,
                                                {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"),
                                                 QStringLiteral("text-embedding-3-small"), QStringLiteral("dall-e-3")}));
        QVERIFY(f.startEngine());
        auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey, QStringLiteral("sk-second-key-000000002")}));
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString() + r->error().details));
        const ProcessSiteReport &report = r->value();
        QCOMPARE(report.siteName, QStringLiteral("127-0-0-1"));
        QCOMPARE(report.models, (QStringList{QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")}));
        QCOMPARE(report.successfulInstance.id, QStringLiteral("sim-1"));
        QCOMPARE(report.discoverySource, QStringLiteral("temp-group:sim-1"));
        QCOMPARE(report.filter.droppedCount(DropReason::Blacklisted), 2);
        QCOMPARE(report.siteGroups.size(), 1);
        QCOMPARE(report.siteGroups.first().action, SiteGroupAction::Created);
        QCOMPARE(report.modelGroups, 2);  // the reconciliation built one L3 per kept model

        const std::optional<SimGroup> group = f.instance(0)->group(QStringLiteral("127-0-0-1-openai"));
        QVERIFY(group.has_value());
        QCOMPARE(group->sort, 20);
        QCOMPARE(group->channelType, QStringLiteral("openai"));
        QCOMPARE(group->upstreams.size(), 1);
        QCOMPARE(group->upstreams.first().url, site->url());
        QCOMPARE(group->testModel, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(group->validationEndpoint, QString());
        QCOMPARE(group->proxyKeys, f.hopKey());
        QVERIFY(group->proxyKeys != f.instance(0)->adminKey());
        QCOMPARE(group->config.value(QStringLiteral("blacklist_threshold")).toInt(), 99);
        QCOMPARE(group->config.value(QStringLiteral("key_validation_interval_minutes")).toInt(), 60);
        QVERIFY(!group->config.contains(QStringLiteral("max_retries")));
        QCOMPARE(f.instance(0)->keys(group->name).size(), 2);

        QVERIFY(f.tempGroups().isEmpty());
        QVERIFY(f.ledger().isEmpty());
        const QList<SiteGroupRecord> records = f.siteGroupRecords();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().models, report.models);
        QCOMPARE(records.first().keysCount, 2);
        QVERIFY(!records.first().keysFingerprint.isEmpty());
        QCOMPARE(records.first().instanceId, QStringLiteral("sim-1"));
        QTRY_COMPARE(f.engine().snapshot().sites.size(), 1);
        const SiteView view = f.engine().snapshot().sites.first();
        QCOMPARE(view.modelCount, 2);
        QCOMPARE(view.keysCount, 2);
        QCOMPARE(view.channelTypes, QStringList{QStringLiteral("openai")});
        QCOMPARE(view.state, QStringLiteral("active"));
        QCOMPARE(f.engine().snapshot().siteAssignments.value(site->url()).instanceId, QStringLiteral("sim-1"));

        auto journal = await(f.engine().journal(-1, 200));
        QVERIFY(journal && journal->ok());
        QStringList ops;
        for (const JournalEntry &e : journal->value()) {
            if (e.kind == QLatin1String("process-site"))
                ops.append(e.op + QLatin1Char(':') + e.outcome);
        }
        for (const char *expected : {"create-temp-group:ok", "delete-temp-group:ok", "create-group:ok", "upload-keys:ok", "record-group:ok"})
            QVERIFY2(ops.contains(QLatin1String(expected)), expected);
    }

    void anthropicSite()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("an"), SimAiFormat::Anthropic,
                                                {QStringLiteral("claude-opus-4-20250514"), QStringLiteral("claude-3-5-haiku-20241022"),
                                                 QStringLiteral("claude-2.1")}));
        QVERIFY(f.startEngine());
        auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey}, {QStringLiteral("anthropic")}));
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        QCOMPARE(r->value().models, (QStringList{QStringLiteral("claude-3-5-haiku-20241022"), QStringLiteral("claude-opus-4-20250514")}));
        const std::optional<SimGroup> group = f.instance(0)->group(QStringLiteral("127-0-0-1-anthropic"));
        QVERIFY(group.has_value());
        QCOMPARE(group->channelType, QStringLiteral("anthropic"));
        QCOMPARE(group->testModel, QStringLiteral("claude-3-5-haiku-20241022"));
        QVERIFY(f.tempGroups().isEmpty());
    }

    void geminiSiteStripsModelsPrefix()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("ge"), SimAiFormat::Gemini,
                                                {QStringLiteral("gemini-2.5-flash"), QStringLiteral("gemini-2.5-pro"),
                                                 QStringLiteral("gemini-1.0-pro")}));
        QVERIFY(f.startEngine());
        auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey}, {QStringLiteral("gemini")}));
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        QCOMPARE(r->value().models, (QStringList{QStringLiteral("gemini-2.5-flash"), QStringLiteral("gemini-2.5-pro")}));
        const std::optional<SimGroup> group = f.instance(0)->group(QStringLiteral("127-0-0-1-gemini"));
        QVERIFY(group.has_value());
        QCOMPARE(group->testModel, QStringLiteral("gemini-2.5-flash"));
        QCOMPARE(f.siteGroupRecords().first().models, r->value().models);
        QVERIFY(f.tempGroups().isEmpty());
    }

    void anthropicListIsPaged()
    {
        OnboardingFixture f;
        QStringList models;
        for (int i = 0; i < 1100; ++i)
            models.append(QStringLiteral("claude-sonnet-4-%1").arg(i, 4, 10, QLatin1Char('0')));
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("paged"), SimAiFormat::Anthropic, models));
        QVERIFY(f.startEngine());
        f.skipReconciliation();  // 1100 models: only the paging matters here
        auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey}, {QStringLiteral("anthropic")}));
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        QCOMPARE(r->value().models.size(), 1100);
    }

    void trailingV1IsStrippedAndRemembered()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("v1"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o-mini")}));
        QVERIFY(f.startEngine());
        auto r = f.process(OnboardingFixture::request(site->url() + QStringLiteral("/v1/"), {kSiteKey}));
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        QCOMPARE(r->value().baseUrl, site->url());
        QCOMPARE(r->value().strippedSuffix, QStringLiteral("/v1"));
        QCOMPARE(r->value().discoverySource, QStringLiteral("temp-group:sim-1"));  // no /v1/v1 through the proxy
        QCOMPARE(f.instance(0)->group(QStringLiteral("127-0-0-1-openai"))->upstreams.first().url, site->url());
        QCOMPARE(f.siteRecords().first().strippedSuffix, QStringLiteral("/v1"));
    }

    void emptyModelListIsADiscoveryFailure()
    {
        OnboardingFixture f;
        SimAiSiteOptions options = siteOptions(QStringLiteral("empty"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o")});
        options.emptyModelList = true;
        SimAiSite *site = f.addSite(options);
        QVERIFY(f.startEngine());
        auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(r.has_value());
        QVERIFY(!r->ok());
        QCOMPARE(r->error().kind, ErrorKind::Upstream);
        QCOMPARE(r->error().code, QStringLiteral("MODEL_LIST_EMPTY"));
        QVERIFY(f.instance(0)->group(QStringLiteral("127-0-0-1-openai")) == std::nullopt);
        QVERIFY(f.siteRecords().isEmpty());
        QVERIFY(f.tempGroups().isEmpty());
        QVERIFY(f.ledger().isEmpty());
    }

    // gpt-load's proxy verdict (it tried the site with its own retries) makes the direct attempt
    // a single confirmation; without such a verdict the direct attempt keeps its retries.
    void directDiscoveryAfterAProxyVerdictIsTriedOnce()
    {
        for (const bool verdict : {true, false}) {
            OnboardingFixture f;
            SimAiSite *site = f.addSite(siteOptions(QStringLiteral("down"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o")}));
            site->addFault(SimFaultRule::respond("GET", QStringLiteral("/v1/models"), 503, R"({"error":"down for maintenance"})"));
            f.instance(0)->addFault(SimFaultRule::respond("GET", QStringLiteral("/proxy/*"), 502,
                                                          verdict ? R"({"code":"UPSTREAM_ERROR","message":"connection refused"})"
                                                                  : R"({"error":"upstream unreachable"})"));
            QVERIFY(f.startEngine());
            auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey}));
            QVERIFY(r.has_value());
            QVERIFY(!r->ok());
            QCOMPARE(r->error().code, QStringLiteral("DISCOVERY_FAILED"));
            const QJsonArray attempts = detailsOf(r->error()).value(QStringLiteral("attempts")).toArray();
            QCOMPARE(attempts.size(), 2);
            QVERIFY2(attempts.at(1).toString().startsWith(QStringLiteral("directly: ")), qPrintable(attempts.at(1).toString()));
            const qint64 expected = verdict ? 1 : 1 + f.options().retryAttempts;
            QVERIFY(expected > 1 || verdict);
            QCOMPARE(site->totalRequests(), expected);
            QVERIFY(f.tempGroups().isEmpty());
        }
    }

    void multiFormatSiteGetsPerTypeLists()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("multi"), SimAiFormat::OpenAI | SimAiFormat::Anthropic,
                                                {QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-3-5-haiku-20241022")}));
        QVERIFY(f.startEngine());
        auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey}, {QStringLiteral("openai"), QStringLiteral("anthropic")}));
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        const ProcessSiteReport &report = r->value();
        QCOMPARE(report.siteGroups.size(), 2);
        QCOMPARE(report.groupsCreatedOrUpdated(), 2);
        QCOMPARE(report.modelsByChannel.value(ChannelType::OpenAI).size(), 2);
        QCOMPARE(report.modelsByChannel.value(ChannelType::Anthropic), QStringList{QStringLiteral("claude-3-5-haiku-20241022")});
        QVERIFY(f.instance(0)->group(QStringLiteral("127-0-0-1-openai")).has_value());
        QVERIFY(f.instance(0)->group(QStringLiteral("127-0-0-1-anthropic")).has_value());
        for (const SiteGroupRecord &g : f.siteGroupRecords()) {
            if (g.channelType == ChannelType::Anthropic)
                QCOMPARE(g.models, QStringList{QStringLiteral("claude-3-5-haiku-20241022")});
            else
                QCOMPARE(g.models.size(), 2);
        }
        QVERIFY(f.tempGroups().isEmpty());
    }

    void siteReachableOnlyThroughTheSecondInstance()
    {
        OnboardingFixture f(2);
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("far"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o-mini")}));
        f.instance(0)->addFault(SimFaultRule::respond("GET", QStringLiteral("/proxy/*"), 502, R"({"error":"upstream unreachable"})"));
        QVERIFY(f.startEngine());
        auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        QCOMPARE(r->value().successfulInstance.id, QStringLiteral("sim-2"));
        QCOMPARE(r->value().chosenInstance.id, QStringLiteral("sim-2"));
        QCOMPARE(r->value().instanceReason, QStringLiteral("discovery"));
        QVERIFY2(warningOf(r->value(), WarningCode::kTempDiscoveryFailed).args.value(0).contains(QStringLiteral("sim-1")),
                 qPrintable(codesOf(r->value()).join(QLatin1Char(','))));
        QVERIFY(f.instance(1)->group(QStringLiteral("127-0-0-1-openai")).has_value());
        QVERIFY(!f.instance(0)->group(QStringLiteral("127-0-0-1-openai")).has_value());
        QVERIFY(f.tempGroups().isEmpty());
        QVERIFY(f.ledger().isEmpty());
        QTRY_COMPARE(f.engine().snapshot().siteAssignments.value(site->url()).instanceId, QStringLiteral("sim-2"));
    }

    void badInputsAreValidationErrors()
    {
        OnboardingFixture f;
        QVERIFY(f.startEngine());
        auto invalidUrl = f.process(OnboardingFixture::request(QStringLiteral("ftp://example.com"), {kSiteKey}));
        QVERIFY(invalidUrl && !invalidUrl->ok());
        QCOMPARE(invalidUrl->error().kind, ErrorKind::Validation);
        QCOMPARE(invalidUrl->error().field, QStringLiteral("baseUrl"));

        auto noKeys = f.process(OnboardingFixture::request(QStringLiteral("https://api.example.com"), {}));
        QVERIFY(noKeys && !noKeys->ok());
        QCOMPARE(noKeys->error().kind, ErrorKind::Validation);
        QCOMPARE(noKeys->error().field, QStringLiteral("apiKeys"));

        auto badType = f.process(OnboardingFixture::request(QStringLiteral("https://api.example.com"), {kSiteKey}, {QStringLiteral("cohere")}));
        QVERIFY(badType && !badType->ok());
        QCOMPARE(badType->error().field, QStringLiteral("channelTypes"));

        auto noUrl = f.process(QJsonObject{{QStringLiteral("apiKeys"), QJsonArray{kSiteKey}}});
        QVERIFY(noUrl && !noUrl->ok());
        QCOMPARE(noUrl->error().field, QStringLiteral("baseUrl"));

        QJsonObject update{{QStringLiteral("operationType"), QStringLiteral("update")},
                           {QStringLiteral("targetChannelName"), QStringLiteral("nobody-openai")}};
        auto unknownTarget = f.process(update);
        QVERIFY(unknownTarget && !unknownTarget->ok());
        QCOMPARE(unknownTarget->error().kind, ErrorKind::NotFound);
        QVERIFY(f.siteRecords().isEmpty());
        QVERIFY(f.tempGroups().isEmpty());
    }

    void twelveThousandKeysAreUploadedInChunks()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("keys"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o-mini")}));
        QStringList keys{kSiteKey};
        for (int i = 1; i < 12000; ++i)
            keys.append(QStringLiteral("sk-bulk-%1-abcdefgh").arg(i, 5, 10, QLatin1Char('0')));
        keys.append(keys.at(5));  // a duplicate in the input
        QVERIFY(f.startEngine());
        f.instance(0)->clearRecordedRequests();
        auto r = f.process(OnboardingFixture::request(site->url(), keys), 60000);
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        QCOMPARE(f.instance(0)->keys(QStringLiteral("127-0-0-1-openai")).size(), 12000);
        QCOMPARE(r->value().siteGroups.first().keysInGroup, 12000);
        // One chunk for the temporary group's single key, three of ≤ 5000 for the site group, and
        // the hop key into each new L2 and L3 pool.
        const int layerPools = 2 * int(r->value().models.size());
        QCOMPARE(countRequests(f.instance(0), "POST", QStringLiteral("/api/keys/add-multiple")), 4 + layerPools);
        QCOMPARE(f.siteGroupRecords().first().keysCount, 12000);
        QVERIFY(f.tempGroups().isEmpty());
    }

    void keyUploadFailureIsReportedAndARerunCompletes()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("rerun"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o-mini")}));
        QVERIFY(f.startEngine());
        QJsonObject request = OnboardingFixture::request(site->url(), {kSiteKey});
        request.insert(QStringLiteral("models"), QJsonArray{QStringLiteral("gpt-4o-mini")});
        f.instance(0)->addFault(SimFaultRule::respond("POST", QStringLiteral("/api/keys/add-multiple"), 500,
                                                      R"({"code":"INTERNAL_SERVER_ERROR","message":"disk full"})").times(1));
        auto failed = f.process(request);
        QVERIFY(failed && !failed->ok());
        QCOMPARE(failed->error().kind, ErrorKind::Upstream);
        QVERIFY2(failed->error().message.contains(QStringLiteral("sim-1")), qPrintable(failed->error().message));
        QVERIFY(failed->error().message.contains(QStringLiteral("INTERNAL_SERVER_ERROR")));
        QVERIFY(failed->error().message.contains(QStringLiteral("upload keys")));
        const QJsonObject details = detailsOf(failed->error());
        QCOMPARE(details.value(QStringLiteral("created")).toArray(), QJsonArray{QStringLiteral("127-0-0-1-openai@sim-1")});
        QCOMPARE(details.value(QStringLiteral("instance")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("sim-1"));
        QVERIFY(!details.value(QStringLiteral("steps")).toArray().isEmpty());
        QCOMPARE(f.siteGroupRecords().size(), 1);  // what was created is recorded
        QCOMPARE(f.siteGroupRecords().first().keysCount, 0);

        auto rerun = f.process(request);
        QVERIFY(rerun.has_value());
        QVERIFY2(rerun->ok(), qPrintable(rerun->error().toString()));
        QCOMPARE(rerun->value().siteName, QStringLiteral("127-0-0-1"));
        QCOMPARE(rerun->value().siteNameSource, QStringLiteral("existing-site"));
        QCOMPARE(f.groupsNamed(QStringLiteral("127-0-0-1-openai")).size(), 1);
        QCOMPARE(f.instance(0)->keys(QStringLiteral("127-0-0-1-openai")).size(), 1);
        QCOMPARE(f.siteGroupRecords().size(), 1);
        QCOMPARE(f.siteGroupRecords().first().keysCount, 1);
        QCOMPARE(f.siteRecords().size(), 1);
    }

    void createFailureThenRerunWithoutDuplicates()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("cf"), SimAiFormat::OpenAI | SimAiFormat::Anthropic,
                                                {QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-3-5-haiku-20241022")}));
        QVERIFY(f.startEngine());
        QJsonObject request = OnboardingFixture::request(site->url(), {kSiteKey}, {QStringLiteral("openai"), QStringLiteral("anthropic")});
        request.insert(QStringLiteral("models"), QJsonArray{QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-3-5-haiku-20241022")});
        // gpt-load refuses both creates: nothing is made, the error names gpt-load's code.
        f.instance(0)->addFault(SimFaultRule::respond("POST", QStringLiteral("/api/groups"), 503,
                                                      R"({"code":"SERVICE_UNAVAILABLE","message":"busy"})").times(2));
        auto first = f.process(request);
        QVERIFY(first.has_value());
        QVERIFY(!first->ok());  // both creates failed
        QVERIFY(first->error().message.contains(QStringLiteral("SERVICE_UNAVAILABLE")));
        QCOMPARE(detailsOf(first->error()).value(QStringLiteral("created")).toArray().size(), 0);

        auto second = f.process(request);
        QVERIFY(second.has_value());
        QVERIFY2(second->ok(), qPrintable(second->error().toString()));
        QCOMPARE(f.groupsNamed(QStringLiteral("127-0-0-1-openai")).size(), 1);
        QCOMPARE(f.groupsNamed(QStringLiteral("127-0-0-1-anthropic")).size(), 1);
        QCOMPARE(f.siteGroupRecords().size(), 2);

        auto third = f.process(request);  // nothing left to do: no duplicate, no change
        QVERIFY(third.has_value() && third->ok());
        for (const SiteGroupOutcome &g : third->value().siteGroups)
            QCOMPARE(g.action, SiteGroupAction::Unchanged);
        QCOMPARE(f.groupsNamed(QStringLiteral("127-0-0-1-openai")).size(), 1);
    }

    void failureMidwayKeepsTheOtherGroupAndARerunCompletes()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("mid"), SimAiFormat::OpenAI | SimAiFormat::Anthropic,
                                                {QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-3-5-haiku-20241022")}));
        QVERIFY(f.startEngine());
        QJsonObject request = OnboardingFixture::request(site->url(), {kSiteKey}, {QStringLiteral("openai"), QStringLiteral("anthropic")});
        request.insert(QStringLiteral("models"), QJsonArray{QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-3-5-haiku-20241022")});
        // The first group's key upload fails after the group was created; the second type goes on.
        f.instance(0)->addFault(SimFaultRule::respond("POST", QStringLiteral("/api/keys/add-multiple"), 500,
                                                      R"({"code":"INTERNAL_SERVER_ERROR","message":"disk full"})").times(1));
        auto first = f.process(request);
        QVERIFY(first.has_value());
        QVERIFY2(first->ok(), qPrintable(first->error().toString()));
        const ProcessSiteReport &report = first->value();
        QCOMPARE(report.siteGroups.size(), 2);
        QVERIFY(!report.siteGroups.at(0).ok());
        QVERIFY(report.siteGroups.at(0).existsOnInstance);
        QVERIFY(report.siteGroups.at(1).ok());
        const OnboardingWarning failedGroup = warningOf(report, WarningCode::kSiteGroupFailed);
        QCOMPARE(failedGroup.args.value(0), QStringLiteral("127-0-0-1-openai"));
        QCOMPARE(failedGroup.args.value(1), report.siteGroups.at(0).error->message);
        QCOMPARE(failedGroup.text, report.siteGroups.at(0).error->message);
        QCOMPARE(report.groupsCreatedOrUpdated(), 1);
        QCOMPARE(f.instance(0)->keys(QStringLiteral("127-0-0-1-openai")).size(), 0);

        auto rerun = f.process(request);
        QVERIFY(rerun.has_value());
        QVERIFY2(rerun->ok(), qPrintable(rerun->error().toString()));
        QCOMPARE(rerun->value().groupsCreatedOrUpdated(), 2);
        QCOMPARE(f.groupsNamed(QStringLiteral("127-0-0-1-openai")).size(), 1);
        QCOMPARE(f.groupsNamed(QStringLiteral("127-0-0-1-anthropic")).size(), 1);
        QCOMPARE(f.instance(0)->keys(QStringLiteral("127-0-0-1-openai")).size(), 1);
        QCOMPARE(f.siteGroupRecords().size(), 2);
    }

    void unknownCreateOutcomeIsAdopted()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("lost"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o-mini")}));
        QVERIFY(f.startEngine([](EngineOptions &o) { o.requestTimeoutMs = 400; }));
        // Every create lands but its answer never comes (timeout): the temp group and the site
        // group are both found by name afterwards.
        f.instance(0)->addFault(SimFaultRule::hang("POST", QStringLiteral("/api/groups")).afterProcessing().times(2));
        auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        QCOMPARE(r->value().discoverySource, QStringLiteral("direct"));  // the temp group never answered
        QVERIFY2(codesOf(r->value()).contains(QLatin1String(WarningCode::kListedDirectly)), qPrintable(codesOf(r->value()).join(QLatin1Char(','))));
        QCOMPARE(r->value().siteGroups.first().action, SiteGroupAction::Adopted);
        QCOMPARE(f.groupsNamed(QStringLiteral("127-0-0-1-openai")).size(), 1);
        QCOMPARE(f.instance(0)->keys(QStringLiteral("127-0-0-1-openai")).size(), 1);
        QVERIFY(f.tempGroups().isEmpty());
        QVERIFY(f.ledger().isEmpty());
    }

    void updateModeRediscoversThroughTheGroup()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("upd"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o-mini")}));
        QVERIFY(f.startEngine());
        auto created = f.process(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(created && created->ok());

        site->setModels({QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1-mini")});
        site->setValidKeys({kSiteKey, QStringLiteral("sk-new-key-0000000002")});
        QJsonObject update{{QStringLiteral("operationType"), QStringLiteral("update")},
                           {QStringLiteral("targetChannelName"), QStringLiteral("127-0-0-1-openai")},
                           {QStringLiteral("baseUrl"), site->url()},
                           {QStringLiteral("apiKeys"), QJsonArray{QStringLiteral("sk-new-key-0000000002")}}};
        auto r = f.process(update);
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        QCOMPARE(r->value().discoverySource, QStringLiteral("proxy:127-0-0-1-openai"));
        QCOMPARE(r->value().models, (QStringList{QStringLiteral("gpt-4.1-mini"), QStringLiteral("gpt-4o-mini")}));
        QCOMPARE(f.instance(0)->keys(QStringLiteral("127-0-0-1-openai")).size(), 2);
        QStringList stored = f.siteGroupRecords().first().models;
        stored.sort();
        QCOMPARE(stored, r->value().models);
        QCOMPARE(f.groupsNamed(QStringLiteral("127-0-0-1-openai")).size(), 1);
        QVERIFY(f.tempGroups().isEmpty());
    }

    // An update changes a recorded group's models as a model sync would (§9.2 #24, §15.3): the
    // operator's manual models stay, a model leaves only after missing from two listings in a
    // row, and a site in review mode gets proposals instead of changes.
    void updateChangesTheModelsAsASyncWould()
    {
        OnboardingFixture f;
        const QString mini = QStringLiteral("gpt-4o-mini");
        const QString fourO = QStringLiteral("gpt-4o");
        const QString custom = QStringLiteral("gpt-custom-experimental");
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("upd-sync"), SimAiFormat::OpenAI, {mini, fourO}));
        QVERIFY(f.startEngine());
        QJsonObject create = OnboardingFixture::request(site->url(), {kSiteKey});
        create.insert(QStringLiteral("models"), QJsonArray{mini, custom});
        auto created = f.process(create);
        QVERIFY2(created && created->ok(), created ? qPrintable(created->error().toString()) : "timed out");
        const QString group = QStringLiteral("127-0-0-1-openai");
        const QJsonObject update{{QStringLiteral("operationType"), QStringLiteral("update")}, {QStringLiteral("targetChannelName"), group}};
        const auto storedModels = [&f]() {
            QStringList models = f.siteGroupRecords().first().models;
            models.sort();
            return models;
        };

        // Listed models are added; the manual one stays though the site does not list it.
        auto r = f.process(update);
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().toString()) : "timed out");
        QCOMPARE(storedModels(), (QStringList{fourO, mini, custom}));
        QCOMPARE(f.siteGroupRecords().first().manualModels, (QStringList{mini, custom}));
        QVERIFY(r->value().models.contains(custom));
        QVERIFY(f.siteRecords().first().manualModels);
        QVERIFY(!codesOf(r->value()).contains(QLatin1String(WarningCode::kMissingModelsKept)));

        // gpt-4o is not listed once: kept, and the run says so; the second miss removes it.
        site->setModels({mini});
        r = f.process(update);
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().toString()) : "timed out");
        QCOMPARE(storedModels(), (QStringList{fourO, mini, custom}));
        QCOMPARE(warningOf(r->value(), WarningCode::kMissingModelsKept).args, (QStringList{group, fourO}));
        QVERIFY(f.groupsNamed(modelChannelGroupName(fourO, group)).size() == 1);
        r = f.process(update);
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().toString()) : "timed out");
        QCOMPARE(storedModels(), (QStringList{mini, custom}));
        QVERIFY(!codesOf(r->value()).contains(QLatin1String(WarningCode::kMissingModelsKept)));  // removed, not kept
        QVERIFY(f.groupsNamed(modelChannelGroupName(fourO, group)).isEmpty());
        QVERIFY(f.groupsNamed(modelChannelGroupName(custom, group)).size() == 1);

        // Review mode: a newly listed model is proposed, not added.
        auto settings = await(f.engine().updateModelSyncSettings(
            QJsonObject{{QStringLiteral("siteOverrides"), QJsonObject{{f.siteRecords().first().name, true}}}}));
        QVERIFY(settings && settings->ok());
        site->setModels({mini, fourO});
        r = f.process(update);
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error().toString()) : "timed out");
        QCOMPARE(storedModels(), (QStringList{mini, custom}));
        QCOMPARE(warningOf(r->value(), WarningCode::kModelChangesQueued).args, (QStringList{group, QStringLiteral("1")}));
        auto pending = await(f.engine().pendingModelChanges());
        QVERIFY(pending && pending->ok());
        QCOMPARE(pending->value().size(), 1);
        QCOMPARE(pending->value().first().model, fourO);
    }

    void secondSiteOnTheSameHostGetsItsOwnName()
    {
        OnboardingFixture f;
        SimAiSite *a = f.addSite(siteOptions(QStringLiteral("a"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o-mini")}));
        SimAiSite *b = f.addSite(siteOptions(QStringLiteral("b"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o")}));
        QVERIFY(f.startEngine());
        auto first = f.process(OnboardingFixture::request(a->url(), {kSiteKey}));
        QVERIFY(first && first->ok());
        auto preview = await(f.engine().previewSiteName(b->url()));
        QVERIFY(preview && preview->ok());
        const QString expected = QStringLiteral("127-0-0-1-%1").arg(b->port());
        QCOMPARE(preview->value().siteName, expected);
        QVERIFY(preview->value().disambiguated);
        auto second = f.process(OnboardingFixture::request(b->url(), {kSiteKey}));
        QVERIFY(second.has_value());
        QVERIFY2(second->ok(), qPrintable(second->error().toString()));
        QCOMPARE(second->value().siteName, expected);
        QCOMPARE(warningOf(second->value(), WarningCode::kSiteNameTaken).args, (QStringList{QStringLiteral("127-0-0-1"), expected}));
        QCOMPARE(f.instance(0)->group(QStringLiteral("127-0-0-1-openai"))->upstreams.first().url, a->url());
        QCOMPARE(f.instance(0)->group(expected + QStringLiteral("-openai"))->upstreams.first().url, b->url());
    }

    void groupMadeElsewhereIsNotTakenOver()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("mine"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o-mini")}));
        // A site group of another site on this host, made outside uni-load (not in the store).
        const QJsonObject foreign{{QStringLiteral("name"), QStringLiteral("127-0-0-1-openai")},
                                  {QStringLiteral("channel_type"), QStringLiteral("openai")},
                                  {QStringLiteral("test_model"), QStringLiteral("gpt-4o-mini")},
                                  {QStringLiteral("sort"), 20},
                                  {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9")},
                                                                                       {QStringLiteral("weight"), 1}}}}};
        QVERIFY(f.instance(0)->createGroup(foreign).has_value());
        QVERIFY(f.startEngine());
        auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        QCOMPARE(r->value().siteName, QStringLiteral("127-0-0-1-%1").arg(site->port()));
        QCOMPARE(f.instance(0)->group(QStringLiteral("127-0-0-1-openai"))->upstreams.first().url, QStringLiteral("http://127.0.0.1:9"));
    }

    void updateAdoptsAGroupOnlyGptLoadKnows()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("orig"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o-mini")}));
        // As the original uni-load left it: upstream with /v1, no proxy_keys, the site's key.
        const QJsonObject original{{QStringLiteral("name"), QStringLiteral("legacy-site-openai")},
                                   {QStringLiteral("channel_type"), QStringLiteral("openai")},
                                   {QStringLiteral("test_model"), QStringLiteral("gpt-4o-mini")},
                                   {QStringLiteral("sort"), 20},
                                   {QStringLiteral("upstreams"), QJsonArray{QJsonObject{{QStringLiteral("url"), QString(site->url() + QStringLiteral("/v1"))},
                                                                                        {QStringLiteral("weight"), 1}}}}};
        QVERIFY(f.instance(0)->createGroup(original).has_value());
        QCOMPARE(f.instance(0)->addKeys(QStringLiteral("legacy-site-openai"), {kSiteKey}), 1);
        QVERIFY(f.startEngine());
        auto r = f.process({{QStringLiteral("operationType"), QStringLiteral("update")},
                            {QStringLiteral("targetChannelName"), QStringLiteral("legacy-site-openai")}});
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        QCOMPARE(r->value().siteName, QStringLiteral("legacy-site"));
        QCOMPARE(r->value().discoverySource, QStringLiteral("direct"));  // the hop key was not accepted yet
        QCOMPARE(warningOf(r->value(), WarningCode::kSiteGroupAdopted).args, QStringList{QStringLiteral("legacy-site-openai")});
        QVERIFY(codesOf(r->value()).contains(QLatin1String(WarningCode::kListedDirectly)));
        const std::optional<SimGroup> group = f.instance(0)->group(QStringLiteral("legacy-site-openai"));
        QCOMPARE(group->upstreams.first().url, site->url());
        QVERIFY(group->proxyKeys.contains(f.hopKey()));
        QCOMPARE(f.siteRecords().first().baseUrl, site->url());
        QCOMPARE(f.siteGroupRecords().first().name, QStringLiteral("legacy-site-openai"));
        QCOMPARE(f.siteGroupRecords().first().models, QStringList{QStringLiteral("gpt-4o-mini")});
    }

    void warningPathsCarryTheirCodes()
    {
        OnboardingFixture f(2);
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("warn"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o-mini")}));
        QTemporaryDir yamlDir;
        QVERIFY(yamlDir.isValid());
        QVERIFY(f.startEngine([&yamlDir](EngineOptions &o) { o.uniApiYamlPath = yamlDir.path(); }));  // a directory: not writable
        QJsonObject request = OnboardingFixture::request(site->url(), {kSiteKey}, {QStringLiteral("openai"), QStringLiteral("anthropic")});
        request.insert(QStringLiteral("models"), QJsonArray{QStringLiteral("gpt-4o-mini")});
        request.insert(QStringLiteral("siteName"), QStringLiteral("my-own-name"));  // used only to tell sites apart
        // The second instance cannot list its groups during this run.
        const int listingFault = f.instance(1)->addFault(SimFaultRule::respond("GET", QStringLiteral("/api/groups"), 500,
                                                                               R"({"code":"INTERNAL_SERVER_ERROR","message":"db"})"));
        auto created = f.process(request);
        f.instance(1)->removeFault(listingFault);
        QVERIFY(created.has_value());
        QVERIFY2(created->ok(), qPrintable(created->error().toString()));
        const ProcessSiteReport &report = created->value();
        const QString codes = codesOf(report).join(QLatin1Char(','));
        QVERIFY2(warningOf(report, WarningCode::kGroupListingFailed).args.value(0).contains(QStringLiteral("sim-2")), qPrintable(codes));
        QCOMPARE(warningOf(report, WarningCode::kSiteNameNotUsed).args, QStringList{QStringLiteral("my-own-name")});
        QCOMPARE(warningOf(report, WarningCode::kFormatWithoutModels).args,
                 (QStringList{QStringLiteral("anthropic"), QStringLiteral("127-0-0-1-anthropic")}));
        QVERIFY2(!warningOf(report, WarningCode::kUniApiNotWritten).args.value(0).isEmpty(), qPrintable(codes));

        // Update: another base URL is ignored; a recorded group gpt-load lost is created again.
        QVERIFY(f.instance(0)->deleteGroup(QStringLiteral("127-0-0-1-openai")));
        QJsonObject update{{QStringLiteral("operationType"), QStringLiteral("update")},
                           {QStringLiteral("targetChannelName"), QStringLiteral("127-0-0-1-openai")},
                           {QStringLiteral("baseUrl"), QStringLiteral("https://elsewhere.example.com")},
                           {QStringLiteral("models"), QJsonArray{QStringLiteral("gpt-4o-mini")}}};
        auto updated = f.process(update);
        QVERIFY(updated.has_value());
        QVERIFY2(updated->ok(), qPrintable(updated->error().toString()));
        QCOMPARE(warningOf(updated->value(), WarningCode::kBaseUrlIgnored).args, QStringList{site->url()});
        QCOMPARE(warningOf(updated->value(), WarningCode::kSiteGroupMissing).args,
                 (QStringList{QStringLiteral("127-0-0-1-openai"), QStringLiteral("sim-1")}));
    }

    void modelsServedInAnotherFormatGetTheirOwnModelGroup()
    {
        // An OpenAI-compatible relay that also lists a Claude model, then the Anthropic site: a
        // gpt-load group proxies one format, so the model gets a second L3 in the Anthropic format
        // and api.yaml a second provider for it.
        OnboardingFixture f;
        const QString haiku = QStringLiteral("claude-3-5-haiku-20241022");
        SimAiSite *relay = f.addSite(siteOptions(QStringLiteral("relay"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o"), haiku}));
        SimAiSite *claude = f.addSite(siteOptions(QStringLiteral("claude"), SimAiFormat::Anthropic,
                                                  {haiku, QStringLiteral("claude-opus-4-20250514")}));
        QVERIFY(f.startEngine());
        auto r = f.process(OnboardingFixture::request(relay->url(), {kSiteKey}, {QStringLiteral("openai")}));
        QVERIFY(r.has_value() && r->ok());
        QJsonObject request = OnboardingFixture::request(claude->url(), {kSiteKey}, {QStringLiteral("anthropic")});
        request.insert(QStringLiteral("siteName"), QStringLiteral("claude-site"));
        r = f.process(request);
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        QVERIFY2(!codesOf(r->value()).contains(QLatin1String(WarningCode::kModelsInOtherFormat)), qPrintable(codesOf(r->value()).join(QLatin1Char(','))));
        QCOMPARE(f.instance(0)->group(haiku)->channelType, QStringLiteral("openai"));
        const auto second = f.instance(0)->group(haiku + QStringLiteral("-anthropic"));
        QVERIFY(second.has_value());
        QCOMPARE(second->channelType, QStringLiteral("anthropic"));
        QCOMPARE(second->upstreams.size(), 1);
        QVERIFY(second->upstreams.first().url.endsWith(haiku + QStringLiteral("-via-claude-site-anthropic")));
        QCOMPARE(r->value().modelGroups, 4);  // gpt-4o, haiku twice, opus
    }

    void aSecondFormatWithoutAGroupNameIsAWarning()
    {
        // The name the Anthropic-format L3 of haiku would take belongs to another model (a relay
        // lists one by that name): the Anthropic site gets none of haiku's traffic, said up front.
        OnboardingFixture f;
        const QString haiku = QStringLiteral("claude-3-5-haiku-20241022");
        SimAiSite *relay = f.addSite(siteOptions(QStringLiteral("relay"), SimAiFormat::OpenAI,
                                                 {QStringLiteral("gpt-4o"), haiku, haiku + QStringLiteral("-anthropic")}));
        SimAiSite *claude = f.addSite(siteOptions(QStringLiteral("claude"), SimAiFormat::Anthropic,
                                                  {haiku, QStringLiteral("claude-opus-4-20250514")}));
        QVERIFY(f.startEngine());
        auto r = f.process(OnboardingFixture::request(relay->url(), {kSiteKey}, {QStringLiteral("openai")}));
        QVERIFY(r.has_value() && r->ok());
        QVERIFY(!codesOf(r->value()).contains(QLatin1String(WarningCode::kModelsInOtherFormat)));
        QJsonObject request = OnboardingFixture::request(claude->url(), {kSiteKey}, {QStringLiteral("anthropic")});
        request.insert(QStringLiteral("siteName"), QStringLiteral("claude-site"));
        r = f.process(request);
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        const OnboardingWarning w = warningOf(r->value(), WarningCode::kModelsInOtherFormat);
        QCOMPARE(w.args, (QStringList{QStringLiteral("claude-site-anthropic"), QStringLiteral("anthropic"), haiku, QStringLiteral("openai")}));
        // Said beside a successful run, not as a failure of it; the other model is served.
        QVERIFY(!codesOf(r->value()).contains(QLatin1String(WarningCode::kModelGroupsFailed)));
        QVERIFY(f.instance(0)->group(QStringLiteral("claude-opus-4-20250514-via-claude-site-anthropic")).has_value());
        QVERIFY(!f.instance(0)->group(haiku + QStringLiteral("-via-claude-site-anthropic")).has_value());
    }

    void failedModelGroupOperationsAreAWarning()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("l2"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o-mini")}));
        QVERIFY(f.startEngine());
        QJsonObject request = OnboardingFixture::request(site->url(), {kSiteKey});
        request.insert(QStringLiteral("models"), QJsonArray{QStringLiteral("gpt-4o-mini")});
        QVERIFY(f.process(request).value().ok());
        // A new model: its model groups are created by the reconcile, and gpt-load refuses them.
        request.insert(QStringLiteral("models"), QJsonArray{QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")});
        f.instance(0)->addFault(SimFaultRule::respond("POST", QStringLiteral("/api/groups"), 400,
                                                      R"({"code":"VALIDATION_FAILED","message":"refused"})"));
        auto r = f.process(request);
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error().toString() + r->error().details));
        const OnboardingWarning w = warningOf(r->value(), WarningCode::kModelGroupsFailed);
        QVERIFY2(w.args.value(0).toInt() > 0, qPrintable(codesOf(r->value()).join(QLatin1Char(','))));
    }

    void nothingLeftAfterFilteringIsUnprocessable()
    {
        OnboardingFixture f;
        SimAiSite *site = f.addSite(siteOptions(QStringLiteral("junk"), SimAiFormat::OpenAI,
                                                {QStringLiteral("text-embedding-3-small"), QStringLiteral("tts-1"), QStringLiteral("llama-3-8b")}));
        QVERIFY(f.startEngine());
        auto r = f.process(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ErrorKind::Unprocessable);
        const QJsonObject counts = detailsOf(r->error()).value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("blacklist")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("whitelist")).toInt(), 1);
        QVERIFY(f.groupsNamed(QStringLiteral("127-0-0-1-openai")).isEmpty());
        QVERIFY(f.tempGroups().isEmpty());
    }

    void sameSiteTwiceAtOnceIsAConflict()
    {
        OnboardingFixture f;
        SimAiSiteOptions options = siteOptions(QStringLiteral("slow"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o-mini")});
        options.latencyMs = 300;
        SimAiSite *site = f.addSite(options);
        QVERIFY(f.startEngine());
        Result<SiteRequest> request = SiteRequest::fromJson(OnboardingFixture::request(site->url(), {kSiteKey}));
        QVERIFY(request.ok());
        auto first = f.engine().processAiSite(request.value());
        auto second = await(f.engine().processAiSite(request.value()));
        QVERIFY(second && !second->ok());
        QCOMPARE(second->error().kind, ErrorKind::Conflict);
        QCOMPARE(second->error().code, QStringLiteral("JOB_IN_PROGRESS"));
        auto done = await(first, 30000);
        QVERIFY(done && done->ok());
        QVERIFY(f.tempGroups().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOnboardingFlow)
#include "tst_onboarding_flow.moc"
