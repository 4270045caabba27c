#pragma once

#include "core/engine/job.h"

#include <QAbstractTableModel>
#include <QList>

namespace ul {

// Jobs of the latest snapshot: running, queued, then recently finished.
class JobsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsModel)

public:
    enum Column { Title, State, Progress, Started, Finished, Error, ColumnCount };
    // Progress column: done and total as a QPoint(x = done, y = total) for the progress delegate.
    enum Role { ProgressRole = Qt::UserRole + 1, IdRole };

    explicit JobsModel(QObject *parent = nullptr);

    void setJobs(const QList<JobView> &jobs);
    const QList<JobView> &jobs() const { return m_jobs; }
    void retranslate();

    // The job state as shown to the operator ("running" → "Running").
    static QString stateText(const QString &state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const JobView &job, int column) const;

    QList<JobView> m_jobs;
};

} // namespace ul
