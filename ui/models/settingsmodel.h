#pragma once

#include "core/config/appconfig.h"

#include <QAbstractTableModel>
#include <QJsonObject>

#include <optional>

namespace ul {

// Every setting of the registry: the value in effect for this run and where it came from, the
// value saved from the console (stored setting "env.<NAME>", applied at the next start) and
// what the operator must know about it (overridden externally, restart needed, no effect).
class SettingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsModel)

public:
    enum Column { Name, Effective, Origin, Saved, Status, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, SearchTextRole };

    // `config` is the configuration the process started with.
    explicit SettingsModel(const AppConfig &config, QObject *parent = nullptr);

    // The stored settings as returned by Engine::storedSettings(); only "env.*" keys are used.
    void setStoredSettings(const QJsonObject &stored);
    std::optional<QString> savedValue(SettingKey key) const;
    // The saved value differs from the one this run started with: it applies after a restart.
    bool needsRestart(SettingKey key) const;
    SettingKey keyAt(int row) const;
    int rowForKey(SettingKey key) const;
    void retranslate();

    static QString storedKey(SettingKey key);        // "env.MODEL_SYNC_INTERVAL"
    static QString originText(ConfigOrigin origin);  // translated
    QString statusText(SettingKey key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const SettingState &state, int column) const;

    AppConfig m_config;
    QList<SettingState> m_rows;
    QHash<SettingKey, QString> m_saved;
};

} // namespace ul
