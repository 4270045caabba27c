#pragma once

#include <QString>

namespace ul {

struct EngineSnapshot;

// What the views of the three layers (models matrix, architecture trees) are built from: the
// layer counts and fingerprint, and each site group's name, instance, health and model list
// state. Two snapshots with the same signature show the same layout, so a page reloads only
// when it changes. Without the health, the signature covers what the engine's model matrix holds:
// a page that shows the health from the snapshot itself need not read the matrix again when only
// the health changed.
enum class WithHealth { No, Yes };
QString layoutSignature(const EngineSnapshot &snapshot, WithHealth health = WithHealth::Yes);

} // namespace ul
