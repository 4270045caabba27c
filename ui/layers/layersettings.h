#pragma once

#include "core/common/result.h"

#include <QJsonObject>

#include <array>
#include <optional>

namespace ul::ui {

// The editable per-layer group settings (uni-load-behaviour.md §3.4), persisted as the stored
// setting "layerSettings":
//   {"l1":{"blacklistThreshold":99,"keyValidationIntervalMinutes":60,"maxRetries":null},
//    "l2":{"blacklistThreshold":2,"keyValidationIntervalMinutes":10080,"maxRetries":null},
//    "l3":{"blacklistThreshold":50,"keyValidationIntervalMinutes":30,"maxRetries":9}}
// `maxRetries` null means "not sent": gpt-load's own default applies. The layers' `sort` values
// are fixed (they identify the layers) and not part of the setting.
//
// The console's own copy of the value type: core/layers (in progress when this was written)
// defines the engine's LayerSettingsSet with the same JSON; the editor moves to it once that
// module is part of main.
enum class Layer { SiteGroup, ModelChannel, ModelAggregate };  // L1, L2, L3
inline constexpr std::array<Layer, 3> kAllLayers{Layer::SiteGroup, Layer::ModelChannel, Layer::ModelAggregate};

struct LayerConfig
{
    int blacklistThreshold = 0;            // 0 = never blacklist a key
    int keyValidationIntervalMinutes = 60;
    std::optional<int> maxRetries;

    bool operator==(const LayerConfig &) const = default;
};

struct LayerSettings
{
    LayerConfig l1;
    LayerConfig l2;
    LayerConfig l3;

    static LayerSettings defaults();
    static int sortValue(Layer layer);        // 20, 30, 40
    static QString jsonKey(Layer layer);      // "l1", "l2", "l3"

    static constexpr int kMaxBlacklistThreshold = 1000000;
    static constexpr int kMaxValidationIntervalMinutes = 525600;  // a year
    static constexpr int kMaxRetries = 100;

    const LayerConfig &layer(Layer layer) const;
    LayerConfig &layer(Layer layer);

    QJsonObject toJson() const;
    // Reads the shape above; a missing layer or field keeps the default. Wrong types and values
    // out of range are validation errors naming the field ("l2.maxRetries").
    static Result<LayerSettings> fromJson(const QJsonObject &json);
    // Threshold 0…1000000, interval 1…525600 minutes, retries 0…100.
    Status validate() const;

    bool operator==(const LayerSettings &) const = default;
};

} // namespace ul::ui
