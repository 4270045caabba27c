#include "ui/models/settingsmodel.h"

#include "core/config/settingsjson.h"
#include "ui/common/uiformat.h"

#include <QBrush>

namespace ul {

SettingsModel::SettingsModel(const AppConfig &config, QObject *parent)
    : QAbstractTableModel(parent), m_config(config), m_rows(config.settings())
{
}

QString SettingsModel::storedKey(SettingKey key)
{
    return SettingsJson::storedKey(key);
}

void SettingsModel::setStoredSettings(const QJsonObject &stored)
{
    m_saved.clear();
    for (const SettingSpec &spec : settingSpecs()) {
        if (const std::optional<QString> text = SettingsJson::storedValueText(stored.value(storedKey(spec.key))))
            m_saved.insert(spec.key, *text);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::optional<QString> SettingsModel::savedValue(SettingKey key) const
{
    const auto it = m_saved.constFind(key);
    if (it == m_saved.constEnd())
        return std::nullopt;
    return *it;
}

bool SettingsModel::needsRestart(SettingKey key) const
{
    return savedValue(key) != m_config.valueAt(key, ConfigOrigin::StoredSetting);
}

SettingKey SettingsModel::keyAt(int row) const
{
    return m_rows.at(row).key;
}

int SettingsModel::rowForKey(SettingKey key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return static_cast<int>(i);
    }
    return -1;
}

void SettingsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SettingsModel::originText(ConfigOrigin origin)
{
    switch (origin) {
    case ConfigOrigin::Default: return tr("default");
    case ConfigOrigin::StoredSetting: return tr("saved setting");
    case ConfigOrigin::DotEnv: return QStringLiteral(".env");
    case ConfigOrigin::DotEnvLocal: return QStringLiteral(".env.local");
    case ConfigOrigin::Environment: return tr("environment");
    case ConfigOrigin::CommandLine: return tr("command line");
    }
    return {};
}

QString SettingsModel::statusText(SettingKey key) const
{
    const SettingSpec &spec = settingSpec(key);
    if (spec.informational)
        return tr("Shown only; has no effect");
    const ConfigOrigin origin = m_config.origin(key);
    if (isExternalOrigin(origin)) {
        if (savedValue(key))
            return tr("Overridden by %1; the saved value is not used").arg(originText(origin));
        return tr("Overridden by %1").arg(originText(origin));
    }
    if (needsRestart(key))
        return tr("Restart needed");
    return {};
}

int SettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SettingsModel::displayData(const SettingState &state, int column) const
{
    const SettingSpec &spec = settingSpec(state.key);
    switch (column) {
    case Name: return state.name;
    case Effective: return state.value;  // already masked for secrets
    case Origin: return state.source.isEmpty() ? originText(state.origin) : state.source;
    case Saved: {
        const std::optional<QString> saved = savedValue(state.key);
        if (!saved)
            return QString();
        return spec.secret ? ui::maskSecret(*saved) : *saved;
    }
    case Status: return statusText(state.key);
    default: return {};
    }
}

QVariant SettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SettingState &state = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(state, index.column());
    case Qt::ToolTipRole: return settingSpec(state.key).translatedDescription();
    case Qt::ForegroundRole:
        if (index.column() == Status) {
            if (isExternalOrigin(m_config.origin(state.key)))
                return QBrush(ui::warningColor());
            if (needsRestart(state.key))
                return QBrush(ui::errorColor());
        }
        if (settingSpec(state.key).informational)
            return QBrush(ui::neutralColor());
        return {};
    case KeyRole: return static_cast<int>(state.key);
    case SearchTextRole:
        return QStringList{state.name, state.value, settingSpec(state.key).translatedDescription()}.join(QLatin1Char('\n'));
    default: return {};
    }
}

QVariant SettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Setting");
    case Effective: return tr("Value in effect");
    case Origin: return tr("From");
    case Saved: return tr("Saved value");
    case Status: return tr("Note");
    default: return {};
    }
}

} // namespace ul
