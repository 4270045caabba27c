#pragma once

#include "core/common/result.h"
#include "core/services/channelhealthtypes.h"

#include <QJsonObject>

namespace ul {

class StateStore;

// The thresholds of the health verdict and of recovery are settings (uni-load-behaviour.md
// §16.3): the store setting `channelHealthThresholds` is an object whose known keys override the
// defaults — minRequests, criticalSuccessRate, warningSuccessRate, slowAverageMs, maxFailureRate,
// logWindowHours, recoveryProbes, recoveryInitialBackoffSecs, recoveryMaxBackoffSecs. Values out
// of range in the store are ignored (the default stays); a patch with one is refused. The failure
// threshold and the interval are CHANNEL_FAILURE_THRESHOLD and CHANNEL_CHECK_INTERVAL. The
// health monitor reads them at the start of every cycle.
inline const QString kHealthThresholdsSetting = QStringLiteral("channelHealthThresholds");

void applyHealthSettings(const QJsonObject &stored, HealthThresholds *thresholds, RecoveryPolicy *recovery);
void applyHealthSettings(const StateStore &store, HealthThresholds *thresholds, RecoveryPolicy *recovery);

// The values in effect, the defaults and each key's range:
// {minRequests, …, recoveryMaxBackoffSecs, defaults:{…}, ranges:{<key>:{min, max}}}.
struct HealthSettingsView
{
    HealthThresholds thresholds;
    RecoveryPolicy recovery;

    QJsonObject valuesJson() const;  // the nine keys
    QJsonObject toJson() const;
};

HealthSettingsView healthSettingsView(const StateStore &store);

// Applies `patch` (known keys only; a number within the key's range, or null for the default)
// to the stored object: the new stored object, or a validation error naming the field. The
// warning success rate may not be below the critical one, nor the maximum recovery backoff
// below the initial one.
Result<QJsonObject> patchHealthSettings(const QJsonObject &stored, const QJsonObject &patch);

// patchHealthSettings() on the store's object, saved; the view after it.
Result<HealthSettingsView> updateHealthSettings(StateStore &store, const QJsonObject &patch);

} // namespace ul
