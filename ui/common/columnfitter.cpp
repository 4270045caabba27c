#include "ui/common/columnfitter.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace ul::ui {

ColumnFitter *ColumnFitter::of(QHeaderView *header)
{
    if (auto *existing = header->findChild<ColumnFitter *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ColumnFitter(header);
}

ColumnFitter::ColumnFitter(QHeaderView *header)
    : QObject(header), m_header(header), m_view(qobject_cast<QAbstractItemView *>(header->parentWidget()))
{
    m_header->setStretchLastSection(false);
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_header, &QHeaderView::sectionResized, this, &ColumnFitter::onSectionResized);
    connect(m_header, &QHeaderView::sectionCountChanged, this, [this](int oldCount, int newCount) {
        // Other columns: what the operator set for the old ones no longer applies.
        if (oldCount != 0 && oldCount != newCount)
            m_operatorWidths.clear();
        remeasure();
    });
    // New titles (a language change) change the header's geometry.
    connect(m_header, &QHeaderView::geometriesChanged, this, &ColumnFitter::schedule);
    // Only the sorted column draws the indicator, so only it needs the room for it.
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, &ColumnFitter::schedule);
    if (m_view)
        m_view->viewport()->installEventFilter(this);
    // A tree sizes a column by its expanded rows: expanding shows rows the last fit did not see.
    if (auto *tree = qobject_cast<QTreeView *>(m_view)) {
        connect(tree, &QTreeView::expanded, this, &ColumnFitter::remeasure);
        connect(tree, &QTreeView::collapsed, this, &ColumnFitter::remeasure);
    }
    watchModel(m_header->model());
    schedule();
}

void ColumnFitter::setStretchColumn(int column)
{
    m_stretchColumn = column;
    fitNow();
}

void ColumnFitter::setStretchFloor(int percentOfView)
{
    m_stretchFloorPercent = std::clamp(percentOfView, 0, 30);
    fitNow();
}

int ColumnFitter::stretchColumn() const
{
    const int count = m_header->count();
    const int column = m_stretchColumn < 0 ? count + m_stretchColumn : m_stretchColumn;
    return column >= 0 && column < count ? column : -1;
}

int ColumnFitter::widthCap() const
{
    const int viewWidth = m_view ? m_view->viewport()->width() : m_header->width();
    const int floor = m_header->fontMetrics().averageCharWidth() * 16;
    return std::max(floor, viewWidth / 3);
}

int ColumnFitter::titleWidth(int column) const
{
    // QHeaderView's size hint keeps room for the sort indicator in every column once sorting is
    // on (the section's height plus a margin), though only the sorted column draws it: in a
    // table of nine columns that is a column's worth of empty space taken from the data.
    const int hint = m_header->sectionSizeHint(column);
    if (!m_header->isSortIndicatorShown() || column == m_header->sortIndicatorSection())
        return hint;
    const int indicatorRoom = m_header->sizeHint().height() + m_header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_header);
    return std::max(hint - indicatorRoom, m_header->minimumSectionSize());
}

int ColumnFitter::contentWidth(int column) const
{
    // A little air beside the title, so the titles of an empty table do not run together, and
    // beside the longest text, which otherwise touches the next column (and, where a fallback
    // font draws CJK text wider than it was measured, loses its last character).
    const int air = m_header->fontMetrics().averageCharWidth();
    int width = titleWidth(column) + air * 2;
    if (m_view) {
        auto measured = m_measured.constFind(column);
        if (measured == m_measured.constEnd())
            measured = m_measured.insert(column, m_view->sizeHintForColumn(column));
        width = std::max(width, *measured + air);
    }
    return width;
}

