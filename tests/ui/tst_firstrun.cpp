// The first-run and broken-configuration experience: a console with no instance file yet
// welcomes (a checklist, no error, no alarm), a broken instance file says why and offers the
// way to fix it, onboarding says before the form is filled in that no instance can take a site,
// and the empty pages say what will appear. Real engine, offscreen.

#include "core/engine/engine.h"
#include "core/instances/instancefile.h"
#include "tests/support/testutil.h"
#include "ui/common/setupstate.h"
#include "ui/common/uiformat.h"
#include "ui/instances/instancefiledialog.h"
#include "ui/models/instancesmodel.h"
#include "ui/pages/architecturepage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/gettingstartedbox.h"
#include "ui/pages/instancespage.h"
#include "ui/pages/sitespage.h"
#include "ui/pages/uniapipage.h"
#include "ui/sites/addsitedialog.h"
#include "ui/tray/traystate.h"
#include "ui/widgets/messagebanner.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <memory>

using namespace ul;

namespace {

// Stands in for the desktop: records the URLs QDesktopServices::openUrl() is given.
class UrlRecorder final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

QPushButton *actionOf(MessageBanner *banner)
{
    return banner->findChild<QPushButton *>();
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;

    QString instanceFile() const { return m_dir->filePath(QStringLiteral("gptload-instances.json")); }

    // A fresh engine over the test's directory: the instance file (absent unless written
    // before), api.yaml in a directory that does not exist yet, an in-memory store.
    void startEngine()
    {
        EngineOptions o;
        o.configDir = m_dir->path();
        o.dataDir = m_dir->path();
        o.stateStorePath = QStringLiteral(":memory:");
        o.instancesFilePath = instanceFile();
        o.uniApiYamlPath = m_dir->filePath(QStringLiteral("uni-api/api.yaml"));
        o.enableModelSync = false;
        o.enableChannelHealth = false;
        o.enableModelOptimizer = false;
        o.retryAttempts = 0;
        o.requestTimeoutMs = 2000;
        m_engine = std::make_unique<Engine>(o);
        m_engine->start();
        QTRY_VERIFY(m_engine->snapshot().ready);
    }

    ConsoleContext context() const
    {
        ConsoleContext c;
        c.engine = m_engine.get();
        return c;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        if (m_engine)
            m_engine->shutdown();
        m_engine.reset();
        m_dir.reset();
    }

    void firstRunIsAWelcomeNotAnError()
    {
        startEngine();
        const EngineSnapshot s = m_engine->snapshot();
        QVERIFY(s.instanceFile.missing);
        QVERIFY(SetupState::isFirstRun(s));
        QVERIFY(s.uniApi.error.isEmpty());  // api.yaml not created yet is no problem either
        QVERIFY(!s.uniApi.directoryExists);

        DashboardPage page(context());
        page.showSnapshot(s);
        QVERIFY(page.fileBanner()->isHidden());
        QVERIFY(!page.gettingStarted()->isHidden());
        QCOMPARE(page.instancesSummaryLabel()->text(), QStringLiteral("None yet"));
        QVERIFY2(page.uniApiStateText().contains(QStringLiteral("Not created yet")), qPrintable(page.uniApiStateText()));
        QVERIFY(!page.uniApiStateText().contains(QStringLiteral("#d")));  // not in the error or warning colour
        // uni-api reload (§6.10): the Rust runtime needs none, which is no warning either.
        QVERIFY2(page.uniApiReloadText().contains(QStringLiteral("Not needed")), qPrintable(page.uniApiReloadText()));
        QVERIFY(!page.uniApiReloadText().contains(QStringLiteral("#d")));
        EngineSnapshot written = s;
        uniapi::ReloadResult notNeeded;
        notNeeded.time = QDateTime::currentDateTimeUtc();
        written.uniApi.reload.last = notNeeded;
        page.showSnapshot(written);
        QVERIFY2(page.uniApiReloadText().startsWith(QStringLiteral("Not needed")), qPrintable(page.uniApiReloadText()));
        QVERIFY(page.uniApiReloadText().contains(QStringLiteral("last change")));
        QVERIFY(!page.uniApiReloadText().contains(QStringLiteral("#d")));
        // Python without a reload action: the change waits for a restart, in the warning colour.
        written.uniApi.reload.runtime = uniapi::UniApiRuntime::Python;
        written.uniApi.reload.last->outcome = uniapi::ReloadResult::Outcome::Manual;
        page.showSnapshot(written);
        QVERIFY2(page.uniApiReloadText().contains(QStringLiteral("restart uni-api")), qPrintable(page.uniApiReloadText()));
        QVERIFY(page.uniApiReloadText().contains(ui::warningColor().name()));
        EngineSnapshot failed = s;
        failed.uniApi.reload.runtime = uniapi::UniApiRuntime::Python;
        failed.uniApi.reload.action = uniapi::ReloadAction::Command;
        uniapi::ReloadResult last;
        last.time = QDateTime::currentDateTimeUtc();
        last.action = uniapi::ReloadAction::Command;
        last.outcome = uniapi::ReloadResult::Outcome::Failed;
        last.message = QStringLiteral("restart command docker exited with code 1");
        failed.uniApi.reload.last = last;
        page.showSnapshot(failed);
        QVERIFY2(page.uniApiReloadText().contains(QStringLiteral("exited with code 1")), qPrintable(page.uniApiReloadText()));
        QVERIFY(page.uniApiReloadText().contains(ui::warningColor().name()));
        page.showSnapshot(s);

        // The checklist: nothing done yet, the path api.yaml goes to, and no site before an instance.
        GettingStartedBox *steps = page.gettingStarted();
        QVERIFY(!steps->isDone(GettingStartedBox::AddInstance));
        QVERIFY(steps->stepText(GettingStartedBox::CheckApiYaml).contains(s.uniApi.path));
        QVERIFY(!steps->button(GettingStartedBox::AddSite)->isEnabled());
        QVERIFY(steps->findChildren<QLabel *>().size() > 3);
        QSignalSpy navigation(&page, &ConsolePage::navigationRequested);
        steps->button(GettingStartedBox::AddInstance)->click();
        QCOMPARE(navigation.size(), 1);
        QCOMPARE(navigation.first(), (QVariantList{QStringLiteral("instances"), QStringLiteral("add")}));

        // Tray and status line: unknown, not failing, and no error notification.
        QCOMPARE(TrayStateMapper::overallHealth(s), OverallHealth::Unknown);
        TrayStateMapper mapper;
        QVERIFY(mapper.update(s).isEmpty());
    }

    // Edit instance file… on a first run opens the editor on one new instance; Save creates the file.
    void editorCreatesTheFileWithItsFirstInstance()
    {
        startEngine();
        InstancesPage page(context());
        connect(m_engine.get(), &Engine::snapshotChanged, &page, &InstancesPage::showSnapshot);
        page.showSnapshot(m_engine->snapshot());
        QCOMPARE(page.fileBanner()->kind(), MessageBanner::Kind::Information);
        QVERIFY(page.addButton()->isEnabled());
        QVERIFY(!page.openFileButton()->isEnabled());  // nothing to open yet

        page.performAction(QStringLiteral("edit-file"));
        InstanceFileDialog *dialog = page.editorDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->editor().instances().size(), 1);
        QVERIFY(dialog->field(QStringLiteral("url"))->isEnabled());
        QVERIFY2(dialog->canSave(), qPrintable(dialog->problemText()));
        QVERIFY(dialog->save());
        QVERIFY(QFile::exists(instanceFile()));
        QTRY_COMPARE(m_engine->snapshot().instances.size(), 1);
        QVERIFY(!m_engine->snapshot().instanceFile.missing);
    }

