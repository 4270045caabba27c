// Model sync through the engine facade against the simulated gpt-load and AI sites, with a
// ManualClock: auto and review modes, case drift, failures, the no-op cost, restarts and the
// timer (uni-load-behaviour.md §15.3).
#include "core/sites/filterrules.h"
#include "core/sites/groupnames.h"
#include "tests/support/testutil.h"
#include "tests/sync/syncfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace ul;
using namespace ul::test;

namespace {

const QString kMini = QStringLiteral("gpt-4o-mini");
const QString kFourO = QStringLiteral("gpt-4o");
const QString kDeepseek = QStringLiteral("deepseek-chat");
const QString kNano = QStringLiteral("gpt-4.1-nano");
const QString kKimi = QStringLiteral("kimi-k2-instruct");

bool hasModel(const QList<L2Record> &records, const QString &model, qint64 siteGroupId)
{
    return std::any_of(records.cbegin(), records.cend(),
                       [&](const L2Record &r) { return r.model == model && r.siteGroupId == siteGroupId; });
}

const SiteSyncOutcome *outcomeOf(const ModelSyncReport &report, const QString &siteGroup)
{
    for (const SiteSyncOutcome &s : report.sites) {
        if (s.siteGroup == siteGroup)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestSyncFlow : public QObject
{
    Q_OBJECT

private:
    // Two onboarded sites sharing gpt-4o-mini and deepseek-chat; only the first serves gpt-4o.
    struct World
    {
        std::unique_ptr<SyncFixture> f = std::make_unique<SyncFixture>();
        SimAiSite *a = nullptr;
        SimAiSite *b = nullptr;
        QString groupA;
        QString groupB;
    };

    static bool build(World &w, bool enableModelSync = false)
    {
        w.a = w.f->addOpenAiSite(QStringLiteral("alpha"), {kMini, kFourO, kDeepseek});
        w.b = w.f->addOpenAiSite(QStringLiteral("beta"), {kMini, kDeepseek});
        if (!w.a || !w.b || !w.f->start(enableModelSync))
            return false;
        w.groupA = w.f->onboard(w.a);
        w.groupB = w.f->onboard(w.b);
        return !w.groupA.isEmpty() && !w.groupB.isEmpty() && w.groupA != w.groupB;
    }

    static ModelSyncReport syncOk(SyncFixture &f)
    {
        auto r = f.sync();
        if (!r.has_value()) {
            qWarning("sync timed out");
            return {};
        }
        if (!r->ok())
            qWarning("sync failed: %s", qPrintable(r->error().toString()));
        return r->ok() ? r->value() : ModelSyncReport();
    }

private slots:
    void autoModeAddsAndDropsModelsWithHysteresis()
    {
        World w;
        QVERIFY(build(w));
        SyncFixture &f = *w.f;
        const qint64 idA = f.siteGroup(w.groupA).id;
        const qint64 idB = f.siteGroup(w.groupB).id;
        const QString l2DeepseekA = modelChannelGroupName(kDeepseek, w.groupA);
        const QString l2DeepseekB = modelChannelGroupName(kDeepseek, w.groupB);
        QVERIFY(f.group(l2DeepseekA).has_value());
        QVERIFY(f.upstreamUrls(modelGroupName(kDeepseek)).contains(f.proxyUrl(l2DeepseekA)));

        // alpha drops deepseek-chat and adds gpt-4.1-nano.
        w.a->setModels({kMini, kFourO, kNano});
        ModelSyncReport first = syncOk(f);
        const SiteSyncOutcome *a1 = outcomeOf(first, w.groupA);
        QVERIFY(a1);
        QCOMPARE(a1->outcome, QStringLiteral("applied"));
        QCOMPARE(a1->added, QStringList{kNano});
        QVERIFY(a1->removed.isEmpty());
        QCOMPARE(a1->missing.value(kDeepseek), 1);
        QCOMPARE(outcomeOf(first, w.groupB)->outcome, QStringLiteral("unchanged"));
        QVERIFY(first.reconcile.has_value());
        QVERIFY2(first.reconcileError.isEmpty(), qPrintable(first.reconcileError));

        QVERIFY(f.siteGroup(w.groupA).models.contains(kNano));
        QVERIFY(f.siteGroup(w.groupA).models.contains(kDeepseek));  // one miss is not enough
        QCOMPARE(f.missingCounters(w.groupA).value(kDeepseek), 1);
        QVERIFY(f.group(modelChannelGroupName(kNano, w.groupA)).has_value());
        QVERIFY(f.group(modelGroupName(kNano)).has_value());
        QVERIFY(f.group(l2DeepseekA).has_value());
        QVERIFY(test::readFile(f.options().uniApiYamlPath).contains(QByteArray("gptload-" + modelGroupName(kNano).toUtf8())));

        ModelSyncReport second = syncOk(f);
        const SiteSyncOutcome *a2 = outcomeOf(second, w.groupA);
        QVERIFY(a2);
        QCOMPARE(a2->outcome, QStringLiteral("applied"));
        QCOMPARE(a2->removed, QStringList{kDeepseek});
        QVERIFY(!f.siteGroup(w.groupA).models.contains(kDeepseek));
        QVERIFY(f.missingCounters(w.groupA).isEmpty());
        // Only alpha's L2 and its L3 membership go; beta's stay, and so does the L3.
        QVERIFY(!f.group(l2DeepseekA).has_value());
        QVERIFY(f.group(l2DeepseekB).has_value());
        const QStringList deepseekUpstreams = f.upstreamUrls(modelGroupName(kDeepseek));
        QCOMPARE(deepseekUpstreams, QStringList{f.proxyUrl(l2DeepseekB)});
        const QList<L2Record> l2 = f.l2Records();
        QVERIFY(!hasModel(l2, kDeepseek, idA));
        QVERIFY(hasModel(l2, kDeepseek, idB));
        QVERIFY(hasModel(l2, kMini, idA));
        QVERIFY(hasModel(l2, kMini, idB));
        QCOMPARE(f.upstreamUrls(modelGroupName(kMini)).size(), 2);
        QVERIFY(test::readFile(f.options().uniApiYamlPath).contains(QByteArray("gptload-" + modelGroupName(kDeepseek).toUtf8())));

        // History: applied twice for alpha (added, then removed); events for both.
        const QList<SyncHistoryEntry> history = f.history();
        QList<SyncHistoryEntry> alpha;
        for (const SyncHistoryEntry &e : history) {
            if (e.site == w.groupA)
                alpha.append(e);
        }
        QCOMPARE(alpha.size(), 2);
        QCOMPARE(alpha.at(0).outcome, QStringLiteral("applied"));
        QCOMPARE(alpha.at(0).removed, QStringList{kDeepseek});
        QCOMPARE(alpha.at(1).added, QStringList{kNano});
        QCOMPARE(f.events(QStringLiteral("models-added")).size(), 1);
        QCOMPARE(f.events(QStringLiteral("models-removed")).size(), 1);

        // The snapshot reports the run.
        QVERIFY(SyncFixture::waitUntil([&f]() { return f.engine().snapshot().modelSyncDetails.lastRun.removed == 1; }));
        const EngineSnapshot s = f.engine().snapshot();
        QCOMPARE(s.modelSyncDetails.lastRun.siteGroups, 2);
        QCOMPARE(s.modelSyncDetails.lastRun.outcome, QStringLiteral("ok"));
        QVERIFY(s.modelSync.lastRun.isValid());
    }

    void aModelAddedInAnotherFormatGetsItsOwnModelGroup()
    {
        // An Anthropic site serves claude-3-5-haiku; then an OpenAI-compatible relay starts
        // listing it too. The model's Anthropic-format L3 stays as it is (no churn, same provider)
        // and the relay's L2 goes into a second, OpenAI-format L3.
        const QString haiku = QStringLiteral("claude-3-5-haiku-20241022");
        SyncFixture f;
        SimAiSite *relay = f.addOpenAiSite(QStringLiteral("relay"), {kMini});
        SimAiSiteOptions claudeOptions;
        claudeOptions.name = QStringLiteral("claude");
        claudeOptions.formats = SimAiFormat::Anthropic;
        claudeOptions.models = {haiku};
        claudeOptions.validKeys = {QStringLiteral("sk-sync-claude-key-000000001")};
        SimAiSite *claude = f.addSite(claudeOptions);
        QVERIFY(relay && claude && f.start(false));
        const QString relayGroup = f.onboard(relay);
        QVERIFY(!relayGroup.isEmpty());
        auto onboarded = f.process(SyncFixture::request(claude->url(), claude->validKeys(), {QStringLiteral("anthropic")}));
        QVERIFY(onboarded.has_value() && onboarded->ok());
        QCOMPARE(f.group(modelGroupName(haiku))->channelType, QStringLiteral("anthropic"));
        const auto anthropicUpstreams = f.group(modelGroupName(haiku))->upstreams;

        relay->setModels({kMini, haiku});
        const ModelSyncReport report = syncOk(f);
        QVERIFY2(report.reconcileError.isEmpty(), qPrintable(report.reconcileError));
        QCOMPARE(f.group(modelGroupName(haiku))->channelType, QStringLiteral("anthropic"));
        QCOMPARE(f.group(modelGroupName(haiku))->upstreams, anthropicUpstreams);
        const auto openai = f.group(modelGroupName(haiku) + QStringLiteral("-openai"));
        QVERIFY(openai.has_value());
        QCOMPARE(openai->channelType, QStringLiteral("openai"));
        QCOMPARE(openai->upstreams.size(), 1);
        QVERIFY(openai->upstreams.first().url.contains(QStringLiteral("-via-") + relayGroup));
        QVERIFY(report.warnings.filter(QStringLiteral("carries none of its traffic")).isEmpty());
    }

    void aModelBackBeforeTheSecondMissStays()
    {
        World w;
        QVERIFY(build(w));
        SyncFixture &f = *w.f;
        w.a->setModels({kMini, kDeepseek});
        (void)syncOk(f);
        QCOMPARE(f.missingCounters(w.groupA).value(kFourO), 1);
        w.a->setModels({kMini, kFourO, kDeepseek});
        const ModelSyncReport back = syncOk(f);
        QCOMPARE(outcomeOf(back, w.groupA)->outcome, QStringLiteral("unchanged"));
        QVERIFY(f.missingCounters(w.groupA).isEmpty());
        QVERIFY(f.siteGroup(w.groupA).models.contains(kFourO));
        QVERIFY(f.group(modelGroupName(kFourO)).has_value());
    }

    void manualModelsAreNeverRemoved()
    {
        SyncFixture f;
        SimAiSite *site = f.addOpenAiSite(QStringLiteral("manual"), {kMini, kFourO});
        QVERIFY(f.start());
        QJsonObject request = OnboardingFixture::request(site->url(), site->validKeys(), {QStringLiteral("openai")});
        request.insert(QStringLiteral("models"), QJsonArray{kMini, kKimi});
        auto onboarded = f.process(request);
        QVERIFY(onboarded && onboarded->ok());
        const QString group = f.siteGroupRecords().first().name;
        QCOMPARE(f.siteGroup(group).manualModels.size(), 2);

        for (int i = 0; i < 3; ++i) {
            const ModelSyncReport r = syncOk(f);
            QVERIFY(outcomeOf(r, group)->removed.isEmpty());
        }
        const SiteGroupRecord record = f.siteGroup(group);
        QVERIFY(record.models.contains(kKimi));  // the site never lists it, yet it stays
        QVERIFY(record.models.contains(kFourO)); // discovered later and added
        QVERIFY(!f.missingCounters(group).contains(kKimi));
    }

    void reviewModeQueuesApprovesAndRejects()
    {
        World w;
        QVERIFY(build(w));
        SyncFixture &f = *w.f;
        auto settings = await(f.engine().updateModelSyncSettings({{QStringLiteral("reviewMode"), true}}));
        QVERIFY(settings && settings->ok());
        QVERIFY(settings->value().reviewMode);

        w.a->setModels({kMini, kFourO, kDeepseek, kNano, kKimi});
        const qint64 mutatingBefore = f.mutatingCalls();
        const ModelSyncReport queued = syncOk(f);
        const SiteSyncOutcome *a = outcomeOf(queued, w.groupA);
        QCOMPARE(a->outcome, QStringLiteral("queued"));
        QCOMPARE(a->queued.size(), 2);
        QCOMPARE(f.mutatingCalls(), mutatingBefore);  // nothing applied
        QList<PendingChange> pending = f.pending();
        QCOMPARE(pending.size(), 2);
        QVERIFY(!f.siteGroup(w.groupA).models.contains(kNano));
        QCOMPARE(f.events(QStringLiteral("models-queued")).size(), 1);

        // A second sync proposes nothing new and keeps the detection time.
        const QDateTime detected = pending.first().detectedAt;
        f.advanceClock(3600);
        QVERIFY(outcomeOf(syncOk(f), w.groupA)->outcome != QStringLiteral("failed"));
        QCOMPARE(f.pending().first().detectedAt, detected);

        // Approve one, reject the other.
        auto decided = await(f.engine().decideModelChanges(
            {SyncDecision{w.groupA, kNano, SyncDecision::Kind::Approve}, SyncDecision{w.groupA, kKimi, SyncDecision::Kind::Reject}}));
        QVERIFY(decided && decided->ok());
        QCOMPARE(decided->value().approved, 1);
        QCOMPARE(decided->value().rejected, 1);
        QVERIFY(!decided->value().jobId.isEmpty());
        QVERIFY(SyncFixture::waitUntil([&f, &w]() { return f.siteGroup(w.groupA).models.contains(kNano) && f.pending().isEmpty(); }));
        QVERIFY(SyncFixture::waitUntil([&f]() { return f.group(modelGroupName(kNano)).has_value(); }));
        QVERIFY(f.waitForIdleJobs());
        QVERIFY(!f.siteGroup(w.groupA).models.contains(kKimi));

        // The rejected addition is not proposed again while the site lists it…
        QVERIFY(outcomeOf(syncOk(f), w.groupA)->outcome != QStringLiteral("failed"));
        QVERIFY(f.pending().isEmpty());
        // …but is once it came back after the site stopped listing it.
        w.a->setModels({kMini, kFourO, kDeepseek, kNano});
        (void)syncOk(f);
        w.a->setModels({kMini, kFourO, kDeepseek, kNano, kKimi});
        QCOMPARE(outcomeOf(syncOk(f), w.groupA)->outcome, QStringLiteral("queued"));
        QCOMPARE(f.pending().size(), 1);

        // Removals wait for the hysteresis, then wait for review.
        w.a->setModels({kMini, kDeepseek, kNano, kKimi});
        QVERIFY(outcomeOf(syncOk(f), w.groupA)->queued.isEmpty());
        const ModelSyncReport removal = syncOk(f);
        QCOMPARE(outcomeOf(removal, w.groupA)->queued.size(), 1);
        QCOMPARE(outcomeOf(removal, w.groupA)->queued.first().change, QStringLiteral("remove"));
        QVERIFY(f.siteGroup(w.groupA).models.contains(kFourO));
        auto approveRemoval = await(f.engine().decideModelChanges({SyncDecision{w.groupA, kFourO, SyncDecision::Kind::Approve}}));
        QVERIFY(approveRemoval && approveRemoval->ok());
        QVERIFY(SyncFixture::waitUntil([&f]() { return !f.group(modelGroupName(kFourO)).has_value(); }));
        QVERIFY(!f.siteGroup(w.groupA).models.contains(kFourO));

        // A site may override the global mode: beta applies automatically.
        QString betaSite;
        for (const SiteRecord &site : f.siteRecords()) {
            if (site.baseUrl == w.b->url())
                betaSite = site.name;
        }
        QVERIFY(!betaSite.isEmpty());
        auto overridden = await(f.engine().updateModelSyncSettings({{QStringLiteral("siteOverrides"), QJsonObject{{betaSite, false}}}}));
        QVERIFY(overridden && overridden->ok());
        QCOMPARE(overridden->value().siteOverrides.value(betaSite), false);
        w.b->setModels({kMini, kDeepseek, kNano});
        const ModelSyncReport mixed = syncOk(f);
        const SiteSyncOutcome *beta = outcomeOf(mixed, w.groupB);
        QVERIFY(beta);
        QCOMPARE(beta->outcome, QStringLiteral("applied"));
        QCOMPARE(beta->added, QStringList{kNano});
    }

    void unknownOrContradictingDecisionsChangeNothing()
    {
        World w;
        QVERIFY(build(w));
        SyncFixture &f = *w.f;
        QVERIFY(await(f.engine().updateModelSyncSettings({{QStringLiteral("reviewMode"), true}}))->ok());
        w.a->setModels({kMini, kFourO, kDeepseek, kNano});
        (void)syncOk(f);
        QCOMPARE(f.pending().size(), 1);

        auto unknown = await(f.engine().decideModelChanges({SyncDecision{w.groupA, kNano, SyncDecision::Kind::Reject},
                                                             SyncDecision{w.groupA, kKimi, SyncDecision::Kind::Approve}}));
        QVERIFY(unknown && !unknown->ok());
        QCOMPARE(unknown->error().kind, ErrorKind::NotFound);
        auto contradicting = await(f.engine().decideModelChanges({SyncDecision{w.groupA, kNano, SyncDecision::Kind::Reject},
                                                                   SyncDecision{w.groupA, kNano, SyncDecision::Kind::Approve}}));
        QVERIFY(contradicting && !contradicting->ok());
        QCOMPARE(contradicting->error().kind, ErrorKind::Validation);
        QCOMPARE(f.pending().size(), 1);
    }

    void caseDriftRenamesInsteadOfRemovingAndAdding()
    {
        World w;
        QVERIFY(build(w));
        SyncFixture &f = *w.f;
        const QString upper = QStringLiteral("GPT-4o");
        const QString l2 = modelChannelGroupName(kFourO, w.groupA);
        const QString l3 = modelGroupName(kFourO);
        QCOMPARE(modelGroupName(upper), l3);
        const qint64 l2Id = f.group(l2)->id;
        const qint64 l3Id = f.group(l3)->id;
        f.resetCounters();

        w.a->setModels({kMini, upper, kDeepseek});
        const ModelSyncReport r = syncOk(f);
        const SiteSyncOutcome *a = outcomeOf(r, w.groupA);
        QCOMPARE(a->outcome, QStringLiteral("applied"));
        QVERIFY(a->added.isEmpty());
        QVERIFY(a->removed.isEmpty());
        QCOMPARE(a->renamed, (QList<ModelRename>{{kFourO, upper}}));
        QVERIFY(f.siteGroup(w.groupA).models.contains(upper));
        QVERIFY(!f.siteGroup(w.groupA).models.contains(kFourO));

        // Same groups (no delete, no create), their test model follows the site.
        const QHash<QString, qint64> routes = f.perRoute();
        QCOMPARE(routes.value(QStringLiteral("DELETE /api/groups/:id")), 0);
        QCOMPARE(routes.value(QStringLiteral("POST /api/groups")), 0);
        QCOMPARE(f.group(l2)->id, l2Id);
        QCOMPARE(f.group(l3)->id, l3Id);
        QCOMPARE(f.group(l2)->testModel, upper);
        QCOMPARE(f.group(l3)->testModel, upper);
        for (const L3Record &rec : f.l3Records()) {
            if (rec.name == l3)
                QCOMPARE(rec.model, upper);
        }
        QVERIFY(test::readFile(f.options().uniApiYamlPath).contains(upper.toUtf8()));
        // And a second sync sees no change.
        QVERIFY(outcomeOf(syncOk(f), w.groupA)->outcome != QStringLiteral("failed"));
    }

    void removedTestModelIsReplaced()
    {
        World w;
        QVERIFY(build(w));
        SyncFixture &f = *w.f;
        QCOMPARE(f.siteGroup(w.groupA).testModel, kMini);
        w.a->setModels({kFourO, kDeepseek, kNano});
        (void)syncOk(f);
        (void)syncOk(f);
        QVERIFY(!f.siteGroup(w.groupA).models.contains(kMini));
        QCOMPARE(f.siteGroup(w.groupA).testModel, kNano);
        QCOMPARE(f.group(w.groupA)->testModel, kNano);
    }

    void discoveryFailureChangesNothing()
    {
        World w;
        QVERIFY(build(w));
        SyncFixture &f = *w.f;
        w.a->setModels({kMini});
        (void)syncOk(f);  // gpt-4o and deepseek-chat missing once
        const SiteGroupRecord before = f.siteGroup(w.groupA);
        const QHash<QString, int> countersBefore = f.missingCounters(w.groupA);
        QCOMPARE(countersBefore.value(kFourO), 1);
        const QByteArray yaml = test::readFile(f.options().uniApiYamlPath);
        const qint64 mutatingBefore = f.mutatingCalls();

        w.a->setFailure(SimAiFailure::Unavailable);
        ModelSyncReport failed = syncOk(f);
        const SiteSyncOutcome *a = outcomeOf(failed, w.groupA);
        QCOMPARE(a->outcome, QStringLiteral("failed"));
        QVERIFY(!a->error.isEmpty());
        QVERIFY(!a->error.contains(w.a->validKeys().first()));
        QCOMPARE(outcomeOf(failed, w.groupB)->outcome, QStringLiteral("unchanged"));
        QCOMPARE(f.siteGroup(w.groupA).models, before.models);
        QCOMPARE(f.missingCounters(w.groupA), countersBefore);
        QCOMPARE(f.mutatingCalls(), mutatingBefore);
        QCOMPARE(test::readFile(f.options().uniApiYamlPath), yaml);
        QCOMPARE(f.events(QStringLiteral("sync-failed")).size(), 1);
        // One translatable line naming the site group; its reason in the details.
        const EngineEvent failedEvent = f.events(QStringLiteral("sync-failed")).first();
        QCOMPARE(failedEvent.message, QStringLiteral("model sync could not update the models of 1 site group(s): %1").arg(w.groupA));
        const QString reason = failedEvent.details.value(QStringLiteral("reasons")).toObject().value(w.groupA).toString();
        QVERIFY(!reason.isEmpty());
        QVERIFY(!reason.contains(w.a->validKeys().first()));
        // The attempt and its reason are kept per site group (the sites table's "Models checked").
        const SiteGroupRecord afterFailure = f.siteGroup(w.groupA);
        QVERIFY(afterFailure.syncedAt.isValid());
        QVERIFY(!afterFailure.syncError.isEmpty());
        QVERIFY(!afterFailure.syncError.contains(w.a->validKeys().first()));
        QCOMPARE(afterFailure.discoveredAt, before.discoveredAt);
        QVERIFY(f.siteGroup(w.groupB).syncError.isEmpty());
        const QList<SyncHistoryEntry> rows = f.history(2);
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [&w](const SyncHistoryEntry &e) {
            return e.site == w.groupA && e.outcome == QStringLiteral("failed") && !e.error.isEmpty();
        }));

        // An empty list is a failure too, never "the site has no models".
        w.a->setFailure(SimAiFailure::None);
        w.a->setEmptyModelList(true);
        failed = syncOk(f);
        QCOMPARE(outcomeOf(failed, w.groupA)->outcome, QStringLiteral("failed"));
        QCOMPARE(f.siteGroup(w.groupA).models, before.models);
        QCOMPARE(f.missingCounters(w.groupA), countersBefore);
        QVERIFY(SyncFixture::waitUntil([&f]() { return f.engine().snapshot().modelSyncDetails.lastRun.failed == 1; }));
        QCOMPARE(f.engine().snapshot().modelSyncDetails.lastRun.outcome, QStringLiteral("partial"));

        // A successful attempt clears the reason.
        w.a->setEmptyModelList(false);
        f.advanceClock(60);
        QVERIFY(outcomeOf(syncOk(f), w.groupA)->outcome != QStringLiteral("failed"));
        QVERIFY(f.siteGroup(w.groupA).syncError.isEmpty());
        QVERIFY(f.siteGroup(w.groupA).syncedAt > afterFailure.syncedAt);
        QVERIFY(SyncFixture::waitUntil([&f, &w]() {
            for (const SiteView &site : f.engine().snapshot().sites) {
                for (const SiteGroupView &g : site.groups) {
                    if (g.name == w.groupA)
                        return site.syncErrors.isEmpty() && site.lastSync == g.syncedAt && g.syncError.isEmpty();
                }
            }
            return false;
        }));
    }

    // Filter rules that keep none of a site's models (a blacklist word in every name) fail the
    // site's sync as onboarding would: nothing is counted as missing, nothing removed.
    void rulesThatKeepNothingChangeNothing()
    {
        World w;
        QVERIFY(build(w));
        SyncFixture &f = *w.f;
        const SiteGroupRecord before = f.siteGroup(w.groupA);
        const QByteArray yaml = test::readFile(f.options().uniApiYamlPath);
        FilterRules rules = FilterRules::defaults();
        rules.blacklist.append({QStringLiteral("gpt"), true});
        rules.blacklist.append({QStringLiteral("deepseek"), true});
        const auto saved = test::await(f.engine().saveFilterRules(rules));
        QVERIFY(saved.has_value() && saved->ok());
        const qint64 mutatingBefore = f.mutatingCalls();

        for (int run = 0; run < 3; ++run) {  // past the removal hysteresis
            const ModelSyncReport report = syncOk(f);
            const SiteSyncOutcome *a = outcomeOf(report, w.groupA);
            QVERIFY(a);
            QCOMPARE(a->outcome, QStringLiteral("failed"));
            QVERIFY2(a->error.contains(QStringLiteral("filter rules keep none")), qPrintable(a->error));
            f.advanceClock(60);
        }
        QCOMPARE(f.siteGroup(w.groupA).models, before.models);
        QVERIFY(f.missingCounters(w.groupA).isEmpty());
        QCOMPARE(f.mutatingCalls(), mutatingBefore);
        QCOMPARE(test::readFile(f.options().uniApiYamlPath), yaml);
        QVERIFY(f.events(QStringLiteral("sync-failed")).first().message.startsWith(QStringLiteral("model sync could not update")));
    }

    // The registry still calls the instance healthy (its next check is a minute away); once one
    // site group found it silent, the others on it are not asked through their retries, and the
    // instance is checked at once.
    void instanceLostMidSyncIsNotAskedAgain()
    {
        World w;
        w.a = w.f->addOpenAiSite(QStringLiteral("alpha"), {kMini, kFourO});
        w.b = w.f->addOpenAiSite(QStringLiteral("beta"), {kMini});
        QVERIFY(w.f->start(false, [](EngineOptions &o) { o.maxConcurrentRequests = 1; }));
        SyncFixture &f = *w.f;
        w.groupA = f.onboard(w.a);
        w.groupB = f.onboard(w.b);
        QVERIFY(!w.groupA.isEmpty() && !w.groupB.isEmpty());
        QVERIFY(f.engine().snapshot().instances.first().healthy);

        f.cluster().instance(0)->stop();
        const ModelSyncReport report = syncOk(f);
        QCOMPARE(report.sites.size(), 2);
        int skipped = 0;
        for (const SiteSyncOutcome &s : report.sites) {
            QCOMPARE(s.outcome, QStringLiteral("failed"));
            skipped += s.error.contains(QLatin1String("stopped answering during this sync")) ? 1 : 0;
        }
        QCOMPARE(skipped, 1);  // the second one, one site group at a time
        QVERIFY(SyncFixture::waitUntil([&f]() { return !f.engine().snapshot().instances.first().healthy; }));
        f.cluster().instance(0)->start();
    }

    void noOpSyncMakesNoMutatingCallAndWritesNothing()
    {
        World w;
        QVERIFY(build(w));
        SyncFixture &f = *w.f;
        (void)syncOk(f);  // settles the raw lists
        const QString yamlPath = f.options().uniApiYamlPath;
        const QByteArray yaml = test::readFile(yamlPath);
        const QDateTime modified = QFileInfo(yamlPath).lastModified();
        const QStringList files = QDir(QFileInfo(yamlPath).absolutePath()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        const int backups = f.backupCount();
        f.resetCounters();

        const ModelSyncReport r = syncOk(f);
        QCOMPARE(r.countOutcome(QStringLiteral("unchanged")), 2);
        QVERIFY(!r.reconcile.has_value());
        QCOMPARE(f.mutatingCalls(), 0);
        QCOMPARE(f.perRoute().value(QStringLiteral("GET /api/groups")), 0);  // no reconciliation at all
        QCOMPARE(test::readFile(yamlPath), yaml);
        QCOMPARE(QFileInfo(yamlPath).lastModified(), modified);
        QCOMPARE(QDir(QFileInfo(yamlPath).absolutePath()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), files);
        QCOMPARE(f.backupCount(), backups);
    }

    void overlappingRunsAreRefused()
    {
        World w;
        QVERIFY(build(w));
        SyncFixture &f = *w.f;
        w.a->setLatencyMs(300);
        QFuture<Result<ModelSyncReport>> first = f.engine().syncModels();
        auto second = await(f.engine().startModelSync());
        QVERIFY(second.has_value());
        QVERIFY(!second->ok());
        QCOMPARE(second->error().kind, ErrorKind::Conflict);
        QCOMPARE(second->error().code, QStringLiteral("JOB_IN_PROGRESS"));
        auto done = await(first);
        QVERIFY(done && done->ok());
        auto third = await(f.engine().startModelSync());
        QVERIFY(third && third->ok());
        QVERIFY(f.waitForIdleJobs());
    }

    void restartKeepsStartStopAndCounters()
    {
        World w;
        QVERIFY(build(w, true));
        SyncFixture &f = *w.f;
        QVERIFY(f.engine().snapshot().modelSync.enabled);
        auto stopped = await(f.engine().setModelSyncEnabled(false));
        QVERIFY(stopped && stopped->ok());
        QVERIFY(!stopped->value().enabled);
        // The snapshot already says so when the answer arrives (the API and the consoles read it next).
        QVERIFY(!f.engine().snapshot().modelSync.enabled);

        w.a->setModels({kMini, kDeepseek});
        (void)syncOk(f);
        QCOMPARE(f.missingCounters(w.groupA).value(kFourO), 1);

        // ENABLE_MODEL_SYNC is on, but the operator's stop survives the restart.
        QVERIFY(f.start(true));
        QVERIFY(!f.engine().snapshot().modelSync.enabled);
        QVERIFY(!f.engine().snapshot().modelSync.nextRun.isValid());
        QCOMPARE(f.missingCounters(w.groupA).value(kFourO), 1);
        QVERIFY(f.engine().snapshot().modelSync.lastRun.isValid());  // the last run is remembered
        const ModelSyncReport r = syncOk(f);
        QCOMPARE(outcomeOf(r, w.groupA)->removed, QStringList{kFourO});  // the second miss in a row

        // Set in .env, the environment or on the command line, ENABLE_MODEL_SYNC wins for that
        // run (the configuration precedence); the stored stop stays for the runs after it.
        QVERIFY(f.start(true, [](EngineOptions &o) { o.modelSyncForced = true; }));
        QVERIFY(f.engine().snapshot().modelSync.enabled);
        QVERIFY(f.start(true));
        QVERIFY(!f.engine().snapshot().modelSync.enabled);

        auto started = await(f.engine().setModelSyncEnabled(true));
        QVERIFY(started && started->ok());
        QVERIFY(f.waitForIdleJobs());
        QVERIFY(f.start(false));
        QVERIFY(f.engine().snapshot().modelSync.enabled);  // and so does a start
    }

    void timerRunsOnTheEngineClock()
    {
        World w;
        QVERIFY(build(w, true));
        SyncFixture &f = *w.f;
        const QDateTime started = f.clockNow();
        EngineSnapshot s = f.engine().snapshot();
        QVERIFY(s.modelSync.enabled);
        QCOMPARE(s.modelSync.nextRun, started.addSecs(60));
        QCOMPARE(s.modelSync.intervalMinutes, 360);

        f.fireSyncTimer();  // too early: nothing happens
        QVERIFY(f.history().isEmpty());

        f.advanceClock(61);
        f.fireSyncTimer();
        QVERIFY(SyncFixture::waitUntil([&f]() { return f.history().size() == 2; }));
        // The history rows are written before the run ends and the snapshot follows later: wait
        // for the snapshot that reports the finished timer run.
        QVERIFY(SyncFixture::waitUntil([&f]() {
            const EngineSnapshot now = f.engine().snapshot();
            return !now.modelSync.busy && now.modelSyncDetails.lastRun.trigger == QLatin1String("timer");
        }));
        s = f.engine().snapshot();
        QCOMPARE(s.modelSync.nextRun, started.addSecs(61 + 360 * 60));
        QCOMPARE(s.modelSyncDetails.lastRun.trigger, QStringLiteral("timer"));

        f.advanceClock(360 * 60 - 1);
        f.fireSyncTimer();
        QCOMPARE(f.history().size(), 2);
        f.advanceClock(1);
        f.fireSyncTimer();
        QVERIFY(SyncFixture::waitUntil([&f]() { return f.history().size() == 4; }));
    }
};

QTEST_GUILESS_MAIN(TestSyncFlow)
#include "tst_sync_flow.moc"