void ColumnFitter::fitNow()
{
    m_scheduled = false;
    if (m_header->model() != m_model)
        watchModel(m_header->model());
    const int count = m_header->count();
    // Measure about kMeasuredCells cells: the rows on screen and then others, up to Qt's 1000 —
    // a model matrix with 150 site-group columns would otherwise lay out every text and icon of
    // its 45,000 cells for one fit.
    constexpr int kMeasuredCells = 6000;
    const int rowsMeasured = std::clamp(kMeasuredCells / std::max(1, count), 50, 1000);
    if (auto *table = qobject_cast<QTableView *>(m_view))
        table->verticalHeader()->setResizeContentsPrecision(rowsMeasured);
    else if (qobject_cast<QTreeView *>(m_view))
        m_header->setResizeContentsPrecision(rowsMeasured);
    const int stretch = stretchColumn();
    const QHash<int, int> widths = plannedWidths();
    m_applying = true;
    for (int column = 0; column < count; ++column) {
        if (column == stretch) {
            m_header->setSectionResizeMode(column, QHeaderView::Stretch);
            continue;
        }
        m_header->setSectionResizeMode(column, QHeaderView::Interactive);
        const int width = widths.value(column);
        if (m_header->sectionSize(column) != width)
            m_header->resizeSection(column, width);
    }
    m_applying = false;
}

QHash<int, int> ColumnFitter::plannedWidths() const
{
    const int count = m_header->count();
    const int stretch = stretchColumn();
    const int cap = widthCap();
    QHash<int, int> planned;
    QHash<int, int> floors;  // a content-sized column never gets narrower than its title
    int available = m_view ? m_view->viewport()->width() : m_header->width();
    // The stretch column (long text, elided, full text in its tooltip) would like its contents,
    // up to 30 % of the view; it gives way before any other column is cut below its contents,
    // down to its title, a dozen characters or the view's share set by setStretchFloor().
    const int stretchWant = stretch >= 0 ? std::min(contentWidth(stretch), available * 3 / 10) : 0;
    const int stretchFloor =
        stretch >= 0 ? std::min(stretchWant, std::max({titleWidth(stretch),
                                                        m_header->fontMetrics().averageCharWidth() * 12,
                                                        available * m_stretchFloorPercent / 100}))
                     : 0;
    for (int column = 0; column < count; ++column) {
        if (column == stretch)
            continue;
        if (const auto dragged = m_operatorWidths.constFind(column); dragged != m_operatorWidths.constEnd()) {
            available -= dragged.value();
            planned.insert(column, dragged.value());
            continue;
        }
        const int floor = std::min(titleWidth(column), cap);
        floors.insert(column, floor);
        planned.insert(column, std::max(floor, std::min(contentWidth(column), cap)));
    }
    // When the columns do not fit beside the stretch column's share, the widest ones give way
    // first: find the largest common limit under which they fit (never below a title).
    const auto total = [&](int limit) {
        int sum = 0;
        for (auto it = floors.constBegin(); it != floors.constEnd(); ++it)
            sum += std::max(it.value(), std::min(planned.value(it.key()), limit));
        return sum;
    };
    available -= std::clamp(available - total(cap), stretchFloor, stretchWant);
    if (total(cap) > available) {
        int low = 0;
        int high = cap;
        while (low < high) {
            const int mid = (low + high + 1) / 2;
            if (total(mid) <= available)
                low = mid;
            else
                high = mid - 1;
        }
        for (auto it = floors.constBegin(); it != floors.constEnd(); ++it)
            planned[it.key()] = std::max(it.value(), std::min(planned.value(it.key()), low));
    }
    return planned;
}

void ColumnFitter::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this]() {
        if (!m_scheduled)
            return;
        // A hidden table (a page not shown) is fitted when it shows (the viewport's Show event),
        // not on every change of its model.
        if (m_view && !m_view->isVisible()) {
            m_scheduled = false;
            return;
        }
        fitNow();
    });
}

void ColumnFitter::remeasure()
{
    m_measured.clear();
    schedule();
}

void ColumnFitter::watchModel(QAbstractItemModel *model)
{
    m_measured.clear();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::remeasure);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::remeasure);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::remeasure);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid()) {
            m_measured.clear();  // a tree's rows: any column of any branch
        } else {
            for (int column = topLeft.column(); column <= bottomRight.column(); ++column)
                m_measured.remove(column);
        }
        schedule();
    });
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::remeasure);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::remeasure);
    connect(model, &QObject::destroyed, this, [this]() { m_model = nullptr; });
}

void ColumnFitter::onSectionResized(int logical, int /*oldSize*/, int newSize)
{
    // Our own passes and the stretch column's relayout are not the operator's doing.
    if (m_applying || logical == stretchColumn())
        return;
    m_operatorWidths.insert(logical, newSize);
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        schedule();
    return QObject::eventFilter(watched, event);
}

} // namespace ul::ui
