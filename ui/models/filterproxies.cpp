#include "ui/models/filterproxies.h"

#include "ui/models/journalmodel.h"
#include "ui/models/logmodel.h"

namespace ul {

JournalFilterProxy::JournalFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void JournalFilterProxy::setOutcome(const QString &outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    invalidateFilter();
}

void JournalFilterProxy::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

bool JournalFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_outcome.isEmpty() && index.data(JournalModel::OutcomeRole).toString() != m_outcome)
        return false;
    return m_text.isEmpty() || index.data(JournalModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

LogFilterProxy::LogFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void LogFilterProxy::setMinimumLevel(LogLevel level)
{
    if (level == m_minimum)
        return;
    m_minimum = level;
    invalidateFilter();
}

void LogFilterProxy::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void LogFilterProxy::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(LogModel::LevelRole).toInt() < static_cast<int>(m_minimum))
        return false;
    if (!m_category.isEmpty() && index.data(LogModel::CategoryRole).toString() != m_category)
        return false;
    if (m_text.isEmpty())
        return true;
    const QModelIndex message = sourceModel()->index(sourceRow, LogModel::Message, sourceParent);
    return message.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace ul
