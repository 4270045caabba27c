#pragma once

#include <QObject>
#include <QHash>

class QAbstractItemModel;
class QAbstractItemView;
class QHeaderView;

namespace ul::ui {

// The column sizing behind fitColumns(): every column but one is as wide as its contents and
// its title, at most a third of the view. The stretch column would like its contents, up to 30 %
// of the view; when the others do not fit beside that, it gives way first (down to its title or
// a dozen characters, or the share of setStretchFloor()), then the widest of the others; the
// stretch column takes what is left. Columns stay interactive: a column the operator has dragged keeps the width given to it. Widths follow the model (resets, new rows,
// changed data), a tree's expanded rows and the view's size, coalesced into one pass per
// event-loop turn.
class ColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)

public:
    // The fitter of `header`, created on first use (a child of the header).
    static ColumnFitter *of(QHeaderView *header);

    // Which logical column stretches; negative counts from the end (-1 = the last).
    void setStretchColumn(int column);
    int stretchColumn() const;

    // The least share of the view (percent, at most 30) the stretch column keeps before the
    // others give way: for tables whose stretch column is what the operator reads (the
    // journal's detail), where a dozen characters of it say nothing. 0 by default.
    void setStretchFloor(int percentOfView);

    // Fits the columns now (otherwise done on the next event-loop turn after a change).
    void fitNow();

    // The widest a content-sized column gets, for the view's current width.
    int widthCap() const;

    // The width `column`'s title needs: the header's size hint, less the sort indicator's room
    // unless it is the sorted column.
    int titleWidth(int column) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ColumnFitter(QHeaderView *header);

    void schedule();
    void remeasure();  // every column's contents changed (new rows, a reset, new titles)
    void watchModel(QAbstractItemModel *model);
    void onSectionResized(int logical, int oldSize, int newSize);
    int contentWidth(int column) const;
    QHash<int, int> plannedWidths() const;  // logical column → width, stretch column excluded

    QHeaderView *m_header;
    QAbstractItemView *m_view;
    QAbstractItemModel *m_model = nullptr;
    int m_stretchColumn = -1;
    int m_stretchFloorPercent = 0;
    bool m_scheduled = false;
    bool m_applying = false;
    QHash<int, int> m_operatorWidths;  // logical column → the width the operator dragged it to
    // Logical column → its measured contents, until a change of the model touches the column: a
    // change of one column of a 158-column matrix re-measures that column only.
    mutable QHash<int, int> m_measured;
};

} // namespace ul::ui
