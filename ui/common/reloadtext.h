#pragma once

#include "core/uniapi/reloadtypes.h"

#include <QCoreApplication>
#include <QString>

namespace ul {

// How uni-api is made to pick up api.yaml writes (uniapi-config.md §6.10) and how the last
// reload went, for the dashboard and the uni-api page. Engine messages stay English, as elsewhere.
class ReloadText final
{
    Q_DECLARE_TR_FUNCTIONS(ul::ReloadText)

public:
    // "Last reload 2026-11-28 08:01:02 (restart command): failed — <message>"; without a reload
    // yet, what will happen after the next write.
    static QString summary(const uniapi::ReloadState &state);
    // The last reload failed, its models were not live, or nobody reloads a Python uni-api.
    static bool needsAttention(const uniapi::ReloadState &state);
};

} // namespace ul
