#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace ul::ui {

// Qt 6.4 names an input for a screen reader only by its accessibleName, a label whose buddy it
// is, or its group box — a combo box even by its current value — and a table or tree only by its
// accessibleName. Forms built with QFormLayout::addRow(QLabel *, …) or a caption label beside a
// field set no buddy, so most fields were read as their group's title, their value or nothing.
//
// Below `root`: each caption label (a form row's label, or a label ending in ':' followed by a
// field in the same layout) becomes the buddy of its field, which takes the caption as its name;
// a line edit left unnamed takes its placeholder; a view left unnamed takes the title of its
// group box, tab or window (the nearest ancestor with a name of its own). Names set explicitly
// are kept; the ones given here are given again after a language change.
void nameFieldsAndViews(QWidget *root);

// What a caption or title says, as a name: plain text, without mnemonics ("&Name", "名称(&N)")
// and without the trailing colon or ellipsis.
QString spokenText(QString text);

// Runs nameFieldsAndViews() on every window when it is shown and, after a language change, on
// every visible window once all of them have retranslated. Install once, on the application.
class AccessibleNamer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessibleNamer)

public:
    explicit AccessibleNamer(QObject *parent = nullptr) : QObject(parent) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_renamePending = false;
};

} // namespace ul::ui
