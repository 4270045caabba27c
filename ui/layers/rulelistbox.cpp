#include "ui/layers/rulelistbox.h"

#include "ui/models/rulelistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace ul {

RuleListBox::RuleListBox(RuleListModel *model, bool ordered, QWidget *parent)
    : QGroupBox(parent), m_model(model), m_ordered(ordered), m_view(new QListView(this)), m_field(new QLineEdit(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)), m_up(new QPushButton(this)), m_down(new QPushButton(this))
{
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_field->setClearButtonEnabled(true);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_field, 1);
    addRow->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    m_up->setVisible(m_ordered);
    m_down->setVisible(m_ordered);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(addRow);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &RuleListBox::addFromField);
    connect(m_field, &QLineEdit::returnPressed, this, &RuleListBox::addFromField);
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        if (const int row = currentRow(); row >= 0)
            m_model->removeRows(row, 1);
    });
    connect(m_up, &QPushButton::clicked, this, [this]() {
        const int row = currentRow();
        if (m_model->moveEntry(row, -1))
            m_view->setCurrentIndex(m_model->index(row - 1));
    });
    connect(m_down, &QPushButton::clicked, this, [this]() {
        const int row = currentRow();
        if (m_model->moveEntry(row, 1))
            m_view->setCurrentIndex(m_model->index(row + 1));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RuleListBox::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RuleListBox::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RuleListBox::updateButtons);
    retranslate();
    updateButtons();
}

void RuleListBox::setTexts(const QString &title, const QString &placeholder, const QString &hint)
{
    setTitle(title);
    m_field->setPlaceholderText(placeholder);
    setToolTip(hint);
    retranslate();
}

void RuleListBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void RuleListBox::retranslate()
{
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Up"));
    m_down->setText(tr("Down"));
    // Four of these boxes sit side by side: each control names its list.
    m_field->setAccessibleName(tr("New entry for %1").arg(title()));
    m_add->setAccessibleName(tr("Add to %1").arg(title()));
    m_remove->setAccessibleName(tr("Remove from %1").arg(title()));
    m_up->setAccessibleName(tr("Move up in %1").arg(title()));
    m_down->setAccessibleName(tr("Move down in %1").arg(title()));
}

void RuleListBox::addFromField()
{
    const QString value = m_field->text().trimmed();
    if (value.isEmpty())
        return;
    if (!m_model->addEntry(value)) {
        emit rejected(value);
        return;
    }
    m_field->clear();
    m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1));
}

int RuleListBox::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void RuleListBox::updateButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

} // namespace ul
