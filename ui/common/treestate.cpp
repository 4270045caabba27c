#include "ui/common/treestate.h"

#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace ul::ui {

namespace {

QString pathOf(const QTreeWidgetItem *item)
{
    QStringList parts;
    for (; item; item = item->parent())
        parts.prepend(item->text(0));
    return parts.join(QChar(0x1f));
}

} // namespace

TreeState TreeState::of(const QTreeWidget *tree)
{
    TreeState state;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it) {
        const QString path = pathOf(*it);
        state.m_known.insert(path);
        if ((*it)->isExpanded())
            state.m_expanded.insert(path);
    }
    const TreeState current = currentOf(tree);
    state.m_current = current.m_current;
    state.m_currentColumn = current.m_currentColumn;
    return state;
}

TreeState TreeState::currentOf(const QTreeWidget *tree)
{
    TreeState state;
    if (const QTreeWidgetItem *current = tree->currentItem()) {
        state.m_current = pathOf(current);
        state.m_currentColumn = tree->currentColumn();
    }
    return state;
}

void TreeState::restore(QTreeWidget *tree) const
{
    QTreeWidgetItem *current = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        const QString path = pathOf(*it);
        if (m_known.contains(path))
            (*it)->setExpanded(m_expanded.contains(path));
        if (!m_current.isEmpty() && path == m_current)
            current = *it;
    }
    if (current)
        tree->setCurrentItem(current, std::max(0, m_currentColumn));
}

} // namespace ul::ui
