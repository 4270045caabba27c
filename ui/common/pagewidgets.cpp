#include "ui/common/pagewidgets.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace ul::ui {

QTableView *makeRecordTable(QAbstractItemModel *model, QWidget *parent, QAbstractItemView::SelectionMode mode)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(mode);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

void confirm(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text, const QString &acceptText,
             bool destructive, std::function<void()> onAccept)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box->addButton(acceptText, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    box->addButton(QCoreApplication::translate("ul::ui", "Cancel"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [yes, onAccept = std::move(onAccept)](QAbstractButton *button) {
        if (button == yes)
            onAccept();
    });
    box->open();
}

} // namespace ul::ui
