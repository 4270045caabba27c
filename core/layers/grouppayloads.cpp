#include "core/layers/grouppayloads.h"

namespace ul {

GroupCreate modelChannelGroupPayload(const QString &name, const QString &model, const QString &siteGroupName,
                                     ChannelType type, const QString &validationEndpoint, const QString &l1ProxyUrl,
                                     const LayerSettings &settings, const QString &hopKey)
{
    GroupCreate g;
    g.name = name;
    // The original's wording (§10.1): "<model> @ <site>", "dedicated group for <model> via <site>".
    g.displayName = QStringLiteral("%1 @ %2").arg(model, siteGroupName);
    g.description = QStringLiteral("%1 模型通过 %2 渠道的专用分组").arg(model, siteGroupName);
    g.channelType = type;
    g.upstreams = {Upstream{l1ProxyUrl, 1}};
    g.testModel = model;
    g.validationEndpoint = validationEndpoint;
    g.sort = layerSort(Layer::ModelChannel);
    g.config = settings.config();
    g.proxyKeys = SecretText(hopKey);
    return g;
}

GroupCreate modelGroupPayload(const QString &name, const QString &model, ChannelType type,
                              const LayerSettings &settings, const QString &gatewayKey)
{
    GroupCreate g;
    g.name = name;
    // "<model> aggregate group", "aggregate group for <model>, gathering requests from several channels".
    g.displayName = QStringLiteral("%1 聚合分组").arg(model);
    g.description = QStringLiteral("%1 模型的聚合分组，汇聚来自多个渠道的请求").arg(model);
    g.channelType = type;
    g.testModel = model;
    g.validationEndpoint = QString();  // the channel default of T(M) (§10.2)
    g.sort = layerSort(Layer::Aggregate);
    g.config = settings.config();
    g.proxyKeys = SecretText(gatewayKey);
    return g;
}

ManagedFields ManagedFields::fromCreate(const GroupCreate &create)
{
    ManagedFields f;
    f.channelType = create.channelType;
    f.testModel = create.testModel;
    f.validationEndpoint = create.validationEndpoint;
    f.sort = create.sort;
    f.config = create.config;
    f.requiredProxyKey = create.proxyKeys.reveal();
    return f;
}

bool configHasManagedValues(const QJsonObject &existing, const QJsonObject &wantedManaged)
{
    for (const QString &key : managedConfigKeys()) {
        const bool want = wantedManaged.contains(key);
        if (want != existing.contains(key))
            return false;
        // gpt-load answers integers as JSON numbers; compare numerically.
        if (want && existing.value(key).toDouble(-1) != wantedManaged.value(key).toDouble())
            return false;
    }
    return true;
}

QJsonObject configWithManagedValues(const QJsonObject &existing, const QJsonObject &wantedManaged)
{
    QJsonObject merged = existing;
    for (const QString &key : managedConfigKeys())
        merged.remove(key);
    for (auto it = wantedManaged.begin(); it != wantedManaged.end(); ++it)
        merged.insert(it.key(), it.value());
    return merged;
}

QString proxyKeysWith(const QStringList &existing, const QString &key)
{
    QStringList keys = existing;
    if (!keys.contains(key))
        keys.append(key);
    return keys.join(QLatin1Char(','));
}

FieldDiff diffManagedFields(const GroupInfo &existing, const ManagedFields &wanted)
{
    FieldDiff d;
    if (wanted.channelType && existing.channelType != channelTypeName(*wanted.channelType)) {
        d.update.setChannelType(*wanted.channelType);
        d.fields.append(QStringLiteral("channel_type"));
    }
    if (wanted.testModel && existing.testModel != *wanted.testModel) {
        d.update.setTestModel(*wanted.testModel);
        d.fields.append(QStringLiteral("test_model"));
    }
    if (wanted.validationEndpoint && existing.validationEndpoint != *wanted.validationEndpoint) {
        d.update.setValidationEndpoint(*wanted.validationEndpoint);
        d.fields.append(QStringLiteral("validation_endpoint"));
    }
    if (wanted.sort && existing.sort != *wanted.sort) {
        d.update.setSort(*wanted.sort);
        d.fields.append(QStringLiteral("sort"));
    }
    if (wanted.config && !configHasManagedValues(existing.config, *wanted.config)) {
        d.update.setConfig(configWithManagedValues(existing.config, *wanted.config));
        d.fields.append(QStringLiteral("config"));
    }
    if (!wanted.requiredProxyKey.isEmpty()) {
        const QStringList keys = existing.proxyKeyList();
        if (!keys.contains(wanted.requiredProxyKey)) {
            d.update.setProxyKeys(SecretText(proxyKeysWith(keys, wanted.requiredProxyKey)));
            d.fields.append(QStringLiteral("proxy_keys"));
        }
    }
    return d;
}

} // namespace ul
