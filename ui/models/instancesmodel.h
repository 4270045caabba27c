#pragma once

#include "core/engine/snapshot.h"

#include <QAbstractTableModel>
#include <QList>

namespace ul {

// The gpt-load instances of the latest snapshot, one row per instance (by priority).
class InstancesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancesModel)

public:
    enum Column { Name, Url, Priority, Health, ResponseTime, LastCheck, Version, Tls, LastError, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit InstancesModel(QObject *parent = nullptr);

    // Same instances in the same order: rows are updated in place (selection survives).
    void setInstances(const QList<InstanceView> &instances);
    const QList<InstanceView> &instances() const { return m_instances; }
    int rowForId(const QString &id) const;
    // Re-reads headers and texts after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const InstanceView &instance, int column) const;
    QVariant sortData(const InstanceView &instance, int column) const;

    QList<InstanceView> m_instances;
};

} // namespace ul
