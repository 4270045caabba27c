#pragma once

#include "core/sites/filterrules.h"

#include <QAbstractListModel>

namespace ul {

// One filter rule list (whitelist, blacklist, high-cost or preferred test models): the value is
// editable in place, the check box is the entry's enabled flag.
class RuleListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleListModel)

public:
    explicit RuleListModel(QObject *parent = nullptr);

    void setEntries(const RuleList &entries);
    const RuleList &entries() const { return m_entries; }

    // Appends an enabled entry; false (and nothing added) for a blank or duplicate value.
    bool addEntry(const QString &value);
    // Moves the entry at `row` by `delta` rows (order matters for preferred test models).
    bool moveEntry(int row, int delta);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

signals:
    // The operator changed the list (not emitted by setEntries).
    void edited();

private:
    bool containsValue(const QString &value, int exceptRow = -1) const;

    RuleList m_entries;
};

} // namespace ul
