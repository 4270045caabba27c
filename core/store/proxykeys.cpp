#include "core/store/proxykeys.h"

#include "core/common/redactor.h"
#include "core/store/statestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace ul {

namespace {
const QString kHopName = QStringLiteral("hop-key");
const QString kGatewayName = QStringLiteral("gateway-key");
const QString kRetiredName = QStringLiteral("retired-proxy-keys");  // {"hop": [...], "gateway": [...]}

QStringList keyList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        const QString key = v.toString().trimmed();
        if (!key.isEmpty() && !out.contains(key))
            out.append(key);
    }
    return out;
}

Status saveRetired(StateStore &store, RetiredProxyKeys retired)
{
    for (QStringList *list : {&retired.hop, &retired.gateway}) {
        if (list->size() > kMaxRetiredProxyKeys)
            list->remove(0, list->size() - kMaxRetiredProxyKeys);
    }
    const QJsonObject json{{QStringLiteral("hop"), QJsonArray::fromStringList(retired.hop)},
                           {QStringLiteral("gateway"), QJsonArray::fromStringList(retired.gateway)}};
    return store.setSecret(kRetiredName, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}
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
    for (const QString &retired : retiredProxyKeys(store).all())
        Redactor::registerSecret(retired);
    return keys;
}

RetiredProxyKeys retiredProxyKeys(const StateStore &store)
{
    const QJsonObject json = QJsonDocument::fromJson(store.secret(kRetiredName).toUtf8()).object();
    RetiredProxyKeys retired{keyList(json.value(QStringLiteral("hop"))), keyList(json.value(QStringLiteral("gateway")))};
    const QStringList current{store.secret(kHopName), store.secret(kGatewayName)};
    for (QStringList *list : {&retired.hop, &retired.gateway})
        list->removeIf([&current](const QString &key) { return current.contains(key); });
    return retired;
}

Status clearRetiredProxyKeys(StateStore &store)
{
    return saveRetired(store, {});
}

Result<ProxyKeys> rotateProxyKey(StateStore &store, bool hop)
{
    Result<ProxyKeys> current = ensureProxyKeys(store);
    if (!current.ok())
        return current.error();
    const QString old = hop ? current->hop : current->gateway;
    const QString fresh = generateProxyKey();
    Status s = store.transaction([&]() -> Status {
        RetiredProxyKeys retired = retiredProxyKeys(store);
        QStringList &list = hop ? retired.hop : retired.gateway;
        list.removeAll(old);
        list.append(old);
        if (Status saved = saveRetired(store, retired); !saved.ok())
            return saved;
        return store.setSecret(hop ? kHopName : kGatewayName, fresh);
    });
    if (!s.ok())
        return s.error();
    return ensureProxyKeys(store);
}

} // namespace ul
