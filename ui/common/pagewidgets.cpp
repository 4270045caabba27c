#include "ui/common/pagewidgets.h"

#include "ui/common/columnfitter.h"
#include "ui/common/uiformat.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace ul::ui {

namespace {

// The label of setEmptyHint(): a child of the view's viewport, as large as it.
class EmptyHint final : public QLabel
{
public:
    EmptyHint(QAbstractItemView *view, std::function<QString()> text)
        : QLabel(view->viewport()), m_view(view), m_text(std::move(text))
    {
        setObjectName(QStringLiteral("emptyHint"));
        setAlignment(Qt::AlignCenter);
        setWordWrap(true);
        setMargin(12);
        setForegroundRole(QPalette::PlaceholderText);
        setAttribute(Qt::WA_TransparentForMouseEvents);
        view->viewport()->installEventFilter(this);
        if (QAbstractItemModel *model = view->model()) {
            const auto update = [this]() { refresh(); };
            connect(model, &QAbstractItemModel::rowsInserted, this, update);
            connect(model, &QAbstractItemModel::rowsRemoved, this, update);
            connect(model, &QAbstractItemModel::modelReset, this, update);
            connect(model, &QAbstractItemModel::layoutChanged, this, update);
        }
        refresh();
    }

    void refresh()
    {
        const QAbstractItemModel *model = m_view->model();
        const bool empty = !model || model->rowCount(m_view->rootIndex()) == 0;
        if (empty) {
            setText(m_text());
            setGeometry(m_view->viewport()->rect());
        }
        setVisible(empty);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            refresh();
        return QLabel::eventFilter(watched, event);
    }

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            refresh();
        QLabel::changeEvent(event);
    }

private:
    QAbstractItemView *m_view;
    std::function<QString()> m_text;
};

} // namespace

void setEmptyHint(QAbstractItemView *view, std::function<QString()> text)
{
    new EmptyHint(view, std::move(text));
}

void refreshEmptyHint(QAbstractItemView *view)
{
    // Only EmptyHint carries that object name (it has no Q_OBJECT of its own to cast to).
    if (auto *hint = view->viewport()->findChild<QLabel *>(QStringLiteral("emptyHint"), Qt::FindDirectChildrenOnly))
        static_cast<EmptyHint *>(hint)->refresh();
}

QTableView *makeRecordTable(QAbstractItemModel *model, QWidget *parent, QAbstractItemView::SelectionMode mode)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setTabKeyNavigation(false);  // Tab leaves the table; arrows move in it
    view->setSelectionMode(mode);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    fitColumns(view->horizontalHeader());
    return view;
}

void fitColumns(QHeaderView *header, int stretchColumn)
{
    ColumnFitter::of(header)->setStretchColumn(stretchColumn);
}

namespace {

void collectTabStops(QWidget *widget, QList<QWidget *> &out);

void collectTabStops(QLayout *layout, QList<QWidget *> &out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *w = item->widget())
            collectTabStops(w, out);
        else if (QLayout *inner = item->layout())
            collectTabStops(inner, out);
    }
}

// A widget takes Tab itself, or holds widgets that do (in its layout or as a container's pages).
void collectTabStops(QWidget *widget, QList<QWidget *> &out)
{
    if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
        out << widget;
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        out << tabs->tabBar();
        for (int i = 0; i < tabs->count(); ++i)
            collectTabStops(tabs->widget(i), out);
    } else if (auto *splitter = qobject_cast<QSplitter *>(widget)) {
        for (int i = 0; i < splitter->count(); ++i)
            collectTabStops(splitter->widget(i), out);
    } else if (auto *scroll = qobject_cast<QScrollArea *>(widget)) {
        if (scroll->widget())
            collectTabStops(scroll->widget(), out);
    } else if (auto *stack = qobject_cast<QStackedWidget *>(widget)) {
        for (int i = 0; i < stack->count(); ++i)
            collectTabStops(stack->widget(i), out);
    } else if (!qobject_cast<QAbstractScrollArea *>(widget) && widget->layout()) {
        collectTabStops(widget->layout(), out);
    }
}

} // namespace

void resizeWithinScreen(QWidget *widget, QSize preferred)
{
    if (const QScreen *screen = widget->screen())
        preferred = preferred.boundedTo(screen->availableGeometry().size() * 0.9);
    widget->resize(preferred);
}

void orderTabsAsLaidOut(QWidget *root)
{
    QList<QWidget *> stops;
    if (root->layout())
        collectTabStops(root->layout(), stops);
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1), stops.at(i));
}

void layOutSplitPage(QWidget *page, QLayout *top, QWidget *upper, QWidget *lower, QWidget *status)
{
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(status);
}

void keepCurrentRow(QAbstractItemView *view, int keyRole)
{
    QAbstractItemModel *model = view->model();
    auto saved = std::make_shared<std::pair<QVariant, int>>();  // the row's key, the current column
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, view, [view, keyRole, saved]() {
        QModelIndex at = view->currentIndex();
        if (!at.isValid() && view->selectionModel() && view->selectionModel()->hasSelection())
            at = view->selectionModel()->selectedIndexes().constFirst();
        *saved = at.isValid() ? std::make_pair(at.siblingAtColumn(0).data(keyRole), at.column()) : std::make_pair(QVariant(), 0);
    });
    // Connected after the selection model's own handler, which clears everything first.
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view, model, keyRole, saved]() {
        if (!saved->first.isValid())
            return;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(keyRole) == saved->first) {
                makeCurrentRow(view, model->index(row, std::min(saved->second, model->columnCount() - 1)));
                return;
            }
        }
    });
}

void makeCurrentRow(QAbstractItemView *view, const QModelIndex &index)
{
    if (index.isValid() && view->selectionModel())
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void showStatusText(QLabel *label, const QString &text, bool error, const QWidget *page)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, error ? errorColor() : (page ? page->palette() : QPalette()).color(QPalette::WindowText));
    label->setPalette(p);
    label->setText(text);
    // The colour is not read out: a failure says so in the label's description.
    label->setAccessibleDescription(error ? QCoreApplication::translate("ul::ui", "Error") : QString());
}

QMessageBox *confirm(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text, const QString &acceptText,
             bool destructive, std::function<void()> onAccept)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box->addButton(acceptText, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QCoreApplication::translate("ul::ui", "Cancel"), QMessageBox::RejectRole);
    // Return must not confirm what cannot be undone (a reflexive Del, Return): the destructive
    // button is clicked or reached with Tab; Esc always cancels.
    box->setDefaultButton(destructive ? cancel : yes);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [yes, onAccept = std::move(onAccept)](QAbstractButton *button) {
        if (button == yes)
            onAccept();
    });
    box->open();
    return box;
}

} // namespace ul::ui
