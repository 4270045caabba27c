#include "core/store/proxykeys.h"

#include "core/common/redactor.h"
#include "core/store/statestore.h"

#include <QRandomGenerator>

namespace ul {

namespace {
const QString kHopName = QStringLiteral("hop-key");
const QString kGatewayName = QStringLiteral("gateway-key");
} // namespace

QString generateProxyKey()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString key = QStringLiteral("sk-");
    key.reserve(51);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < 48; ++i)
        key.append(QLatin1Char(alphabet[rng->bounded(62)]));
    return key;
}

Result<ProxyKeys> ensureProxyKeys(StateStore &store)
{
    ProxyKeys keys{store.secret(kHopName), store.secret(kGatewayName)};
    if (keys.hop.isEmpty()) {
        keys.hop = generateProxyKey();
        if (Status s = store.setSecret(kHopName, keys.hop); !s.ok())
            return s.error();
    }
    if (keys.gateway.isEmpty()) {
        keys.gateway = generateProxyKey();
        if (Status s = store.setSecret(kGatewayName, keys.gateway); !s.ok())
            return s.error();
    }
    Redactor::registerSecret(keys.hop);
    Redactor::registerSecret(keys.gateway);
    return keys;
}

Result<ProxyKeys> rotateProxyKey(StateStore &store, bool hop)
{
    const QString fresh = generateProxyKey();
    if (Status s = store.setSecret(hop ? kHopName : kGatewayName, fresh); !s.ok())
        return s.error();
    return ensureProxyKeys(store);
}

} // namespace ul
