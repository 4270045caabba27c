#include "ui/widgets/statuslabel.h"

#include "ui/common/uiformat.h"

namespace ul {

StatusLabel::StatusLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void StatusLabel::showStatus(const QString &text, bool error)
{
    m_error = error;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, error ? ui::errorColor() : QPalette().color(QPalette::WindowText));
    setPalette(p);
    setText(text);
}

} // namespace ul
