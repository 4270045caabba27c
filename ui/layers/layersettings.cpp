#include "ui/layers/layersettings.h"

#include <QJsonValue>

#include <cmath>

namespace ul::ui {

namespace {

constexpr auto kThreshold = "blacklistThreshold";
constexpr auto kInterval = "keyValidationIntervalMinutes";
constexpr auto kRetries = "maxRetries";

Result<int> readInt(const QJsonObject &object, const QString &name, const QString &field)
{
    const QJsonValue v = object.value(name);
    if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || std::abs(v.toDouble()) > 2147483647.0)
        return Error::validation(field, QStringLiteral("%1 must be a whole number").arg(field));
    return static_cast<int>(v.toDouble());
}

Status checkRange(const QString &field, int value, int minimum, int maximum)
{
    if (value < minimum || value > maximum)
        return Error::validation(field, QStringLiteral("%1 must be between %2 and %3").arg(field).arg(minimum).arg(maximum));
    return {};
}

} // namespace

LayerSettings LayerSettings::defaults()
{
    LayerSettings s;
    s.l1 = LayerConfig{99, 60, std::nullopt};
    s.l2 = LayerConfig{2, 10080, std::nullopt};
    s.l3 = LayerConfig{50, 30, 9};
    return s;
}

int LayerSettings::sortValue(Layer layer)
{
    switch (layer) {
    case Layer::SiteGroup: return 20;
    case Layer::ModelChannel: return 30;
    case Layer::ModelAggregate: return 40;
    }
    return 0;
}

QString LayerSettings::jsonKey(Layer layer)
{
    switch (layer) {
    case Layer::SiteGroup: return QStringLiteral("l1");
    case Layer::ModelChannel: return QStringLiteral("l2");
    case Layer::ModelAggregate: return QStringLiteral("l3");
    }
    return {};
}

const LayerConfig &LayerSettings::layer(Layer which) const
{
    switch (which) {
    case Layer::SiteGroup: return l1;
    case Layer::ModelChannel: return l2;
    case Layer::ModelAggregate: break;
    }
    return l3;
}

LayerConfig &LayerSettings::layer(Layer which)
{
    return const_cast<LayerConfig &>(std::as_const(*this).layer(which));
}

QJsonObject LayerSettings::toJson() const
{
    QJsonObject out;
    for (const Layer which : kAllLayers) {
        const LayerConfig &c = layer(which);
        QJsonObject o;
        o.insert(QLatin1String(kThreshold), c.blacklistThreshold);
        o.insert(QLatin1String(kInterval), c.keyValidationIntervalMinutes);
        o.insert(QLatin1String(kRetries), c.maxRetries ? QJsonValue(*c.maxRetries) : QJsonValue(QJsonValue::Null));
        out.insert(jsonKey(which), o);
    }
    return out;
}

Result<LayerSettings> LayerSettings::fromJson(const QJsonObject &json)
{
    LayerSettings s = defaults();
    for (const Layer which : kAllLayers) {
        const QString key = jsonKey(which);
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isObject())
            return Error::validation(key, QStringLiteral("%1 must be an object").arg(key));
        const QJsonObject o = v.toObject();
        LayerConfig &c = s.layer(which);
        if (o.contains(QLatin1String(kThreshold))) {
            Result<int> r = readInt(o, QLatin1String(kThreshold), key + QLatin1Char('.') + QLatin1String(kThreshold));
            if (!r.ok())
                return r.error();
            c.blacklistThreshold = r.value();
        }
        if (o.contains(QLatin1String(kInterval))) {
            Result<int> r = readInt(o, QLatin1String(kInterval), key + QLatin1Char('.') + QLatin1String(kInterval));
            if (!r.ok())
                return r.error();
            c.keyValidationIntervalMinutes = r.value();
        }
        if (o.contains(QLatin1String(kRetries))) {
            if (o.value(QLatin1String(kRetries)).isNull()) {
                c.maxRetries.reset();
            } else {
                Result<int> r = readInt(o, QLatin1String(kRetries), key + QLatin1Char('.') + QLatin1String(kRetries));
                if (!r.ok())
                    return r.error();
                c.maxRetries = r.value();
            }
        }
    }
    if (Status st = s.validate(); !st.ok())
        return st.error();
    return s;
}

Status LayerSettings::validate() const
{
    for (const Layer which : kAllLayers) {
        const LayerConfig &c = layer(which);
        const QString key = jsonKey(which) + QLatin1Char('.');
        if (Status s = checkRange(key + QLatin1String(kThreshold), c.blacklistThreshold, 0, kMaxBlacklistThreshold); !s.ok())
            return s;
        if (Status s = checkRange(key + QLatin1String(kInterval), c.keyValidationIntervalMinutes, 1, kMaxValidationIntervalMinutes);
            !s.ok())
            return s;
        if (c.maxRetries) {
            if (Status s = checkRange(key + QLatin1String(kRetries), *c.maxRetries, 0, kMaxRetries); !s.ok())
                return s;
        }
    }
    return {};
}

} // namespace ul::ui
