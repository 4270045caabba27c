#pragma once

#include "core/services/channelhealthtypes.h"

#include <QJsonObject>

namespace ul {

class StateStore;

// The thresholds of the health verdict and of recovery are settings (uni-load-behaviour.md
// §16.3): the store setting `channelHealthThresholds` is an object whose known keys override the
// defaults — minRequests, criticalSuccessRate, warningSuccessRate, slowAverageMs, maxFailureRate,
// logWindowHours, recoveryProbes, recoveryInitialBackoffSecs, recoveryMaxBackoffSecs. Values out
// of range are ignored (the default stays). The failure threshold and the interval are
// CHANNEL_FAILURE_THRESHOLD and CHANNEL_CHECK_INTERVAL.
inline const QString kHealthThresholdsSetting = QStringLiteral("channelHealthThresholds");

void applyHealthSettings(const QJsonObject &stored, HealthThresholds *thresholds, RecoveryPolicy *recovery);
void applyHealthSettings(const StateStore &store, HealthThresholds *thresholds, RecoveryPolicy *recovery);

} // namespace ul
