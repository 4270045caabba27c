#pragma once

// Convergence checks over the layer tests' fixture, shared by the fault and kill tests.

#include "tests/layers/layerfixture.h"

#include <QString>

namespace ul::test {

// Runs reconciliations until one is clean (nothing failed, skipped or left to do) or `maxRuns`.
// Returns the number of runs, or -1 (with the last problem) when it never converged.
int reconcileUntilClean(LayerFixture &f, int maxRuns, QString *lastProblem);

// The store and every simulated instance agree: each recorded L2/L3 exists once, where its
// record says, with the recorded id; every L2/L3-sorted group in gpt-load is recorded; every L3
// has its provider in api.yaml. Fails the current test otherwise.
void verifyAgreement(LayerFixture &f);

// verifyAgreement, then one more run must make no mutating call and write nothing.
void verifyConvergedAndQuiet(LayerFixture &f);

} // namespace ul::test
