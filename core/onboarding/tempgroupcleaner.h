#pragma once

#include "core/onboarding/onboardingservices.h"

#include <QFuture>

#include <optional>

namespace ul {

// The temporary-group cleaner (uni-load-behaviour.md §18): lists `temp-test-*` and the legacy
// `debug-models-*` groups on every configured instance. Unhealthy instances and failed listings
// are reported, never silently skipped.

// Read only; no job needed.
QFuture<Result<TempGroupStats>> collectTempGroupStats(const OnboardingServices &services);

// Deletes every temp group (`hoursOld` unset) or those older than `hoursOld` hours. The age
// comes from `created_at`, else from the decimal timestamp in `temp-test-<ms>`; a group of
// unknown age is kept in "older than" mode. Run inside a job (it changes gpt-load).
QFuture<Result<TempGroupCleanupReport>> cleanTempGroups(const OnboardingServices &services, std::optional<double> hoursOld,
                                                        const JobContextPtr &context);

// Deletes the temp groups the TempGroupLedger still records for `instanceId` (left by a shutdown
// during discovery) and clears their entries; entries whose group no longer exists are cleared.
QFuture<Result<TempGroupCleanupReport>> cleanRecordedTempGroups(const OnboardingServices &services,
                                                                const QString &instanceId, const JobContextPtr &context);

} // namespace ul
