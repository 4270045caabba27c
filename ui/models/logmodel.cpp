#include "ui/models/logmodel.h"

#include "ui/common/uiformat.h"

#include <QBrush>

namespace ul {

LogModel::LogModel(QObject *parent, int capacity) : QAbstractTableModel(parent), m_capacity(qMax(1, capacity)) {}

void LogModel::attach(LogHub *hub)
{
    disconnect(m_connection);
    m_hub = hub;
    if (!hub)
        return;
    // Queued even from the GUI thread: a message logged while the view updates must not re-enter
    // the model in the middle of an insertion.
    m_connection = connect(
        hub, &LogHub::messageAdded, this, [this](const LogEntry &entry) { appendEntries({entry}); }, Qt::QueuedConnection);
    appendEntries(hub->messages(m_lastId));
}

void LogModel::appendEntries(const QList<LogEntry> &entries)
{
    QList<LogEntry> fresh;
    for (const LogEntry &e : entries) {
        if (e.id > m_lastId && (fresh.isEmpty() || e.id > fresh.constLast().id))
            fresh.append(e);
    }
    if (fresh.isEmpty())
        return;
    if (fresh.size() > m_capacity)
        fresh = fresh.mid(fresh.size() - m_capacity);
    const qsizetype overflow = m_entries.size() + fresh.size() - m_capacity;
    if (overflow > 0) {
        beginRemoveRows(QModelIndex(), 0, static_cast<int>(overflow) - 1);
        m_entries.remove(0, overflow);
        endRemoveRows();
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(fresh.size()) - 1);
    m_entries.append(fresh);
    endInsertRows();
    m_lastId = m_entries.constLast().id;
}

void LogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString LogModel::levelText(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug: return tr("Debug");
    case LogLevel::Info: return tr("Info");
    case LogLevel::Warn: return tr("Warning");
    case LogLevel::Error: return tr("Error");
    }
    return {};
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return ui::formatDateTime(entry.timestamp);
        case Level: return levelText(entry.level);
        case Category: return entry.category;
        case Message: return entry.text.section(QLatin1Char('\n'), 0, 0);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Message)
            return entry.text;
        return {};
    case Qt::ForegroundRole:
        if (entry.level == LogLevel::Error)
            return QBrush(ui::errorColor());
        if (entry.level == LogLevel::Warn)
            return QBrush(ui::warningColor());
        if (entry.level == LogLevel::Debug)
            return QBrush(ui::neutralColor());
        return {};
    case LevelRole: return static_cast<int>(entry.level);
    case CategoryRole: return entry.category;
    default: return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Level: return tr("Level");
    case Category: return tr("Category");
    case Message: return tr("Message");
    default: return {};
    }
}

} // namespace ul
