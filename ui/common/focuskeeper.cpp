#include "ui/common/focuskeeper.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace ul::ui {

bool FocusKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (!watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    auto *widget = static_cast<QWidget *>(watched);
    switch (event->type()) {
    case QEvent::FocusOut:
        // Qt marks the widget disabled before it moves the focus on.
        if (!widget->isEnabled()) {
            m_displaced = widget;
            m_landed = nullptr;
            m_awaitingLanding = true;
            // Qt moves the focus within setEnabled(); a focus change after that is the operator's.
            QTimer::singleShot(0, this, [this]() { m_awaitingLanding = false; });
        }
        break;
    case QEvent::FocusIn:
        if (m_awaitingLanding) {
            m_landed = widget;
            m_awaitingLanding = false;
        } else if (m_displaced && widget != m_displaced) {
            m_displaced = nullptr;  // the operator moved on: leave the focus where it is
        }
        break;
    case QEvent::EnabledChange:
        if (widget == m_displaced && widget->isEnabled()) {
            m_awaitingLanding = false;
            if (QApplication::focusWidget() == m_landed && widget->isVisible() && widget->window()->isActiveWindow())
                widget->setFocus(Qt::OtherFocusReason);
            m_displaced = nullptr;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ul::ui
