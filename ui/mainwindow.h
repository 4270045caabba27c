#pragma once

#include "core/engine/snapshot.h"
#include "ui/consolecontext.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace ul {

class ConsolePage;
class NotificationArea;

// The desktop console: navigation on the left (the pages of pagecatalog.cpp), the current page,
// the in-window notification area and a status line with the overall health. Every page gets
// each engine snapshot.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    QStringList pageMenuTexts() const;  // the View menu's page entries, with mnemonics
    explicit MainWindow(const ConsoleContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    QStringList pageIds() const { return m_ids; }
    bool showPage(const QString &id);
    QString currentPageId() const;
    ConsolePage *page(const QString &id) const;
    ConsolePage *currentPage() const;
    NotificationArea *notificationArea() const { return m_notifications; }

    // With a tray, closing the window only hides it.
    void setHideOnClose(bool hide) { m_hideOnClose = hide; }

    // What quitting now would interrupt or lose (unfinished jobs, unsaved edits on the pages),
    // as the question to ask; empty when nothing.
    QString quitWarning() const;

public slots:
    void showSnapshot(const ul::EngineSnapshot &snapshot);
    // File → Quit and the tray's Quit: asks first when quitWarning() has something to say, then
    // emits quitRequested().
    void requestQuit();

signals:
    void quitRequested();
    void hiddenToTray();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void updateStatus();
    void updatePageActions();
    void showAbout();
    void askToQuit(const std::function<void()> &quit);

    ConsoleContext m_context;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    NotificationArea *m_notifications;
    QLabel *m_statusIcon;
    QLabel *m_statusText;
    QList<ConsolePage *> m_pages;
    QStringList m_ids;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_addSiteAction = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_pageActions;  // View → one per page
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
    EngineSnapshot m_lastSnapshot;
    QDateTime m_lastUpdate;
    bool m_hideOnClose = false;
    bool m_quitConfirmed = false;
    QPointer<QMessageBox> m_quitQuestion;
};

} // namespace ul
