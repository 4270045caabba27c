// The console against a real engine and the simulators (loopback): the add-site dialog drives a
// full onboarding (name preview, key count, plan, job with progress), and the sites, models,
// architecture and api.yaml pages show the result. The pages' own actions are in
// tst_uipageactions.cpp.

#include "core/engine/modelmatrix.h"
#include "tests/onboarding/onboardingfixture.h"
#include "tests/support/testutil.h"
#include "tests/ui/uienginetest.h"
#include "translations/catalog.h"
#include "ui/common/enginetext.h"
#include "ui/common/statetext.h"
#include "ui/pages/architecturepage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/modelspage.h"
#include "ui/pages/sitespage.h"
#include "ui/pages/uniapipage.h"
#include "ui/sites/addsitedialog.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/statuslabel.h"

#include <QAbstractItemModelTester>
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
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace ul;
using namespace ul::test;

class TestUiOnboarding : public EngineUiTest
{
    Q_OBJECT

private slots:
    void addSiteDialogOnboardsASite()
    {
        OnboardingFixture f;
        SimAiSite *simSite = f.addSite(siteOptions());
        QVERIFY(f.startEngine());
        const ConsoleContext ctx = context(&f.engine());

        // A models page loaded before the onboarding counts nothing yet; its count must follow
        // the next load instead of staying at the first one.
        ModelsPage earlyModels(ctx);
        {
            QSignalSpy earlyLoaded(&earlyModels, &ModelsPage::loaded);
            earlyModels.reload();
            QTRY_VERIFY_WITH_TIMEOUT(earlyLoaded.count() >= 1, 5000);
            QVERIFY2(earlyModels.statusText().startsWith(QStringLiteral("0 model(s) over 0 site group(s)")),
                     qPrintable(earlyModels.statusText()));
        }

        SitesPage sites(ctx);
        QAbstractItemModelTester sitesTester(sites.sitesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QObject::connect(&f.engine(), &Engine::snapshotChanged, &sites, &SitesPage::showSnapshot);
        sites.show();
        sites.performAction(QStringLiteral("add"));
        AddSiteDialog *dialog = sites.addSiteDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), AddSiteDialog::Mode::Create);

        dialog->setBaseUrl(simSite->url() + QStringLiteral("/v1"));
        dialog->setKeysText(kSiteKey + QStringLiteral(";sk-third-key-0000000003"));  // semicolons separate, as in the engine
        QCOMPARE(dialog->keyCount(), 2);
        dialog->setKeysText(kSiteKey + QStringLiteral(", sk-second-key-000000002\n") + kSiteKey);
        QCOMPARE(dialog->keyCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->siteNamePreview(), QStringLiteral("127-0-0-1"), 5000);
        QVERIFY2(dialog->namePreviewText().contains(QStringLiteral("Base URL used: ") + simSite->url()), qPrintable(dialog->namePreviewText()));

