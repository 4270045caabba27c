#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace ul {

// One desktop console per data directory: a second launch (the menu entry, autostart) while the
// first sits in the tray asks the first to show its window and exits, instead of failing on the
// data lock with a message on a stderr nobody sees. A local socket per user and data directory.
class ConsoleActivation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleActivation)

public:
    // The running console's socket name for `dataDir` (per user).
    static QString serverName(const QString &dataDir);
    // Asks the console running on `dataDir` to show itself; false when none answers within
    // `timeoutMs` (a headless one never does).
    static bool askRunningConsoleToShow(const QString &dataDir, int timeoutMs = 3000);

    explicit ConsoleActivation(QObject *parent = nullptr);
    ~ConsoleActivation() override;

    // Starts answering for `dataDir`; false (and a warning in the log) when the socket cannot be
    // created, which only costs the hand-over.
    bool listen(const QString &dataDir);

signals:
    void showRequested();

private:
    QLocalServer *m_server;
};

} // namespace ul
