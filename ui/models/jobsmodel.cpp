#include "ui/common/enginetext.h"
#include "ui/models/jobsmodel.h"

#include "ui/common/errortext.h"
#include "ui/common/uiformat.h"

#include <QBrush>
#include <QPoint>

namespace ul {

JobsModel::JobsModel(QObject *parent) : QAbstractTableModel(parent) {}

void JobsModel::setJobs(const QList<JobView> &jobs)
{
    bool sameRows = jobs.size() == m_jobs.size();
    for (qsizetype i = 0; sameRows && i < jobs.size(); ++i)
        sameRows = jobs.at(i).id == m_jobs.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_jobs = jobs;
        endResetModel();
        return;
    }
    m_jobs = jobs;
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void JobsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString JobsModel::stateText(const QString &state)
{
    if (state == QLatin1String("queued"))
        return tr("Queued");
    if (state == QLatin1String("running"))
        return tr("Running");
    if (state == QLatin1String("done"))
        return tr("Done");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return state;
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::displayData(const JobView &job, int column) const
{
    switch (column) {
    case Title: return job.title.isEmpty() ? job.kind : EngineText::translate(job.title);
    case State: return stateText(job.state);
    case Progress:
        // A finished job's state column already says it all.
        if (job.progressTotal > 0)
            return job.step.isEmpty() || job.isFinished() ? QStringLiteral("%1/%2").arg(job.progressDone).arg(job.progressTotal)
                                      : QStringLiteral("%1/%2 %3").arg(job.progressDone).arg(job.progressTotal).arg(EngineText::translate(job.step));
        return EngineText::translate(job.step);
    case Started: return ui::formatDateTime(job.startedAt.isValid() ? job.startedAt : job.queuedAt);
    case Finished: return ui::formatDateTime(job.finishedAt);
    case Error: return ErrorText::translate(job.error, job.errorCode);
    default: return {};
    }
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobView &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(job, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return EngineText::jobKind(job.kind);
        if (index.column() == Error && !job.errorCode.isEmpty())
            return QStringLiteral("%1 (%2)").arg(displayData(job, Error).toString(), job.errorCode);
        return displayData(job, index.column());
    case ProgressRole:
        if (index.column() == Progress)
            return QPoint(job.progressDone, job.progressTotal);
        return {};
    case IdRole: return job.id;
    case Qt::DecorationRole:
        if (index.column() == State) {
            if (job.state == QLatin1String("failed"))
                return ui::statusDot(ui::errorColor());
            if (job.state == QLatin1String("done"))
                return ui::statusDot(ui::okColor());
            if (job.state == QLatin1String("running"))
                return ui::statusDot(ui::warningColor());
            return ui::statusDot(ui::neutralColor());
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Error && !job.error.isEmpty())
            return QBrush(ui::errorColor());
        return {};
    default: return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Job");
    case State: return tr("State");
    case Progress: return tr("Progress");
    case Started: return tr("Started");
    case Finished: return tr("Finished");
    case Error: return tr("Error");
    default: return {};
    }
}

} // namespace ul
