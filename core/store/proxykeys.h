#pragma once

#include "core/common/result.h"

#include <QString>

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

// Replaces one key with a new random value (rotation); the caller reconciles afterwards so the
// groups and api.yaml follow.
Result<ProxyKeys> rotateProxyKey(StateStore &store, bool hop);

} // namespace ul
