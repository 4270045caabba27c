#include "ui/common/settingsave.h"

#include "core/config/settingsregistry.h"
#include "ui/models/settingsmodel.h"

namespace ul {

QString SettingSave::doneText(const AppConfig &config, SettingKey key)
{
    const ConfigOrigin origin = config.origin(key);
    if (isExternalOrigin(origin))
        return tr("Saved, but %1 is set in %2, which takes precedence.").arg(settingSpec(key).name, SettingsModel::originText(origin));
    return tr("Saved; restart uni-load to apply it.");
}

} // namespace ul
