#include "ui/common/enginetext.h"
#include "ui/models/journalmodel.h"

#include "ui/common/uiformat.h"

#include <QBrush>

#include <algorithm>

namespace ul {

JournalModel::JournalModel(QObject *parent, int capacity) : QAbstractTableModel(parent), m_capacity(qMax(1, capacity)) {}

void JournalModel::appendEntries(QList<JournalEntry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const JournalEntry &a, const JournalEntry &b) { return a.id < b.id; });
    entries.erase(std::remove_if(entries.begin(), entries.end(), [this](const JournalEntry &e) { return e.id <= m_lastId; }),
                  entries.end());
    if (entries.isEmpty())
        return;
    if (entries.size() > m_capacity)
        entries = entries.mid(entries.size() - m_capacity);

    const qsizetype overflow = m_entries.size() + entries.size() - m_capacity;
    if (overflow > 0) {
        beginRemoveRows(QModelIndex(), 0, static_cast<int>(overflow) - 1);
        m_entries.remove(0, overflow);
        endRemoveRows();
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
    m_lastId = m_entries.constLast().id;
}

void JournalModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_lastId = 0;
    endResetModel();
}

void JournalModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString JournalModel::outcomeText(const QString &outcome)
{
    return EngineText::outcome(outcome);
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

void JournalModel::setInstanceNames(const QHash<QString, QString> &names)
{
    if (names == m_instanceNames)
        return;
    m_instanceNames = names;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, Instance), index(rowCount() - 1, Instance));
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::displayData(const JournalEntry &entry, int column) const
{
    switch (column) {
    case Time: return ui::formatDateTime(entry.time);
    case Kind: return EngineText::jobKind(entry.kind);
    case Operation: return EngineText::operation(entry.op);
    case Instance: return m_instanceNames.value(entry.instanceId, entry.instanceId);
    case Target: return entry.target;
    case Outcome: return outcomeText(entry.outcome);
    case Detail: return EngineText::detail(entry.detail);
    default: return {};
    }
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Detail || index.column() == Target)
            return displayData(entry, index.column());
        if (index.column() == Kind)
            return QStringLiteral("%1 (%2)").arg(entry.kind, entry.jobId);
        if (index.column() == Instance && !entry.instanceId.isEmpty())
            return tr("Instance id: %1").arg(entry.instanceId);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Outcome && entry.outcome == QLatin1String("failed"))
            return QBrush(ui::errorColor());
        return {};
    case OutcomeRole: return entry.outcome;
    case SearchTextRole:
        return QStringList{entry.kind, EngineText::jobKind(entry.kind), entry.op, EngineText::operation(entry.op), entry.instanceId,
                           m_instanceNames.value(entry.instanceId),
                           entry.target, entry.detail, EngineText::detail(entry.detail), entry.jobId}
            .join(QLatin1Char('\n'));
    default: return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Kind: return tr("Job");
    case Operation: return tr("Operation");
    case Instance: return tr("Instance");
    case Target: return tr("Target");
    case Outcome: return tr("Outcome");
    case Detail: return tr("Detail");
    default: return {};
    }
}

} // namespace ul
