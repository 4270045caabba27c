#include "ui/widgets/notificationarea.h"

#include "ui/common/uiformat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
    m_items.clear();
    rebuild();
}

void NotificationArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_clear->setText(tr("Dismiss all"));
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
        QColor color = QColor(0x1e, 0x6f, 0xc8);
        if (n.severity == ConsoleNotification::Severity::Warning)
            color = ui::warningColor();
        else if (n.severity == ConsoleNotification::Severity::Error)
            color = ui::errorColor();
        auto *icon = new QLabel(row);
        icon->setPixmap(ui::statusDot(color).pixmap(12, 12));
        auto *text = new QLabel(row);
        text->setTextFormat(Qt::PlainText);
        text->setText(QStringLiteral("%1  %2 — %3").arg(ui::formatDateTime(n.time), n.title, n.message));
        text->setToolTip(n.message);
        auto *close = new QToolButton(row);
        close->setAutoRaise(true);
        close->setText(QStringLiteral("×"));
        connect(close, &QToolButton::clicked, this, [this, time = n.time, title = n.title]() {
            for (qsizetype k = 0; k < m_items.size(); ++k) {
                if (m_items.at(k).time == time && m_items.at(k).title == title) {
                    m_items.removeAt(k);
                    break;
                }
            }
            rebuild();
        });
        rowLayout->addWidget(icon);
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(close);
        m_rows->addWidget(row);
    }
    setVisible(!m_items.isEmpty());
}

} // namespace ul
