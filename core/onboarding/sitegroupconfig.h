#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ul {

class StateStore;

// The layer-1 part of the layer settings (uni-load-behaviour.md §3.4, §10.2), read from the
// state store setting "layerSettings" = {"l1":{"blacklistThreshold":99,
// "keyValidationIntervalMinutes":60,"maxRetries":null}, "l2":{…}, "l3":{…}}. The layers module
// owns that key and its editor; onboarding only reads "l1" (defaults when absent).
struct SiteGroupConfig
{
    int blacklistThreshold = 99;
    int keyValidationIntervalMinutes = 60;
    std::optional<int> maxRetries;

    // gpt-load `config`: {"blacklist_threshold", "key_validation_interval_minutes"[, "max_retries"]}.
    QJsonObject config() const;
    // `existing` (a group's current config) with the keys these settings own replaced: other keys
    // an operator set in gpt-load are kept; an unset maxRetries removes "max_retries".
    QJsonObject mergedInto(const QJsonObject &existing) const;

    static const QStringList &managedConfigKeys();
};

inline constexpr char kLayerSettingsSettingKey[] = "layerSettings";

// The stored l1 settings, the defaults for absent fields. Wrong types or values below gpt-load's
// minimums are an error naming the field ("layerSettings.l1.blacklistThreshold").
Result<SiteGroupConfig> loadSiteGroupConfig(const StateStore &store);

} // namespace ul
