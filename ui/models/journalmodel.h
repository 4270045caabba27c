#pragma once

#include "core/store/records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ul {

// The operations journal (what jobs changed in gpt-load and api.yaml), oldest first. Entries
// arrive in pages from Engine::journal(); the model keeps the newest `capacity` of them.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalModel)

public:
    enum Column { Time, Kind, Operation, Instance, Target, Outcome, Detail, ColumnCount };
    enum Role { OutcomeRole = Qt::UserRole + 1, SearchTextRole };

    explicit JournalModel(QObject *parent = nullptr, int capacity = 5000);

    // Adds the entries newer than lastId(), in id order; older or known ones are ignored.
    void appendEntries(QList<JournalEntry> entries);
    void clear();
    qint64 lastId() const { return m_lastId; }
    const QList<JournalEntry> &entries() const { return m_entries; }
    // Instance id → name (from the snapshot): the Instance column shows names, as every other
    // page does, with the id in its tooltip.
    void setInstanceNames(const QHash<QString, QString> &names);
    void retranslate();

    static QString outcomeText(const QString &outcome);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const JournalEntry &entry, int column) const;

    const int m_capacity;
    QList<JournalEntry> m_entries;
    QHash<QString, QString> m_instanceNames;
    qint64 m_lastId = 0;
};

} // namespace ul
