#pragma once

#include "core/common/result.h"
#include "core/config/configorigin.h"
#include "core/config/settingsregistry.h"
#include "core/log/loglevel.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace ul {

struct LoadedEnvironment;

// A setting whose value is odd (warning: a default or a lenient reading is used) or invalid
// (error: the headless app exits with code 2, the GUI shows it).
struct ConfigIssue
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    QString key;      // the variable, e.g. "MODEL_SYNC_INTERVAL"
    QString value;    // as written; masked for secret settings
    ConfigOrigin origin = ConfigOrigin::Default;
    QString message;  // what is wrong, without the name

    bool isError() const { return severity == Severity::Error; }
    // "MODEL_SYNC_INTERVAL=abc (from .env): not a whole number of minutes"
    QString toString() const;
    // A validation Error: field = key, code "CONFIG_INVALID", message = toString().
    Error toError() const;
};

// One row of the settings page: what is in effect and why.
struct SettingState
{
    SettingKey key = SettingKey::Port;
    QString name;
    QString value;   // effective value; masked for secret settings
    ConfigOrigin origin = ConfigOrigin::Default;
    QString source;  // file the value came from (.env, .env.local), else empty
    bool overriddenExternally = false;  // set by .env, .env.local, the environment or the command line
    bool hasStoredValue = false;        // a stored setting exists (it may be overridden)
};

// Which instance file is used (uni-load-behaviour.md §3.2).
struct InstanceFileLocation
{
    QString path;                 // absolute; the first candidate when none exists
    bool configured = false;      // GPTLOAD_INSTANCES_FILE names it: no fallback
    bool exists = false;
    QStringList candidates;       // paths checked, in order
};

// Plain copy of the effective configuration, safe to hand to other threads.
struct AppConfigSnapshot
{
    QString configDir;
    QString dataDir;

    quint16 port = 3002;
    QString bindAddress;
    bool bindAddressIsLoopback = true;
    QStringList allowedHosts;
    bool apiAuthDisabled = false;
    QStringList allowedOrigins;
    qint64 maxRequestSizeBytes = 0;
    bool enableMetrics = false;
    bool desktopApiServer = false;
    quint16 metricsPort = 9090;

    InstanceFileLocation instanceFile;
    QString uniApiYamlPath;
    bool uniApiWriteInPlace = false;
    int uniApiBackups = 20;
    bool uniApiEngineField = true;
    QString uniApiRuntime;          // "rust" | "python"
    QString uniApiReload;           // "none" | "api" | "command"
    QString uniApiUrl;              // without trailing '/'; empty when unset or invalid
    QString uniApiAdminKey;         // secret
    QStringList uniApiRestartCommand;  // program, then arguments; empty when unset
    QString uniApiPath;
    QString gptloadUrl;

    bool enableModelSync = true;
    bool modelSyncForced = false;      // ENABLE_MODEL_SYNC set above the stored settings (.env, …)
    int modelSyncIntervalMinutes = 360;
    bool enableChannelHealth = true;
    bool channelHealthForced = false;  // likewise ENABLE_CHANNEL_HEALTH
    int channelCheckIntervalMinutes = 10;
    int channelFailureThreshold = 3;
    bool reassignCopyInvalidKeys = false;
    bool enableModelOptimizer = true;
    bool enableWeightOptimization = false;
    int weightOptimizationIntervalHours = 24;
    int instanceHealthIntervalSeconds = 60;
    bool enableModelWhitelist = true;
    bool enableModelBlacklist = true;

    int maxConcurrentRequests = 10;
    int requestTimeoutMs = 30000;
    int retryAttempts = 3;

    LogLevel logLevel = LogLevel::Info;
    bool enableDebugLogs = false;
    qint64 logFileMaxBytes = 0;
    int logFileCount = 5;
};

// The application's settings: the registry's defaults, overridden by stored settings, .env,
// .env.local, the environment and the command line (in that order, ConfigOrigin). Not a
// QObject and not thread-safe: the owner (engine or app) holds it and hands out snapshots.
// A blank value counts as unset (the next lower layer applies). A value that fails to parse falls
// back to the default in the typed accessors and is reported by issues().
class AppConfig final
{
public:
    explicit AppConfig(const QString &configDir = QString(), const QString &dataDir = QString());

    void setDirectories(const QString &configDir, const QString &dataDir);
    QString configDir() const { return m_configDir; }
    QString dataDir() const { return m_dataDir; }

