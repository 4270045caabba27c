#pragma once

#include <QAbstractTableModel>
#include <QItemSelectionModel>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <utility>

namespace ul {

// A read-mostly table over a list of value rows (snapshot views, engine results), one column per
// ColumnSpec. Pages describe their columns with lambdas (so tr() runs in the page's context and
// headers follow a language change through retranslate()); the model does the Qt bookkeeping:
// rows with the same keys in the same order are updated in place, so selections survive a new
// snapshot, anything else resets. Not a QObject subclass of its own (no Q_OBJECT in templates).
template <typename Row>
class ValueTableModel final : public QAbstractTableModel
{
public:
    enum Role {
        SortRole = Qt::UserRole + 1,  // the column's sort value (falls back to the display text)
        KeyRole,                      // the row's key
    };

    // One column: its header and display text, with optional extras added fluently, e.g.
    // ColumnSpec(header, display).sortedBy(key).withIcon(icon).rightAligned().
    struct ColumnSpec
    {
        using Getter = std::function<QVariant(const Row &)>;

        ColumnSpec(std::function<QString()> headerFn, Getter displayFn) : header(std::move(headerFn)), display(std::move(displayFn)) {}

        ColumnSpec sortedBy(Getter fn) && { sort = std::move(fn); return std::move(*this); }
        ColumnSpec withIcon(Getter fn) && { decoration = std::move(fn); return std::move(*this); }
        ColumnSpec coloured(Getter fn) && { foreground = std::move(fn); return std::move(*this); }
        ColumnSpec withTooltip(Getter fn) && { tooltip = std::move(fn); return std::move(*this); }
        // Makes the column editable; `fn` returns false to refuse the value.
        ColumnSpec editable(std::function<bool(Row &, const QVariant &)> fn) && { edit = std::move(fn); return std::move(*this); }
        ColumnSpec rightAligned() && { alignment = Qt::AlignRight | Qt::AlignVCenter; return std::move(*this); }
        // The header's tooltip: what the column's word means, where the page's vocabulary needs it.
        ColumnSpec explainedBy(std::function<QString()> fn) && { headerTooltip = std::move(fn); return std::move(*this); }

        std::function<QString()> header;
        Getter display;
        Getter sort;
        Getter decoration;
        Getter foreground;
        Getter tooltip;
        std::function<QString()> headerTooltip;
        std::function<bool(Row &, const QVariant &)> edit;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };

    ValueTableModel(std::function<QString(const Row &)> key, QList<ColumnSpec> columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent), m_key(std::move(key)), m_columns(std::move(columns))
    {
    }

    void setRows(QList<Row> rows)
    {
        bool sameKeys = rows.size() == m_rows.size();
        for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
            sameKeys = m_key(rows.at(i)) == m_key(m_rows.at(i));
        if (sameKeys) {
            m_rows = std::move(rows);
            refresh();
            return;
        }
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    // New columns (e.g. the sites of a matrix); always a reset.
    void setColumns(QList<ColumnSpec> columns)
    {
        beginResetModel();
        m_columns = std::move(columns);
        endResetModel();
    }

    const QList<Row> &rows() const { return m_rows; }
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    // The first selected row of a view that shows this model directly (no proxy); null when none.
    const Row *selectedRow(const QItemSelectionModel *selection) const
    {
        const QModelIndexList rows = selection->selectedRows();
        return rows.isEmpty() ? nullptr : rowAt(rows.constFirst().row());
    }
    int rowForKey(const QString &key) const
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_key(m_rows.at(i)) == key)
                return static_cast<int>(i);
        }
        return -1;
    }

    // Called after an accepted edit with the row as it is now.
    void setEditHandler(std::function<void(int row, int column, const Row &)> handler) { m_onEdit = std::move(handler); }

    // Every cell again (its getters read something besides the row that changed).
    void refresh()
    {
        if (!m_rows.isEmpty() && !m_columns.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    // The cells of one column again.
    void refreshColumn(int column)
    {
        if (!m_rows.isEmpty() && column >= 0 && column < columnCount())
            emit dataChanged(index(0, column), index(rowCount() - 1, column));
    }

    // Headers and texts again (after a language change).
    void retranslate()
    {
        if (!m_columns.isEmpty())
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        refresh();
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &row = m_rows.at(index.row());
        const ColumnSpec &column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return column.display ? column.display(row) : QVariant();
        case SortRole:
            return column.sort ? column.sort(row) : (column.display ? column.display(row) : QVariant());
        case KeyRole:
            return m_key(row);
        case Qt::DecorationRole:
            return column.decoration ? column.decoration(row) : QVariant();
        case Qt::ForegroundRole:
            return column.foreground ? column.foreground(row) : QVariant();
        case Qt::ToolTipRole:
            return column.tooltip ? column.tooltip(row) : QVariant();
        case Qt::AccessibleDescriptionRole:
            // Screen readers get no tooltip, colour or icon of a cell: the tooltip carries the
            // warning those show ("high cost", "3 invalid keys"), so it is the description.
            return column.tooltip ? column.tooltip(row) : QVariant();
        case Qt::TextAlignmentRole:
            return column.alignment.toInt();
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return {};
        const ColumnSpec &column = m_columns.at(section);
        if (role == Qt::ToolTipRole)
            return column.headerTooltip ? QVariant(column.headerTooltip()) : QVariant();
        if (role != Qt::DisplayRole)
            return {};
        return column.header ? column.header() : QString();
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = QAbstractTableModel::flags(index);
        if (index.isValid() && index.column() < m_columns.size() && m_columns.at(index.column()).edit)
            f |= Qt::ItemIsEditable;
        return f;
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return false;
        const ColumnSpec &column = m_columns.at(index.column());
        if (!column.edit)
            return false;
        Row &row = m_rows[index.row()];
        if (!column.edit(row, value))
            return false;
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
        if (m_onEdit)
            m_onEdit(index.row(), index.column(), row);
        return true;
    }

private:
    std::function<QString(const Row &)> m_key;
    QList<ColumnSpec> m_columns;
    QList<Row> m_rows;
    std::function<void(int, int, const Row &)> m_onEdit;
};

} // namespace ul
