#pragma once

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
    // Whether the background loops (model sync, channel health) are paused: flips the menu entry.
    void setLoopsPaused(bool paused);
    bool loopsPaused() const { return m_loopsPaused; }

    QMenu *menu() const { return m_menu; }
    QString toolTip() const;

signals:
    void openConsoleRequested();
    void checkNowRequested();
    void syncNowRequested();
    void checkChannelsRequested();
    // pause = true: stop the model sync and channel health loops; false: start them again.
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
    bool m_loopsPaused = false;
};

} // namespace ul