    // A `//` comment: named as such, everywhere; the dashboard says the file is unreadable
    // (not "none configured"), Add waits, the file and its folder open on the desktop, and
    // Reload in the editor picks up the fix.
    void brokenInstanceFileSaysWhyAndHowToFixIt()
    {
        QVERIFY(test::writeFile(instanceFile(), "// my local gpt-load\n"
                                                "[{\"id\":\"l\",\"name\":\"L\",\"url\":\"http://127.0.0.1:1\",\"priority\":1}]\n"));
        startEngine();
        const EngineSnapshot s = m_engine->snapshot();
        QVERIFY(!s.instanceFile.missing);
        QVERIFY2(s.instanceFile.errorReason.startsWith(QStringLiteral("comments are not allowed in JSON (line 1)")),
                 qPrintable(s.instanceFile.errorReason));

        DashboardPage dashboard(context());
        dashboard.showSnapshot(s);
        QCOMPARE(dashboard.instancesSummaryLabel()->text(), QStringLiteral("Instance file unreadable"));
        QCOMPARE(dashboard.fileBanner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(dashboard.gettingStarted()->isHidden());
        QCOMPARE(TrayStateMapper::overallHealth(s), OverallHealth::Failing);

        InstancesPage page(context());
        connect(m_engine.get(), &Engine::snapshotChanged, &page, &InstancesPage::showSnapshot);
        page.showSnapshot(s);
        QVERIFY(!page.addButton()->isEnabled());
        QVERIFY(!page.addButton()->toolTip().isEmpty());

        UrlRecorder desktop;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &desktop, "open");
        const auto restore = qScopeGuard([]() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
        page.openFileButton()->click();
        page.openFolderButton()->click();
        QCOMPARE(desktop.urls, (QList<QUrl>{QUrl::fromLocalFile(instanceFile()), QUrl::fromLocalFile(m_dir->path())}));

        page.performAction(QStringLiteral("edit-file"));
        InstanceFileDialog *dialog = page.editorDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->canSave());
        QVERIFY(dialog->openFileButton()->isVisible());
        dialog->openFileButton()->click();
        QCOMPARE(desktop.urls.size(), 3);

        QVERIFY(test::writeFile(instanceFile(), "[{\"id\":\"l\",\"name\":\"L\",\"url\":\"http://127.0.0.1:1\",\"priority\":1}]\n"));
        QSignalSpy loads(dialog, &InstanceFileDialog::fileLoads);
        dialog->reloadButton()->click();
        QCOMPARE(loads.size(), 1);
        QVERIFY(dialog->canSave());
        QVERIFY(!dialog->openFileButton()->isVisible());
        QTRY_VERIFY(!m_engine->snapshot().instanceFile.hasError());  // the engine read it again
        QTRY_VERIFY(page.addButton()->isEnabled());
    }

