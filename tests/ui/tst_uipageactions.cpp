// The pages' actions against a real engine and the simulators (loopback): api.yaml previews and
// the new client key, weight optimization, sync settings, channel options, and the maintenance
// actions (manual cleanup, cleanup & reset, site assignments, per-site review mode, key
// migration) run from their pages.

#include "core/engine/modelmatrix.h"
#include "tests/onboarding/onboardingfixture.h"
#include "tests/support/testutil.h"
#include "tests/ui/uienginetest.h"
#include "ui/pages/architecturepage.h"
#include "ui/pages/cleanuppage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/instancespage.h"
#include "ui/pages/healthpage.h"
#include "ui/pages/modelspage.h"
#include "ui/pages/sitespage.h"
#include "ui/pages/syncpage.h"
#include "ui/pages/uniapipage.h"
#include "ui/sites/testmodeldialog.h"
#include "ui/layers/weightoptimizationdialog.h"
#include "ui/widgets/diffdialog.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/statuslabel.h"

#include <QDialogButtonBox>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

// Answers the newest question open on `page` with its accepting (or destructive) button and
// returns the question's text ("" when none is open).
QString acceptQuestion(QWidget *page)
{
    const QList<QMessageBox *> boxes = page->findChildren<QMessageBox *>();
    if (boxes.isEmpty())
        return {};
    QMessageBox *box = boxes.constLast();
    const QString text = box->text();
    for (QAbstractButton *b : box->buttons()) {
        const QMessageBox::ButtonRole role = box->buttonRole(b);
        if (role == QMessageBox::AcceptRole || role == QMessageBox::DestructiveRole) {
            b->click();
            return text;
        }
    }
    return {};
}

// Starts the engine with the simulated site onboarded (site group 127-0-0-1-openai).
bool startWithOneSite(OnboardingFixture &f)
{
    SimAiSite *simSite = f.addSite(siteOptions());
    if (!f.startEngine())
        return false;
    const auto done = f.process(OnboardingFixture::request(simSite->url(), {kSiteKey}));
    if (!done.has_value() || !done->ok())
        return false;
    // The answer can arrive before the snapshot that shows the site (published within a few
    // milliseconds, queued to this thread): the tests read the site from the snapshot.
    return QTest::qWaitFor([&f]() { return !f.engine().snapshot().sites.isEmpty(); }, 5000);
}

} // namespace

class TestUiPageActions : public EngineUiTest
{
    Q_OBJECT

private slots:
    // The onboarding created api.yaml: the api.yaml page offers its new client key once.
    void uniApiPageShowsTheNewClientKeyOnce()
    {
        OnboardingFixture f;
        SimAiSite *simSite = f.addSite(siteOptions());
        QVERIFY(f.startEngine());
        const auto report = f.process(OnboardingFixture::request(simSite->url(), {kSiteKey}, {QStringLiteral("openai")}));
        QVERIFY(report && report->ok());
        UniApiPage page(context(&f.engine()));
        QObject::connect(&f.engine(), &Engine::snapshotChanged, &page, &UniApiPage::showSnapshot);
        page.showSnapshot(f.engine().snapshot());
        QTRY_VERIFY_WITH_TIMEOUT(page.clientKeyBannerText().contains(QStringLiteral("new client key")), 5000);

        QPointer<QMessageBox> box;
        connect(&page, &UniApiPage::clientKeyShown, this, [&box](QMessageBox *b) { box = b; });
        page.showNewClientKey();
        QTRY_VERIFY_WITH_TIMEOUT(box, 5000);
        const QString key = box->informativeText();
        QVERIFY(key.startsWith(QStringLiteral("sk-")));
        QVERIFY(test::readFile(f.options().uniApiYamlPath).contains(key.toUtf8()));
        QVERIFY(page.clientKeyBannerText().isEmpty());
        box->close();

        // Taken: a second attempt says so instead of showing anything.
        page.showNewClientKey();
        QTRY_VERIFY_WITH_TIMEOUT(!page.statusText().isEmpty(), 5000);
        QVERIFY(!page.statusText().contains(key));
    }

