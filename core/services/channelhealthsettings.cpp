#include "core/services/channelhealthsettings.h"

#include "core/store/statestore.h"

namespace ul {

namespace {

template <typename T>
void readNumber(const QJsonObject &o, const char *key, T low, T high, T *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return;
    const double d = v.toDouble();
    if (d < double(low) || d > double(high))
        return;
    *out = T(d);
}

} // namespace

void applyHealthSettings(const QJsonObject &stored, HealthThresholds *thresholds, RecoveryPolicy *recovery)
{
    HealthThresholds t;
    readNumber(stored, "minRequests", 1, 100000, &t.minRequests);
    readNumber(stored, "criticalSuccessRate", 0.0, 1.0, &t.criticalSuccessRate);
    readNumber(stored, "warningSuccessRate", 0.0, 1.0, &t.warningSuccessRate);
    readNumber(stored, "slowAverageMs", 1.0, 3600000.0, &t.slowAverageMs);
    readNumber(stored, "maxFailureRate", 0.0, 1.0, &t.maxFailureRate);
    readNumber(stored, "logWindowHours", 1, 168, &t.logWindowHours);
    RecoveryPolicy r;
    readNumber(stored, "recoveryProbes", 1, 100, &r.successesRequired);
    readNumber(stored, "recoveryInitialBackoffSecs", 1, 86400, &r.initialBackoffSecs);
    readNumber(stored, "recoveryMaxBackoffSecs", 1, 7 * 86400, &r.maxBackoffSecs);
    r.maxBackoffSecs = std::max(r.maxBackoffSecs, r.initialBackoffSecs);
    *thresholds = t;
    *recovery = r;
}

void applyHealthSettings(const StateStore &store, HealthThresholds *thresholds, RecoveryPolicy *recovery)
{
    const std::optional<QJsonValue> stored = store.isOpen() ? store.setting(kHealthThresholdsSetting) : std::nullopt;
    applyHealthSettings(stored ? stored->toObject() : QJsonObject(), thresholds, recovery);
}

} // namespace ul
