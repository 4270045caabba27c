#pragma once

// Internals of LayerReconciler shared by layerreconciler*.cpp.

#include "core/layers/apiyamlpublisher.h"
#include "core/layers/layerreconciler.h"
#include "core/layers/planexecutor.h"

namespace ul {

// Everything one run reads before planning. `listings` is owned by the run (deleted when it ends).
struct LayerReconciler::RunInputs
{
    PlannerInput input;
    RunListings *listings = nullptr;
    QStringList knownUrls;
    QStringList adminTokens;  // instance admin keys, for the adoption key migration only
    QString providersError;   // api.yaml could not be read
};

// Unavailable "no gpt-load instance is reachable": a run that has no listing to plan against.
Error unreachableError();

struct LayerReconciler::RunOutput
{
    Plan plan;
    ExecutionReport report;
    PublishOutcome uniApi;
};

} // namespace ul
