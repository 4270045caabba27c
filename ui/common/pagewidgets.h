#pragma once

#include <QAbstractItemView>
#include <QMessageBox>
#include <QSize>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QHeaderView;
class QLabel;
class QLayout;
class QTableView;
class QWidget;

namespace ul::ui {

// A read-only table of records: whole rows selected, no row numbers, columns sized by
// fitColumns() with the last one stretched (call fitColumns() again to stretch another one).
QTableView *makeRecordTable(QAbstractItemModel *model, QWidget *parent,
                            QAbstractItemView::SelectionMode mode = QAbstractItemView::SingleSelection);

// The column sizing every table and tree of the console uses (ColumnFitter): each column as
// wide as its contents but at most a third of the view, and `stretchColumn` (the long-text one;
// negative counts from the end, -1 = the last) takes the width that is left. Columns stay
// resizable by the operator; survives models that reset their columns. Call again to stretch
// another column.
void fitColumns(QHeaderView *header, int stretchColumn = -1);

// Shows `text()` (grey, centred) over `view` while its model has no rows, and keeps it current
// when rows come and go, the view is resized or the language changes. Call after setModel().
void setEmptyHint(QAbstractItemView *view, std::function<QString()> text);
// Shows the hint again with its current text: for a hint whose text depends on more than the
// view's rows (the engine's state).
void refreshEmptyHint(QAbstractItemView *view);

// Keeps the operator's row current across resets of `view`'s model (a snapshot that adds or
// removes rows resets the table): the row whose `keyRole` value was current or selected is made
// current and selected again, so the selection, the keyboard cursor and a screen reader's place
// stay where they were. Call after setModel(); a row that is gone leaves nothing selected.
void keepCurrentRow(QAbstractItemView *view, int keyRole);
// Makes `index` the current and only selected row of `view` (select() alone leaves no current
// index: the arrow keys would start again at the top).
void makeCurrentRow(QAbstractItemView *view, const QModelIndex &index);

// Lays out a page as its bar of controls (`top`), `upper` over `lower` in a vertical splitter
// that gives the upper pane three fifths (the operator can move it), and its status line; no
// margins, the window has them.
void layOutSplitPage(QWidget *page, QLayout *top, QWidget *upper, QWidget *lower, QWidget *status);

// Resizes the window `widget` to `preferred`, or to 90 % of its screen's free area where that is
// smaller (a laptop at 150 % has 1280×720 to offer): its buttons stay on screen.
void resizeWithinScreen(QWidget *widget, QSize preferred);

// Makes Tab follow the reading order of `root`'s layouts (top to bottom, and left to right
// within a row) rather than the order its widgets were created in: the layouts are walked in
// order, into group boxes, splitters, tab pages and scroll areas. Call once everything is laid out.
void orderTabsAsLaidOut(QWidget *root);

// Shows `text` in the status line `label`: in the error colour when `error` (and described as an
// error for screen readers), otherwise in the text colour of `page`, or the application's when
// null (the label's own palette keeps whatever colour it was given last).
void showStatusText(QLabel *label, const QString &text, bool error, const QWidget *page);

// Asks (window-modal, open() — never exec()) and calls `onAccept` when the operator confirms
// with `acceptText`; Cancel (and Esc) does nothing. `destructive` styles the button as such and makes
// Cancel the default button, so Return alone never confirms it. Returns the
// question (it deletes itself when answered).
QMessageBox *confirm(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text, const QString &acceptText,
             bool destructive, std::function<void()> onAccept);

} // namespace ul::ui
