#pragma once

#include "core/sites/modelfilter.h"

#include <QAbstractTableModel>
#include <QList>

namespace ul {

// The "which of these models would pass" preview: every input model with the filter's verdict,
// the rule that dropped it and whether a kept model counts as high cost.
class FilterPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPreviewModel)

public:
    enum Column { Model, Verdict, Reason, Entry, Cost, ColumnCount };
    enum Role { KeptRole = Qt::UserRole + 1 };

    explicit FilterPreviewModel(QObject *parent = nullptr);

    // Runs filterDiscoveredModels over `models` (input order kept; blank lines ignored).
    void evaluate(const QStringList &models, const FilterRules &rules, const QList<ChannelType> &siteTypes);
    int keptCount() const;
    int droppedCount() const;
    void retranslate();

    static QString reasonText(DropReason reason);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString model;
        bool kept = false;
        DropReason reason = DropReason::NotWhitelisted;
        QString entry;
        QString highCostPattern;
        bool preferredTestModel = false;  // matches highCostPattern but is exempt (isCostlyTestModel)
    };
    QVariant displayData(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace ul
