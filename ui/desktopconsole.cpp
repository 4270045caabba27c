#include "ui/desktopconsole.h"

#include "core/engine/engine.h"
#include "ui/common/accessiblenames.h"
#include "ui/common/errortext.h"
#include "ui/common/focuskeeper.h"
#include "ui/i18n/languagecontroller.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingspage.h"
#include "ui/tray/trayloops.h"
#include "ui/tray/traymonitor.h"
#include "ui/widgets/notificationarea.h"

#include <QApplication>
#include <QGuiApplication>
#include <QJsonArray>

namespace ul {

DesktopConsole::DesktopConsole(const ConsoleContext &context, Options options, QObject *parent)
    : QObject(parent), m_context(context), m_options(options), m_window(std::make_unique<MainWindow>(context))
{
    // Fields and views get names a screen reader can say, in every window as it is shown.
    qApp->installEventFilter(new ui::AccessibleNamer(this));
    qApp->installEventFilter(new ui::FocusKeeper(this));  // busy buttons get their focus back
    if (m_options.useTray && TrayMonitor::isAvailable()) {
        m_tray = new TrayMonitor(this);
        m_window->setHideOnClose(true);
        // Hidden in the tray is still running: only the tray's Quit (or File > Quit) ends it.
        QGuiApplication::setQuitOnLastWindowClosed(false);
        connect(m_tray, &TrayMonitor::openConsoleRequested, this, &DesktopConsole::showConsole);
        connect(m_tray, &TrayMonitor::checkNowRequested, this, &DesktopConsole::checkNow);
        connect(m_tray, &TrayMonitor::syncNowRequested, this, &DesktopConsole::syncNow);
        connect(m_tray, &TrayMonitor::checkChannelsRequested, this, &DesktopConsole::checkChannels);
        connect(m_tray, &TrayMonitor::pauseLoopsRequested, this, &DesktopConsole::pauseLoops);
        // The tray's Quit asks like File → Quit does (running jobs, unsaved edits).
        connect(m_tray, &TrayMonitor::quitRequested, m_window.get(), &MainWindow::requestQuit);
        connect(m_window.get(), &MainWindow::hiddenToTray, this, [this]() {
            if (m_toldAboutTray)
                return;
            m_toldAboutTray = true;
            m_tray->showNotification({ConsoleNotification::Severity::Information, tr("uni-load keeps running"),
                                      tr("The console is in the system tray. Use its menu to open it again or to quit."),
                                      QDateTime::currentDateTimeUtc()});
        });
        if (m_context.engine) {
            deliverTo(m_context.engine->storedSettings(), this, [this](const Result<QJsonObject> &stored) {
                if (!stored.ok())
                    return;
                for (const QJsonValue &loop : stored->value(TrayLoops::storedKey()).toArray())
                    m_pausedByTray << loop.toString();
                updateLoopsMenu();
            });
        }
        if (m_context.language) {
            connect(m_context.language, &LanguageController::languageChanged, this, [this]() {
                m_tray->retranslate();
                m_tray->setState(TrayStateMapper::trayState(m_snapshot));
            });
        }
    }
    // The window's place and size are kept for the next start (hidden to the tray or quit).
    connect(m_window.get(), &MainWindow::hiddenToTray, this, &DesktopConsole::saveWindowGeometry);
    connect(m_window.get(), &MainWindow::quitRequested, this, &DesktopConsole::saveWindowGeometry);
    connect(m_window.get(), &MainWindow::quitRequested, this, &DesktopConsole::quitRequested);
    if (auto *settings = qobject_cast<SettingsPage *>(m_window->page(QStringLiteral("settings"))))
        connect(settings, &SettingsPage::notificationsChanged, this, [this](bool enabled) { m_desktopNotifications = enabled; });
    if (m_context.engine) {
        connect(m_context.engine, &Engine::snapshotChanged, this, &DesktopConsole::onSnapshot);
        onSnapshot(m_context.engine->snapshot());
    }
}

DesktopConsole::~DesktopConsole() = default;

void DesktopConsole::show()
{
    // Qt puts a window whose screen is gone back onto a screen that exists.
    if (!m_options.windowGeometry.isEmpty())
        m_window->restoreGeometry(m_options.windowGeometry);
    if (m_tray)
        m_tray->show();
    if (!m_options.startMinimized)
        m_window->show();
    else if (!m_tray)
        m_window->showMinimized();  // nowhere else to go without a tray
}

void DesktopConsole::saveWindowGeometry()
{
    if (!m_context.engine || !m_options.useTray)
        return;
    (void)m_context.engine->saveStoredSettings(
        QJsonObject{{windowGeometryKey(), QString::fromLatin1(m_window->saveGeometry().toBase64())}});
}

void DesktopConsole::showConsole()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void DesktopConsole::notify(const ConsoleNotification &notification)
{
    // The window's area keeps every notification (a tray balloon is gone after a few seconds);
    // the tray adds a desktop message unless the settings turned those off.
    m_window->notificationArea()->addNotification(notification);
    if (m_tray && m_desktopNotifications)
        m_tray->showNotification(notification);
}

void DesktopConsole::onSnapshot(const EngineSnapshot &snapshot)
{
    m_snapshot = snapshot;
    if (m_tray) {
        m_tray->setState(TrayStateMapper::trayState(snapshot));
        updateLoopsMenu();
    }
    if (!m_options.useTray)
        return;  // screenshot runs show no notifications
    for (const ConsoleNotification &n : m_mapper.update(snapshot))
        notify(n);
}

void DesktopConsole::checkNow()
{
    if (m_checking || !m_context.engine)
        return;
    m_checking = true;
    if (m_tray)
        m_tray->setCheckRunning(true);
    deliverTo(m_context.engine->checkInstances(), this, [this](const Result<int> &result) {
        m_checking = false;
        if (m_tray)
            m_tray->setCheckRunning(false);
        if (!result.ok())
            notify({ConsoleNotification::Severity::Error, tr("Instance check failed"), ErrorText::translate(result.error()),
                    QDateTime::currentDateTimeUtc()});
        else if (m_tray)
            m_tray->showNotification({ConsoleNotification::Severity::Information, tr("Instance check finished"),
                                      tr("%1 of %2 gpt-load instances healthy").arg(result.value()).arg(m_snapshot.instances.size()),
                                      QDateTime::currentDateTimeUtc()});
    });
}

void DesktopConsole::syncNow()
{
    if (!m_context.engine)
        return;
    deliverTo(m_context.engine->startModelSync(), this, [this](const Result<QString> &jobId) {
        if (!jobId.ok())
            notify({ConsoleNotification::Severity::Error, tr("Model sync not started"), ErrorText::translate(jobId.error()),
                    QDateTime::currentDateTimeUtc()});
    });
}

void DesktopConsole::checkChannels()
{
    if (!m_context.engine)
        return;
    deliverTo(m_context.engine->startCheckChannels(), this, [this](const Result<QString> &jobId) {
        if (!jobId.ok())
            notify({ConsoleNotification::Severity::Error, tr("Channel check not started"), ErrorText::translate(jobId.error()),
                    QDateTime::currentDateTimeUtc()});
    });
}

void DesktopConsole::updateLoopsMenu()
{
    if (!m_tray || !m_snapshot.ready)
        return;
    m_tray->setLoopsMenu(TrayLoops{m_snapshot.modelSync.enabled, m_snapshot.channelHealth.enabled, m_pausedByTray}.menu());
}

void DesktopConsole::pauseLoops(bool pause)
{
    if (!m_context.engine)
        return;
    // Only the loops that run are paused, and only those are resumed: a loop switched off in the
    // configuration or on its page stays off. Both loops persist their state, and the list of
    // paused ones is stored too, so a pause survives a restart until resumed.
    const TrayLoops loops{m_snapshot.modelSync.enabled, m_snapshot.channelHealth.enabled, m_pausedByTray};
    const QStringList change = pause ? loops.running() : m_pausedByTray;
    m_pausedByTray = pause ? loops.afterPause() : QStringList();
    deliverTo(m_context.engine->saveStoredSettings(QJsonObject{{TrayLoops::storedKey(), QJsonArray::fromStringList(m_pausedByTray)}}),
              this, [](const Result<QJsonObject> &) {});
    const auto report = [this, pause](const Result<ServiceView> &result) {
        if (!result.ok())
            notify({ConsoleNotification::Severity::Error, pause ? tr("Could not pause") : tr("Could not resume"),
                    ErrorText::translate(result.error()),
                    QDateTime::currentDateTimeUtc()});
    };
    if (change.contains(QLatin1String(TrayLoops::kSync)))
        deliverTo(m_context.engine->setModelSyncEnabled(!pause), this, report);
    if (change.contains(QLatin1String(TrayLoops::kHealth)))
        deliverTo(m_context.engine->controlChannelHealth(!pause), this, report);
    updateLoopsMenu();
}

} // namespace ul