    // A write of api.yaml that failed: the api.yaml page says so and offers to write it again now;
    // once the file can be written, that reconciliation writes it and the offer goes.
    void uniApiPageWritesAgainAfterAFailedWrite()
    {
        OnboardingFixture f;
        QVERIFY(startWithOneSite(f));
        const QString path = f.options().uniApiYamlPath;
        const QByteArray good = test::readFile(path);
        QVERIFY(good.contains("gptload-gpt-4o"));
        // A hand edit broke the file and the providers changed meanwhile: the next write fails.
        const QByteArray repaired = good.left(good.indexOf("  - provider: gptload-")) + "api_keys_note: kept\n";
        QVERIFY(!repaired.contains("gptload-"));
        QVERIFY(test::writeFile(path, repaired + "broken: \"unclosed\n"));
        UniApiPage page(context(&f.engine()));
        QObject::connect(&f.engine(), &Engine::snapshotChanged, &page, &UniApiPage::showSnapshot);
        page.showSnapshot(f.engine().snapshot());
        QVERIFY(page.writeNowButton()->isHidden());
        const auto failed = test::await(f.engine().initializeArchitecture(), 30000);
        QVERIFY(failed.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(!page.writeNowButton()->isHidden(), 5000);
        QVERIFY2(page.fileText().contains(QStringLiteral("The last change was not written")), qPrintable(page.fileText()));
        // The dashboard says it too, with the way to the api.yaml page's Write again now.
        DashboardPage dashboard(context(&f.engine()));
        dashboard.showSnapshot(f.engine().snapshot());
        QVERIFY2(dashboard.uniApiBanner()->text().startsWith(QStringLiteral("api.yaml was not written")), qPrintable(dashboard.uniApiBanner()->text()));
        QSignalSpy navigation(&dashboard, &ConsolePage::navigationRequested);
        emit dashboard.uniApiBanner()->actionTriggered();
        QCOMPARE(navigation.count(), 1);
        QCOMPARE(navigation.at(0), (QVariantList{QStringLiteral("uniapi"), QStringLiteral("write-again")}));

        QVERIFY(test::writeFile(path, repaired));  // the operator repairs it
        page.performAction(QStringLiteral("write-again"));
        QTRY_VERIFY_WITH_TIMEOUT(page.writeNowButton()->isHidden(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page.statusText().startsWith(QStringLiteral("Reconciliation finished.")), 10000);
        QVERIFY(test::readFile(path).contains("gptload-gpt-4o"));
        QVERIFY(test::readFile(path).contains("api_keys_note: kept"));
        dashboard.showSnapshot(f.engine().snapshot());
        QVERIFY(dashboard.uniApiBanner()->text().isEmpty());
    }

    // api.yaml page: "Preview changes…" shows the pending diff, Restore… asks with the restore's
    // diff; keys are masked in both.
    void uniApiPageShowsTheDiffsBeforeWriting()
    {
        OnboardingFixture f;
        SimAiSite *simSite = f.addSite(siteOptions());
        QVERIFY(f.startEngine());
        const auto report = f.process(OnboardingFixture::request(simSite->url(), {kSiteKey}, {QStringLiteral("openai")}));
        QVERIFY(report && report->ok());
        const QString path = f.options().uniApiYamlPath;
        const QByteArray written = test::readFile(path);
        QVERIFY(!written.isEmpty());
        const ConsoleContext ctx = context(&f.engine());
        UniApiPage page(ctx);
        QPointer<DiffDialog> dialog;
        int opened = 0;
        connect(&page, &UniApiPage::diffDialogOpened, this, [&dialog, &opened](DiffDialog *d) {
            dialog = d;
            ++opened;
        });

        page.previewChanges();
        QTRY_COMPARE_WITH_TIMEOUT(opened, 1, 10000);
        QVERIFY(dialog);
        QVERIFY2(dialog->summary().contains(QStringLiteral("Nothing changes")), qPrintable(dialog->summary()));
        QVERIFY(!dialog->acceptButton());
        dialog->close();

        // A managed entry edited by hand: the preview shows what the next write puts back.
        const int at = written.indexOf("/proxy/");
        QVERIFY(at > 0);
        QByteArray tampered = written;
        tampered.replace(at, 7, "/proxy-old/");
        QVERIFY(test::writeFile(path, tampered));
        page.previewChanges();
        QTRY_COMPARE_WITH_TIMEOUT(opened, 2, 10000);
        QVERIFY2(dialog->summary().contains(QStringLiteral("Providers changed (")), qPrintable(dialog->summary()));
        const QString diff = dialog->diffText();
        QVERIFY2(diff.contains(QStringLiteral("/proxy-old/")) && diff.contains(QStringLiteral("\n+")), qPrintable(diff));
        QVERIFY(dialog->diffView()->isReadOnly());
        QCOMPARE(test::readFile(path), tampered);  // a preview writes nothing
        dialog->close();

        // Restore…: the backup's diff, then the restore only once confirmed.
        const QString backup = QStringLiteral("api.yaml.backup.2026-01-02T03-04-05-678Z");
        QVERIFY(test::writeFile(QFileInfo(path).dir().filePath(QStringLiteral("backup/") + backup), written));
        QSignalSpy reloaded(&page, &UniApiPage::reloaded);
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 5000);
        QCOMPARE(page.backupsModel()->rowCount(), 1);
        page.backupsView()->selectRow(0);
        page.restoreSelected();
        QTRY_COMPARE_WITH_TIMEOUT(opened, 3, 10000);
        QVERIFY(dialog->acceptButton());
        QVERIFY2(dialog->diffText().contains(QStringLiteral("-")) && dialog->diffText().contains(QStringLiteral("/proxy-old/")),
                 qPrintable(dialog->diffText()));
        for (const QString &line : dialog->diffText().split(QLatin1Char('\n')))
            QVERIFY2(!line.contains(QRegularExpression(QStringLiteral("api:\\s*\"?sk-[A-Za-z0-9-]{12,}$"))), qPrintable(line));
        dialog->acceptButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(test::readFile(path), written, 10000);
    }

    // "Optimize weights…": the dry run lists the members of gpt-4o with their failure rates,
    // Apply stores the optimizer's weights and the page shows them.
    void weightOptimizationFromTheModelsPage()
    {
        OnboardingFixture f;
        SimAiSiteOptions a = siteOptions();
        a.models = {QStringLiteral("gpt-4o")};
        SimAiSiteOptions b = siteOptions();
        b.name = QStringLiteral("second");
        b.models = {QStringLiteral("gpt-4o")};
        SimAiSite *alpha = f.addSite(a);
        SimAiSite *beta = f.addSite(b);
        QVERIFY(f.startEngine());
        // The first is named after its host (127-0-0-1); the second takes the name it asks for.
        for (const auto &[site, name] : {std::pair{alpha, QStringLiteral("alpha")}, std::pair{beta, QStringLiteral("beta")}}) {
            QJsonObject request = OnboardingFixture::request(site->url(), {kSiteKey});
            request.insert(QStringLiteral("siteName"), name);
            auto done = f.process(request);
            QVERIFY(done.has_value());
            QVERIFY2(done->ok(), qPrintable(done->error().toString()));
        }
        SimGroupStats failing;
        failing.last24Hours = {200, 100};
        bool set = false;
        for (int i = 0; i < f.cluster().instanceCount(); ++i)
            set = f.instance(i)->setGroupStats(QStringLiteral("gpt-4o-via-127-0-0-1-openai"), failing) || set;
        QVERIFY(set);

        ModelsPage models(context(&f.engine()));
        QTRY_COMPARE_WITH_TIMEOUT(f.engine().snapshot().sites.size(), 2, 5000);
        models.showSnapshot(f.engine().snapshot());
        QPointer<WeightOptimizationDialog> dialog = qobject_cast<WeightOptimizationDialog *>(models.openWeightOptimization());
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->proposals(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->proposals()->rowCount() == 2, 10000);
        QCOMPARE(dialog->statusText(), QStringLiteral("2 weight(s) would change."));
        const QAbstractItemModel *rows = dialog->proposals();
        QCOMPARE(rows->index(0, 1).data().toString(), QStringLiteral("gpt-4o-via-127-0-0-1-openai"));
        QCOMPARE(rows->index(0, 2).data().toString(), QStringLiteral("200"));
        QCOMPARE(rows->index(0, 3).data().toString(), QStringLiteral("50.0 %"));
        QCOMPARE(rows->index(0, 4).data().toString(), QStringLiteral("1 (default)"));
        QCOMPARE(rows->index(0, 5).data().toInt(), 50);
        QCOMPARE(rows->index(1, 5).data().toInt(), 100);  // no traffic: neutral
        QVERIFY(dialog->applyButton()->isEnabled());

        QSignalSpy loaded(&models, &ModelsPage::loaded);
        dialog->apply();
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->statusText().contains(QStringLiteral("applied to gpt-load")), qPrintable(dialog->statusText()), 30000);
        QVERIFY(!dialog->applyButton()->isEnabled());
        QVERIFY2(dialog->loopText().startsWith(QStringLiteral("The scheduled run is off")), qPrintable(dialog->loopText()));
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->loopText().contains(QStringLiteral("Last run")), qPrintable(dialog->loopText()), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 5000);
        auto matrix = test::await(loadModelMatrix(&f.engine()));
        QVERIFY(matrix && matrix->ok());
        const ModelSiteCell *cell = matrix->value().model(QStringLiteral("gpt-4o"))->cell(QStringLiteral("127-0-0-1-openai"));
        QVERIFY(cell);
        QCOMPARE(cell->weight, 50);
        QCOMPARE(cell->weightSource, QStringLiteral("optimizer"));

