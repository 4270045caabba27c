#include "core/services/channelhealthsettings.h"

#include "core/store/statestore.h"

#include <variant>

namespace ul {

namespace {

// 3600000, not QString::arg(double)'s "3.6e+06"; 0.5 stays 0.5.
QString plainNumber(double value)
{
    return QString::number(value, 'g', 12);
}

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

// One setting: its key, range, whether it is a whole number, and the field it sets.
struct HealthSettingSpec
{
    using Field = std::variant<int HealthThresholds::*, double HealthThresholds::*, int RecoveryPolicy::*>;

    const char *key;
    double low;
    double high;
    Field field;

    bool integer() const { return !std::holds_alternative<double HealthThresholds::*>(field); }

    double get(const HealthThresholds &t, const RecoveryPolicy &r) const
    {
        return std::visit(Overloaded{[&t](int HealthThresholds::*f) { return double(t.*f); },
                                     [&t](double HealthThresholds::*f) { return t.*f; },
                                     [&r](int RecoveryPolicy::*f) { return double(r.*f); }},
                          field);
    }

    void set(HealthThresholds &t, RecoveryPolicy &r, double v) const
    {
        std::visit(Overloaded{[&t, v](int HealthThresholds::*f) { t.*f = static_cast<int>(v); },
                              [&t, v](double HealthThresholds::*f) { t.*f = v; },
                              [&r, v](int RecoveryPolicy::*f) { r.*f = static_cast<int>(v); }},
                   field);
    }
};

const HealthSettingSpec kSpecs[] = {
    {"minRequests", 1, 100000, &HealthThresholds::minRequests},
    {"criticalSuccessRate", 0.0, 1.0, &HealthThresholds::criticalSuccessRate},
    {"warningSuccessRate", 0.0, 1.0, &HealthThresholds::warningSuccessRate},
    {"slowAverageMs", 1.0, 3600000.0, &HealthThresholds::slowAverageMs},
    {"maxFailureRate", 0.0, 1.0, &HealthThresholds::maxFailureRate},
    {"logWindowHours", 1, 168, &HealthThresholds::logWindowHours},
    {"recoveryProbes", 1, 100, &RecoveryPolicy::successesRequired},
    {"recoveryInitialBackoffSecs", 1, 86400, &RecoveryPolicy::initialBackoffSecs},
    {"recoveryMaxBackoffSecs", 1, 7 * 86400, &RecoveryPolicy::maxBackoffSecs},
};

const HealthSettingSpec *findSpec(const QString &key)
{
    for (const HealthSettingSpec &spec : kSpecs) {
        if (key == QLatin1String(spec.key))
            return &spec;
    }
    return nullptr;
}

bool fits(const HealthSettingSpec &spec, const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d >= spec.low && d <= spec.high && (!spec.integer() || std::floor(d) == d);
}

} // namespace

void applyHealthSettings(const QJsonObject &stored, HealthThresholds *thresholds, RecoveryPolicy *recovery)
{
    HealthThresholds t;
    RecoveryPolicy r;
    for (const HealthSettingSpec &spec : kSpecs) {
        const QJsonValue v = stored.value(QLatin1String(spec.key));
        if (fits(spec, v))
            spec.set(t, r, v.toDouble());
    }
    r.maxBackoffSecs = std::max(r.maxBackoffSecs, r.initialBackoffSecs);
    *thresholds = t;
    *recovery = r;
}

void applyHealthSettings(const StateStore &store, HealthThresholds *thresholds, RecoveryPolicy *recovery)
{
    const std::optional<QJsonValue> stored = store.isOpen() ? store.setting(kHealthThresholdsSetting) : std::nullopt;
    applyHealthSettings(stored ? stored->toObject() : QJsonObject(), thresholds, recovery);
}

QJsonObject HealthSettingsView::valuesJson() const
{
    QJsonObject out;
    for (const HealthSettingSpec &spec : kSpecs)
        out.insert(QLatin1String(spec.key), spec.get(thresholds, recovery));
    return out;
}

QJsonObject HealthSettingsView::toJson() const
{
    QJsonObject out = valuesJson();
    out.insert(QStringLiteral("defaults"), HealthSettingsView{}.valuesJson());
    QJsonObject ranges;
    for (const HealthSettingSpec &spec : kSpecs)
        ranges.insert(QLatin1String(spec.key), QJsonObject{{QStringLiteral("min"), spec.low}, {QStringLiteral("max"), spec.high}});
    out.insert(QStringLiteral("ranges"), ranges);
    return out;
}

HealthSettingsView healthSettingsView(const StateStore &store)
{
    HealthSettingsView view;
    applyHealthSettings(store, &view.thresholds, &view.recovery);
    return view;
}

Result<QJsonObject> patchHealthSettings(const QJsonObject &stored, const QJsonObject &patch)
{
    QJsonObject merged = stored;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const HealthSettingSpec *spec = findSpec(it.key());
        if (!spec)
            return Error::validation(it.key(), QStringLiteral("unknown health setting %1").arg(it.key()));
        if (it.value().isNull()) {
            merged.remove(it.key());
            continue;
        }
        if (!fits(*spec, it.value()))
            return Error::validation(it.key(), QStringLiteral("%1 must be %2 from %3 to %4")
                                                   .arg(it.key(), spec->integer() ? QStringLiteral("a whole number") : QStringLiteral("a number"),
                                                        plainNumber(spec->low), plainNumber(spec->high)));
        merged.insert(it.key(), it.value());
    }
    HealthSettingsView view;
    applyHealthSettings(merged, &view.thresholds, &view.recovery);
    if (view.thresholds.warningSuccessRate < view.thresholds.criticalSuccessRate)
        return Error::validation(QStringLiteral("warningSuccessRate"),
                                 QStringLiteral("warningSuccessRate (%1) may not be below criticalSuccessRate (%2)")
                                     .arg(view.thresholds.warningSuccessRate)
                                     .arg(view.thresholds.criticalSuccessRate));
    const QJsonValue maxBackoff = merged.value(QStringLiteral("recoveryMaxBackoffSecs"));
    if (maxBackoff.isDouble() && maxBackoff.toDouble() < view.recovery.initialBackoffSecs)
        return Error::validation(QStringLiteral("recoveryMaxBackoffSecs"),
                                 QStringLiteral("recoveryMaxBackoffSecs (%1) may not be below recoveryInitialBackoffSecs (%2)")
                                     .arg(plainNumber(maxBackoff.toDouble()), plainNumber(view.recovery.initialBackoffSecs)));
    return merged;
}

Result<HealthSettingsView> updateHealthSettings(StateStore &store, const QJsonObject &patch)
{
    if (!store.isOpen())
        return Error::make(ErrorKind::Unavailable, QStringLiteral("the state store is not open"));
    const std::optional<QJsonValue> stored = store.setting(kHealthThresholdsSetting);
    Result<QJsonObject> merged = patchHealthSettings(stored ? stored->toObject() : QJsonObject(), patch);
    if (!merged.ok())
        return merged.error();
    if (Status s = store.setSetting(kHealthThresholdsSetting, merged.value()); !s.ok())
        return s.error();
    return healthSettingsView(store);
}

} // namespace ul