    void restrictPermissionsFixesTheWarningOrSaysWhyNot()
    {
        QVERIFY(test::writeFile(instanceFile(), "[{\"id\":\"l\",\"name\":\"L\",\"url\":\"http://127.0.0.1:1\",\"priority\":1}]\n"));
        QVERIFY(QFile::setPermissions(instanceFile(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        startEngine();
        QVERIFY(m_engine->snapshot().instanceFile.readableByOthers);
        QVERIFY(m_engine->snapshot().instanceFile.warnings.first().startsWith(QStringLiteral("The instance file")));

        DashboardPage dashboard(context());
        dashboard.showSnapshot(m_engine->snapshot());
        QPushButton *fix = actionOf(dashboard.warningBanner());
        QVERIFY(fix && !fix->isHidden());
        QCOMPARE(fix->text(), QStringLiteral("Restrict permissions"));
        QSignalSpy navigation(&dashboard, &ConsolePage::navigationRequested);
        fix->click();
        QCOMPARE(navigation.first(), (QVariantList{QStringLiteral("instances"), QStringLiteral("restrict-permissions")}));

        InstancesPage page(context());
        connect(m_engine.get(), &Engine::snapshotChanged, &page, &InstancesPage::showSnapshot);
        page.showSnapshot(m_engine->snapshot());
        QVERIFY(!actionOf(page.warningBanner())->isHidden());
        page.performAction(QStringLiteral("restrict-permissions"));
        QCOMPARE(QFile::permissions(instanceFile()) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QTRY_VERIFY(!m_engine->snapshot().instanceFile.readableByOthers);
        QTRY_VERIFY(page.warningBanner()->isHidden());
        QTRY_VERIFY2(page.statusText().contains(QStringLiteral("owner only")), qPrintable(page.statusText()));

        QVERIFY(QFile::remove(instanceFile()));
        page.performAction(QStringLiteral("restrict-permissions"));
        QVERIFY2(page.statusText().startsWith(QStringLiteral("Permissions not changed")), qPrintable(page.statusText()));
    }

    // With no instance that can take a site, the add-site dialog and the sites page say so
    // before the form is filled in; the plan still works.
    void onboardingWaitsForAnInstance()
    {
        startEngine();
        AddSiteDialog dialog(context());
        QVERIFY(!dialog.readinessBanner()->isHidden());
        QVERIFY(dialog.readinessBanner()->text().contains(QStringLiteral("No gpt-load instance is set up yet")));
        dialog.setBaseUrl(QStringLiteral("https://api.example.com/v1"));
        dialog.setKeysText(QStringLiteral("sk-one"));
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY(!dialog.applyButton()->toolTip().isEmpty());
        QVERIFY(dialog.planButton()->isEnabled());
        QSignalSpy toInstances(&dialog, &AddSiteDialog::instancesPageRequested);
        actionOf(dialog.readinessBanner())->click();
        QCOMPARE(toInstances.size(), 1);

        SitesPage sites(context());
        sites.showSnapshot(m_engine->snapshot());
        QVERIFY(!sites.readinessBanner()->isHidden());
        QVERIFY2(sites.emptyHintText().contains(QStringLiteral("No gpt-load instance is set up yet")), qPrintable(sites.emptyHintText()));
        QVERIFY(!sites.emptyHintText().contains(QStringLiteral("all it needs")));
        QSignalSpy navigation(&sites, &ConsolePage::navigationRequested);
        actionOf(sites.readinessBanner())->click();
        QCOMPARE(navigation.first(), (QVariantList{QStringLiteral("instances"), QString()}));

        // From the Sites page, "Go to Instances" sets the form aside; Add site brings it back as typed.
        sites.performAction(QStringLiteral("add"));
        QPointer<AddSiteDialog> kept = sites.addSiteDialog();
        QVERIFY(kept);
        kept->setBaseUrl(QStringLiteral("https://kept.example.com/v1"));
        kept->setKeysText(QStringLiteral("sk-kept-1\nsk-kept-2"));
        navigation.clear();
        actionOf(kept->readinessBanner())->click();
        QCOMPARE(navigation.size(), 1);
        QCOMPARE(navigation.first(), (QVariantList{QStringLiteral("instances"), QString()}));
        QVERIFY(kept);
        QVERIFY(kept->isHidden());
        QVERIFY2(sites.statusText().contains(QStringLiteral("form is kept")), qPrintable(sites.statusText()));
        sites.performAction(QStringLiteral("add"));
        QCOMPARE(sites.addSiteDialog(), kept.data());
        QVERIFY(kept->isVisible());
        QCOMPARE(kept->keyCount(), 2);
        QVERIFY(kept->request().ok());
        QCOMPARE(kept->request()->baseUrl, QStringLiteral("https://kept.example.com/v1"));
        kept->done(QDialog::Rejected);

        // An instance that is configured and checked but down blocks it too; one up does not.
        EngineSnapshot down = m_engine->snapshot();
        down.instanceFile = InstanceFileView();
        down.instanceFile.loaded = true;
        InstanceView instance;
        instance.id = QStringLiteral("a");
        instance.checked = true;
        down.instances = {instance};
        QCOMPARE(SetupState::onboarding(down), SetupState::Onboarding::NoHealthyInstance);
        sites.showSnapshot(down);
        QVERIFY(sites.readinessBanner()->text().contains(QStringLiteral("answers")));
        down.instances.first().healthy = true;
        sites.showSnapshot(down);
        QVERIFY(sites.readinessBanner()->isHidden());
        down.instances.first().checked = false;
        down.instances.first().healthy = false;
        QCOMPARE(SetupState::onboarding(down), SetupState::Onboarding::Unknown);  // not checked yet: no alarm
    }

    void architectureTreesSayWhatWillAppear()
    {
        ArchitecturePage page{ConsoleContext()};
        page.resize(800, 600);
        for (QTreeWidget *tree : {page.modelTree(), page.siteTree()}) {
            auto *hint = tree->viewport()->findChild<QLabel *>(QStringLiteral("emptyHint"));
            QVERIFY(hint);
            QVERIFY(!hint->isHidden());
            QVERIFY(!hint->text().isEmpty());
        }
    }

    // Choose api.yaml… saves UNI_API_YAML_PATH as the settings page does, for the next start.
    void apiYamlPageChoosesTheFile()
    {
        startEngine();
        UniApiPage page(context());
        page.showSnapshot(m_engine->snapshot());
        QVERIFY2(page.fileText().contains(QStringLiteral("not created yet")), qPrintable(page.fileText()));
        QVERIFY(!page.fileText().contains(QStringLiteral("Problem")));

        const QString chosen = m_dir->filePath(QStringLiteral("srv/api.yaml"));
        page.useApiYaml(chosen);
        QTRY_VERIFY(!page.statusText().isEmpty());
        QVERIFY2(page.statusText().contains(QStringLiteral("restart uni-load")), qPrintable(page.statusText()));
        const auto stored = test::await(m_engine->storedSettings());
        QVERIFY(stored && stored->ok());
        QCOMPARE(stored->value().value(QStringLiteral("env.UNI_API_YAML_PATH")).toString(), chosen);
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
