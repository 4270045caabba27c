#pragma once

#include "core/common/result.h"
#include "core/sites/filterrules.h"

#include <QJsonObject>

namespace ul {

class StateStore;

// The editable model filter rules (uni-load-behaviour.md §8), persisted as JSON in the state
// store's settings under "filterRules"; the defaults apply while nothing is stored. Rules are
// read from the store for every operation, so an edit takes effect without a restart.
//
// The environment switches ENABLE_MODEL_WHITELIST / ENABLE_MODEL_BLACKLIST (EngineOptions) can
// only turn a stage off: the effective switch is "environment AND stored switch".
inline constexpr char kFilterRulesSettingKey[] = "filterRules";

struct EnvironmentFilterSwitches
{
    bool whitelist = true;
    bool blacklist = true;
};

// What `GET /api/rules` shows: the stored rules plus the switches that actually apply.
struct FilterRulesView
{
    FilterRules stored;
    FilterRules effective;
    EnvironmentFilterSwitches environment;

    // The stored rules' JSON (the object PUT accepts) plus the read-only fields
    // "effective": {enableWhitelist, enableBlacklist} and
    // "environment": {ENABLE_MODEL_WHITELIST, ENABLE_MODEL_BLACKLIST}.
    QJsonObject toJson() const;
};

class FilterRulesStore final
{
public:
    FilterRulesStore(StateStore &store, EnvironmentFilterSwitches environment);

    // The stored rules, or the defaults. A stored value that no longer parses is an error
    // (nothing is filtered with rules the operator did not write).
    Result<FilterRules> stored() const;
    // stored() with the environment switches applied: what discovery filters with.
    Result<FilterRules> effective() const;
    Result<FilterRulesView> view() const;

    // Replaces the stored rules (validated first).
    Result<FilterRulesView> save(const FilterRules &rules);
    // Applies a partial JSON object (absent keys keep their value; the read-only fields of
    // FilterRulesView::toJson() are ignored, so a GET body can be PUT back).
    Result<FilterRulesView> update(const QJsonObject &patch);

private:
    StateStore &m_store;
    EnvironmentFilterSwitches m_environment;
};

} // namespace ul