        QSignalSpy planShown(dialog, &AddSiteDialog::planShown);
        dialog->showPlan();
        QTRY_VERIFY_WITH_TIMEOUT(planShown.count() == 1, 10000);
        QVERIFY(dialog->planReady());
        const QString plan = dialog->planHtml();
        QVERIFY2(plan.contains(QStringLiteral("127-0-0-1-openai")), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("gpt-4o-mini")), qPrintable(plan));
        QCOMPARE(f.instance(0)->groups().size(), 0);  // a plan changes nothing

        QSignalSpy finished(dialog, &AddSiteDialog::onboardingFinished);
        dialog->apply();
        QVERIFY(dialog->isRunning());
        // The form is frozen while it runs, and the plan made for it stays on show.
        auto *siteName = dialog->findChild<QLineEdit *>(QStringLiteral("siteName"));
        QVERIFY(siteName);
        QVERIFY(!siteName->isEnabled());
        QVERIFY(dialog->planReady());
        QVERIFY2(dialog->planHtml().contains(QStringLiteral("127-0-0-1-openai")), qPrintable(dialog->planHtml()));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
        QVERIFY(siteName->isEnabled());
        // Afterwards the plan is out of date, but the form did not change.
        QVERIFY(!dialog->planReady());
        QVERIFY2(!dialog->planHtml().contains(QStringLiteral("form changed")), qPrintable(dialog->planHtml()));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog->statusText()));
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("127-0-0-1"));
        QVERIFY(dialog->lastRunSucceeded());
        QVERIFY(!dialog->isRunning());
        QVERIFY(f.instance(0)->group(QStringLiteral("127-0-0-1-openai")).has_value());

        QTRY_COMPARE_WITH_TIMEOUT(sites.sitesModel()->rowCount(), 1, 5000);
        const SiteView &row = sites.sitesModel()->rows().constFirst();
        QCOMPARE(row.name, QStringLiteral("127-0-0-1"));
        QCOMPARE(row.keysCount, 2);
        QCOMPARE(row.modelCount, 2);
        QCOMPARE(sites.groupsModel()->rowCount(), 1);
        QVERIFY(sites.statusText().contains(QStringLiteral("127-0-0-1")));

        // Re-sync of the site group: the page shows the run's summary, made from the result's fields.
        QPushButton *resync = nullptr;
        for (QPushButton *button : sites.findChildren<QPushButton *>()) {
            if (button->text() == QLatin1String("Re-sync models"))
                resync = button;
        }
        QVERIFY(resync);
        QTRY_VERIFY(resync->isEnabled());
        resync->click();
        QTRY_VERIFY2_WITH_TIMEOUT(sites.statusText().startsWith(QStringLiteral("Site 127-0-0-1 updated: ")), qPrintable(sites.statusText()),
                                  30000);

        // Same request again, now with a wrong form: the error is shown in the dialog.
        dialog->setKeysText(QStringLiteral("bad\u0001key"));
        dialog->apply();
        QVERIFY(!dialog->isRunning());
        QVERIFY(!dialog->statusText().isEmpty());
        dialog->reject();

        // The models page: one row per model, one column per site group, weights save and reload.
        ModelsPage models(ctx);
        QAbstractItemModelTester matrixTester(models.matrixModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester membersTester(models.membersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        models.showSnapshot(f.engine().snapshot());
        QSignalSpy loaded(&models, &ModelsPage::loaded);
        models.reload();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 5000);
        QCOMPARE(models.matrixModel()->rowCount(), 2);
        QCOMPARE(models.matrixModel()->columnCount(), 5);  // model, alias, L3, active sites + one site group
        QCOMPARE(models.statusText(), QStringLiteral("2 model(s) over 1 site group(s)."));
        // A site group's health changes: its cells say so at once, without reading the matrix again.
        {
            EngineSnapshot failing = f.engine().snapshot();
            failing.sites.first().groups.first().health = QStringLiteral("failing");
            ++failing.revision;
            models.show();  // a shown page reloads when the layers change
            const int loads = static_cast<int>(loaded.count());
            models.showSnapshot(failing);
            const QModelIndex cell = models.matrixModel()->index(models.matrixModel()->rowForKey(QStringLiteral("gpt-4o")), 4);
            QVERIFY2(cell.data().toString().contains(StateText::health(QStringLiteral("failing"))), qPrintable(cell.data().toString()));
            QTest::qWait(100);
            QCOMPARE(loaded.count(), loads);
            models.hide();
            models.showSnapshot(f.engine().snapshot());
        }
        QSignalSpy earlyLoaded(&earlyModels, &ModelsPage::loaded);
        earlyModels.reload();
        QTRY_VERIFY_WITH_TIMEOUT(earlyLoaded.count() >= 1, 5000);
        QCOMPARE(earlyModels.statusText(), QStringLiteral("2 model(s) over 1 site group(s)."));
        models.selectModel(QStringLiteral("gpt-4o"));
        QCOMPARE(models.membersModel()->rowCount(), 1);
        const QModelIndex weight = models.membersModel()->index(0, 4);
        QVERIFY(models.membersModel()->flags(weight) & Qt::ItemIsEditable);
        QVERIFY(!models.membersModel()->setData(weight, 0));  // out of range
        QVERIFY(models.membersModel()->setData(weight, 7));
        QCOMPARE(models.pendingWeightChanges(), 1);
        models.saveWeights();
        QTRY_VERIFY_WITH_TIMEOUT(models.pendingWeightChanges() == 0, 5000);
        QTRY_VERIFY2_WITH_TIMEOUT(models.statusText().contains(QStringLiteral("applied to gpt-load")), qPrintable(models.statusText()), 30000);
        auto matrix = test::await(loadModelMatrix(&f.engine()));
        QVERIFY(matrix && matrix->ok());
        const ModelSiteCell *cell = matrix->value().model(QStringLiteral("gpt-4o"))->cell(QStringLiteral("127-0-0-1-openai"));
        QVERIFY(cell);
        QCOMPARE(cell->weight, 7);
        QCOMPARE(cell->weightSource, QStringLiteral("operator"));

        // Architecture: both trees, and a dry run that has nothing left to do.
        ArchitecturePage architecture(ctx);
        architecture.showSnapshot(f.engine().snapshot());
        QSignalSpy trees(&architecture, &ArchitecturePage::treesLoaded);
        architecture.reload();
        QTRY_VERIFY_WITH_TIMEOUT(trees.count() >= 1, 5000);
        QCOMPARE(architecture.modelTree()->topLevelItemCount(), 2);
        QCOMPARE(architecture.siteTree()->topLevelItemCount(), 1);
        QSignalSpy planLoaded(&architecture, &ArchitecturePage::planLoaded);
        architecture.refreshPlan();
        QTRY_VERIFY_WITH_TIMEOUT(planLoaded.count() == 1, 10000);
        QVERIFY2(!architecture.statusText().contains(QStringLiteral("failed")), qPrintable(architecture.statusText()));

        // api.yaml: the managed providers of the two models.
        UniApiPage uniapi(ctx);
        QSignalSpy reloaded(&uniapi, &UniApiPage::reloaded);
        uniapi.reload();
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() == 1, 5000);
        QVERIFY(uniapi.providersModel()->rowCount() >= 2);
    }

    void onboardingResultTextsComeFromTheFields()
    {
        QTranslator english;
        QVERIFY(i18n::loadApplicationCatalog(english, QStringLiteral("en")));
        QCoreApplication::installTranslator(&english);
        const auto restore = qScopeGuard([&english]() { QCoreApplication::removeTranslator(&english); });
        const QJsonObject data{
            {QStringLiteral("siteName"), QStringLiteral("s")},
            {QStringLiteral("operationType"), QStringLiteral("update")},
            {QStringLiteral("groupsCreated"), 1},
            {QStringLiteral("modelsCount"), 3},
            {QStringLiteral("siteGroups"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("s-openai")}},
                                                      QJsonObject{{QStringLiteral("name"), QStringLiteral("s-gemini")},
                                                                  {QStringLiteral("error"), QJsonObject{}}}}},
            {QStringLiteral("reconcile"), QJsonObject{{QStringLiteral("uniApi"), QJsonObject{{QStringLiteral("error"), QStringLiteral("x")}}}}},
            {QStringLiteral("warnings"), QJsonArray{QStringLiteral("ignored: the details are read")}},
            {QStringLiteral("warningDetails"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("MODEL_GROUPS_FAILED")},
                                    {QStringLiteral("args"), QJsonArray{QStringLiteral("1")}}},
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("SOMETHING_NEW")},
                                    {QStringLiteral("args"), QJsonArray{}},
                                    {QStringLiteral("text"), QStringLiteral("a warning this console does not know")}}}},
        };
        QCOMPARE(EngineText::onboardingSummary(data),
                 QStringLiteral("Site s updated: 1 site group created or updated, 3 models. 1 site group failed: s-gemini. "
                                "uni-api's api.yaml was NOT updated."));
        QCOMPARE(EngineText::onboardingWarnings(data),
                 (QStringList{QStringLiteral("1 model group operation failed; the next reconcile retries it."),
                              QStringLiteral("a warning this console does not know")}));
        // A result without details (an older engine): the texts as they are.
        QCOMPARE(EngineText::onboardingWarnings({{QStringLiteral("warnings"), QJsonArray{QStringLiteral("plain")}}}),
                 QStringList{QStringLiteral("plain")});
    }

    // An Anthropic-only site refuses the OpenAI-style probe: the plan probes it its own way and
    // lists its models.
    void planProbesAnAnthropicSiteItsOwnWay()
    {
        OnboardingFixture f;
        SimAiSiteOptions options = siteOptions();
        options.formats = SimAiFormat::Anthropic;
        options.models = {QStringLiteral("claude-sonnet-4-20250514")};
        SimAiSite *simSite = f.addSite(options);
        QVERIFY(f.startEngine());
        AddSiteDialog dialog(context(&f.engine()));
        dialog.show();
        dialog.setBaseUrl(simSite->url());
        dialog.setKeysText(kSiteKey);
        dialog.setFormats({ChannelType::Anthropic});
        QSignalSpy planShown(&dialog, &AddSiteDialog::planShown);
        dialog.showPlan();
        QTRY_VERIFY_WITH_TIMEOUT(planShown.count() == 1, 10000);
        const QString plan = dialog.planHtml();
        QVERIFY2(plan.contains(QStringLiteral("claude-sonnet-4-20250514")), qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("found no model list")), qPrintable(plan));
    }

    void resultShowsTranslatedWarnings()
    {
        OnboardingFixture f;
        SimAiSite *simSite = f.addSite(siteOptions());
        QVERIFY(f.startEngine());
        QTranslator chinese;
        QVERIFY(i18n::loadApplicationCatalog(chinese, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&chinese);
        const auto restore = qScopeGuard([&chinese]() { QCoreApplication::removeTranslator(&chinese); });

        AddSiteDialog dialog(context(&f.engine()));
        dialog.show();
        auto *banner = dialog.findChild<MessageBanner *>();
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        dialog.setBaseUrl(simSite->url());
        dialog.setKeysText(kSiteKey);
        // No kept model is a claude-*: the Anthropic format gets no site group, which is a warning.
        dialog.setFormats({ChannelType::OpenAI, ChannelType::Anthropic});
        QSignalSpy finished(&dialog, &AddSiteDialog::onboardingFinished);
        dialog.apply();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog.statusText()));

        const QString warning = QStringLiteral("anthropic 格式中没有保留的模型；不写入站点分组 127-0-0-1-anthropic。");
        QCOMPARE(dialog.resultWarnings(), QStringList{warning});
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(warning), qPrintable(banner->text()));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("站点 127-0-0-1 已配置")), qPrintable(dialog.statusText()));
        QVERIFY(dialog.isVisible());  // stays open so the warnings can be read

        // Back to English: the shown result follows the language.
        QCoreApplication::removeTranslator(&chinese);
        QTranslator english;
        QVERIFY(i18n::loadApplicationCatalog(english, QStringLiteral("en")));
        QCoreApplication::installTranslator(&english);
        const auto restoreEnglish = qScopeGuard([&english]() { QCoreApplication::removeTranslator(&english); });
        QTRY_VERIFY(dialog.resultWarnings().value(0).startsWith(QStringLiteral("No kept model is served in the anthropic format")));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Site 127-0-0-1 configured: 1 site group created or updated, 2 models.")),
                 qPrintable(dialog.statusText()));

        // The next attempt stops at the form: the last run's warnings go with its result.
        dialog.setBaseUrl(QString());
        dialog.apply();
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Check the form")), qPrintable(dialog.statusText()));
        QVERIFY(!banner->isVisible());
        QVERIFY(dialog.resultWarnings().isEmpty());
    }

    // A failed run's long error (every discovery attempt) wraps over several lines: the dialog
    // grows for it instead of squeezing the form above.
    // Closing the dialog while it onboards asks; the run goes on and the Sites page reports it.
    void closedDialogStillReportsTheOnboardingOnTheSitesPage()
    {
        OnboardingFixture f;
        SimAiSite *simSite = f.addSite(siteOptions());
        QVERIFY(f.startEngine());
        SitesPage sites(context(&f.engine()));
        QObject::connect(&f.engine(), &Engine::snapshotChanged, &sites, &SitesPage::showSnapshot);
        sites.show();
        sites.performAction(QStringLiteral("add"));
        QPointer<AddSiteDialog> dialog = sites.addSiteDialog();
        QVERIFY(dialog);
        dialog->setBaseUrl(simSite->url() + QStringLiteral("/v1"));
        dialog->setKeysText(kSiteKey);
        dialog->apply();
        QVERIFY(dialog->isRunning());
        dialog->reject();
        QMessageBox *box = nullptr;
        for (QMessageBox *b : dialog->findChildren<QMessageBox *>())
            box = b->isVisible() ? b : box;
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("Sites page")), qPrintable(box->text()));
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == QLatin1String("Close"))
                button->click();
        }
        QTRY_VERIFY(!dialog);  // closed and deleted
        QTRY_VERIFY2_WITH_TIMEOUT(sites.statusText().startsWith(QStringLiteral("Onboarded 127-0-0-1.")), qPrintable(sites.statusText()),
                                  60000);
    }

    void failedRunKeepsTheFormReadable()
    {
        OnboardingFixture f(2);
        QVERIFY(f.startEngine());
        AddSiteDialog dialog(context(&f.engine()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.resize(dialog.width(), dialog.minimumHeight());  // as small as the operator can make it
        dialog.setBaseUrl(QStringLiteral("http://127.0.0.1:1/v1"));
        dialog.setKeysText(kSiteKey);
        QSignalSpy finished(&dialog, &AddSiteDialog::onboardingFinished);
        dialog.apply();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(dialog.statusText().size() > 200);
        auto *formats = dialog.findChild<QGroupBox *>();
        QVERIFY(formats);
        QTRY_VERIFY2(formats->height() >= formats->minimumSizeHint().height(),
                     qPrintable(QStringLiteral("%1 < %2").arg(formats->height()).arg(formats->minimumSizeHint().height())));
        auto *status = dialog.findChild<StatusLabel *>();
        QVERIFY(status);
        QVERIFY(status->height() >= status->heightForWidth(status->width()));
    }

    // --demo: the dashboard says so and offers the demo site not onboarded yet; the dialog fills
    // its form from the demo's request, marks onboarded sites and onboards the filled site.
    void demoSitesFillTheForm()
    {
        OnboardingFixture f;
        SimAiSite *first = f.addSite(siteOptions());
        SimAiSiteOptions secondOptions = siteOptions();
        secondOptions.name = QStringLiteral("ui-second");
        secondOptions.validKeys = {QStringLiteral("sk-second-demo-key-0001")};
        SimAiSite *second = f.addSite(secondOptions);
        QVERIFY(f.startEngine());
        const auto request = [](const QString &url, const QString &key, const QString &name) {
            QJsonObject json{{QStringLiteral("baseUrl"), url},
                             {QStringLiteral("apiKeys"), QJsonArray{key}},
                             {QStringLiteral("channelTypes"), QJsonArray{QStringLiteral("openai")}}};
            if (!name.isEmpty())
                json.insert(QStringLiteral("siteName"), name);
            return json;
        };
        ConsoleContext ctx = context(&f.engine());
        ctx.demoSites = {request(first->url() + QStringLiteral("/v1"), kSiteKey, {}),
                         request(second->url(), QStringLiteral("sk-second-demo-key-0001"), QStringLiteral("demo-second"))};
        auto onboardedFirst = test::await(f.engine().processAiSite(SiteRequest::fromJson(ctx.demoSites.first()).value()), 60000);
        QVERIFY(onboardedFirst && onboardedFirst->ok());
        QTRY_COMPARE_WITH_TIMEOUT(f.engine().snapshot().sites.size(), 1, 5000);

        DashboardPage dashboard(ctx);
        QObject::connect(&f.engine(), &Engine::snapshotChanged, &dashboard, &DashboardPage::showSnapshot);
        dashboard.showSnapshot(f.engine().snapshot());
        QVERIFY2(dashboard.demoBanner()->text().contains(QStringLiteral("left for you to onboard")), qPrintable(dashboard.demoBanner()->text()));
        auto *bannerAction = dashboard.demoBanner()->findChild<QPushButton *>();
        QVERIFY(bannerAction && !bannerAction->isHidden());
        QSignalSpy navigation(&dashboard, &DashboardPage::navigationRequested);
        bannerAction->click();
        QCOMPARE(navigation.count(), 1);
        QCOMPARE(navigation.at(0).at(0).toString(), QStringLiteral("sites"));
        QCOMPARE(navigation.at(0).at(1).toString(), QStringLiteral("add-demo-site"));

        SitesPage sites(ctx);
        sites.show();
        sites.performAction(QStringLiteral("add-demo-site"));
        AddSiteDialog *dialog = sites.addSiteDialog();
        QVERIFY(dialog);
        auto *choices = dialog->findChild<QComboBox *>();
        QVERIFY(choices);
        QCOMPARE(choices->count(), 3);
        QVERIFY2(choices->itemText(1).endsWith(QStringLiteral("(onboarded)")), qPrintable(choices->itemText(1)));
        QVERIFY2(!choices->itemText(2).endsWith(QStringLiteral("(onboarded)")), qPrintable(choices->itemText(2)));
        QCOMPARE(choices->currentIndex(), 2);  // the site not onboarded yet was filled in
        QCOMPARE(dialog->keyCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->siteNamePreview(), QStringLiteral("demo-second"), 5000);
        const Result<SiteRequest> filled = dialog->request();
        QVERIFY(filled.ok());
        QCOMPARE(filled->baseUrl, second->url());
        QCOMPARE(filled->channelTypes, QList<ChannelType>{ChannelType::OpenAI});

        QSignalSpy finished(dialog, &AddSiteDialog::onboardingFinished);
        dialog->apply();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog->statusText()));
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("demo-second"));
        QTRY_VERIFY_WITH_TIMEOUT(choices->itemText(2).endsWith(QStringLiteral("(onboarded)")), 5000);
        // The name preview follows: the name is now the onboarded site's.
        auto *preview = dialog->findChild<QLabel *>(QStringLiteral("siteNamePreview"));
        QVERIFY(preview);
        QTRY_COMPARE_WITH_TIMEOUT(preview->text(), QStringLiteral("Site name: demo-second — already onboarded; it will be updated"), 5000);
        // Every demo site is onboarded: the banner stays, without its action.
        QTRY_VERIFY_WITH_TIMEOUT(bannerAction->isHidden(), 5000);
        QVERIFY(!dashboard.demoBanner()->text().contains(QStringLiteral("left for you")));
        QVERIFY(!dialog->fillDemoSite());

        // Outside the demo the dialog has no demo row and the dashboard no banner.
        AddSiteDialog plain(context(&f.engine()));
        QVERIFY(!plain.findChild<QComboBox *>());
        QVERIFY(!plain.fillDemoSite());
        DashboardPage plainDashboard(context(&f.engine()));
        plainDashboard.showSnapshot(f.engine().snapshot());
        QVERIFY(plainDashboard.demoBanner()->text().isEmpty());
    }

    // A model served by an OpenAI-compatible relay and an Anthropic site has a model group per
    // format: the matrix shows both groups and both site groups as members.
    void crossFormatSiteGroupsJoinTheModelGroupOfTheirFormat()
    {
        OnboardingFixture f;
        const QString claude = QStringLiteral("claude-sonnet-4-20250514");
        SimAiSiteOptions relay = siteOptions();
        relay.models = {claude, QStringLiteral("gpt-4o")};
        SimAiSite *relaySite = f.addSite(relay);
        SimAiSiteOptions anthropic = siteOptions();
        anthropic.name = QStringLiteral("anthropic");
        anthropic.formats = SimAiFormat::Anthropic;
        anthropic.models = {claude};
        SimAiSite *anthropicSite = f.addSite(anthropic);
        QVERIFY(f.startEngine());
        QJsonObject second = OnboardingFixture::request(anthropicSite->url(), {kSiteKey}, {QStringLiteral("anthropic")});
        second.insert(QStringLiteral("siteName"), QStringLiteral("claude-site"));
        for (const QJsonObject &request : {OnboardingFixture::request(relaySite->url(), {kSiteKey}), second}) {
            auto done = f.process(request);
            QVERIFY(done.has_value());
            QVERIFY2(done->ok(), qPrintable(done->error().toString()));
        }

        ModelsPage models(context(&f.engine()));
        QTRY_COMPARE_WITH_TIMEOUT(f.engine().snapshot().sites.size(), 2, 5000);
        models.showSnapshot(f.engine().snapshot());
        QSignalSpy loaded(&models, &ModelsPage::loaded);
        models.reload();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 5000);
        const QAbstractItemModel *matrix = models.matrixModel();
        int row = -1;
        int column = -1;
        for (int r = 0; r < matrix->rowCount(); ++r) {
            if (matrix->index(r, 0).data().toString() == claude)
                row = r;
        }
        for (int c = 0; c < matrix->columnCount(); ++c) {
            if (matrix->headerData(c, Qt::Horizontal).toString() == QLatin1String("claude-site-anthropic"))
                column = c;
        }
        QVERIFY(row >= 0 && column >= 0);
        QCOMPARE(matrix->index(row, column).data().toString(), QStringLiteral("weight 1"));
        QCOMPARE(matrix->index(row, column - 1).data().toString(), QStringLiteral("weight 1"));
        QCOMPARE(matrix->index(row, 2).data().toString(), claude + QStringLiteral(", ") + claude + QStringLiteral("-anthropic"));
        const QString tip = matrix->index(row, 2).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(claude + QStringLiteral("-anthropic (Anthropic format)")), qPrintable(tip));
        QCOMPARE(matrix->index(row, 3).data().toString(), QStringLiteral("2 / 2"));

        // Architecture by model: the model holds one L3 per format, each with the L2 of its format.
        ArchitecturePage architecture(context(&f.engine()));
        architecture.showSnapshot(f.engine().snapshot());
        QSignalSpy trees(&architecture, &ArchitecturePage::treesLoaded);
        architecture.reload();
        QTRY_VERIFY_WITH_TIMEOUT(trees.count() >= 1, 5000);
        const QTreeWidgetItem *top = nullptr;
        for (int i = 0; i < architecture.modelTree()->topLevelItemCount(); ++i) {
            if (architecture.modelTree()->topLevelItem(i)->text(0) == claude)
                top = architecture.modelTree()->topLevelItem(i);
        }
        QVERIFY(top);
        QCOMPARE(top->childCount(), 2);
        QStringList l3s;
        for (int i = 0; i < top->childCount(); ++i) {
            const QTreeWidgetItem *l3 = top->child(i);
            QCOMPARE(l3->childCount(), 1);
            l3s.append(l3->text(0) + QStringLiteral(" > ") + l3->child(0)->text(0));
        }
        l3s.sort();
        QCOMPARE(l3s, (QStringList{QStringLiteral("L3 %1 > L2 %1-via-127-0-0-1-openai").arg(claude),
                                   QStringLiteral("L3 %1-anthropic > L2 %1-via-claude-site-anthropic").arg(claude)}));
    }
};

QTEST_MAIN(TestUiOnboarding)
#include "tst_uionboarding.moc"
