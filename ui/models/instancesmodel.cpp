#include "ui/models/instancesmodel.h"

#include "ui/common/errortext.h"
#include "ui/common/uiformat.h"

#include <QBrush>

namespace ul {

namespace {
bool usesTls(const InstanceView &instance)
{
    return instance.url.startsWith(QLatin1String("https:"), Qt::CaseInsensitive);
}
} // namespace

InstancesModel::InstancesModel(QObject *parent) : QAbstractTableModel(parent) {}

void InstancesModel::setInstances(const QList<InstanceView> &instances)
{
    bool sameRows = instances.size() == m_instances.size();
    for (qsizetype i = 0; sameRows && i < instances.size(); ++i)
        sameRows = instances.at(i).id == m_instances.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_instances = instances;
        endResetModel();
        return;
    }
    m_instances = instances;
    if (!m_instances.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int InstancesModel::rowForId(const QString &id) const
{
    for (qsizetype i = 0; i < m_instances.size(); ++i) {
        if (m_instances.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

void InstancesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_instances.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int InstancesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_instances.size());
}

int InstancesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstancesModel::displayData(const InstanceView &instance, int column) const
{
    switch (column) {
    case Name: return instance.name;
    case Url: return instance.url;
    case Priority: return instance.priority;
    case Health:
        if (!instance.checked)
            return tr("Not checked yet");
        return instance.healthy ? tr("Healthy") : tr("Down");
    case ResponseTime: return instance.checked ? ui::formatDuration(instance.responseTimeMs) : QString();
    case LastCheck: return ui::formatDateTime(instance.lastCheck);
    case Version: return instance.profile.isEmpty() ? tr("unknown") : instance.profile;
    case Tls:
        if (!usesTls(instance))
            return tr("Not used (http)");
        return instance.tlsInsecure ? tr("Verification off") : tr("Verified");
    case LastError: return ErrorText::translate(instance.error);
    default: return {};
    }
}

QVariant InstancesModel::sortData(const InstanceView &instance, int column) const
{
    switch (column) {
    case Priority: return instance.priority;
    case Health: return !instance.checked ? 1 : (instance.healthy ? 0 : 2);
    case ResponseTime: return instance.responseTimeMs;
    case LastCheck: return instance.lastCheck;
    case Tls: return !usesTls(instance) ? 0 : instance.tlsInsecure ? 2 : 1;
    default: return displayData(instance, column);
    }
}

QVariant InstancesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InstanceView &instance = m_instances.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(instance, index.column());
    case SortRole: return sortData(instance, index.column());
    case IdRole: return instance.id;
    case Qt::DecorationRole:
        if (index.column() == Health) {
            if (!instance.checked)
                return ui::statusDot(ui::neutralColor());
            return ui::statusDot(instance.healthy ? ui::okColor() : ui::errorColor());
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Tls && instance.tlsInsecure)
            return QBrush(ui::warningColor());
        if (index.column() == Tls && !usesTls(instance))
            return QBrush(ui::neutralColor());
        if (index.column() == LastError && !instance.error.isEmpty())
            return QBrush(ui::errorColor());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Health && instance.consecutiveFailures > 0)
            return tr("%n consecutive failed check(s)", nullptr, instance.consecutiveFailures);
        if (index.column() == Tls && instance.tlsInsecure)
            return tr("TLS certificate verification is turned off for this instance (tls_insecure).");
        if (index.column() == LastError || index.column() == Url)
            return displayData(instance, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Priority || index.column() == ResponseTime)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant InstancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Url: return tr("URL");
    case Priority: return tr("Priority");
    case Health: return tr("Health");
    case ResponseTime: return tr("Response time");
    case LastCheck: return tr("Last check");
    case Version: return tr("Version");
    case Tls: return tr("TLS");
    case LastError: return tr("Last error");
    default: return {};
    }
}

} // namespace ul
