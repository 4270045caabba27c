#include "core/uniapi/managedprovider.h"

#include <QRegularExpression>
#include <QSet>

namespace ul::uniapi {

QString ManagedProvider::providerName() const
{
    return QLatin1String(kProviderPrefix) + l3GroupName;
}

QString ManagedProvider::baseUrl() const
{
    return normalizeBaseUrl(instanceBaseUrl) + QStringLiteral("/proxy/") + l3GroupName
        + uniApiBaseUrlSuffix(channelType);
}

QString ManagedProvider::engine() const
{
    return uniApiEngine(channelType);
}

QString normalizeBaseUrl(const QString &url)
{
    QString u = url.trimmed();
    while (u.endsWith(QLatin1Char('/')))
        u.chop(1);
    return u;
}

Status validateManagedProviders(const QList<ManagedProvider> &providers)
{
    // gpt-load group names are [a-z0-9_-] (uniapi-config.md §6.1), so provider names never
    // contain '/' and never start with "sk-".
    static const QRegularExpression groupName(QStringLiteral("^[a-z0-9_-]+$"));
    QSet<QString> groups;
    for (const ManagedProvider &p : providers) {
        const QString field = QStringLiteral("providers.") + p.l3GroupName;
        if (!groupName.match(p.l3GroupName).hasMatch())
            return Error::validation(QStringLiteral("l3GroupName"),
                                     QStringLiteral("invalid layer-3 group name \"%1\" (expected [a-z0-9_-])")
                                         .arg(p.l3GroupName.left(80)));
        if (groups.contains(p.l3GroupName))
            return Error::validation(field, QStringLiteral("layer-3 group %1 is listed twice").arg(p.l3GroupName));
        groups.insert(p.l3GroupName);

        const QString base = normalizeBaseUrl(p.instanceBaseUrl);
        if (!base.startsWith(QLatin1String("http://")) && !base.startsWith(QLatin1String("https://")))
            return Error::validation(field, QStringLiteral("%1 needs an http(s) instance base URL").arg(p.providerName()));
        if (p.gatewayKey.trimmed().isEmpty())
            return Error::validation(field, QStringLiteral("%1 has no gateway key").arg(p.providerName()));
        if (p.gatewayKey.contains(QLatin1Char('\n')) || p.gatewayKey.contains(QLatin1Char('\r')))
            return Error::validation(field, QStringLiteral("%1: the gateway key contains a line break").arg(p.providerName()));
        if (p.models.isEmpty())
            return Error::validation(field, QStringLiteral("%1 has no models").arg(p.providerName()));

        QSet<QString> upstreams;
        for (const ManagedModel &m : p.models) {
            if (m.upstreamName.trimmed().isEmpty())
                return Error::validation(field, QStringLiteral("%1 has a model without a name").arg(p.providerName()));
            if (upstreams.contains(m.upstreamName))
                return Error::validation(field, QStringLiteral("%1 lists model %2 twice").arg(p.providerName(), m.upstreamName));
            upstreams.insert(m.upstreamName);
        }
    }
    return {};
}

} // namespace ul::uniapi
