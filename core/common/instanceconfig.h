#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ul {

// One gpt-load instance as configured in gptload-instances.json (uni-load-behaviour.md §3.3).
struct InstanceConfig
{
    QString id;
    QString name;
    QString url;             // base URL without trailing '/', e.g. http://localhost:3001
    QString token;           // gpt-load AUTH_KEY (admin key) — secret, management calls only
    int priority = 0;        // lower = preferred
    QString description;
    QStringList upstreamAddresses;  // validated only (original's rule), never used
    QString uniapiBaseUrl;   // how uni-api reaches this instance; empty = url
    QString caCertificate;   // PEM file with an extra CA for this instance; empty = none
    bool tlsInsecure = false;  // verification off for this instance (shown as a warning)
    QJsonObject extra;       // unknown fields, kept when the file is written back

    QString effectiveUniApiBaseUrl() const { return uniapiBaseUrl.isEmpty() ? url : uniapiBaseUrl; }
    QString proxyUrl(const QString &groupName) const { return url + QStringLiteral("/proxy/") + groupName; }
    bool operator==(const InstanceConfig &) const = default;
};

using InstanceConfigList = QList<InstanceConfig>;

} // namespace ul

Q_DECLARE_METATYPE(ul::InstanceConfig)
