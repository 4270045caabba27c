#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

class StateStore;

// The three gpt-load layers uni-load builds (DESIGN.md §3). The `sort` values identify a layer in
// gpt-load and are fixed.
enum class Layer { SiteGroup = 1, ModelChannel = 2, Aggregate = 3 };

int layerSort(Layer layer);                      // 20, 30, 40
QString layerKey(Layer layer);                   // "l1", "l2", "l3"
std::optional<Layer> layerFromSort(int sort);

// Editable settings of one layer (uni-load-behaviour.md §3.4). They are sent as the group's
// `config` object; `maxRetries` only when set (gpt-load's default 3 applies otherwise).
struct LayerSettings
{
    int blacklistThreshold = 3;
    int keyValidationIntervalMinutes = 60;
    std::optional<int> maxRetries;

    // {"blacklist_threshold":…, "key_validation_interval_minutes":…[, "max_retries":…]}
    QJsonObject config() const;
    // {"blacklistThreshold":…, "keyValidationIntervalMinutes":…, "maxRetries":… | null}
    QJsonObject toJson() const;
    Status validate(const QString &fieldPrefix) const;
    bool operator==(const LayerSettings &) const = default;
};

// The gpt-load `config` keys that layer settings own (an unset maxRetries removes its key, so
// gpt-load's default applies). Other keys an operator set on a group in gpt-load are kept when
// we update it (grouppayloads.h).
const QStringList &managedConfigKeys();

// All three layers. Stored in the state store under the setting key "layerSettings" as
// {"l1":{…},"l2":{…},"l3":{…}}; the onboarding code reads "l1" from the same key.
struct LayerSettingsSet
{
    LayerSettings l1;
    LayerSettings l2;
    LayerSettings l3;

    // 99/60/–, 2/10080/–, 50/30/9.
    static LayerSettingsSet defaults();
    const LayerSettings &forLayer(Layer layer) const;
    LayerSettings &forLayer(Layer layer);

    QJsonObject toJson() const;
    Status validate() const;
    // Reads a complete or partial object over `base`: absent layers and absent fields keep
    // their value in `base`, "maxRetries": null clears it. Unknown keys, wrong types and values
    // below gpt-load's minimums are validation errors naming the field ("l2.blacklistThreshold").
    static Result<LayerSettingsSet> fromJson(const QJsonValue &json, const LayerSettingsSet &base = defaults());
    bool operator==(const LayerSettingsSet &) const = default;
};

inline constexpr char kLayerSettingsKey[] = "layerSettings";

// The stored settings, or the defaults when none are stored. A stored value that no longer
// validates is an error (the caller shows it; nothing is sent to gpt-load with bad values).
Result<LayerSettingsSet> loadLayerSettings(const StateStore &store);
Status saveLayerSettings(StateStore &store, const LayerSettingsSet &settings);

} // namespace ul
