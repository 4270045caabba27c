#pragma once

#include "core/log/loghub.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace ul {

// The diagnostic log ring (LogHub) as a table, oldest first, following new messages. Texts are
// already redacted by the hub.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column { Time, Level, Category, Message, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1, CategoryRole };

    explicit LogModel(QObject *parent = nullptr, int capacity = 2000);

    // Loads the hub's ring and follows its new messages (queued, whatever thread logs them).
    // nullptr detaches.
    void attach(LogHub *hub);
    // Adds entries newer than the last one shown.
    void appendEntries(const QList<LogEntry> &entries);
    qint64 lastId() const { return m_lastId; }
    void retranslate();

    static QString levelText(LogLevel level);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const int m_capacity;
    QPointer<LogHub> m_hub;
    QMetaObject::Connection m_connection;
    QList<LogEntry> m_entries;
    qint64 m_lastId = 0;
};

} // namespace ul
