#pragma once

#include "core/engine/snapshot.h"

#include <QCoreApplication>
#include <QString>

namespace ul {

// Where an installation stands on the way to its first site, read from one snapshot: whether
// this is a first run (no instance file yet: a welcome, not an error) and whether onboarding a
// site can work now, so the console says so before the add-site form is filled in, not after.
class SetupState final
{
    Q_DECLARE_TR_FUNCTIONS(ul::SetupState)

public:
    enum class Onboarding {
        Unknown,            // starting, or the instances' first health check has not answered
        Ready,              // at least one healthy gpt-load instance
        NoInstance,         // no instance file yet, or it lists none
        InstanceFileBroken, // the instance file cannot be loaded
        NoHealthyInstance,  // instances are configured and checked, none answers
    };

    // Ready, no instance file yet and no site in the store. A missing file once sites exist
    // means it was removed: that stays an error.
    static bool isFirstRun(const EngineSnapshot &snapshot);
    // The instance file exists (or should) but cannot be loaded.
    static bool instanceFileBroken(const EngineSnapshot &snapshot);
    static Onboarding onboarding(const EngineSnapshot &snapshot);
    // Why a site cannot be onboarded now, translated; "" when it can (or it is not known yet).
    static QString onboardingBlocker(const EngineSnapshot &snapshot);
};

} // namespace ul
