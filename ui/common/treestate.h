#pragma once

#include <QSet>
#include <QString>

class QTreeWidget;
class QTreeWidgetItem;

namespace ul::ui {

// The operator's place in a tree that a refresh clears and rebuilds: which items were open and
// which one was current, by their path of first-column texts. Saved before the rebuild and
// restored after it, so F5 or a snapshot does not close what the operator opened, nor send the
// keyboard (and a screen reader) back to the top. Items that are new keep the state the rebuild
// gave them.
class TreeState
{
public:
    static TreeState of(const QTreeWidget *tree);
    // The current item only: a rebuild then opens what it chooses.
    static TreeState currentOf(const QTreeWidget *tree);
    void restore(QTreeWidget *tree) const;

private:
    QSet<QString> m_known;     // every item's path
    QSet<QString> m_expanded;  // the open ones
    QString m_current;
    int m_currentColumn = 0;
};

} // namespace ul::ui
