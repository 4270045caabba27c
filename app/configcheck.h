#pragma once

#include "app/clioptions.h"

namespace ul {

// `uni-load --check`: reads the configuration exactly as a start would (directories, settings,
// API token and port, instance file, api.yaml), asks every gpt-load instance whether it answers
// and accepts its admin token, and uni-api (UNI_API_URL) for its models, prints one line per
// finding on stdout and returns the exit code: 0 nothing wrong (warnings allowed), 1 something it
// needs does not answer (an instance, uni-api) or the API port is taken, 2 the
// configuration is wrong (a start would refuse it, or api.yaml / the instance file is unusable).
// Writes nothing anywhere (no directory, token, lock or state store change), so it may run beside
// the service. Needs a Q(Core)Application and runs its event loop while the instances answer.
int runConfigurationCheck(const CliOptions &options);

} // namespace ul
