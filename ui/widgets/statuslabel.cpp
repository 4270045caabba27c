#include "ui/widgets/statuslabel.h"

#include "ui/common/pagewidgets.h"

#include <QEvent>

namespace ul {

StatusLabel::StatusLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void StatusLabel::showStatus(Text text, bool error)
{
    m_text = std::move(text);
    m_error = error;
    ui::showStatusText(this, m_text ? m_text() : QString(), error, nullptr);
}

void StatusLabel::showStatus(const QString &text, bool error)
{
    m_text = nullptr;
    m_error = error;
    ui::showStatusText(this, text, error, nullptr);
}

void StatusLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_text)
        ui::showStatusText(this, m_text(), m_error, nullptr);
}

} // namespace ul
