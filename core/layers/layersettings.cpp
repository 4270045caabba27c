#include "core/layers/layersettings.h"

#include "core/store/statestore.h"


#include <cmath>
#include <limits>

namespace ul {

namespace {
const QString kBlacklist = QStringLiteral("blacklistThreshold");
const QString kInterval = QStringLiteral("keyValidationIntervalMinutes");
const QString kRetries = QStringLiteral("maxRetries");

const QString kCfgBlacklist = QStringLiteral("blacklist_threshold");
const QString kCfgInterval = QStringLiteral("key_validation_interval_minutes");
const QString kCfgRetries = QStringLiteral("max_retries");

// gpt-load's minimums (gptload-api.md §4.3).
constexpr int kMinBlacklist = 0;
constexpr int kMinInterval = 1;
constexpr int kMinRetries = 0;

Result<int> readInt(const QJsonValue &value, const QString &field, int minimum)
{
    if (!value.isDouble())
        return Error::validation(field, QStringLiteral("%1 must be an integer").arg(field));
    const double d = value.toDouble();
    if (std::floor(d) != d || d < double(std::numeric_limits<int>::min()) || d > double(std::numeric_limits<int>::max()))
        return Error::validation(field, QStringLiteral("%1 must be an integer").arg(field));
    if (d < minimum)
        return Error::validation(field, QStringLiteral("%1 must be at least %2").arg(field).arg(minimum));
    return int(d);
}

Status readLayer(const QJsonValue &json, const QString &prefix, LayerSettings &settings)
{
    if (!json.isObject())
        return Error::validation(prefix, QStringLiteral("%1 must be an object").arg(prefix));
    const QJsonObject o = json.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString field = prefix + QLatin1Char('.') + it.key();
        if (it.key() == kBlacklist) {
            const Result<int> v = readInt(it.value(), field, kMinBlacklist);
            if (!v.ok())
                return v.error();
            settings.blacklistThreshold = v.value();
        } else if (it.key() == kInterval) {
            const Result<int> v = readInt(it.value(), field, kMinInterval);
            if (!v.ok())
                return v.error();
            settings.keyValidationIntervalMinutes = v.value();
        } else if (it.key() == kRetries) {
            if (it.value().isNull()) {
                settings.maxRetries.reset();
                continue;
            }
            const Result<int> v = readInt(it.value(), field, kMinRetries);
            if (!v.ok())
                return v.error();
            settings.maxRetries = v.value();
        } else {
            return Error::validation(field, QStringLiteral("unknown layer setting %1").arg(field));
        }
    }
    return {};
}
} // namespace

int layerSort(Layer layer)
{
    switch (layer) {
    case Layer::SiteGroup: return 20;
    case Layer::ModelChannel: return 30;
    case Layer::Aggregate: return 40;
    }
    return 0;
}

QString layerKey(Layer layer)
{
    switch (layer) {
    case Layer::SiteGroup: return QStringLiteral("l1");
    case Layer::ModelChannel: return QStringLiteral("l2");
    case Layer::Aggregate: return QStringLiteral("l3");
    }
    return {};
}

std::optional<Layer> layerFromSort(int sort)
{
    switch (sort) {
    case 20: return Layer::SiteGroup;
    case 30: return Layer::ModelChannel;
    case 40: return Layer::Aggregate;
    default: return std::nullopt;
    }
}

QJsonObject LayerSettings::config() const
{
    QJsonObject o{{kCfgBlacklist, blacklistThreshold}, {kCfgInterval, keyValidationIntervalMinutes}};
    if (maxRetries)
        o.insert(kCfgRetries, *maxRetries);
    return o;
}

QJsonObject LayerSettings::toJson() const
{
    return QJsonObject{{kBlacklist, blacklistThreshold},
                       {kInterval, keyValidationIntervalMinutes},
                       {kRetries, maxRetries ? QJsonValue(*maxRetries) : QJsonValue(QJsonValue::Null)}};
}

