#pragma once

#include "ui/tray/trayloops.h"
#include "ui/tray/traystate.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace ul {

// The tray icon: colour = overall health, tooltip = summary, menu = open console, check
// instances now, quit. Only created when QSystemTrayIcon::isSystemTrayAvailable().
class TrayMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayMonitor)

public:
    explicit TrayMonitor(QObject *parent = nullptr);
    ~TrayMonitor() override;

    static bool isAvailable();

    void show();
    void setState(const TrayState &state);
    void showNotification(const ConsoleNotification &notification);
    // Sets the menu texts in the current language.
    void retranslate();
    // Reflects a running "check now" in the menu.
    void setCheckRunning(bool running);
    // What the background loops' menu entry offers: Pause, Resume, or nothing (loops off
    // elsewhere; the entry is disabled and says so).
    void setLoopsMenu(TrayLoops::Menu menu);
    TrayLoops::Menu loopsMenu() const { return m_loopsMenu; }

    QMenu *menu() const { return m_menu; }
    QString toolTip() const;

signals:
    void openConsoleRequested();
    void checkNowRequested();
    void syncNowRequested();
    void checkChannelsRequested();
    // pause = true: stop the running background loops; false: start the ones the tray stopped.
    void pauseLoopsRequested(bool pause);
    void quitRequested();

private:
    QMenu *m_menu;
    QSystemTrayIcon *m_icon;
    QAction *m_open;
    QAction *m_check;
    QAction *m_sync;
    QAction *m_checkChannels;
    QAction *m_pause;
    QAction *m_quit;
    bool m_checkRunning = false;
    TrayLoops::Menu m_loopsMenu = TrayLoops::Menu::Pause;
};

} // namespace ul
