#pragma once

#include "core/layers/plan.h"
#include "core/layers/plannerinput.h"

namespace ul {

// The layer planner: a pure function from the desired state (state store), the configured
// instances and one group listing per reachable instance to the operations a reconciliation
// needs (uni-load-behaviour.md §11.3). No network, no files, no clock; the same input always
// gives the same plan, and a plan computed right after a successful run is empty.
//
// Rules (details in core/layers/README.md):
// * L2 per (model, member site group) with upstream `<L1's instance url>/proxy/<L1>`, placed
//   where the store records it, else where a group of that name already exists, else on the
//   placement instance; L3 per (model, format) — T(M) under the plain name, further formats as
//   `<name>-<format>` (modelgroupnames.h) — with weighted upstreams `<L2's instance url>/proxy/<L2>`.
// * L3 upstreams are merged (upstreammerge.h), never replaced; weights from the store win when
//   set by the operator or the optimizer, otherwise gpt-load's are adopted and recorded.
// * Nothing is created elsewhere for a group the store places on an unreachable instance;
//   changes there are skipped and reported. Deletions touch only groups the store owns.
// * Keys (§1.2): L2/L3 pools get the hop key once (tracked by fingerprint); L1/L2 proxy_keys
//   hold the hop key, L3 proxy_keys the gateway key.
Plan planReconcile(const PlannerInput &input);

// Maintenance (§21): delete every L2 and L3 group the store owns, and forget them. Groups on
// unreachable instances are skipped and stay recorded, so a later run deletes them.
Plan planTeardown(const PlannerInput &input);

} // namespace ul
