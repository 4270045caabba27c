#include "ui/mainwindow.h"

#include "core/engine/engine.h"
#include "ui/common/enginetext.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/uiformat.h"
#include "ui/pages/consolepage.h"
#include "ui/pages/pagecatalog.h"
#include "ui/tray/trayicons.h"
#include "ui/tray/traystate.h"
#include "ui/widgets/notificationarea.h"

#include <QAbstractButton>
#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ul {

MainWindow::MainWindow(const ConsoleContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_navigation(new QListWidget), m_stack(new QStackedWidget),
      m_notifications(new NotificationArea), m_statusIcon(new QLabel), m_statusText(new QLabel)
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    m_navigation->setFixedWidth(180);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    layout->addWidget(m_navigation);
    auto *right = new QVBoxLayout;
    right->addWidget(m_notifications);
    right->addWidget(m_stack, 1);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    for (const PageEntry &entry : consolePages()) {
        ConsolePage *page = entry.create(m_context, m_stack);
        page->setObjectName(entry.id + QStringLiteral("-page"));
        m_pages << page;
        m_ids << entry.id;
        // A page taller or wider than the window scrolls instead of squeezing its rows into
        // each other (small screens, high scale factors, a dashboard full of down instances).
        auto *scroll = new QScrollArea(m_stack);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setFocusPolicy(Qt::NoFocus);  // no invisible Tab stop: it still scrolls a focused child into view
        scroll->setWidgetResizable(true);
        scroll->setWidget(page);
        m_stack->addWidget(scroll);
        ui::orderTabsAsLaidOut(page);
        auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
        item->setData(Qt::UserRole, entry.id);
        connect(page, &ConsolePage::navigationRequested, this, [this](const QString &id, const QString &action) {
            if (showPage(id) && !action.isEmpty())
                this->page(id)->performAction(action);
        });
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size())
            return;
        m_stack->setCurrentIndex(row);
        m_pages.at(row)->activate();
        updatePageActions();
    });

    statusBar()->addWidget(m_statusIcon);
    statusBar()->addWidget(m_statusText, 1);
    buildMenus();
    retranslate();
    updatePageActions();
    // Pages scroll below their own minimum, so the window's can be small.
    ui::resizeWithinScreen(this, QSize(1180, 760));
    setMinimumSize(640, 420);

    if (m_context.engine) {
        connect(m_context.engine, &Engine::snapshotChanged, this, &MainWindow::showSnapshot);
        showSnapshot(m_context.engine->snapshot());
    }
    m_navigation->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_addSiteAction = m_fileMenu->addAction(QString());
    m_addSiteAction->setShortcut(QKeySequence::New);
    connect(m_addSiteAction, &QAction::triggered, this, [this]() {
        if (showPage(QStringLiteral("sites")))
            page(QStringLiteral("sites"))->performAction(QStringLiteral("add"));
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::requestQuit);

    // View: every page (Ctrl+1 … Ctrl+9 for the first nine, as browsers do with tabs), then the
    // current page's find and refresh.
    m_viewMenu = menuBar()->addMenu(QString());
    // The pages after the ninth: Ctrl+0 the tenth, Ctrl+Shift+Y api.yaml (Ctrl+U would clear a
    // focused line edit instead), Ctrl+, Settings as in most desktop applications.
    const QHash<QString, QKeySequence> named{
        {QStringLiteral("uniapi"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)},
        {QStringLiteral("settings"), QKeySequence(Qt::CTRL | Qt::Key_Comma)},
    };
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction *go = m_viewMenu->addAction(m_pages.at(i)->icon(), QString());
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        else if (i == 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
        else
            go->setShortcut(named.value(m_ids.at(i)));
        connect(go, &QAction::triggered, this, [this, i]() { m_navigation->setCurrentRow(i); });
        m_pageActions << go;
    }
    m_viewMenu->addSeparator();
    m_findAction = m_viewMenu->addAction(QString());
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this]() {
        if (QLineEdit *field = currentPage() ? currentPage()->filterField() : nullptr) {
            // The filter may sit on a tab that is not shown (Settings: All settings): show it first.
            for (QWidget *ancestor = field->parentWidget(); ancestor && ancestor != currentPage(); ancestor = ancestor->parentWidget()) {
                if (auto *tabs = qobject_cast<QTabWidget *>(ancestor)) {
                    for (int i = 0; i < tabs->count(); ++i) {
                        if (tabs->widget(i)->isAncestorOf(field))
                            tabs->setCurrentIndex(i);
                    }
                }
            }
            field->setFocus(Qt::ShortcutFocusReason);
            field->selectAll();
        }
    });
    m_refreshAction = m_viewMenu->addAction(QString());
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this]() {
        if (ConsolePage *page = currentPage(); page && page->canRefresh())
            page->refresh();
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_context.demoSites.isEmpty() ? tr("uni-load console") : tr("uni-load console (demo)"));
    m_fileMenu->setTitle(tr("&File"));
    m_addSiteAction->setText(tr("&Add site…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    const QStringList menuTexts = pageMenuTexts();
    for (int i = 0; i < m_pageActions.size(); ++i)
        m_pageActions.at(i)->setText(menuTexts.at(i));
    m_findAction->setText(tr("&Find"));
    m_findAction->setToolTip(tr("Focus the current page's filter"));
    m_refreshAction->setText(tr("&Refresh"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About uni-load"));
    for (int i = 0; i < m_pages.size(); ++i) {
        m_navigation->item(i)->setText(m_pages.at(i)->title());
        // What a screen reader says for the page's views that sit in no group box or tab.
        m_pages.at(i)->setAccessibleName(m_pages.at(i)->title());
    }
    m_navigation->setAccessibleName(tr("Pages"));
    updateStatus();
}

QStringList MainWindow::pageMenuTexts() const
{
    // Alt+V then a letter opens a page: the first letter of its title that no other entry of the
    // menu uses, else of the page's id (English whatever the language), appended as "(&X)" where
    // the title does not contain it — the convention of Chinese menus.
    QSet<QChar> taken{QLatin1Char('f'), QLatin1Char('r')};  // Find, Refresh
    QStringList out;
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString title = ui::literalAmpersands(m_pages.at(i)->title());
        QChar key;
        const QString candidates = title.toLower() + m_ids.at(i).toLower();
        for (const QChar c : candidates) {
            if (c.isLetter() && c.unicode() < 128 && !taken.contains(c)) {
                key = c;
                break;
            }
        }
        if (key.isNull()) {
            out << title;
            continue;
        }
        taken.insert(key);
        const qsizetype at = title.indexOf(key, 0, Qt::CaseInsensitive);
        out << (at >= 0 && title.at(at).isLetter() ? QString(title).insert(at, QLatin1Char('&'))
                                                  : title + QStringLiteral("(&%1)").arg(key.toUpper()));  // as zh_CN writes them: 仪表盘(&D)
    }
    return out;
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About uni-load"),
                                tr("<b>uni-load %1</b><p>Onboards AI API sites into gpt-load key pools and uni-api's "
                                   "api.yaml, and keeps them current.</p>")
                                    .arg(QStringLiteral(UNILOAD_VERSION)),
                                QMessageBox::NoButton, this);
    box->addButton(tr("Close"), QMessageBox::AcceptRole);
    box->setIconPixmap(healthIcon(OverallHealth::Healthy).pixmap(48, 48));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::showPage(const QString &id)
{
    const qsizetype row = m_ids.indexOf(id);
    if (row < 0)
        return false;
    m_navigation->setCurrentRow(static_cast<int>(row));
    return true;
}

QString MainWindow::currentPageId() const
{
    const int row = m_stack->currentIndex();
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

ConsolePage *MainWindow::currentPage() const
{
    const int row = m_stack->currentIndex();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row) : nullptr;
}

void MainWindow::updatePageActions()
{
    if (!m_findAction)
        return;  // before the menus exist
    const ConsolePage *current = currentPage();
    m_findAction->setEnabled(current && current->filterField());
    m_refreshAction->setEnabled(current && current->canRefresh());
}

ConsolePage *MainWindow::page(const QString &id) const
{
    const qsizetype row = m_ids.indexOf(id);
    return row < 0 ? nullptr : m_pages.at(row);
}

void MainWindow::showSnapshot(const EngineSnapshot &snapshot)
{
    m_lastSnapshot = snapshot;
    m_lastUpdate = QDateTime::currentDateTime();
    updateStatus();
    if (snapshot.revision == 0)
        return;  // nothing published yet
    for (ConsolePage *page : std::as_const(m_pages))
        page->showSnapshot(snapshot);
}

void MainWindow::updateStatus()
{
    const TrayState state = TrayStateMapper::trayState(m_lastSnapshot);
    setWindowIcon(healthIcon(state.health));
    m_statusIcon->setPixmap(healthIcon(state.health).pixmap(16, 16));
    m_statusText->setText(m_lastSnapshot.revision == 0 ? state.summary
                                                       : tr("%1 · updated %2").arg(state.summary, ui::formatDateTime(m_lastUpdate)));
    m_statusText->setToolTip(state.tooltip);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_hideOnClose) {
        hide();
        event->ignore();
        emit hiddenToTray();
        return;
    }
    // Without a tray, closing the window quits: the same question as File → Quit.
    if (!m_quitConfirmed && !quitWarning().isEmpty()) {
        event->ignore();
        // Asked once the close event is over: a window shown from inside it does not appear.
        QTimer::singleShot(0, this, [this]() { askToQuit([this]() { close(); }); });
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::requestQuit()
{
    if (m_quitConfirmed || quitWarning().isEmpty()) {
        emit quitRequested();
        return;
    }
    askToQuit([this]() { emit quitRequested(); });
}

void MainWindow::askToQuit(const std::function<void()> &quit)
{
    // From the tray the window may be hidden: the question needs it on screen.
    if (!isVisible() || isMinimized()) {
        showNormal();
        raise();
        activateWindow();
    }
    if (m_quitQuestion && m_quitQuestion->isVisible()) {  // an answered one lingers until deleted later
        m_quitQuestion->raise();
        return;
    }
    m_quitQuestion = ui::confirm(this, QMessageBox::Warning, tr("Quit uni-load"), quitWarning(), tr("Quit"), true, [this, quit]() {
        m_quitConfirmed = true;
        quit();
    });
}

QString MainWindow::quitWarning() const
{
    QStringList jobs;
    for (const JobView &job : m_lastSnapshot.jobs) {
        if (!job.isFinished())
            jobs << EngineText::translate(job.title);
    }
    QStringList unsaved;
    for (const ConsolePage *page : m_pages) {
        if (const QStringList changes = page->unsavedChanges(); !changes.isEmpty())
            unsaved << tr("%1: %2", "a page and its unsaved changes").arg(page->title(), changes.join(tr(", ", "between unsaved changes")));
    }
    if (jobs.isEmpty() && unsaved.isEmpty())
        return {};
    QStringList lines;
    lines << tr("Quit uni-load now?");
    if (!jobs.isEmpty()) {
        constexpr int kShown = 5;
        lines << QString() << tr("%n job(s) not finished:", nullptr, static_cast<int>(jobs.size()));
        for (const QString &title : jobs.mid(0, kShown))
            lines << QStringLiteral("• ") + title;
        if (jobs.size() > kShown)
            lines << tr("• and %n more", nullptr, static_cast<int>(jobs.size() - kShown));
        // What Engine::shutdown does: it cancels the queue and aborts the running job's requests.
        lines << tr("Quitting stops them: queued jobs are cancelled and the running one stops at once, its requests aborted. "
                    "What it has done so far stays in gpt-load and api.yaml; running it again completes it.");
    }
    if (!unsaved.isEmpty()) {
        lines << QString() << tr("These changes are not saved and will be lost:");
        for (const QString &line : std::as_const(unsaved))
            lines << QStringLiteral("• ") + line;
    }
    return lines.join(QLatin1Char('\n'));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace ul
