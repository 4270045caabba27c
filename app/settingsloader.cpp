#include "app/settingsloader.h"

#include "core/config/envfile.h"
#include "core/config/settingsjson.h"
#include "core/config/settingsregistry.h"
#include "core/store/statestore.h"

#include <QFileInfo>
#include <QProcessEnvironment>

namespace ul {

namespace {

// Settings saved from the console sit below .env and the environment.
void applyStoredSettings(AppConfig &config, const AppDirectories &dirs, StoreAccess access, SettingsLoad &load)
{
    StateStore store;
    if (!QFileInfo::exists(dirs.stateStorePath()))
        return;
    const Status opened = access == StoreAccess::ReadOnly ? store.openReadOnly(dirs.stateStorePath()) : store.open(dirs.stateStorePath());
    if (!opened.ok()) {
        load.storeError = opened.error().message + QStringLiteral(" (the settings saved from the console are not read)");
        return;
    }
    const auto stored = store.allSettings();
    load.console.language = stored.value(QStringLiteral("ui.language")).toString();
    load.console.startMinimized = stored.value(QStringLiteral("ui.startMinimized")).toBool(false);
    load.console.windowGeometry = QByteArray::fromBase64(stored.value(QStringLiteral("ui.windowGeometry")).toString().toLatin1());
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("env.")))
            continue;
        if (const std::optional<QString> text = SettingsJson::storedValueText(it.value()))
            config.setOverride(it.key().mid(4), *text, ConfigOrigin::StoredSetting);
    }
}

} // namespace

SettingsLoad loadSettings(AppConfig &config, const AppDirectories &dirs, const CliOptions &cli, StoreAccess storeAccess)
{
    SettingsLoad load;
    config.setDirectories(dirs.configDir, dirs.dataDir);
    applyStoredSettings(config, dirs, storeAccess, load);
    const LoadedEnvironment env = loadEnvironment(dirs.configDir, QProcessEnvironment::systemEnvironment());
    config.applyEnvironment(env);
    if (cli.port)
        config.setOverride(SettingKey::Port, QString::number(*cli.port), ConfigOrigin::CommandLine);
    if (!cli.listen.isEmpty())
        config.setOverride(QStringLiteral("BIND_ADDRESS"), cli.listen, ConfigOrigin::CommandLine);
    load.warnings << env.problems();  // unreadable lines and misspelt names, in line order
    for (const ConfigIssue &issue : config.issues())
        (issue.isError() ? load.errors : load.warnings) << issue.toString();
    return load;
}

} // namespace ul
