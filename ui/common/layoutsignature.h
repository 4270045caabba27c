#pragma once

#include <QString>

namespace ul {

struct EngineSnapshot;

// What the views of the three layers (models matrix, architecture trees) are built from: the
// layer counts and fingerprint, and each site group's name, instance, health and model list
// state. Two snapshots with the same signature show the same layout, so a page reloads only
// when it changes.
QString layoutSignature(const EngineSnapshot &snapshot);

} // namespace ul
