#include "ui/widgets/statuslabel.h"

#include "ui/common/pagewidgets.h"

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
    ui::showStatusText(this, text, error, nullptr);
}

} // namespace ul
