#pragma once

#include <QStyledItemDelegate>

namespace ul {

// Draws a progress bar in cells whose `progressRole` holds a QPoint(done, total) with total > 0,
// with the cell's text on it; other cells are drawn normally.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    ProgressDelegate(int progressRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Wide enough for a readable bar when the column is sized to its contents.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace ul