        // Read again: the weights are where the optimizer put them, nothing left to change.
        dialog->preview();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->statusText() == QStringLiteral("0 weight(s) would change."), 10000);
        QCOMPARE(rows->index(0, 6).data().toString(), QStringLiteral("kept (within 5 %)"));
        dialog->reject();
    }

    void syncSettingsSaveAndReload()
    {
        OnboardingFixture f;
        QVERIFY(f.startEngine());
        const ConsoleContext ctx = context(&f.engine());
        SyncPage sync(ctx);
        QSignalSpy reloaded(&sync, &SyncPage::reloaded);
        sync.reload();
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() == 1, 5000);
        QCheckBox *review = nullptr;
        for (QCheckBox *box : sync.findChildren<QCheckBox *>())
            review = box;
        QVERIFY(review);
        QTRY_VERIFY(review->isEnabled());
        const bool before = review->isChecked();
        review->setChecked(!before);
        QTRY_VERIFY_WITH_TIMEOUT(sync.statusText().contains(QStringLiteral("saved")), 5000);
        auto settings = test::await(f.engine().modelSyncSettings());
        QVERIFY(settings && settings->ok());
        QCOMPARE(settings->value().reviewMode, !before);

        SyncPage again(ctx);
        QSignalSpy reloadedAgain(&again, &SyncPage::reloaded);
        again.reload();
        QTRY_VERIFY_WITH_TIMEOUT(reloadedAgain.count() == 1, 5000);
        QCheckBox *reviewAgain = again.findChildren<QCheckBox *>().constLast();
        QTRY_COMPARE(reviewAgain->isChecked(), !before);
    }

    // Per-channel controls (uni-load-behaviour.md §8.5, §16.2, §16.3): the Sites page's "Test
    // model…" and "Validate keys", the Health page's deep probe, against the real engine.
    void channelOptionsFromTheConsole()
    {
        OnboardingFixture f;
        QVERIFY(startWithOneSite(f));
        const QString channel = QStringLiteral("127-0-0-1-openai");
        const ConsoleContext ctx = context(&f.engine());

        SitesPage sites(ctx);
        QObject::connect(&f.engine(), &Engine::snapshotChanged, &sites, &SitesPage::showSnapshot);
        sites.showSnapshot(f.engine().snapshot());
        QTRY_COMPARE_WITH_TIMEOUT(sites.sitesModel()->rowCount(), 1, 5000);
        sites.selectSite(QStringLiteral("127-0-0-1"));
        QTRY_COMPARE_WITH_TIMEOUT(sites.groupsModel()->rowCount(), 1, 5000);

        // Test model: Automatic plus the channel's models, high cost marked and warned about.
        sites.openTestModel();
        auto *dialog = sites.findChild<TestModelDialog *>();
        QVERIFY(dialog);
        // While the models load the combo is disabled, so a window activated then puts the keyboard
        // on Cancel; once they are in, it moves to the choice.
        QVERIFY(!dialog->isLoaded());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 5000);
        QCOMPARE(dialog->focusWidget(), dialog->modelBox());
        QCOMPARE(dialog->modelBox()->count(), 3);
        QCOMPARE(dialog->chosenModel(), QString());
        const int gpt4o = dialog->modelBox()->findData(QStringLiteral("gpt-4o"));
        QVERIFY(gpt4o > 0);
        dialog->modelBox()->setCurrentIndex(gpt4o);
        QVERIFY2(dialog->warningText().contains(QStringLiteral("high-cost")), qPrintable(dialog->warningText()));
        QPointer<TestModelDialog> guard(dialog);
        dialog->apply();
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(sites.statusText().contains(QStringLiteral("gpt-4o")), 5000);
        QCOMPARE(f.groupsNamed(channel).first().testModel, QStringLiteral("gpt-4o"));
        QTRY_VERIFY_WITH_TIMEOUT(!sites.groupsModel()->rows().isEmpty()
                                     && sites.groupsModel()->rows().first().testModelOverride == QLatin1String("gpt-4o"), 5000);
        const SiteGroupView group = sites.groupsModel()->rows().first();
        QVERIFY(group.testModelHighCost);

        // Validate keys: the question names the cost and warns about the high-cost model; the job reports counts.
        const QString question = SitesPage::validationQuestion(group);
        QVERIFY2(question.contains(QStringLiteral("billable")) && question.contains(QStringLiteral("high-cost")), qPrintable(question));
        sites.validateKeys(channel, true);
        QTRY_VERIFY_WITH_TIMEOUT(sites.statusText().contains(QStringLiteral("1 valid, 0 invalid")), 15000);

        // Deep probe: turning it on asks with the cost, then the channel shows it.
        HealthPage health(ctx);
        QAbstractItemModelTester healthTester(health.channelModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QObject::connect(&f.engine(), &Engine::snapshotChanged, &health, &HealthPage::showSnapshot);
        health.showSnapshot(f.engine().snapshot());
        health.selectChannel(channel);
        QCOMPARE(health.channelModel()->index(0, 8).data().toString(), QStringLiteral("Free"));
        health.setDeepProbeOfSelected(true);
        auto *box = health.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("one billable request per channel")), qPrintable(box->text()));
        QAbstractButton *accept = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                accept = b;
        }
        QVERIFY(accept);
        accept->click();
        QTRY_COMPARE_WITH_TIMEOUT(health.channelModel()->index(0, 8).data().toString(), QStringLiteral("Deep (billable)"), 5000);
        health.setDeepProbeOfSelected(false);  // off without asking
        QTRY_COMPARE_WITH_TIMEOUT(health.channelModel()->index(0, 8).data().toString(), QStringLiteral("Free"), 5000);
    }

    // Cleanup page: manual cleanup of named channels (preview, then taking them out after a
    // question), then "Cleanup & reset" deletes every managed model group (§17.1, §21).
    void manualCleanupAndResetFromTheCleanupPage()
    {
        OnboardingFixture f;
        QVERIFY(startWithOneSite(f));
        const QString channel = QStringLiteral("127-0-0-1-openai");
        QVERIFY(!f.groupsNamed(QStringLiteral("gpt-4o")).isEmpty());
        CleanupPage cleanup(context(&f.engine()));
        QObject::connect(&f.engine(), &Engine::snapshotChanged, &cleanup, &CleanupPage::showSnapshot);
        cleanup.showSnapshot(f.engine().snapshot());

        QSignalSpy manual(&cleanup, &CleanupPage::manualFinished);
        cleanup.setManualChannels(channel + QStringLiteral(", no-such-channel"));
        cleanup.previewManual();
        QTRY_VERIFY_WITH_TIMEOUT(manual.count() == 1, 10000);
        // Each model group has this one member: gpt-load needs an upstream, so it stays, flagged.
        QVERIFY2(cleanup.manualSummary().startsWith(QStringLiteral("Taking out 127-0-0-1-openai would remove 0 upstream(s) from 2 model group(s). "
                                                                   "(2 keep their last upstream, flagged)")),
                 qPrintable(cleanup.manualSummary()));
        QVERIFY2(cleanup.manualSummary().contains(QStringLiteral("Not a site group: no-such-channel.")), qPrintable(cleanup.manualSummary()));
        QVERIFY(f.engine().snapshot().sites.constFirst().groups.constFirst().state == QLatin1String("active"));  // a preview changes nothing

        cleanup.applyManual();
        const QString question = acceptQuestion(&cleanup);
        QVERIFY2(question.contains(QStringLiteral("Take 2 channel(s) out")) && question.contains(channel), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(manual.count() == 2, 30000);
        QVERIFY2(cleanup.statusText().startsWith(QStringLiteral("Manual cleanup finished: 0 upstream(s) removed.")), qPrintable(cleanup.statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(f.engine().snapshot().sites.constFirst().groups.constFirst().state, QStringLiteral("disabled-by-cleanup"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(cleanup.historyModel()->rowCount() >= 1, 5000);
        QCOMPARE(cleanup.historyModel()->index(0, 1).data().toString(), QStringLiteral("manual"));

        QSignalSpy reset(&cleanup, &CleanupPage::resetFinished);
        cleanup.resetModelGroups();
        const QString resetQuestion = acceptQuestion(&cleanup);
        QVERIFY2(resetQuestion.contains(QStringLiteral("2 model channel group(s) and 2 model group(s) are managed now"))
                     && resetQuestion.contains(QStringLiteral("cannot be undone")),
                 qPrintable(resetQuestion));
        QTRY_VERIFY_WITH_TIMEOUT(reset.count() == 1, 30000);
        // The groups go; api.yaml is never left without providers, and the page says so.
        QVERIFY2(cleanup.statusText().startsWith(QStringLiteral("4 model group(s) deleted, 0 failed, 0 provider(s) removed from api.yaml.\n"))
                     && cleanup.statusText().contains(QStringLiteral("refusing to leave api.yaml without providers")),
                 qPrintable(cleanup.statusText()));
        QVERIFY(f.groupsNamed(QStringLiteral("gpt-4o")).isEmpty());
        QVERIFY(f.groupsNamed(QStringLiteral("gpt-4o-via-127-0-0-1-openai")).isEmpty());
        QVERIFY(!f.groupsNamed(channel).isEmpty());  // site groups stay
    }

    // Cleanup & reset answers with its result; meanwhile the page shows the job's progress and a
    // Cancel that stops it after the current deletion (what is deleted stays deleted).
    void resetShowsProgressAndCancels()
    {
        OnboardingFixture f;
        QVERIFY(startWithOneSite(f));
        // Four deletions (two L2, two L3), each answered after 400 ms: time to see and cancel.
        f.instance(0)->addFault(SimFaultRule::delay("DELETE", QStringLiteral("/api/groups/*"), 400));
        CleanupPage cleanup(context(&f.engine()));
        QObject::connect(&f.engine(), &Engine::snapshotChanged, &cleanup, &CleanupPage::showSnapshot);
        cleanup.showSnapshot(f.engine().snapshot());
        auto *cancel = cleanup.findChild<QPushButton *>(QStringLiteral("cancelJob"));
        QVERIFY(cancel && cancel->isHidden());

        QSignalSpy reset(&cleanup, &CleanupPage::resetFinished);
        cleanup.resetModelGroups();
        QVERIFY(!acceptQuestion(&cleanup).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!cancel->isHidden() && cleanup.statusText().contains(QStringLiteral(" of 4)")), 10000);
        QVERIFY2(cleanup.statusText().startsWith(QStringLiteral("Running: ")), qPrintable(cleanup.statusText()));
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(reset.count() == 1, 30000);
        QVERIFY2(cleanup.statusText().startsWith(QStringLiteral("Not deleted:")) && cleanup.statusText().contains(QStringLiteral("cancelled")),
                 qPrintable(cleanup.statusText()));
        QVERIFY(cancel->isHidden());
        // Stopped after the deletion in flight: at least one of the four groups is still there.
        const qsizetype left = f.groupsNamed(QStringLiteral("gpt-4o")).size() + f.groupsNamed(QStringLiteral("gpt-4o-via-127-0-0-1-openai")).size()
                               + f.groupsNamed(QStringLiteral("gpt-4o-mini")).size()
                               + f.groupsNamed(QStringLiteral("gpt-4o-mini-via-127-0-0-1-openai")).size();
        QVERIFY2(left >= 1 && left < 4, qPrintable(QString::number(left)));
    }

    // Sites page: deleting a site group shows its progress and a Cancel; cancelled, the group stays
    // marked "being deleted" (deleting it again finishes the cascade).
    void deletionOnTheSitesPageCanBeCancelled()
    {
        OnboardingFixture f;
        QVERIFY(startWithOneSite(f));
        f.instance(0)->addFault(SimFaultRule::delay("DELETE", QStringLiteral("/api/groups/*"), 400));
        SitesPage sites(context(&f.engine()));
        QObject::connect(&f.engine(), &Engine::snapshotChanged, &sites, &SitesPage::showSnapshot);
        sites.showSnapshot(f.engine().snapshot());
        QTRY_COMPARE_WITH_TIMEOUT(sites.sitesModel()->rowCount(), 1, 5000);
        sites.selectSite(QStringLiteral("127-0-0-1"));
        QTRY_COMPARE_WITH_TIMEOUT(sites.groupsModel()->rowCount(), 1, 5000);
        auto *cancel = sites.findChild<QPushButton *>(QStringLiteral("cancelJob"));
        QVERIFY(cancel && cancel->isHidden());
        QPushButton *remove = nullptr;
        for (QPushButton *b : sites.findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Delete…"))
                remove = b;
        }
        QVERIFY(remove && remove->isEnabled());
        remove->click();
        QVERIFY(!acceptQuestion(&sites).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!cancel->isHidden() && sites.statusText().startsWith(QStringLiteral("Running: ")), 10000);
        cancel->click();
        QVERIFY(!cancel->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(sites.statusText().startsWith(QStringLiteral("Not deleted:")), 30000);
        QVERIFY2(sites.statusText().contains(QStringLiteral("cancelled")), qPrintable(sites.statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isHidden(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(f.engine().snapshot().sites.constFirst().groups.constFirst().state, QStringLiteral("removing"), 5000);
    }

    // Instances page: the site assignments, and reassigning a site to an instance and back (§5.5).
    void siteAssignmentsOnTheInstancesPage()
    {
        OnboardingFixture f;
        QVERIFY(startWithOneSite(f));
        InstancesPage instances(context(&f.engine()));
        QAbstractItemModelTester tester(instances.assignmentsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QObject::connect(&f.engine(), &Engine::snapshotChanged, &instances, &InstancesPage::showSnapshot);
        instances.showSnapshot(f.engine().snapshot());
        QTRY_COMPARE_WITH_TIMEOUT(instances.assignmentsModel()->rowCount(), 1, 5000);
        const EngineSnapshot snapshot = f.engine().snapshot();
        const QString url = snapshot.sites.constFirst().baseUrl;
        const InstanceView target = snapshot.instances.constFirst();
        QCOMPARE(instances.assignmentsModel()->index(0, 0).data().toString(), QStringLiteral("127-0-0-1"));
        QCOMPARE(instances.assignmentsModel()->index(0, 2).data().toString(), target.name);
        // Onboarding recorded where the site's groups went.
        QCOMPARE(instances.assignmentsModel()->index(0, 3).data().toString(), target.name);

        QVERIFY(instances.selectAssignment(url, QString()));
        instances.assignSelected();
        QTRY_VERIFY2_WITH_TIMEOUT(instances.statusText() == QStringLiteral("New site groups of 127-0-0-1 go to the instance chosen by reachability."),
                                  qPrintable(instances.statusText()), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!f.engine().snapshot().siteAssignments.contains(url), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(instances.assignmentsModel()->index(0, 3).data().toString(), QStringLiteral("automatic (by reachability)"), 5000);

        QVERIFY(instances.selectAssignment(url, target.id));
        instances.assignSelected();
        QTRY_VERIFY2_WITH_TIMEOUT(instances.statusText() == QStringLiteral("New site groups of 127-0-0-1 go to %1.").arg(target.name),
                                  qPrintable(instances.statusText()), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(f.engine().snapshot().siteAssignments.value(url).instanceId, target.id, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(instances.assignmentsModel()->index(0, 3).data().toString(), target.name, 5000);
        QVERIFY(!instances.selectAssignment(QStringLiteral("https://unknown.example.com"), target.id));
    }

    // Sync page: a site's review mode overrides the global one, and follows it again when reset.
    void siteReviewModeOnTheSyncPage()
    {
        OnboardingFixture f;
        QVERIFY(startWithOneSite(f));
        const QString site = QStringLiteral("127-0-0-1");
        SyncPage sync(context(&f.engine()));
        QAbstractItemModelTester tester(sync.siteReviewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QObject::connect(&f.engine(), &Engine::snapshotChanged, &sync, &SyncPage::showSnapshot);
        sync.showSnapshot(f.engine().snapshot());
        QSignalSpy reloaded(&sync, &SyncPage::reloaded);
        sync.reload();
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() == 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(sync.siteReviewModel()->rowCount(), 1, 5000);
        QCOMPARE(sync.siteReviewModel()->index(0, 1).data().toString(), QStringLiteral("Applied automatically (follows the global setting)"));

        sync.setSiteReviewMode(site, true);
        QTRY_COMPARE_WITH_TIMEOUT(sync.siteReviewModel()->index(0, 1).data().toString(), QStringLiteral("Queued for review"), 5000);
        auto settings = test::await(f.engine().modelSyncSettings());
        QVERIFY(settings && settings->ok());
        QCOMPARE(settings->value().siteOverrides.value(site, false), true);

        sync.setSiteReviewMode(site, std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(sync.siteReviewModel()->index(0, 1).data().toString(),
                                  QStringLiteral("Applied automatically (follows the global setting)"), 5000);
        settings = test::await(f.engine().modelSyncSettings());
        QVERIFY(settings && settings->ok());
        QVERIFY(!settings->value().siteOverrides.contains(site));
    }

    // Architecture page, Import tab: the key migration runs after its question.
    void keyMigrationFromTheImportTab()
    {
        OnboardingFixture f;
        QVERIFY(startWithOneSite(f));
        ArchitecturePage architecture(context(&f.engine()));
        architecture.showSnapshot(f.engine().snapshot());
        QSignalSpy migrated(&architecture, &ArchitecturePage::keysMigrated);
        architecture.migrateKeys();
        const QString question = acceptQuestion(&architecture);
        QVERIFY2(question.contains(QStringLiteral("admin key")), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(migrated.count() == 1, 30000);
        QVERIFY2(architecture.statusText().startsWith(QStringLiteral("Keys migrated:")), qPrintable(architecture.statusText()));
    }
};

QTEST_MAIN(TestUiPageActions)
#include "tst_uipageactions.moc"
