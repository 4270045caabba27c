#include "ui/widgets/notificationarea.h"

#include "ui/common/uiformat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ul {

NotificationArea::NotificationArea(QWidget *parent, int maximumShown)
    : QFrame(parent), m_maximum(qMax(1, maximumShown)), m_rows(new QVBoxLayout), m_clear(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_rows->setSpacing(2);
    layout->addLayout(m_rows, 1);
    layout->addWidget(m_clear, 0, Qt::AlignTop);
    m_clear->setText(tr("Dismiss all"));
    connect(m_clear, &QPushButton::clicked, this, &NotificationArea::clearAll);
    hide();
}

void NotificationArea::addNotification(const ConsoleNotification &notification)
{
    m_items.prepend(notification);
    if (m_items.size() > m_maximum)
        m_items.resize(m_maximum);
    rebuild();
}

void NotificationArea::clearAll()
{
    const bool hadFocus = focusWidget() && isAncestorOf(focusWidget());
    m_items.clear();
    rebuild();
    if (hadFocus)
        focusPastArea();
}

void NotificationArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_clear->setText(tr("Dismiss all"));
        for (ConsoleNotification &n : m_items)
            n.retranslate();
        rebuild();  // the rows' texts, severity names and tooltips
    }
    QFrame::changeEvent(event);
}

void NotificationArea::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const ConsoleNotification &n = m_items.at(i);
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        // The severity by shape (the style's information, warning and error icons) and by name, not
        // by colour alone.
        QStyle::StandardPixmap shape = QStyle::SP_MessageBoxInformation;
        QString severity = tr("Information");
        if (n.severity == ConsoleNotification::Severity::Warning) {
            shape = QStyle::SP_MessageBoxWarning;
            severity = tr("Warning");
        } else if (n.severity == ConsoleNotification::Severity::Error) {
            shape = QStyle::SP_MessageBoxCritical;
            severity = tr("Error");
        }
        auto *icon = new QLabel(row);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        icon->setPixmap(style()->standardIcon(shape, nullptr, this).pixmap(size, size));
        icon->setToolTip(severity);
        icon->setAccessibleName(severity);
        auto *text = new QLabel(row);
        text->setTextFormat(Qt::PlainText);
        text->setText(QStringLiteral("%1  %2 — %3").arg(ui::formatDateTime(n.time), n.title, n.message));
        text->setToolTip(n.message);
        auto *close = new QToolButton(row);
        close->setAutoRaise(true);
        close->setText(QStringLiteral("×"));
        close->setToolTip(tr("Dismiss"));
        close->setAccessibleName(tr("Dismiss this notification"));
        connect(close, &QToolButton::clicked, this, [this, time = n.time, title = n.title]() {
            qsizetype removed = -1;
            for (qsizetype k = 0; k < m_items.size(); ++k) {
                if (m_items.at(k).time == time && m_items.at(k).title == title) {
                    m_items.removeAt(k);
                    removed = k;
                    break;
                }
            }
            const bool hadFocus = focusWidget() && isAncestorOf(focusWidget());
            rebuild();
            // The focused "×" is gone with its row: the keyboard goes on from the next one, once
            // the new rows are shown (a layout shows them from the event loop).
            if (hadFocus && removed >= 0)
                QTimer::singleShot(0, this, [this, removed]() { moveFocusAfterDismissal(removed); });
        });
        rowLayout->addWidget(icon);
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(close);
        m_rows->addWidget(row);
    }
    setVisible(!m_items.isEmpty());
}

void NotificationArea::moveFocusAfterDismissal(qsizetype row)
{
    // The rows now laid out (rebuild() took the old ones out), in order: each has one "×".
    QList<QToolButton *> live;
    for (int i = 0; i < m_rows->count(); ++i) {
        if (QWidget *rowWidget = m_rows->itemAt(i)->widget())
            live << rowWidget->findChild<QToolButton *>();
    }
    if (!live.isEmpty())
        live.at(std::min<qsizetype>(row, live.size() - 1))->setFocus(Qt::OtherFocusReason);
    else
        focusPastArea();
}

void NotificationArea::focusPastArea()
{
    // The area is hidden now: the first widget after it that takes Tab focus (the page below).
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (!isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

} // namespace ul
