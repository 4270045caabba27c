#include "ui/widgets/messagebanner.h"

#include "ui/common/uiformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ul {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_action(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    QColor accent = ui::neutralColor();
    switch (kind) {
    case Kind::Information: accent = QColor(0x1e, 0x6f, 0xc8); break;
    case Kind::Warning: accent = ui::warningColor(); break;
    case Kind::Error: accent = ui::errorColor(); break;
    }
    QPalette p = palette();
    QColor background = accent;
    background.setAlpha(36);
    p.setColor(QPalette::Window, background);
    setPalette(p);
    m_icon->setPixmap(ui::statusDot(accent, 14).pixmap(14, 14));
    // The dot's colour is the severity; a screen reader reads it from the banner's name.
    switch (kind) {
    case Kind::Information: setAccessibleName(tr("Information")); break;
    case Kind::Warning: setAccessibleName(tr("Warning")); break;
    case Kind::Error: setAccessibleName(tr("Error")); break;
    }
    setAccessibleDescription(text);
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void MessageBanner::clear()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace ul
