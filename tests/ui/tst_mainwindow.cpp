#include "core/engine/engine.h"
#include "core/engine/enginecore.h"
#include "core/engine/jobqueue.h"
#include "tests/support/testutil.h"
#include "ui/common/enginetext.h"
#include "ui/common/uiformat.h"
#include "ui/desktopconsole.h"
#include "ui/i18n/languagecontroller.h"
#include "ui/instances/instancefiledialog.h"
#include "ui/mainwindow.h"
#include "ui/layers/filterruleseditor.h"
#include "ui/pages/architecturepage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/healthpage.h"
#include "ui/pages/healththresholdsdialog.h"
#include "ui/pages/instancespage.h"
#include "ui/pages/layerspage.h"
#include "ui/pages/modelspage.h"
#include "ui/pages/pagecatalog.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/sitespage.h"
#include "ui/sites/addsitedialog.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/notificationarea.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ul;

namespace {

EngineOptions engineOptions(const QString &instanceFile)
{
    EngineOptions o;
    o.stateStorePath = QStringLiteral(":memory:");
    o.instancesFilePath = instanceFile;
    o.enableModelSync = false;
    o.enableChannelHealth = false;
    o.enableModelOptimizer = false;
    o.retryAttempts = 0;
    o.requestTimeoutMs = 2000;
    return o;
}

// The question a ui::confirm() left open over `parent`, or nullptr.
QMessageBox *openQuestion(const QWidget *parent)
{
    for (QMessageBox *box : parent->findChildren<QMessageBox *>()) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

bool answer(QMessageBox *box, const QString &buttonText)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == buttonText) {
            button->click();
            return true;
        }
    }
    return false;
}

InstanceView instance(const QString &id, int priority)
{
    InstanceView i;
    i.id = id;
    i.name = QStringLiteral("Instance ") + id.toUpper();
    i.priority = priority;
    i.healthy = true;
    i.checked = true;
    return i;
}

// Two instances (a before b) and one site whose group lives on `groupInstance`.
EngineSnapshot sitesSnapshot(const QString &groupInstance, const QString &health)
{
    EngineSnapshot s;
    s.revision = 1;
    s.ready = true;
    s.channelFailureThreshold = 3;
    s.instances = {instance(QStringLiteral("b"), 2), instance(QStringLiteral("a"), 1)};  // the engine's order is by priority
    SiteGroupView g;
    g.name = QStringLiteral("alpha-openai");
    g.channelType = QStringLiteral("openai");
    g.instanceId = groupInstance;
    g.instanceName = QStringLiteral("Instance ") + groupInstance.toUpper();
    g.keysCount = 2;
    g.health = health;
    SiteView site;
    site.name = QStringLiteral("alpha");
    site.baseUrl = QStringLiteral("https://alpha.example");
    site.groups = {g};
    s.sites = {site};
    return s;
}

