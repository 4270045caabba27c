#pragma once

#include "core/common/channeltype.h"
#include "core/gptload/grouptypes.h"
#include "core/layers/layersettings.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ul {

// Group payloads of the layers uni-load reconciles (uni-load-behaviour.md §10.2) and the
// field-by-field comparison that turns "what gpt-load has" into a partial update.

// L2 "model via site group": upstream = the L1's proxy URL on the L1's own instance.
GroupCreate modelChannelGroupPayload(const QString &name, const QString &model, const QString &siteGroupName,
                                     ChannelType type, const QString &validationEndpoint, const QString &l1ProxyUrl,
                                     const LayerSettings &settings, const QString &hopKey);
// L3 "model": upstreams are filled in by the caller (they depend on which members exist).
GroupCreate modelGroupPayload(const QString &name, const QString &model, ChannelType type,
                              const LayerSettings &settings, const QString &gatewayKey);

// The fields a managed group must have (everything but upstreams, names and cosmetics:
// display name and description are set at creation only and never "corrected").
struct ManagedFields
{
    std::optional<ChannelType> channelType;
    std::optional<QString> testModel;
    std::optional<QString> validationEndpoint;
    std::optional<int> sort;
    std::optional<QJsonObject> config;  // the managed keys (LayerSettings::config())
    QString requiredProxyKey;           // must be among proxy_keys; empty = not checked (secret)

    static ManagedFields fromCreate(const GroupCreate &create);
};

struct FieldDiff
{
    GroupUpdate update;
    QStringList fields;  // names of the changed fields, in gpt-load's spelling

    bool isEmpty() const { return fields.isEmpty(); }
};

// Only the fields that differ. `config` keeps the group's other keys (gpt-load replaces it
// wholesale); `proxy_keys` keeps the group's other keys and adds the required one.
FieldDiff diffManagedFields(const GroupInfo &existing, const ManagedFields &wanted);

// Managed-key comparisons on a raw `config` object (see LayerSettings for the typed form).
bool configHasManagedValues(const QJsonObject &existing, const QJsonObject &wantedManaged);
QJsonObject configWithManagedValues(const QJsonObject &existing, const QJsonObject &wantedManaged);

// `existing` proxy_keys (comma-separated) plus `key` when missing.
QString proxyKeysWith(const QStringList &existing, const QString &key);

} // namespace ul
