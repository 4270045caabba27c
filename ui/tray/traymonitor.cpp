#include "ui/tray/traymonitor.h"

#include "ui/tray/trayicons.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

namespace ul {

TrayMonitor::TrayMonitor(QObject *parent)
    : QObject(parent), m_menu(new QMenu), m_icon(new QSystemTrayIcon(this)), m_open(m_menu->addAction(QString())),
      m_check(m_menu->addAction(QString())), m_sync(m_menu->addAction(QString())), m_checkChannels(m_menu->addAction(QString())),
      m_pause(m_menu->addAction(QString())), m_quit(nullptr)
{
    m_menu->insertSeparator(m_check);
    m_menu->insertSeparator(m_pause);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString());
    m_icon->setContextMenu(m_menu);
    m_icon->setIcon(healthIcon(OverallHealth::Unknown));
    connect(m_open, &QAction::triggered, this, &TrayMonitor::openConsoleRequested);
    connect(m_check, &QAction::triggered, this, &TrayMonitor::checkNowRequested);
    connect(m_sync, &QAction::triggered, this, &TrayMonitor::syncNowRequested);
    connect(m_checkChannels, &QAction::triggered, this, &TrayMonitor::checkChannelsRequested);
    connect(m_pause, &QAction::triggered, this, [this]() {
        if (m_loopsMenu != TrayLoops::Menu::Off)
            emit pauseLoopsRequested(m_loopsMenu == TrayLoops::Menu::Pause);
    });
    connect(m_quit, &QAction::triggered, this, &TrayMonitor::quitRequested);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openConsoleRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayMonitor::openConsoleRequested);
    retranslate();
}

TrayMonitor::~TrayMonitor()
{
    m_icon->hide();
    delete m_menu;  // a top-level menu has no parent to delete it
}

bool TrayMonitor::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayMonitor::show()
{
    m_icon->show();
}

void TrayMonitor::setState(const TrayState &state)
{
    m_icon->setIcon(healthIcon(state.health));
    m_icon->setToolTip(state.tooltip);
}

QString TrayMonitor::toolTip() const
{
    return m_icon->toolTip();
}

void TrayMonitor::showNotification(const ConsoleNotification &notification)
{
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    if (notification.severity == ConsoleNotification::Severity::Warning)
        icon = QSystemTrayIcon::Warning;
    else if (notification.severity == ConsoleNotification::Severity::Error)
        icon = QSystemTrayIcon::Critical;
    m_icon->showMessage(notification.title, notification.message, icon, 8000);
}

void TrayMonitor::retranslate()
{
    m_open->setText(tr("&Open console"));
    m_check->setText(m_checkRunning ? tr("Checking instances…") : tr("Check &instances now"));
    m_sync->setText(tr("&Sync models now"));
    m_checkChannels->setText(tr("Check &channels now"));
    switch (m_loopsMenu) {
    case TrayLoops::Menu::Pause: m_pause->setText(tr("&Pause background checks")); break;
    case TrayLoops::Menu::Resume: m_pause->setText(tr("&Resume background checks")); break;
    case TrayLoops::Menu::Off: m_pause->setText(tr("Background checks are off (Sync and Health pages)")); break;
    }
    m_pause->setEnabled(m_loopsMenu != TrayLoops::Menu::Off);
    m_quit->setText(tr("&Quit uni-load"));
}

void TrayMonitor::setLoopsMenu(TrayLoops::Menu menu)
{
    m_loopsMenu = menu;
    retranslate();
}

void TrayMonitor::setCheckRunning(bool running)
{
    m_checkRunning = running;
    m_check->setEnabled(!running);
    retranslate();
}

} // namespace ul
