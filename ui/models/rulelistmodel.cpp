#include "ui/models/rulelistmodel.h"

namespace ul {

RuleListModel::RuleListModel(QObject *parent) : QAbstractListModel(parent) {}

void RuleListModel::setEntries(const RuleList &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

bool RuleListModel::containsValue(const QString &value, int exceptRow) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (i != exceptRow && m_entries.at(i).value.compare(value, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool RuleListModel::addEntry(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty() || containsValue(trimmed))
        return false;
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(RuleEntry{trimmed, true});
    endInsertRows();
    emit edited();
    return true;
}

bool RuleListModel::moveEntry(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_entries.size() || target < 0 || target >= m_entries.size() || delta == 0)
        return false;
    // beginMoveRows wants the destination as "insert before" in the pre-move list.
    const int destination = delta > 0 ? target + 1 : target;
    if (!beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination))
        return false;
    m_entries.move(row, target);
    endMoveRows();
    emit edited();
    return true;
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RuleEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return entry.value;
    case Qt::CheckStateRole: return entry.enabled ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: return entry.enabled ? tr("Enabled") : tr("Disabled: kept in the list but not applied");
    default: return {};
    }
}

bool RuleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    RuleEntry &entry = m_entries[index.row()];
    if (role == Qt::CheckStateRole) {
        const bool enabled = value.toInt() == Qt::Checked;
        if (enabled == entry.enabled)
            return true;
        entry.enabled = enabled;
    } else if (role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty() || containsValue(text, index.row()))
            return false;
        if (text == entry.value)
            return true;
        entry.value = text;
    } else {
        return false;
    }
    emit dataChanged(index, index, {role, Qt::DisplayRole});
    emit edited();
    return true;
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

bool RuleListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_entries.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_entries.remove(row, count);
    endRemoveRows();
    emit edited();
    return true;
}

} // namespace ul
