#include "ui/common/setupstate.h"

#include <algorithm>

namespace ul {

bool SetupState::isFirstRun(const EngineSnapshot &snapshot)
{
    return snapshot.ready && snapshot.startupError.isEmpty() && snapshot.instanceFile.missing && snapshot.sites.isEmpty();
}

bool SetupState::instanceFileBroken(const EngineSnapshot &snapshot)
{
    return snapshot.instanceFile.hasError() && !snapshot.instanceFile.missing;
}

SetupState::Onboarding SetupState::onboarding(const EngineSnapshot &snapshot)
{
    if (!snapshot.ready)
        return Onboarding::Unknown;
    if (instanceFileBroken(snapshot))
        return Onboarding::InstanceFileBroken;
    if (snapshot.instanceFile.missing || snapshot.instances.isEmpty())
        return Onboarding::NoInstance;
    if (snapshot.healthyInstanceCount() > 0)
        return Onboarding::Ready;
    // Until every instance has been checked once, "none healthy" only means "not known yet".
    const bool allChecked = std::all_of(snapshot.instances.cbegin(), snapshot.instances.cend(), [](const InstanceView &i) { return i.checked; });
    return allChecked ? Onboarding::NoHealthyInstance : Onboarding::Unknown;
}

QString SetupState::onboardingBlocker(const EngineSnapshot &snapshot)
{
    switch (onboarding(snapshot)) {
    case Onboarding::NoInstance:
        return tr("No gpt-load instance is set up yet: a site's groups are created in one. Add an instance first.");
    case Onboarding::InstanceFileBroken:
        return tr("The instance file cannot be loaded, so no site can be onboarded until it is fixed.");
    case Onboarding::NoHealthyInstance:
        return tr("No gpt-load instance answers (%n configured), so onboarding would fail: check their URL and token on the "
                  "Instances page.", nullptr, static_cast<int>(snapshot.instances.size()));
    case Onboarding::Unknown:
    case Onboarding::Ready:
        break;
    }
    return {};
}

} // namespace ul
