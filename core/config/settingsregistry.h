#pragma once

#include "core/config/settingparsers.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// Every setting the application reads, by the environment variable that sets it
// (uni-load-behaviour.md §3.1, both tables, plus our own). Adding a key: extend the enum and the
// table in settingsregistry.cpp; AppConfig, the settings page and `/api/settings` pick it up.
enum class SettingKey {
    // HTTP API
    Port,
    BindAddress,
    AllowedHosts,
    ApiToken,
    ApiAuth,
    AllowedOrigins,
    MaxRequestSize,
    EnableMetrics,
    MetricsPort,
    DesktopApiServer,
    // files and peers
    GptLoadInstancesFile,
    UniApiYamlPath,
    UniApiWriteMode,
    UniApiBackups,
    UniApiEngineField,
    UniApiRuntime,
    UniApiReload,
    UniApiUrl,
    UniApiAdminKey,
    UniApiRestartCommand,
    UniApiPath,
    GptLoadUrl,
    // background services
    EnableModelSync,
    ModelSyncInterval,
    EnableChannelHealth,
    ChannelCheckInterval,
    ChannelFailureThreshold,
    ReassignCopyInvalidKeys,
    EnableModelOptimizer,
    EnableWeightOptimization,
    WeightOptimizationInterval,
    InstanceHealthInterval,
    EnableModelWhitelist,
    EnableModelBlacklist,
    // outbound HTTP
    MaxConcurrentRequests,
    RequestTimeoutMs,
    RetryAttempts,
    // logging
    LogLevel,
    EnableDebugLogs,
    LogFileMaxSize,
    LogFileCount,
    // the original's Vue build settings: listed, never used
    ViteApiProxyTarget,
    ViteApiBaseUrl,
    ViteApiTimeout,
};
inline constexpr int kSettingKeyCount = static_cast<int>(SettingKey::ViteApiTimeout) + 1;

enum class SettingType {
    Bool,        // see parseBoolSetting
    Integer,     // whole number within [minimum, maximum]
    Duration,    // whole number of `unit` within [minimum, maximum]; suffixes accepted
    Size,        // bytes within [minimum, maximum]; kb/mb/gb suffixes accepted
    String,
    Path,        // relative paths resolve against the config directory
    List,        // comma-separated
    OriginList,  // comma-separated http(s) origins, no wildcard
    Choice,      // one of `choices` (case-insensitive)
    Address,     // an IP address or "localhost"
    Url,         // an absolute http(s) URL with a host, no credentials, query or fragment
};

struct SettingSpec
{
    SettingKey key = SettingKey::Port;
    QString name;            // the environment variable, e.g. "MODEL_SYNC_INTERVAL"
    QString group;           // "server", "files", "services", "outbound", "logging", "frontend"
    SettingType type = SettingType::String;
    QString defaultValue;    // as text, parsed like any other value
    qint64 minimum = 0;      // Integer, Duration, Size
    qint64 maximum = 0;
    DurationUnit unit = DurationUnit::Seconds;
    QStringList choices;     // Choice
    bool secret = false;     // never shown or logged in full
    // Configured only locally (environment, .env files, the desktop settings page): the HTTP API
    // neither sets it nor shows its value in clear (API_TOKEN, the uni-api restart command, §6.10).
    bool localOnly = false;
    bool informational = false;  // accepted and shown, without effect (as in the original)
    const char *description = nullptr;  // English; translate with translatedDescription()

    QString translatedDescription() const;  // context "ul::Settings"
};

const QList<SettingSpec> &settingSpecs();  // in SettingKey order
const SettingSpec &settingSpec(SettingKey key);
// Exact (case-sensitive, like environment variables) lookup by name.
std::optional<SettingKey> settingKeyByName(const QString &name);
// The setting `name` is most likely a misspelling of (another case, or at most two letters
// off, e.g. MODEL_SYNC_INTERVALL); nullopt for a setting or an unrelated name.
std::optional<QString> settingNameMeant(const QString &name);

} // namespace ul
