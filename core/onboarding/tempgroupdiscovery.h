#pragma once

#include "core/common/channeltype.h"
#include "core/common/instanceconfig.h"
#include "core/onboarding/modellisting.h"
#include "core/onboarding/onboardingservices.h"

#include <QFuture>
#include <QList>

#include <optional>

namespace ul {

// Temporary-group discovery (uni-load-behaviour.md §7.3): on each healthy instance in priority
// order, create `temp-test-<ms>` (upstream = the site, channel type = the site's first type,
// proxy_keys = the hop key), add the first site key, list the models through that instance's
// proxy with the hop key, and delete the group — after success, error or cancellation. Every
// temp group is written to the TempGroupLedger before it is created and removed from it after
// the delete, so a shutdown in between is repaired at the next start.
struct TempDiscoveryFailure
{
    InstanceRef instance;
    Error error;
};

struct TempDiscoveryOutcome
{
    std::optional<DiscoveredModels> models;   // the first instance that returned a non-empty list
    QList<TempDiscoveryFailure> failures;     // the instances tried before (or all, on failure)
};

// Fails only when cancelled (job cancel or shutdown); otherwise yields the outcome.
QFuture<Result<TempDiscoveryOutcome>> discoverThroughTempGroups(const OnboardingServices &services,
                                                                const InstanceConfigList &instancesByPriority,
                                                                const QString &baseUrl, ChannelType type,
                                                                const QString &firstKey, const StepLogPtr &steps,
                                                                const JobContextPtr &context);

} // namespace ul
