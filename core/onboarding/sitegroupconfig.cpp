#include "core/onboarding/sitegroupconfig.h"

#include "core/store/statestore.h"

#include <cmath>

namespace ul {

namespace {

Error settingsError(const QString &field, const QString &message)
{
    Error error = Error::internal(QStringLiteral("stored layer settings: %1 %2").arg(field, message));
    error.field = field;
    error.code = QStringLiteral("LAYER_SETTINGS_INVALID");
    return error;
}

// An integer ≥ minimum, or nullopt when absent; `allowNull` for maxRetries.
Result<std::optional<int>> readInt(const QJsonObject &object, const QString &key, int minimum, bool allowNull)
{
    const QString field = QStringLiteral("layerSettings.l1.") + key;
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::optional<int>();
    if (value.isNull()) {
        if (allowNull)
            return std::optional<int>();
        return settingsError(field, QStringLiteral("must be an integer"));
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || number > 1e9)
        return settingsError(field, QStringLiteral("must be an integer"));
    if (number < minimum)
        return settingsError(field, QStringLiteral("must be at least %1").arg(minimum));
    return std::optional<int>(int(number));
}

} // namespace

const QStringList &SiteGroupConfig::managedConfigKeys()
{
    static const QStringList keys{QStringLiteral("blacklist_threshold"), QStringLiteral("key_validation_interval_minutes"),
                                  QStringLiteral("max_retries")};
    return keys;
}

QJsonObject SiteGroupConfig::config() const
{
    QJsonObject o{{QStringLiteral("blacklist_threshold"), blacklistThreshold},
                  {QStringLiteral("key_validation_interval_minutes"), keyValidationIntervalMinutes}};
    if (maxRetries)
        o.insert(QStringLiteral("max_retries"), *maxRetries);
    return o;
}

QJsonObject SiteGroupConfig::mergedInto(const QJsonObject &existing) const
{
    QJsonObject out = existing;
    for (const QString &key : managedConfigKeys())
        out.remove(key);
    const QJsonObject own = config();
    for (auto it = own.begin(); it != own.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

Result<SiteGroupConfig> loadSiteGroupConfig(const StateStore &store)
{
    SiteGroupConfig config;
    if (!store.isOpen())
        return config;
    const std::optional<QJsonValue> stored = store.setting(QLatin1String(kLayerSettingsSettingKey));
    if (!stored || stored->isNull())
        return config;
    if (!stored->isObject())
        return settingsError(QStringLiteral("layerSettings"), QStringLiteral("must be a JSON object"));
    const QJsonValue l1 = stored->toObject().value(QStringLiteral("l1"));
    if (l1.isUndefined() || l1.isNull())
        return config;
    if (!l1.isObject())
        return settingsError(QStringLiteral("layerSettings.l1"), QStringLiteral("must be a JSON object"));
    const QJsonObject object = l1.toObject();

    Result<std::optional<int>> threshold = readInt(object, QStringLiteral("blacklistThreshold"), 0, false);
    if (!threshold.ok())
        return threshold.error();
    Result<std::optional<int>> interval = readInt(object, QStringLiteral("keyValidationIntervalMinutes"), 1, false);
    if (!interval.ok())
        return interval.error();
    Result<std::optional<int>> retries = readInt(object, QStringLiteral("maxRetries"), 0, true);
    if (!retries.ok())
        return retries.error();
    config.blacklistThreshold = threshold->value_or(config.blacklistThreshold);
    config.keyValidationIntervalMinutes = interval->value_or(config.keyValidationIntervalMinutes);
    config.maxRetries = retries.value();
    return config;
}

} // namespace ul
