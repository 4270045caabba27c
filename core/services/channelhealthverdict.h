#pragma once

#include "core/common/channeltype.h"
#include "core/common/result.h"
#include "core/gptload/httptypes.h"
#include "core/gptload/logtypes.h"
#include "core/gptload/stattypes.h"
#include "core/services/channelhealthtypes.h"

#include <optional>

namespace ul {

// The pure steps of the per-cycle verdict (uni-load-behaviour.md §16.3). Each returns a verdict
// when its figures decide, or std::nullopt when the next step must look.

struct FigureVerdict
{
    HealthVerdict verdict = HealthVerdict::Inconclusive;
    QString detail;
    QString source;
    double successRate = -1;
    int latencyMs = -1;
};

// Step 1: keys exist but none is active → unhealthy ("no active keys").
std::optional<FigureVerdict> judgeKeys(const GroupStats &stats);

// Step 2: the final requests of the log window (exact group name, retries excluded).
std::optional<FigureVerdict> judgeLogs(const FinalRequestSummary &logs, const HealthThresholds &thresholds);

// Step 3: the recent stats window.
std::optional<FigureVerdict> judgeStats(const GroupStats &stats, const HealthThresholds &thresholds);

// Whether reading the logs can change anything: with the 24 h stats window below the minimum,
// the (shorter) log window cannot hold enough final requests either. The legacy layout's window
// is one hour, shorter than the log window, so the logs are always read there.
bool logsCanDecide(const GroupStats &stats, const HealthThresholds &thresholds);

// Whether a failed gpt-load call means "gpt-load could not be asked" (the instance is down or
// the request never got an answer) rather than an answer about the channel.
bool isUnreachable(const Error &error);

// Step 4, the free probe: 2xx with a non-empty parsed model list → healthy; no answer from
// gpt-load → inconclusive (step 5); any other answer → unhealthy.
FigureVerdict judgeModelListProbe(const Result<HttpResponse> &answer, ChannelType type);

// The billable probe (deep probe enabled): any 2xx → healthy; no answer → inconclusive; any
// other status → unhealthy.
FigureVerdict judgeCompletionProbe(const Result<HttpResponse> &answer);

// The verdict for a stats call that failed: unreachable → inconclusive; an unknown stats layout
// or any other answer → Error (reported, never silently inconclusive — gptload-api.md §7.2).
FigureVerdict judgeStatsFailure(const Error &error);

} // namespace ul
