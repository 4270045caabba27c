// The pure parts of model sync: comparing lists, review decisions, request and settings parsing,
// the run summary (core/services/modelsyncdiff.h, modelsynctypes.h).
#include "core/services/modelsyncdiff.h"
#include "core/services/modelsynctypes.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace ul;

namespace {

const QDateTime kNow(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC);

SiteModelDiffInput input(const QStringList &stored, const QStringList &discovered, const QHash<QString, int> &misses = {},
                         const QStringList &manual = {})
{
    SiteModelDiffInput in;
    in.stored = stored;
    in.discovered = discovered;
    in.misses = misses;
    in.manual = manual;
    in.removalAfterMisses = 2;
    return in;
}

SiteReviewInput review(bool reviewMode, const QList<PendingChange> &pending = {}, const QHash<QString, QString> &rejections = {})
{
    SiteReviewInput r;
    r.reviewMode = reviewMode;
    r.pending = pending;
    r.rejections = rejections;
    r.siteGroup = QStringLiteral("site-openai");
    r.now = kNow;
    return r;
}

PendingChange change(const QString &model, const QString &kind)
{
    return {QStringLiteral("site-openai"), model, kind, kNow.addDays(-1)};
}

} // namespace

class TestSyncUnits : public QObject
{
    Q_OBJECT

private slots:
    void additionsAndFirstMiss()
    {
        const SiteModelDiff d = diffSiteModels(input({QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(d.added, QStringList{QStringLiteral("c")});
        QVERIFY(d.removable.isEmpty());
        QCOMPARE(d.missing.value(QStringLiteral("b")), 1);
        QCOMPARE(d.counterUpdates.value(QStringLiteral("b")), 1);
        QVERIFY(d.hasChanges());
    }

    void secondMissMakesRemovable()
    {
        const SiteModelDiff d = diffSiteModels(input({QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("a")},
                                                     {{QStringLiteral("b"), 1}}));
        QCOMPARE(d.removable, QStringList{QStringLiteral("b")});
        QCOMPARE(d.counterUpdates.value(QStringLiteral("b")), 2);
    }

    void thresholdIsASetting()
    {
        SiteModelDiffInput in = input({QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("a")});
        in.removalAfterMisses = 1;
        QCOMPARE(diffSiteModels(in).removable, QStringList{QStringLiteral("b")});
        in.removalAfterMisses = 3;
        in.misses = {{QStringLiteral("b"), 1}};
        QVERIFY(diffSiteModels(in).removable.isEmpty());
    }

    void aModelBackResetsItsCounter()
    {
        const SiteModelDiff d = diffSiteModels(input({QStringLiteral("a")}, {QStringLiteral("a")}, {{QStringLiteral("a"), 1}}));
        QVERIFY(!d.hasChanges());
        QCOMPARE(d.counterUpdates.value(QStringLiteral("a"), -1), 0);
    }

    void caseChangeIsARename()
    {
        const SiteModelDiff d = diffSiteModels(input({QStringLiteral("gpt-4o"), QStringLiteral("b")}, {QStringLiteral("GPT-4o"), QStringLiteral("b")}));
        QVERIFY(d.added.isEmpty());
        QVERIFY(d.missing.isEmpty());
        QCOMPARE(d.renamed, (QList<ModelRename>{{QStringLiteral("gpt-4o"), QStringLiteral("GPT-4o")}}));
    }

    void listedTwiceInTwoCasesKeepsTheStoredSpelling()
    {
        const SiteModelDiff d = diffSiteModels(input({QStringLiteral("gpt-4o")}, {QStringLiteral("GPT-4o"), QStringLiteral("gpt-4o")}));
        QVERIFY(!d.hasChanges());
        const SiteModelDiff fresh = diffSiteModels(input({}, {QStringLiteral("GPT-4o"), QStringLiteral("gpt-4o")}));
        QCOMPARE(fresh.added, QStringList{QStringLiteral("GPT-4o")});
    }

    void manualModelsAreNeverCountedOrRenamed()
    {
        const SiteModelDiff d = diffSiteModels(input({QStringLiteral("mine"), QStringLiteral("Other")}, {QStringLiteral("other")},
                                                     {{QStringLiteral("mine"), 3}}, {QStringLiteral("mine"), QStringLiteral("Other")}));
        QVERIFY(d.removable.isEmpty());
        QVERIFY(d.missing.isEmpty());
        QVERIFY(d.renamed.isEmpty());
        QCOMPARE(d.counterUpdates.value(QStringLiteral("mine"), -1), 0);
    }

    void autoModeAppliesAndClearsTheQueue()
    {
        SiteModelDiff d;
        d.added = {QStringLiteral("c")};
        d.removable = {QStringLiteral("b")};
        d.renamed = {{QStringLiteral("x"), QStringLiteral("X")}};
        const SiteSyncDecisions s = decideSiteChanges(d, review(false, {change(QStringLiteral("old"), QStringLiteral("add"))}));
        QCOMPARE(s.applyAdded, QStringList{QStringLiteral("c")});
        QCOMPARE(s.applyRemoved, QStringList{QStringLiteral("b")});
        QCOMPARE(s.renamed.size(), 1);
        QVERIFY(s.queue.isEmpty());
        QCOMPARE(s.unqueue, QStringList{QStringLiteral("old")});
    }

    void reviewModeProposesOnceAndDropsStaleProposals()
    {
        SiteModelDiff d;
        d.added = {QStringLiteral("c"), QStringLiteral("d")};
        d.removable = {QStringLiteral("b")};
        d.renamed = {{QStringLiteral("x"), QStringLiteral("X")}};
        const SiteSyncDecisions s = decideSiteChanges(
            d, review(true, {change(QStringLiteral("c"), QStringLiteral("add")), change(QStringLiteral("gone"), QStringLiteral("add"))}));
        QVERIFY(s.applyAdded.isEmpty());
        QVERIFY(s.applyRemoved.isEmpty());
        QCOMPARE(s.renamed.size(), 1);  // case changes apply in both modes
        QCOMPARE(s.queue.size(), 2);
        QCOMPARE(s.queue.at(0).model, QStringLiteral("d"));
        QCOMPARE(s.queue.at(0).detectedAt, kNow);
        QCOMPARE(s.queue.at(1).model, QStringLiteral("b"));
        QCOMPARE(s.queue.at(1).change, QStringLiteral("remove"));
        QCOMPARE(s.unqueue, QStringList{QStringLiteral("gone")});
    }

    void reviewModeReplacesAProposalInAnotherCase()
    {
        SiteModelDiff d;
        d.added = {QStringLiteral("GPT-5")};
        const SiteSyncDecisions s = decideSiteChanges(d, review(true, {change(QStringLiteral("gpt-5"), QStringLiteral("add"))}));
        QCOMPARE(s.queue.size(), 1);
        QCOMPARE(s.queue.first().model, QStringLiteral("GPT-5"));
        QCOMPARE(s.unqueue, QStringList{QStringLiteral("gpt-5")});
    }

    void rejectionsHoldWhileSupportedThenAreForgotten()
    {
        SiteModelDiff d;
        d.added = {QStringLiteral("c")};
        d.removable = {QStringLiteral("b")};
        const QHash<QString, QString> rejected{{QStringLiteral("c"), QStringLiteral("add")},
                                               {QStringLiteral("b"), QStringLiteral("add")},  // b is a removal now
                                               {QStringLiteral("z"), QStringLiteral("remove")}};
        for (bool mode : {false, true}) {
            const SiteSyncDecisions s = decideSiteChanges(d, review(mode, {}, rejected));
            QCOMPARE(s.rejections, (QHash<QString, QString>{{QStringLiteral("c"), QStringLiteral("add")}}));
            QVERIFY(!s.applyAdded.contains(QStringLiteral("c")));
            const bool proposesC = std::any_of(s.queue.cbegin(), s.queue.cend(), [](const PendingChange &p) { return p.model == QLatin1String("c"); });
            QVERIFY(!proposesC);
        }
    }

    void withModelChangesKeepsOrder()
    {
        const QStringList out = withModelChanges({QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("c")}, {QStringLiteral("d"), QStringLiteral("A")},
                                                 {QStringLiteral("b")}, {{QStringLiteral("c"), QStringLiteral("C")}});
        QCOMPARE(out, (QStringList{QStringLiteral("a"), QStringLiteral("C"), QStringLiteral("d")}));
    }

    void decisionsParse()
    {
        auto one = SyncDecision::listFromJson(QJsonObject{{QStringLiteral("site"), QStringLiteral("s-openai")},
                                                          {QStringLiteral("model"), QStringLiteral("m")},
                                                          {QStringLiteral("decision"), QStringLiteral("approve")}});
        QVERIFY(one.ok());
        QCOMPARE(one->size(), 1);
        QCOMPARE(one->first().kind, SyncDecision::Kind::Approve);
        auto list = SyncDecision::listFromJson(QJsonArray{
            QJsonObject{{QStringLiteral("site"), QStringLiteral("s")}, {QStringLiteral("model"), QStringLiteral("m")}, {QStringLiteral("decision"), QStringLiteral("reject")}},
            QJsonObject{{QStringLiteral("site"), QStringLiteral("s")}, {QStringLiteral("model"), QStringLiteral("n")}, {QStringLiteral("decision"), QStringLiteral("Approve")}}});
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).kind, SyncDecision::Kind::Reject);

        auto bad = SyncDecision::listFromJson(QJsonObject{{QStringLiteral("site"), QStringLiteral("s")}, {QStringLiteral("model"), QStringLiteral("m")},
                                                          {QStringLiteral("decision"), QStringLiteral("maybe")}});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("decision"));
        auto noSite = SyncDecision::listFromJson(QJsonArray{QJsonObject{{QStringLiteral("model"), QStringLiteral("m")}}});
        QVERIFY(!noSite.ok());
        QCOMPARE(noSite.error().field, QStringLiteral("[0].site"));
        QVERIFY(!SyncDecision::listFromJson(QJsonArray{}).ok());
        QVERIFY(!SyncDecision::listFromJson(QJsonValue(3)).ok());
    }

