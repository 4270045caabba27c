#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

namespace ul {

class StateStore;

// The two gpt-load proxy keys uni-load generates (uni-load-behaviour.md §1.2): the hop key
// (proxy_keys of L1/L2 groups and temporary groups; the pool key of L2/L3 groups) and the
// gateway key (proxy_keys of L3 groups; written to api.yaml). The same pair is used on every
// instance. The instance admin token is never used in their place.
struct ProxyKeys
{
    QString hop;
    QString gateway;
};

// "sk-" + 48 random characters from the system generator.
QString generateProxyKey();

// Reads the pair from the store's secrets, generating and saving missing ones. Both are
// registered with the Redactor.
Result<ProxyKeys> ensureProxyKeys(StateStore &store);

// Keys replaced by a rotation and not yet taken out of every group: remembered in the store, so
// a rotation that could not finish (an instance down, a failing update) is completed by the
// next one instead of leaving a rotated-out key valid and forgotten. The current keys are never
// in these lists, even if a stored list says otherwise.
struct RetiredProxyKeys
{
    QStringList hop;
    QStringList gateway;

    bool isEmpty() const { return hop.isEmpty() && gateway.isEmpty(); }
    QStringList all() const { return hop + gateway; }
};
inline constexpr int kMaxRetiredProxyKeys = 32;  // per kind; the oldest are forgotten first

RetiredProxyKeys retiredProxyKeys(const StateStore &store);
Status clearRetiredProxyKeys(StateStore &store);

// Replaces one key with a new random value (rotation) and remembers the old one as retired, in
// one transaction; the caller reconciles afterwards so the groups and api.yaml follow.
Result<ProxyKeys> rotateProxyKey(StateStore &store, bool hop);

} // namespace ul
