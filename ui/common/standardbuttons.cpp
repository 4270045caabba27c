#include "ui/common/standardbuttons.h"

#include <QDialogButtonBox>
#include <QPushButton>

namespace ul::ui {

void StandardButtons::translate(QDialogButtonBox *box)
{
    // OK, Cancel and Close answer Return and Esc; the others get an Alt+letter.
    const QList<std::pair<QDialogButtonBox::StandardButton, QString>> texts = {
        {QDialogButtonBox::Ok, tr("OK")},       {QDialogButtonBox::Cancel, tr("Cancel")}, {QDialogButtonBox::Close, tr("Close")},
        {QDialogButtonBox::Save, tr("&Save")},  {QDialogButtonBox::Yes, tr("&Yes")},      {QDialogButtonBox::No, tr("&No")},
        {QDialogButtonBox::Apply, tr("&Apply")},
    };
    for (const auto &[which, text] : texts) {
        if (QPushButton *button = box->button(which))
            button->setText(text);
    }
}

} // namespace ul::ui