    void settingsParse()
    {
        auto defaults = ModelSyncSettings::fromJson({});
        QVERIFY(defaults.ok());
        QVERIFY(!defaults->enabled.has_value());
        QVERIFY(!defaults->reviewMode);
        QCOMPARE(defaults->removalAfterMisses, 2);
        auto set = ModelSyncSettings::fromJson({{QStringLiteral("enabled"), false}, {QStringLiteral("reviewMode"), true},
                                                {QStringLiteral("removalAfterMisses"), 4}});
        QVERIFY(set.ok());
        QCOMPARE(set->enabled, std::optional<bool>(false));
        QCOMPARE(ModelSyncSettings::fromJson(set->toJson())->removalAfterMisses, 4);
        QCOMPARE(ModelSyncSettings::fromJson({{QStringLiteral("removalAfterMisses"), 0}}).error().field, QStringLiteral("removalAfterMisses"));
        QCOMPARE(ModelSyncSettings::fromJson({{QStringLiteral("removalAfterMisses"), 1.5}}).error().field, QStringLiteral("removalAfterMisses"));
        QCOMPARE(ModelSyncSettings::fromJson({{QStringLiteral("reviewMode"), QStringLiteral("yes")}}).error().field, QStringLiteral("reviewMode"));
    }

    void summaryCountsAndJsonRoundTrip()
    {
        ModelSyncReport report;
        report.trigger = QStringLiteral("manual");
        report.startedAt = kNow;
        report.finishedAt = kNow.addSecs(2);
        SiteSyncOutcome applied;
        applied.siteGroup = QStringLiteral("a-openai");
        applied.outcome = QStringLiteral("applied");
        applied.added = {QStringLiteral("x"), QStringLiteral("y")};
        applied.renamed = {{QStringLiteral("m"), QStringLiteral("M")}};
        SiteSyncOutcome failed;
        failed.siteGroup = QStringLiteral("b-openai");
        failed.outcome = QStringLiteral("failed");
        failed.error = QStringLiteral("HTTP 503");
        report.sites = {applied, failed};
        const ModelSyncRunView v = report.summary();
        QCOMPARE(v.siteGroups, 2);
        QCOMPARE(v.changed, 1);
        QCOMPARE(v.added, 2);
        QCOMPARE(v.renamed, 1);
        QCOMPARE(v.failed, 1);
        QCOMPARE(v.outcome, QStringLiteral("partial"));
        QCOMPARE(v.errors, QStringList{QStringLiteral("b-openai: HTTP 503")});
        const ModelSyncRunView back = modelSyncRunFromJson(modelSyncRunJson(v));
        QCOMPARE(back.finishedAt, v.finishedAt);
        QCOMPARE(back.added, 2);
        QCOMPARE(back.errors, v.errors);
        QCOMPARE(report.toJson().value(QStringLiteral("sites")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncUnits)
#include "tst_sync_units.moc"
