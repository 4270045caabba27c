#pragma once

#include "core/common/channeltype.h"
#include "core/common/result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ul::uniapi {

// Marker and prefix that identify our entries in api.yaml (uniapi-config.md §6.1, §6.2).
inline constexpr char kManagedNote[] = "managed-by=uni-load";
inline constexpr char kProviderPrefix[] = "gptload-";

// One model exposed by a managed provider. `alias` is optional (empty = none); the writer may
// still suppress it (§6.3) and reports when it does.
struct ManagedModel
{
    QString upstreamName;
    QString alias;
    bool operator==(const ManagedModel &) const = default;
};

// The desired uni-api provider for one layer-3 gpt-load group.
struct ManagedProvider
{
    QString l3GroupName;
    ChannelType channelType = ChannelType::OpenAI;
    QString instanceBaseUrl;  // uni-api-facing base URL of the instance hosting the L3 group
    QString gatewayKey;       // secret: the gpt-load proxy key in the L3's proxy_keys
    QList<ManagedModel> models;

    QString providerName() const;  // "gptload-<l3GroupName>"
    QString baseUrl() const;       // "<instance>/proxy/<group>" + the channel type's suffix
    QString engine() const;        // "gpt", "claude" or "gemini"
    bool operator==(const ManagedProvider &) const = default;
};

// What the caller wants api.yaml to contain, plus what adoption needs to know.
struct WriteRequest
{
    QList<ManagedProvider> providers;
    // Instance URLs (both the instance `url` and its uni-api-facing URL) whose `/proxy/` entries
    // written by the original uni-load are adopted (§6.2).
    QStringList knownInstanceUrls;
};

// Rejects requests the writer cannot turn into valid entries: bad group names, empty keys or
// model lists, duplicate groups or models. Messages never contain the gateway key.
Status validateManagedProviders(const QList<ManagedProvider> &providers);

// Trims whitespace and trailing '/' so prefixes compare reliably.
QString normalizeBaseUrl(const QString &url);

} // namespace ul::uniapi

Q_DECLARE_METATYPE(ul::uniapi::ManagedModel)
Q_DECLARE_METATYPE(ul::uniapi::ManagedProvider)