Status LayerSettings::validate(const QString &fieldPrefix) const
{
    if (blacklistThreshold < kMinBlacklist)
        return Error::validation(fieldPrefix + QLatin1Char('.') + kBlacklist,
                                 QStringLiteral("%1.%2 must be at least %3").arg(fieldPrefix, kBlacklist).arg(kMinBlacklist));
    if (keyValidationIntervalMinutes < kMinInterval)
        return Error::validation(fieldPrefix + QLatin1Char('.') + kInterval,
                                 QStringLiteral("%1.%2 must be at least %3").arg(fieldPrefix, kInterval).arg(kMinInterval));
    if (maxRetries && *maxRetries < kMinRetries)
        return Error::validation(fieldPrefix + QLatin1Char('.') + kRetries,
                                 QStringLiteral("%1.%2 must be at least %3").arg(fieldPrefix, kRetries).arg(kMinRetries));
    return {};
}

const QStringList &managedConfigKeys()
{
    static const QStringList keys{kCfgBlacklist, kCfgInterval, kCfgRetries};
    return keys;
}

LayerSettingsSet LayerSettingsSet::defaults()
{
    LayerSettingsSet s;
    s.l1 = LayerSettings{99, 60, std::nullopt};
    s.l2 = LayerSettings{2, 10080, std::nullopt};
    s.l3 = LayerSettings{50, 30, 9};
    return s;
}

const LayerSettings &LayerSettingsSet::forLayer(Layer layer) const
{
    switch (layer) {
    case Layer::SiteGroup: return l1;
    case Layer::ModelChannel: return l2;
    case Layer::Aggregate: break;
    }
    return l3;
}

LayerSettings &LayerSettingsSet::forLayer(Layer layer)
{
    return const_cast<LayerSettings &>(std::as_const(*this).forLayer(layer));
}

QJsonObject LayerSettingsSet::toJson() const
{
    return QJsonObject{{QStringLiteral("l1"), l1.toJson()}, {QStringLiteral("l2"), l2.toJson()}, {QStringLiteral("l3"), l3.toJson()}};
}

Status LayerSettingsSet::validate() const
{
    for (Layer layer : {Layer::SiteGroup, Layer::ModelChannel, Layer::Aggregate}) {
        if (Status s = forLayer(layer).validate(layerKey(layer)); !s.ok())
            return s;
    }
    return {};
}

Result<LayerSettingsSet> LayerSettingsSet::fromJson(const QJsonValue &json, const LayerSettingsSet &base)
{
    if (!json.isObject())
        return Error::validation(QStringLiteral("layerSettings"), QStringLiteral("layer settings must be an object"));
    LayerSettingsSet out = base;
    const QJsonObject o = json.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        std::optional<Layer> layer;
        for (Layer l : {Layer::SiteGroup, Layer::ModelChannel, Layer::Aggregate}) {
            if (layerKey(l) == it.key())
                layer = l;
        }
        if (!layer)
            return Error::validation(it.key(), QStringLiteral("unknown layer %1 (expected l1, l2 or l3)").arg(it.key()));
        if (Status s = readLayer(it.value(), it.key(), out.forLayer(*layer)); !s.ok())
            return s.error();
    }
    if (Status s = out.validate(); !s.ok())
        return s.error();
    return out;
}

Result<LayerSettingsSet> loadLayerSettings(const StateStore &store)
{
    const std::optional<QJsonValue> stored = store.setting(QString::fromLatin1(kLayerSettingsKey));
    if (!stored || stored->isNull() || stored->isUndefined())
        return LayerSettingsSet::defaults();
    Result<LayerSettingsSet> parsed = LayerSettingsSet::fromJson(*stored);
    if (!parsed.ok())
        return parsed.error().withContext(QStringLiteral("stored layer settings"));
    return parsed;
}

Status saveLayerSettings(StateStore &store, const LayerSettingsSet &settings)
{
    if (Status s = settings.validate(); !s.ok())
        return s;
    return store.setSetting(QString::fromLatin1(kLayerSettingsKey), settings.toJson());
}

} // namespace ul
