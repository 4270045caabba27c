#pragma once

#include "ui/consolecontext.h"
#include "ui/tray/traystate.h"

#include <QObject>

#include <memory>

namespace ul {

class MainWindow;
class TrayMonitor;

// The desktop front end: the main window plus, where the desktop has a system tray, the tray
// monitor. Engine snapshots go through TrayStateMapper to the tray icon and to notifications
// (the window's notification area, plus tray messages where a tray exists).
class DesktopConsole final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopConsole)

public:
    struct Options
    {
        bool startMinimized = false;  // with a tray: start hidden; without: minimized window
        bool useTray = true;          // false: never create a tray icon (screenshots)
        QByteArray windowGeometry;    // the window's place and size when it was last hidden or quit
    };

    DesktopConsole(const ConsoleContext &context, Options options, QObject *parent = nullptr);
    ~DesktopConsole() override;

    MainWindow *window() const { return m_window.get(); }
    TrayMonitor *tray() const { return m_tray; }
    void show();
    void showConsole();
    void notify(const ConsoleNotification &notification);
    // Stores the window's place and size (stored setting "ui.windowGeometry"), for the next start.
    void saveWindowGeometry();
    static QString windowGeometryKey() { return QStringLiteral("ui.windowGeometry"); }

signals:
    void quitRequested();

private:
    void onSnapshot(const EngineSnapshot &snapshot);
    void checkNow();
    void syncNow();
    void checkChannels();
    void pauseLoops(bool pause);

    ConsoleContext m_context;
    Options m_options;
    std::unique_ptr<MainWindow> m_window;
    TrayMonitor *m_tray = nullptr;
    bool m_desktopNotifications = true;  // the settings page's "show desktop notifications"
    TrayStateMapper m_mapper;
    EngineSnapshot m_snapshot;
    bool m_toldAboutTray = false;
    bool m_checking = false;
    QStringList m_pausedByTray;  // TrayLoops::pausedByTray, kept in the stored settings
    void updateLoopsMenu();
};

} // namespace ul
