#pragma once

#include "core/common/result.h"
#include "core/config/appconfig.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace ul {

// The settings as JSON for GET/PUT /api/settings (uni-load-behaviour.md §22.4): the registry's
// settings with the value in effect for this run and where it came from, the value saved in the
// state store ("env.<NAME>", applied at the next start, as on the desktop settings page), secrets
// redacted. And the validation of a PUT with the settings page's rules.
namespace SettingsJson {

// "env.MODEL_SYNC_INTERVAL": the state store key of a setting (SettingsModel::storedKey).
QString storedKey(SettingKey key);
// A stored setting value as the text the setting holds (the settings page stores strings;
// older entries may be numbers or bools); nullopt for a missing or null value.
std::optional<QString> storedValueText(const QJsonValue &value);
// "default", "stored", ".env", ".env.local", "environment", "command line".
QString originId(ConfigOrigin origin);

// {settings:[{name, group, type, description, default, value, origin, source, saved, secret,
// informational, overridden, restartRequired, choices?}]}. `config`: the configuration this run
// started with; `stored`: Engine::storedSettings() (only "env.*" keys are read).
QJsonObject settings(const AppConfig &config, const QJsonObject &stored);

// A PUT body {NAME: value | null} → the stored-settings change {"env.NAME": text | null} for
// Engine::saveStoredSettings. Validation error (field = the name, code) for an unknown name
// (UNKNOWN_SETTING), a setting the API must not change (SETTING_NOT_SETTABLE: API_TOKEN,
// UNI_API_RESTART_COMMAND), a value of the wrong JSON type or one that AppConfig reports as an
// error (SETTING_INVALID, the settings page's check). An empty body is a validation error too.
// Values AppConfig only warns about are accepted, as on the settings page; `warnings` (optional)
// receives "NAME: message" for each.
Result<QJsonObject> storedChange(const AppConfig &config, const QJsonObject &body, QStringList *warnings = nullptr);

// Names the HTTP API refuses to set: SettingSpec::localOnly (uniapi-config.md §6.10; the token
// that guards the API). Their values are masked in settings() as well.
bool settableViaApi(const QString &name);

} // namespace SettingsJson
} // namespace ul
