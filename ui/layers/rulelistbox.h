#pragma once

#include <QGroupBox>

class QLineEdit;
class QListView;
class QPushButton;

namespace ul {

class RuleListModel;

// One rule list in the filter editor: the entries (check box = enabled, double-click to edit),
// a field to add one, remove, and optional reordering.
class RuleListBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleListBox)

public:
    RuleListBox(RuleListModel *model, bool ordered, QWidget *parent = nullptr);

    RuleListModel *model() const { return m_model; }
    void setTexts(const QString &title, const QString &placeholder, const QString &hint);

signals:
    // A value could not be added (blank or already listed).
    void rejected(const QString &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addFromField();
    void updateButtons();
    int currentRow() const;

    RuleListModel *m_model;
    bool m_ordered;
    QListView *m_view;
    QLineEdit *m_field;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace ul
