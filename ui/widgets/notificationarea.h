#pragma once

#include "ui/tray/traystate.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ul {

// The in-window list of recent notifications, used when there is no system tray: the newest
// few with their time, each dismissable. Hidden while empty.
class NotificationArea final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationArea)

public:
    explicit NotificationArea(QWidget *parent = nullptr, int maximumShown = 4);

    void addNotification(const ConsoleNotification &notification);
    void clearAll();
    int count() const { return static_cast<int>(m_items.size()); }
    const QList<ConsoleNotification> &notifications() const { return m_items; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    const int m_maximum;
    void moveFocusAfterDismissal(qsizetype row);
    void focusPastArea();
    QList<ConsoleNotification> m_items;  // newest first
    QVBoxLayout *m_rows;
    QPushButton *m_clear;
};

} // namespace ul