QJsonObject stored(Engine &engine)
{
    auto r = test::await(engine.storedSettings());
    return r && r->ok() ? r->value() : QJsonObject();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ConsoleContext context(Engine *engine, LanguageController *language = nullptr)
    {
        ConsoleContext c;
        c.engine = engine;
        c.config = AppConfig(m_dir.path(), m_dir.path());
        c.language = language;
        return c;
    }

private slots:
    void rendersEveryPage()
    {
        Engine engine(engineOptions(m_dir.filePath(QStringLiteral("missing.json"))));
        engine.start();
        MainWindow window(context(&engine));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(engine.snapshot().ready);

        QCOMPARE(window.pageIds(), consolePageIds());
        QCOMPARE(window.pageIds(), (QStringList{QStringLiteral("dashboard"), QStringLiteral("sites"), QStringLiteral("models"),
                                                QStringLiteral("instances"), QStringLiteral("layers"), QStringLiteral("architecture"),
                                                QStringLiteral("sync"), QStringLiteral("health"), QStringLiteral("cleanup"),
                                                QStringLiteral("operations"), QStringLiteral("uniapi"), QStringLiteral("settings")}));
        for (const QString &id : window.pageIds()) {
            QVERIFY(window.showPage(id));
            QCOMPARE(window.currentPageId(), id);
            QVERIFY(window.page(id)->isVisible());
            const QImage image = window.grab().toImage();
            QCOMPARE(image.size(), QSize(1280, 800) * window.devicePixelRatio());
        }
        QVERIFY(!window.showPage(QStringLiteral("no-such-page")));
        engine.shutdown();
    }

    // Keyboard: Ctrl+1…9 switch pages, Ctrl+F focuses the page's filter, F5 clicks its refresh
    // button (disabled where a page has none), Ctrl+N opens the add-site dialog, Del on the
    // sites page is its Delete button.
    void keyboardShortcutsReachPagesAndActions()
    {
        Engine engine(engineOptions(m_dir.filePath(QStringLiteral("missing.json"))));
        engine.start();
        MainWindow window(context(&engine));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTRY_VERIFY(engine.snapshot().ready);

        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("models"));
        auto *models = qobject_cast<ModelsPage *>(window.page(QStringLiteral("models")));
        QVERIFY(models->filterField() && models->refreshButton());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(models->filterField()->hasFocus());
        QSignalSpy refreshed(models->refreshButton(), &QAbstractButton::clicked);
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(refreshed.count(), 1);

        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("dashboard"));
        const auto action = [&window](const QKeySequence &keys) {
            for (QAction *a : window.findChildren<QAction *>()) {
                if (a->shortcut() == keys)
                    return a;
            }
            return static_cast<QAction *>(nullptr);
        };
        // The View menu shows "Layers & filters" as written (its '&' is no mnemonic), and every
        // page entry has a mnemonic of its own, distinct from Find's and Refresh's.
        QAction *layers = action(QKeySequence(Qt::CTRL | Qt::Key_5));
        QVERIFY(layers);
        QCOMPARE(layers->text(), QStringLiteral("&Layers && filters"));
        QSet<QChar> mnemonics{QLatin1Char('f'), QLatin1Char('r')};
        for (const QString &text : window.pageMenuTexts()) {
            static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
            const QRegularExpressionMatch m = mnemonic.match(QString(text).replace(QStringLiteral("&&"), QString()));
            QVERIFY2(m.hasMatch(), qPrintable(text));
            const QChar key = m.captured(1).at(0).toLower();
            QVERIFY2(!mnemonics.contains(key), qPrintable(text));
            mnemonics.insert(key);
        }
        QVERIFY(action(QKeySequence::Refresh) && !action(QKeySequence::Refresh)->isEnabled());  // the dashboard has nothing to refresh
        QVERIFY(action(QKeySequence::Find) && !action(QKeySequence::Find)->isEnabled());

        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("sites"));
        auto *sites = qobject_cast<SitesPage *>(window.page(QStringLiteral("sites")));
        QVERIFY(sites->addSiteDialog());
        QTRY_VERIFY(sites->addSiteDialog()->isVisible());
        sites->addSiteDialog()->reject();

        // Every page that shows something to filter or re-read answers Ctrl+F and F5.
        for (const QString &id : {QStringLiteral("health"), QStringLiteral("architecture"), QStringLiteral("uniapi")}) {
            QVERIFY(window.showPage(id));
            QVERIFY2(action(QKeySequence::Find)->isEnabled(), qPrintable(id));
            QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
            QTRY_VERIFY2(window.page(id)->filterField()->hasFocus(), qPrintable(id));
        }
        for (const QString &id : {QStringLiteral("health"), QStringLiteral("instances"), QStringLiteral("architecture"), QStringLiteral("sync")}) {
            QVERIFY(window.showPage(id));
            QVERIFY2(action(QKeySequence::Refresh)->isEnabled(), qPrintable(id));
        }
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("operations"));
        QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("uniapi"));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("settings"));
        // Settings' filter sits on its All settings tab, not the one shown: Ctrl+F shows it first.
        QLineEdit *settingsFilter = window.page(QStringLiteral("settings"))->filterField();
        QVERIFY(!settingsFilter->isVisible());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(settingsFilter->hasFocus());
        QVERIFY(settingsFilter->isVisible());

        // Tab leaves a table (arrows move inside it), so the buttons under it can be reached: the
        // table of every setting has rows and columns enough to keep Tab inside for long.
        auto *table = window.page(QStringLiteral("settings"))->findChild<QTableView *>();
        QVERIFY(table && table->isVisible() && table->model()->rowCount() > 10);
        table->setFocus(Qt::TabFocusReason);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(!table->hasFocus());  // at once: the key moved the focus, not the current cell
        QCOMPARE(table->currentIndex().column(), 0);

        QPushButton *deleteButton = nullptr;
        for (QPushButton *button : sites->findChildren<QPushButton *>()) {
            if (button->shortcut() == QKeySequence(QKeySequence::Delete))
                deleteButton = button;
        }
        QVERIFY(deleteButton);
        QVERIFY(deleteButton->toolTip().contains(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));
        engine.shutdown();
    }

    // A missing file on a first run is a welcome (tst_firstrun); a broken one is an error.
    void fileProblemBannerOpensTheInstanceEditor()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(test::writeFile(broken, "# instances\n[]\n"));
        Engine engine(engineOptions(broken));
        engine.start();
        MainWindow window(context(&engine));
        window.show();
        auto *dashboard = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")));
        QVERIFY(dashboard);
        QTRY_VERIFY(dashboard->fileBanner()->isVisible());
        QCOMPARE(dashboard->fileBanner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(dashboard->fileBanner()->text().contains(QStringLiteral("comments are not allowed in JSON (line 1)")),
                 qPrintable(dashboard->fileBanner()->text()));

        emit dashboard->fileBanner()->actionTriggered();
        QCOMPARE(window.currentPageId(), QStringLiteral("instances"));
        auto *instances = qobject_cast<InstancesPage *>(window.page(QStringLiteral("instances")));
        QVERIFY(instances->editorDialog());
        QVERIFY(instances->editorDialog()->isVisible());
        instances->editorDialog()->reject();
        engine.shutdown();
    }

    void languageSwitchRetranslatesVisibleText()
    {
        Engine engine(engineOptions(m_dir.filePath(QStringLiteral("missing.json"))));
        engine.start();
        LanguageController language;
        language.apply(LanguageController::Choice::English);
        MainWindow window(context(&engine, &language));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>();
        QVERIFY(navigation);
        QCOMPARE(window.windowTitle(), QStringLiteral("uni-load console"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Dashboard"));
        auto *dashboard = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")));
        QTRY_COMPARE(dashboard->instancesSummaryLabel()->text(), QStringLiteral("None yet"));
        // A notification that arrived in English.
        EngineSnapshot down;
        down.ready = true;
        InstanceView instance;
        instance.id = QStringLiteral("a");
        instance.name = QStringLiteral("primary");
        instance.checked = true;
        down.instances << instance;
        TrayStateMapper mapper;
        const QList<ConsoleNotification> arrived = mapper.update(down);
        QCOMPARE(arrived.size(), 1);
        window.notificationArea()->addNotification(arrived.first());
        QCOMPARE(window.notificationArea()->notifications().first().title, QStringLiteral("Instance down: primary"));

        // Through the settings page, as an operator would: applied live and saved.
        window.showPage(QStringLiteral("settings"));
        auto *settings = qobject_cast<SettingsPage *>(window.page(QStringLiteral("settings")));
        settings->languageBox()->setCurrentIndex(settings->languageBox()->findData(QStringLiteral("zh_CN")));
        QCOMPARE(language.activeLanguage(), QStringLiteral("zh_CN"));
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("uni-load 控制台"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("仪表盘"));
        QCOMPARE(dashboard->instancesSummaryLabel()->text(), QStringLiteral("尚无"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("站点"));
        QCOMPARE(navigation->item(7)->text(), QStringLiteral("健康"));
        auto *sites = qobject_cast<SitesPage *>(window.page(QStringLiteral("sites")));
        QCOMPARE(sites->sitesModel()->headerData(5, Qt::Horizontal).toString(), QStringLiteral("健康状态"));
        auto *models = qobject_cast<ModelsPage *>(window.page(QStringLiteral("models")));
        QCOMPARE(models->membersModel()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("权重"));
        QTRY_COMPARE(stored(engine).value(QStringLiteral("ui.language")).toString(), QStringLiteral("zh_CN"));
        QTRY_COMPARE(settings->generalStatus(), QStringLiteral("语言已保存。"));
        QCOMPARE(window.notificationArea()->notifications().first().title, QStringLiteral("实例不可用：primary"));
        QCOMPARE(window.notificationArea()->notifications().first().message, QStringLiteral("该 gpt-load 实例没有响应。"));
        // The engine's English job titles, steps and results, in the interface language.
        QCOMPARE(EngineText::translate(QStringLiteral("Onboard api-example-com")), QStringLiteral("接入 api-example-com"));
        QCOMPARE(EngineText::translate(QStringLiteral("Recover gpt-4o on relay-openai")), QStringLiteral("在 relay-openai 上恢复 gpt-4o"));
        QCOMPARE(EngineText::translate(QStringLiteral("2 checked: 1 healthy, 1 unhealthy, 0 inconclusive, 0 errors; removed: a-openai")),
                 QStringLiteral("已检查 2 个：1 个健康，1 个不健康，0 个无法判断，0 个出错；已移出：a-openai"));
        QCOMPARE(EngineText::translate(QStringLiteral("Delete every managed model group")), QStringLiteral("删除所有受管理的模型分组"));
        QCOMPARE(EngineText::operation(QStringLiteral("upload-keys")), QStringLiteral("上传密钥"));
        QCOMPARE(EngineText::translate(QStringLiteral("something new from the engine")), QStringLiteral("something new from the engine"));
        QCOMPARE(EngineText::operation(QStringLiteral("brand-new-op")), QStringLiteral("brand-new-op"));

        language.apply(LanguageController::Choice::English);
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("uni-load console"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Dashboard"));
        QCOMPARE(sites->sitesModel()->headerData(5, Qt::Horizontal).toString(), QStringLiteral("Health"));
        // The last action's line follows too: no sentence of the other language is left behind.
        QCOMPARE(settings->generalStatus(), QStringLiteral("Language saved."));
        QCOMPARE(window.notificationArea()->notifications().first().title, QStringLiteral("Instance down: primary"));
        QCOMPARE(EngineText::translate(QStringLiteral("Recover gpt-4o on relay-openai")), QStringLiteral("Recover gpt-4o on relay-openai"));
        engine.shutdown();
    }

    void notificationsGoToTheWindowWithoutATray()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());  // offscreen has none
        const QString file = m_dir.filePath(QStringLiteral("gptload-instances.json"));
        // Port 1 on loopback refuses at once: the first check finds the instance down.
        const QByteArray json = "[{\"id\":\"local\",\"name\":\"Local\",\"url\":\"http://127.0.0.1:1\",\"priority\":1}]";
        QVERIFY(test::writeFile(file, json));
        Engine engine(engineOptions(file));
        engine.start();
        DesktopConsole console(context(&engine), DesktopConsole::Options{});
        QVERIFY(!console.tray());
        console.show();
        QVERIFY(console.window()->isVisible());
        NotificationArea *area = console.window()->notificationArea();
        QTRY_VERIFY_WITH_TIMEOUT(area->count() >= 1, 10000);
        QCOMPARE(area->notifications().first().title, QStringLiteral("Instance down: Local"));
        QVERIFY(area->isVisible());
        area->clearAll();
        QVERIFY(!area->isVisible());

        // Without a tray, closing the window closes it (the application would quit).
        QVERIFY(console.window()->close());
        QVERIFY(!console.window()->isVisible());
        engine.shutdown();
    }

    // Tab follows the page as it reads: the bar on top, the upper table, the buttons of the
    // lower pane in their row, its table; not the order the widgets were made in.
    void tabFollowsTheReadingOrder()
    {
        Engine engine(engineOptions(m_dir.filePath(QStringLiteral("missing.json"))));
        engine.start();
        MainWindow window(context(&engine));
        window.show();
        QVERIFY(window.showPage(QStringLiteral("sites")));
        QWidget *page = window.page(QStringLiteral("sites"));
        QStringList chain;  // what each stop is: a button's text, else its class
        QWidget *w = page->findChild<QLineEdit *>();
        QVERIFY(w);
        for (int i = 0; i < 20000 && (chain.isEmpty() || w != page->findChild<QLineEdit *>()); ++i, w = w->nextInFocusChain()) {
            if (!page->isAncestorOf(w) || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            auto *button = qobject_cast<QPushButton *>(w);
            chain << (button ? button->text() : QString::fromLatin1(w->metaObject()->className()));
        }
        const auto at = [&chain](const QString &stop) { return chain.indexOf(stop); };
        QVERIFY2(at(QStringLiteral("QLineEdit")) == 0, qPrintable(chain.join(QStringLiteral(" → "))));
        QVERIFY2(at(QStringLiteral("QTableView")) == 1, qPrintable(chain.join(QStringLiteral(" → "))));
        QVERIFY2(at(QStringLiteral("Add keys…")) > 1 && at(QStringLiteral("Add keys…")) < at(QStringLiteral("Demote…")), qPrintable(chain.join(QStringLiteral(" → "))));
        QVERIFY2(at(QStringLiteral("Demote…")) < at(QStringLiteral("Delete…")), qPrintable(chain.join(QStringLiteral(" → "))));
        QVERIFY2(chain.lastIndexOf(QStringLiteral("QTableView")) > at(QStringLiteral("Delete…")), qPrintable(chain.join(QStringLiteral(" → "))));
        QVERIFY2(chain.last() == QStringLiteral("Add site…"), qPrintable(chain.join(QStringLiteral(" → "))));  // just before the filter
        engine.shutdown();
    }

    // The window opens where and as large as it was when last hidden or quit.
    void windowGeometryIsKeptForTheNextStart()
    {
        Engine engine(engineOptions(m_dir.filePath(QStringLiteral("missing.json"))));
        engine.start();
        {
            DesktopConsole console(context(&engine), DesktopConsole::Options{});
            console.show();
            console.window()->resize(1000, 650);
            console.saveWindowGeometry();
        }
        const QString saved = stored(engine).value(DesktopConsole::windowGeometryKey()).toString();
        QVERIFY(!saved.isEmpty());
        DesktopConsole::Options options;
        options.windowGeometry = QByteArray::fromBase64(saved.toLatin1());
        DesktopConsole again(context(&engine), options);
        again.show();
        QCOMPARE(again.window()->size(), QSize(1000, 650));
        engine.shutdown();
    }

    void dashboardCancelsAQueuedJob()
    {
        Engine engine(engineOptions(m_dir.filePath(QStringLiteral("missing.json"))));
        engine.start();
        QTRY_VERIFY(engine.snapshot().ready);
        // The first job holds the queue until the gate opens; the second waits behind it.
        auto gate = std::make_shared<QPromise<Result<int>>>();
        gate->start();
        QFuture<Result<int>> first = engine.invoke<int>([gate](EngineCore &core) {
            return core.jobs().enqueue<int>(QStringLiteral("demo"), QStringLiteral("Blocking job"), {},
                                            [gate](const JobContextPtr &) { return gate->future(); });
        });
        QFuture<Result<int>> second = engine.invoke<int>([](EngineCore &core) {
            return core.jobs().enqueue<int>(QStringLiteral("demo"), QStringLiteral("Queued job"), {},
                                            [](const JobContextPtr &) { return readyResult<int>(1); });
        });

        DashboardPage page(context(&engine));
        connect(&engine, &Engine::snapshotChanged, &page, &DashboardPage::showSnapshot);
        page.showSnapshot(engine.snapshot());
        QTRY_COMPARE(page.jobsView()->model()->rowCount(), 2);
        int queuedRow = -1;
        for (int row = 0; row < 2; ++row) {
            if (page.jobsView()->model()->index(row, 0).data().toString() == QStringLiteral("Queued job"))
                queuedRow = row;
        }
        QVERIFY(queuedRow >= 0);
        page.jobsView()->selectRow(queuedRow);
        QVERIFY(page.cancelJobButton()->isEnabled());
        page.cancelJobButton()->click();

        const auto cancelled = test::await(second);
        QVERIFY(cancelled.has_value());
        QCOMPARE(cancelled->error().kind, ErrorKind::Cancelled);
        QTRY_VERIFY2(page.jobStatusText().contains(QStringLiteral("is cancelled")), qPrintable(page.jobStatusText()));

        gate->addResult(Result<int>(7));
        gate->finish();
        QCOMPARE(test::await(first)->value(), 7);
        engine.shutdown();
    }

    // Promote / demote only towards an existing neighbour; both ask before moving anything.
    void reassignButtonsFollowTheNeighboursAndAsk()
    {
        Engine engine(engineOptions(m_dir.filePath(QStringLiteral("missing.json"))));
        engine.start();
        SitesPage page(context(&engine));
        page.showSnapshot(sitesSnapshot(QStringLiteral("a"), QStringLiteral("healthy")));
        QVERIFY(!page.promoteButton()->isEnabled());
        QVERIFY2(page.promoteButton()->toolTip().contains(QStringLiteral("highest-priority")), qPrintable(page.promoteButton()->toolTip()));
        QVERIFY(page.demoteButton()->isEnabled());
        QVERIFY2(page.demoteButton()->toolTip().contains(QStringLiteral("Instance B")), qPrintable(page.demoteButton()->toolTip()));

        page.showSnapshot(sitesSnapshot(QStringLiteral("b"), QStringLiteral("healthy")));
        QVERIFY(page.promoteButton()->isEnabled());
        QVERIFY(!page.demoteButton()->isEnabled());
        QVERIFY2(page.demoteButton()->toolTip().contains(QStringLiteral("lowest-priority")), qPrintable(page.demoteButton()->toolTip()));

        page.promoteButton()->click();
        QMessageBox *box = openQuestion(&page);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("alpha-openai")) && box->text().contains(QStringLiteral("from Instance B to Instance A")),
                 qPrintable(box->text()));
        QVERIFY(answer(box, QStringLiteral("Cancel")));
        QVERIFY(!page.statusText().contains(QStringLiteral("Promoting")));  // nothing started
        engine.shutdown();
    }

    // gpt-load's key pool as last read: the Keys cells count the invalid keys (warning colour,
    // the reading in the tooltip) and the dashboard names the site groups holding them.
    void invalidKeysAreShownWhereTheKeysAre()
    {
        Engine engine(engineOptions(m_dir.filePath(QStringLiteral("missing.json"))));
        engine.start();
        EngineSnapshot s = sitesSnapshot(QStringLiteral("a"), QStringLiteral("healthy"));
        SiteGroupView &g = s.sites.first().groups.first();
        const auto keysColumn = [](const QAbstractItemModel *model) {
            for (int c = 0; c < model->columnCount(); ++c) {
                if (model->headerData(c, Qt::Horizontal).toString() == QLatin1String("Keys"))
                    return c;
            }
            return -1;
        };

        SitesPage page(context(&engine));
        page.showSnapshot(s);
        page.selectSite(QStringLiteral("alpha"));
        QTRY_COMPARE(page.groupsModel()->rowCount(), 1);
        QModelIndex cell = page.groupsModel()->index(0, keysColumn(page.groupsModel()));
        QCOMPARE(cell.data().toString(), QStringLiteral("2"));  // not read yet: the uploaded count
        QVERIFY(!page.removeInvalidKeysButton()->isEnabled());
        QVERIFY(page.removeInvalidKeysButton()->toolTip().contains(QStringLiteral("not been read")));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("next health check")));
        QVERIFY(!cell.data(Qt::ForegroundRole).isValid());

        g.keyPool = KeyPoolView{{5, 2, 3}, QDateTime::currentDateTime()};
        s.sites.first().keysCount = 5;
        s.sites.first().invalidKeys = 3;
        ++s.revision;
        page.showSnapshot(s);
        cell = page.groupsModel()->index(0, keysColumn(page.groupsModel()));
        QCOMPARE(cell.data().toString(), QStringLiteral("5 (3 invalid)"));
        QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 active, 3 invalid of 5")),
                 qPrintable(cell.data(Qt::ToolTipRole).toString()));
        QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), ui::warningColor());
        QVERIFY(cell.data(Qt::DecorationRole).isValid());
        const QModelIndex siteCell = page.sitesModel()->index(0, keysColumn(page.sitesModel()));
        QCOMPARE(siteCell.data().toString(), QStringLiteral("5 (3 invalid)"));
        // Removing them asks first, naming what goes and what stays; Cancel is the default.
        QVERIFY(page.removeInvalidKeysButton()->isEnabled());
        page.removeInvalidKeysButton()->click();
        QMessageBox *box = openQuestion(&page);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("Delete the 3 invalid key")) && box->text().contains(QStringLiteral("of alpha-openai")) && box->text().contains(QStringLiteral("2 active key")),
                 qPrintable(box->text()));
        QCOMPARE(box->defaultButton()->text(), QStringLiteral("Cancel"));
        QVERIFY(answer(box, QStringLiteral("Cancel")));
        QVERIFY(!page.statusText().contains(QStringLiteral("Removing")));

        g.keyPool.active = 0;  // every key blacklisted: the error colour
        ++s.revision;
        page.showSnapshot(s);
        QCOMPARE(page.groupsModel()->index(0, keysColumn(page.groupsModel())).data(Qt::ForegroundRole).value<QColor>(), ui::errorColor());

        DashboardPage dashboard(context(&engine));
        dashboard.showSnapshot(s);
        bool named = false;
        for (const QLabel *label : dashboard.findChildren<QLabel *>())
            named = named || label->text().contains(QStringLiteral("alpha-openai (3 of 5)"));
        QVERIFY(named);
        // Twelve site groups holding invalid keys: the dashboard names eight and counts the rest.
        for (int i = 0; i < 11; ++i) {
            SiteGroupView more = g;
            more.name = QStringLiteral("more-%1-openai").arg(i, 2, 10, QLatin1Char('0'));
            s.sites.first().groups.append(more);
        }
        ++s.revision;
        dashboard.showSnapshot(s);
        QString listed;
        for (const QLabel *label : dashboard.findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("alpha-openai (3 of 5)")))
                listed = label->text();
        }
        QCOMPARE(listed.count(QStringLiteral(" of 5)")), 8);
        QVERIFY2(listed.contains(QStringLiteral("and 4 more")), qPrintable(listed));
        engine.shutdown();
    }

    // Disabling a channel asks (naming it); re-enabling does not. Recovery only for a channel
    // that is failing or out of rotation.
    void healthActionsAskOrExplain()
    {
        Engine engine(engineOptions(m_dir.filePath(QStringLiteral("missing.json"))));
        engine.start();
        HealthPage page(context(&engine));
        page.showSnapshot(sitesSnapshot(QStringLiteral("a"), QStringLiteral("healthy")));
        QVERIFY(!page.recoverButton()->isEnabled());
        QVERIFY2(page.recoverButton()->toolTip().contains(QStringLiteral("not failing")), qPrintable(page.recoverButton()->toolTip()));
        QVERIFY(page.disableButton()->isEnabled());
        page.disableButton()->click();
        QMessageBox *box = openQuestion(&page);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("alpha-openai")), qPrintable(box->text()));
        QVERIFY(answer(box, QStringLiteral("Cancel")));
        QVERIFY(page.statusText().isEmpty());

        page.showSnapshot(sitesSnapshot(QStringLiteral("a"), QStringLiteral("disabled-by-user")));
        QCOMPARE(page.disableButton()->text(), QStringLiteral("Re-enable now"));
        QVERIFY(!page.recoverButton()->isEnabled());
        QVERIFY2(page.recoverButton()->toolTip().contains(QStringLiteral("Re-enable")), qPrintable(page.recoverButton()->toolTip()));
        page.disableButton()->click();
        QVERIFY(!openQuestion(&page));  // undoing a disable needs no question
        QTRY_VERIFY(!page.statusText().isEmpty());  // the engine answered (it knows no such channel)

        QVERIFY(HealthPage::recoveryBlocker(QStringLiteral("failing")).isEmpty());
        QVERIFY(HealthPage::recoveryBlocker(QStringLiteral("disabled-by-health")).isEmpty());
        QVERIFY(!HealthPage::recoveryBlocker(QStringLiteral("healthy")).isEmpty());
        engine.shutdown();
    }

    // Thresholds… reads the engine's values (rates as percentages), saves a change, and keeps
    // an inconsistent form open with the engine's reason.
    void healthThresholdsDialogReadsAndSaves()
    {
        Engine engine(engineOptions(m_dir.filePath(QStringLiteral("missing.json"))));
        engine.start();
        HealthPage page(context(&engine));
        page.openThresholds();
        QPointer<HealthThresholdsDialog> dialog = page.thresholdsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->isBusy());
        QJsonObject values = dialog->formValues();
        QCOMPARE(values.value(QStringLiteral("recoveryProbes")).toInt(), 2);
        QCOMPARE(values.value(QStringLiteral("maxFailureRate")).toDouble(), 0.1);

        values.insert(QStringLiteral("recoveryProbes"), 4);
        values.insert(QStringLiteral("maxFailureRate"), 0.25);
        dialog->setFormValues(values);
        QSignalSpy answered(dialog.data(), &HealthThresholdsDialog::answered);
        dialog->save();
        QTRY_COMPARE(answered.size(), 1);
        QCOMPARE(answered.first().first().toBool(), true);
        const auto stored = ul::test::await(engine.healthSettings());
        QVERIFY(stored && stored->ok());
        QCOMPARE(stored->value().recovery.successesRequired, 4);
        QCOMPARE(stored->value().thresholds.maxFailureRate, 0.25);

        values.insert(QStringLiteral("warningSuccessRate"), 0.3);  // below the critical 0.5
        dialog->setFormValues(values);
        dialog->save();
        QTRY_COMPARE(answered.size(), 2);
        QCOMPARE(answered.last().first().toBool(), false);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("warningSuccessRate")), qPrintable(dialog->statusText()));
        QCOMPARE(ul::test::await(engine.healthSettings())->value().thresholds.warningSuccessRate, 0.8);  // nothing saved

        dialog->restoreDefaults();
        QCOMPARE(dialog->formValues().value(QStringLiteral("recoveryProbes")).toInt(), 2);
        dialog->close();
        QTRY_VERIFY(!dialog);
        engine.shutdown();
    }

    void disableQuestionNamesTheModelGroups()
    {
        ModelMatrix matrix;
        const auto row = [](const QString &model, const QList<QPair<QString, QString>> &members) {
            ModelRow r;
            r.model = model;
            r.l3s = {ModelGroupRef{model, 1, QStringLiteral("a"), QStringLiteral("openai"), false}};
            for (const auto &[group, state] : members) {
                ModelSiteCell c;
                c.siteGroup = group;
                c.member = true;
                c.l3Name = model;
                c.l3Id = 1;
                c.memberState = state;
                r.cells << c;
            }
            return r;
        };
        matrix.models = {row(QStringLiteral("gpt-4o"), {{QStringLiteral("alpha-openai"), QStringLiteral("active")},
                                                        {QStringLiteral("beta-openai"), QStringLiteral("active")}}),
                         row(QStringLiteral("only-here"), {{QStringLiteral("alpha-openai"), QStringLiteral("active")}})};
        const QString text = HealthPage::disableConfirmationText(QStringLiteral("alpha-openai"), QStringLiteral("alpha"), matrix);
        QVERIFY2(text.contains(QStringLiteral("(s): gpt-4o, only-here.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("stop serving until it is re-enabled: only-here")), qPrintable(text));
    }

    void applyQuestionCountsThePlan()
    {
        Plan plan;
        PlannedOperation create;
        create.kind = OpKind::CreateGroup;
        create.group = QStringLiteral("gpt-5");
        PlannedOperation remove;
        remove.id = 1;
        remove.kind = OpKind::DeleteGroup;
        remove.group = QStringLiteral("old-model");
        PlannedOperation provider;
        provider.id = 2;
        provider.kind = OpKind::RemoveProvider;
        plan.operations = {create, remove, provider};
        const QString text = ArchitecturePage::applyConfirmationText(plan);
        QVERIFY2(text.contains(QStringLiteral("1 to create, 0 to update, 1 to delete")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Deleted: old-model")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("removed from api.yaml")), qPrintable(text));

        // No dry run shown yet: nothing to apply.
        ArchitecturePage page(context(nullptr));
        QVERIFY(!page.applyButton()->isEnabled());
    }

    // Quit asks while a job is unfinished or a page has unsaved edits, and says what happens.
    void quitAsksWhileJobsRunOrEditsAreUnsaved()
    {
        MainWindow window(context(nullptr));
        window.show();
        QSignalSpy quit(&window, &MainWindow::quitRequested);
        EngineSnapshot snapshot;
        snapshot.revision = 1;
        snapshot.ready = true;
        window.showSnapshot(snapshot);
        QVERIFY(window.quitWarning().isEmpty());
        window.requestQuit();
        QCOMPARE(quit.count(), 1);  // nothing to lose: no question

        JobView job;
        job.id = QStringLiteral("j1");
        job.title = QStringLiteral("Onboard api-example-com");
        job.state = QStringLiteral("running");
        snapshot.jobs = {job};
        window.showSnapshot(snapshot);
        auto *layers = qobject_cast<LayersPage *>(window.page(QStringLiteral("layers")));
        layers->rulesEditor()->setRules(FilterRules(), true);
        const QString warning = window.quitWarning();
        QVERIFY2(warning.contains(QStringLiteral("Onboard api-example-com")) && warning.contains(QStringLiteral("cancelled"))
                     && warning.contains(QStringLiteral("filter rules")),
                 qPrintable(warning));

        // Closing the window (no tray) asks the same question; Cancel keeps it open.
        QVERIFY(!window.close());
        QTRY_VERIFY(openQuestion(&window));
        QMessageBox *box = openQuestion(&window);
        QCOMPARE(box->text(), warning);
        QVERIFY(answer(box, QStringLiteral("Cancel")));
        QVERIFY(window.isVisible());
        QCOMPARE(quit.count(), 1);

        window.requestQuit();
        box = openQuestion(&window);
        QVERIFY(box);
        QVERIFY(answer(box, QStringLiteral("Quit")));
        QCOMPARE(quit.count(), 2);
    }

    void closingHidesToTrayWhenOneExists()
    {
        Engine engine(engineOptions(m_dir.filePath(QStringLiteral("missing.json"))));
        engine.start();
        MainWindow window(context(&engine));
        window.setHideOnClose(true);
        QSignalSpy hidden(&window, &MainWindow::hiddenToTray);
        window.show();
        QVERIFY(!window.close());
        QVERIFY(!window.isVisible());
        QCOMPARE(hidden.count(), 1);
        engine.shutdown();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
