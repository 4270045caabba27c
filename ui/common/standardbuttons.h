#pragma once

#include <QCoreApplication>

class QDialogButtonBox;

namespace ul::ui {

// Qt names the standard buttons (OK, Cancel, Close, …) from its own catalogue, which only some
// systems install (qt6-translations-l10n): our texts, so that they follow the interface
// language everywhere. Call after the buttons are added.
class StandardButtons final
{
    Q_DECLARE_TR_FUNCTIONS(ul::ui::StandardButtons)

public:
    static void translate(QDialogButtonBox *box);
};

} // namespace ul::ui
