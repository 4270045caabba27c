#include "ui/models/filterpreviewmodel.h"

#include "ui/common/uiformat.h"

#include "core/sites/testmodel.h"

#include <QBrush>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace ul {

FilterPreviewModel::FilterPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void FilterPreviewModel::evaluate(const QStringList &models, const FilterRules &rules, const QList<ChannelType> &siteTypes)
{
    const FilterReport report = filterDiscoveredModels(models, rules, siteTypes);
    QHash<QString, DroppedModel> dropped;
    for (const DroppedModel &d : report.dropped)
        dropped.insert(d.model, d);
    const QSet<QString> kept(report.kept.cbegin(), report.kept.cend());

    QList<Row> rows;
    QSet<QString> seen;
    for (const QString &model : models) {
        if (seen.contains(model))
            continue;
        Row row;
        row.model = model;
        if (const auto it = dropped.constFind(model); it != dropped.constEnd()) {
            row.reason = it->reason;
            row.entry = it->entry;
        } else if (kept.contains(model)) {
            row.kept = true;
            row.highCostPattern = matchingHighCostPattern(model, rules).value_or(QString());
            // As validation and test-model choice see it: a preferred test model is no cost risk.
            row.preferredTestModel = !row.highCostPattern.isEmpty() && !isCostlyTestModel(model, rules);
        } else {
            continue;  // blank or otherwise ignored by the filter
        }
        seen.insert(model);
        rows.append(row);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int FilterPreviewModel::keptCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.kept; }));
}

int FilterPreviewModel::droppedCount() const
{
    return static_cast<int>(m_rows.size()) - keptCount();
}

void FilterPreviewModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString FilterPreviewModel::reasonText(DropReason reason)
{
    switch (reason) {
    case DropReason::Blacklisted: return tr("Blacklisted");
    case DropReason::NotWhitelisted: return tr("Not whitelisted");
    case DropReason::ChannelType: return tr("Wrong channel type");
    case DropReason::InvalidName: return tr("Invalid name");
    }
    return {};
}

int FilterPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FilterPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FilterPreviewModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case Model: return row.model;
    case Verdict: return row.kept ? tr("Kept") : tr("Dropped");
    case Reason: return row.kept ? QString() : reasonText(row.reason);
    case Entry: return row.kept ? QString() : row.entry;
    case Cost:
        if (row.highCostPattern.isEmpty())
            return QString();
        return row.preferredTestModel ? tr("Preferred test model (exempt from %1)").arg(row.highCostPattern)
                                      : tr("High cost (%1)").arg(row.highCostPattern);
    default: return {};
    }
}

QVariant FilterPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == Verdict)
            return ui::statusDot(row.kept ? ui::okColor() : ui::neutralColor());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Cost && !row.highCostPattern.isEmpty() && !row.preferredTestModel)
            return QBrush(ui::warningColor());
        return {};
    case KeptRole: return row.kept;
    default: return {};
    }
}

QVariant FilterPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Model: return tr("Model");
    case Verdict: return tr("Result");
    case Reason: return tr("Reason");
    case Entry: return tr("Matching rule");
    case Cost: return tr("Cost");
    default: return {};
    }
}

} // namespace ul
