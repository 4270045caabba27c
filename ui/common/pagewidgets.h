#pragma once

#include <QAbstractItemView>
#include <QMessageBox>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace ul::ui {

// A read-only table of records: whole rows selected, no row numbers, the last column stretched.
QTableView *makeRecordTable(QAbstractItemModel *model, QWidget *parent,
                            QAbstractItemView::SelectionMode mode = QAbstractItemView::SingleSelection);

// Asks (window-modal, open() — never exec()) and calls `onAccept` when the operator confirms
// with `acceptText`; Cancel does nothing. `destructive` styles the button as such.
void confirm(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text, const QString &acceptText,
             bool destructive, std::function<void()> onAccept);

} // namespace ul::ui