    // Takes every known variable of the merged environment with its origin; others are ignored.
    void applyEnvironment(const LoadedEnvironment &environment);
    // Sets a value at one precedence level (Default is not a level: returns false).
    bool setOverride(SettingKey key, const QString &value, ConfigOrigin origin, const QString &source = QString());
    // By variable name; false for unknown names.
    bool setOverride(const QString &name, const QString &value, ConfigOrigin origin, const QString &source = QString());
    void clearOverride(SettingKey key, ConfigOrigin origin);

    QString value(SettingKey key) const;      // effective text, the default when unset
    ConfigOrigin origin(SettingKey key) const;
    QString source(SettingKey key) const;
    std::optional<QString> valueAt(SettingKey key, ConfigOrigin origin) const;
    QList<SettingState> settings() const;

    QList<ConfigIssue> issues() const;
    bool hasErrors() const;
    Status validate() const;  // the first error, if any

    // Relative paths against the config directory; "~/" against the home directory.
    QString resolvePath(const QString &path) const;

    // HTTP API
    quint16 port() const;
    QString bindAddress() const;  // "localhost" is returned as 127.0.0.1
    bool bindAddressIsLoopback() const;
    QStringList allowedHosts() const;
    QString apiTokenSetting() const;  // raw API_TOKEN value (see apitoken.h for the full rule)
    bool apiAuthDisabled() const;     // API_AUTH=none on a loopback bind
    QStringList allowedOrigins() const;  // valid origins only, "scheme://host[:port]"
    qint64 maxRequestSizeBytes() const;
    bool enableMetrics() const;
    bool desktopApiServer() const;
    quint16 metricsPort() const;

    // files
    InstanceFileLocation instanceFileLocation() const;
    QString instancesFilePath() const { return instanceFileLocation().path; }
    QString uniApiYamlPath() const;
    bool uniApiWriteInPlace() const;  // UNI_API_WRITE_MODE=in-place
    int uniApiBackups() const;        // UNI_API_BACKUPS: api.yaml backups kept (§6.9)
    bool uniApiEngineField() const;   // UNI_API_ENGINE_FIELD: `engine:` in managed entries (§6.1)
    // uni-api reload (uniapi-config.md §6.10): choices lower-cased, the default for an odd value.
    QString uniApiRuntime() const;    // "rust" | "python"
    QString uniApiReload() const;     // "none" | "api" | "command"
    QString uniApiUrl() const;        // valid URL without trailing '/', else empty
    QString uniApiAdminKey() const;
    QStringList uniApiRestartCommand() const;  // split like a command line (quotes group), no shell
    QString uniApiPath() const;
    QString gptloadUrl() const;

    // services
    bool enableModelSync() const;
    int modelSyncIntervalMinutes() const;
    bool enableChannelHealth() const;
    int channelCheckIntervalMinutes() const;
    int channelFailureThreshold() const;
    bool reassignCopyInvalidKeys() const;  // REASSIGN_COPY_INVALID_KEYS (§19.2)
    bool enableModelOptimizer() const;
    bool enableWeightOptimization() const;
    int weightOptimizationIntervalHours() const;
    int instanceHealthIntervalSeconds() const;
    bool enableModelWhitelist() const;
    bool enableModelBlacklist() const;

    // outbound HTTP
    int maxConcurrentRequests() const;
    int requestTimeoutMs() const;
    int retryAttempts() const;

    // logging
    LogLevel logLevel() const;
    bool enableDebugLogs() const;
    qint64 logFileMaxBytes() const;
    int logFileCount() const;

    AppConfigSnapshot snapshot() const;

    // Typed reads by key, for code driven by the registry.
    bool boolValue(SettingKey key) const;
    qint64 numberValue(SettingKey key) const;  // Integer, Duration (in its unit), Size (bytes)
    QStringList listValue(SettingKey key) const;
    QString pathValue(SettingKey key) const;
    QString choiceValue(SettingKey key) const;  // lower-cased; the default when not a choice

private:
    struct LayerValue
    {
        QString value;
        QString source;
    };
    const QMap<ConfigOrigin, LayerValue> &layers(SettingKey key) const;
    std::optional<std::pair<ConfigOrigin, LayerValue>> effectiveLayer(SettingKey key) const;
    std::optional<ConfigIssue> checkSetting(const SettingSpec &spec) const;
    std::optional<ConfigIssue> checkUniApiReload(const SettingSpec &spec, const QString &raw, ConfigOrigin from) const;

    QString m_configDir;
    QString m_dataDir;
    std::array<QMap<ConfigOrigin, LayerValue>, kSettingKeyCount> m_layers;
};

} // namespace ul

Q_DECLARE_METATYPE(ul::AppConfigSnapshot)
