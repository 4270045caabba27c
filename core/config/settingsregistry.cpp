#include "core/config/settingsregistry.h"

#include "core/common/textlist.h"

#include <QCoreApplication>
#include <QHash>

namespace ul {

namespace {

constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * kKiB;
constexpr qint64 kGiB = 1024 * kMiB;

SettingSpec boolSpec(SettingKey key, const char *name, const char *group, bool defaultOn, const char *description)
{
    SettingSpec s;
    s.key = key;
    s.name = QString::fromLatin1(name);
    s.group = QString::fromLatin1(group);
    s.type = SettingType::Bool;
    s.defaultValue = defaultOn ? QStringLiteral("true") : QStringLiteral("false");
    s.description = description;
    return s;
}

SettingSpec numberSpec(SettingKey key, const char *name, const char *group, SettingType type, qint64 defaultValue,
                       qint64 minimum, qint64 maximum, const char *description)
{
    SettingSpec s;
    s.key = key;
    s.name = QString::fromLatin1(name);
    s.group = QString::fromLatin1(group);
    s.type = type;
    s.defaultValue = QString::number(defaultValue);
    s.minimum = minimum;
    s.maximum = maximum;
    s.description = description;
    return s;
}

SettingSpec durationSpec(SettingKey key, const char *name, DurationUnit unit, qint64 defaultValue, qint64 minimum,
                         qint64 maximum, const char *group, const char *description)
{
    SettingSpec s = numberSpec(key, name, group, SettingType::Duration, defaultValue, minimum, maximum, description);
    s.unit = unit;
    return s;
}

SettingSpec textSpec(SettingKey key, const char *name, const char *group, SettingType type, const QString &defaultValue,
                     const char *description)
{
    SettingSpec s;
    s.key = key;
    s.name = QString::fromLatin1(name);
    s.group = QString::fromLatin1(group);
    s.type = type;
    s.defaultValue = defaultValue;
    s.description = description;
    return s;
}

SettingSpec informational(SettingSpec s)
{
    s.informational = true;
    return s;
}

QList<SettingSpec> buildSpecs()
{
    using K = SettingKey;
    using T = SettingType;
    QList<SettingSpec> specs;

    specs << numberSpec(K::Port, "PORT", "server", T::Integer, 3002, 0, 65535,
                        QT_TRANSLATE_NOOP("ul::Settings", "TCP port of the HTTP API and web console."));
    specs << textSpec(K::BindAddress, "BIND_ADDRESS", "server", T::Address, QStringLiteral("127.0.0.1"),
                      QT_TRANSLATE_NOOP("ul::Settings", "Address the HTTP API listens on. A non-loopback address needs an explicitly configured API token."));
    specs << textSpec(K::AllowedHosts, "ALLOWED_HOSTS", "server", T::List, QString(),
                      QT_TRANSLATE_NOOP("ul::Settings", "Extra host names accepted in the Host header (comma-separated), besides the bound address and localhost."));
    SettingSpec token = textSpec(K::ApiToken, "API_TOKEN", "server", T::String, QString(),
                                 QT_TRANSLATE_NOOP("ul::Settings", "Bearer token of the HTTP API. Unset: the stored setting, else a token generated into <config dir>/api-token."));
    token.secret = true;
    token.localOnly = true;  // it guards the API itself
    specs << token;
    SettingSpec auth = textSpec(K::ApiAuth, "API_AUTH", "server", T::Choice, QStringLiteral("token"),
                                QT_TRANSLATE_NOOP("ul::Settings", "\"none\" turns API authentication off; honoured only on a loopback bind address."));
    auth.choices = {QStringLiteral("token"), QStringLiteral("none")};
    specs << auth;
    specs << textSpec(K::AllowedOrigins, "ALLOWED_ORIGINS", "server", T::OriginList, QStringLiteral("http://localhost:3002"),
                      QT_TRANSLATE_NOOP("ul::Settings", "Comma-separated CORS allowlist of the HTTP API."));
    SettingSpec size = numberSpec(K::MaxRequestSize, "MAX_REQUEST_SIZE", "server", T::Size, 0, kKiB, kGiB,
                                  QT_TRANSLATE_NOOP("ul::Settings", "Largest accepted request body (kb/mb suffixes); larger requests get 413."));
    size.defaultValue = QStringLiteral("10mb");
    specs << size;
    specs << boolSpec(K::EnableMetrics, "ENABLE_METRICS", "server", false,
                      QT_TRANSLATE_NOOP("ul::Settings", "Serve Prometheus metrics at GET /metrics."));
    specs << numberSpec(K::MetricsPort, "METRICS_PORT", "server", T::Integer, 9090, 0, 65535,
                        QT_TRANSLATE_NOOP("ul::Settings", "Port of the metrics endpoint."));
    specs << boolSpec(K::DesktopApiServer, "DESKTOP_API_SERVER", "server", false,
                      QT_TRANSLATE_NOOP("ul::Settings", "Serve the HTTP API and web console while the desktop console runs (headless mode always does)."));

    specs << textSpec(K::GptLoadInstancesFile, "GPTLOAD_INSTANCES_FILE", "files", T::Path, QString(),
                      QT_TRANSLATE_NOOP("ul::Settings", "Instance file. Unset: gptload-instances.json, gpt-load-instances.local.json, then gpt-load-instances.json in the config directory."));
    specs << textSpec(K::UniApiYamlPath, "UNI_API_YAML_PATH", "files", T::Path, QStringLiteral("../uni-api/api.yaml"),
                      QT_TRANSLATE_NOOP("ul::Settings", "uni-api configuration file to edit."));
    SettingSpec writeMode = textSpec(K::UniApiWriteMode, "UNI_API_WRITE_MODE", "files", T::Choice, QStringLiteral("atomic"),
                                     QT_TRANSLATE_NOOP("ul::Settings", "How api.yaml is written: \"atomic\" (a new file renamed over the old) or \"in-place\" (the file itself rewritten, for a single-file Docker bind mount, which keeps the old file after a rename)."));
    writeMode.choices = {QStringLiteral("atomic"), QStringLiteral("in-place")};
    specs << writeMode;
    specs << numberSpec(K::UniApiBackups, "UNI_API_BACKUPS", "files", T::Integer, 20, 1, 1000,
                        QT_TRANSLATE_NOOP("ul::Settings", "Number of api.yaml backups kept in its backup folder. One is made before every write that changes the file; the oldest beyond this number are deleted then."));
    specs << boolSpec(K::UniApiEngineField, "UNI_API_ENGINE_FIELD", "files", true,
                      QT_TRANSLATE_NOOP("ul::Settings", "Write the engine field (gpt, claude or gemini by channel type) into the providers uni-load manages in api.yaml, so that uni-api does not guess the request format from the model name. Off: the next write drops it from them; hand-written providers are never touched."));
    SettingSpec runtime = textSpec(K::UniApiRuntime, "UNI_API_RUNTIME", "files", T::Choice, QStringLiteral("rust"),
                                   QT_TRANSLATE_NOOP("ul::Settings", "uni-api runtime: \"rust\" (default image since August 2026; reloads api.yaml by itself within seconds) or \"python\" (older images, python main.py; reads api.yaml only at startup)."));
    runtime.choices = {QStringLiteral("rust"), QStringLiteral("python")};
    specs << runtime;
    SettingSpec reload = textSpec(K::UniApiReload, "UNI_API_RELOAD", "files", T::Choice, QStringLiteral("none"),
                                  QT_TRANSLATE_NOOP("ul::Settings", "How the Python runtime of uni-api is told about a change of api.yaml: \"none\", \"api\" (POST /v1/api_config/update with the admin key; in memory only; not sent while a provider holds ${VAR} placeholders, which it does not expand) or \"command\" (run the restart command). Ignored for the Rust runtime, which needs nothing."));
    reload.choices = {QStringLiteral("none"), QStringLiteral("api"), QStringLiteral("command")};
    specs << reload;
    specs << textSpec(K::UniApiUrl, "UNI_API_URL", "files", T::Url, QString(),
                      QT_TRANSLATE_NOOP("ul::Settings", "Base URL of uni-api (e.g. http://localhost:3003), for the reload call and for checking that written models are live."));
    SettingSpec adminKey = textSpec(K::UniApiAdminKey, "UNI_API_ADMIN_KEY", "files", T::String, QString(),
                                    QT_TRANSLATE_NOOP("ul::Settings", "An admin key of uni-api (an api_keys entry with an admin role), for the reload call and the live check."));
    adminKey.secret = true;
    specs << adminKey;
    SettingSpec restart = textSpec(K::UniApiRestartCommand, "UNI_API_RESTART_COMMAND", "files", T::String, QString(),
                                   QT_TRANSLATE_NOOP("ul::Settings", "Program and arguments that restart uni-api (e.g. docker restart uni-api), run without a shell when UNI_API_RELOAD is \"command\"; quote arguments that contain spaces. Set only here, in .env or the environment, never through the HTTP API."));
    restart.localOnly = true;
    specs << restart;
    specs << informational(textSpec(K::UniApiPath, "UNI_API_PATH", "files", T::Path, QStringLiteral("../uni-api"),
                                    QT_TRANSLATE_NOOP("ul::Settings", "uni-api directory; shown only, as in the original.")));
    specs << informational(textSpec(K::GptLoadUrl, "GPTLOAD_URL", "files", T::String, QStringLiteral("http://localhost:3001"),
                                    QT_TRANSLATE_NOOP("ul::Settings", "gpt-load URL printed at startup; the instance file is what counts.")));

    specs << boolSpec(K::EnableModelSync, "ENABLE_MODEL_SYNC", "services", true,
                      QT_TRANSLATE_NOOP("ul::Settings", "Run model sync periodically."));
    specs << durationSpec(K::ModelSyncInterval, "MODEL_SYNC_INTERVAL", DurationUnit::Minutes, 360, 1, 525600, "services",
                          QT_TRANSLATE_NOOP("ul::Settings", "Model sync period in minutes."));
    specs << boolSpec(K::EnableChannelHealth, "ENABLE_CHANNEL_HEALTH", "services", true,
                      QT_TRANSLATE_NOOP("ul::Settings", "Run the channel health monitor."));
    specs << durationSpec(K::ChannelCheckInterval, "CHANNEL_CHECK_INTERVAL", DurationUnit::Minutes, 10, 1, 10080, "services",
                          QT_TRANSLATE_NOOP("ul::Settings", "Channel health check period in minutes."));
    specs << numberSpec(K::ChannelFailureThreshold, "CHANNEL_FAILURE_THRESHOLD", "services", T::Integer, 3, 1, 1000,
                        QT_TRANSLATE_NOOP("ul::Settings", "Consecutive failures before a channel is acted on."));
    specs << boolSpec(K::ReassignCopyInvalidKeys, "REASSIGN_COPY_INVALID_KEYS", "services", false,
                      QT_TRANSLATE_NOOP("ul::Settings", "When a site group is promoted or demoted to another gpt-load instance, copy its invalid keys as well as the active ones."));
    specs << boolSpec(K::EnableModelOptimizer, "ENABLE_MODEL_OPTIMIZER", "services", true,
                      QT_TRANSLATE_NOOP("ul::Settings", "Reconcile the three layers at startup and keep them current."));
    specs << boolSpec(K::EnableWeightOptimization, "ENABLE_WEIGHT_OPTIMIZATION", "services", false,
                      QT_TRANSLATE_NOOP("ul::Settings", "Set the weights of the model groups' members from their failure rates, once per interval (weights you set by hand are kept)."));
    specs << durationSpec(K::WeightOptimizationInterval, "WEIGHT_OPTIMIZATION_INTERVAL", DurationUnit::Hours, 24, 1, 720, "services",
                          QT_TRANSLATE_NOOP("ul::Settings", "Weight optimization period in hours."));
    specs << durationSpec(K::InstanceHealthInterval, "INSTANCE_HEALTH_INTERVAL", DurationUnit::Seconds, 60, 5, 86400, "services",
                          QT_TRANSLATE_NOOP("ul::Settings", "gpt-load instance health check period in seconds."));
    specs << boolSpec(K::EnableModelWhitelist, "ENABLE_MODEL_WHITELIST", "services", true,
                      QT_TRANSLATE_NOOP("ul::Settings", "Apply the whitelist stage of the model filter."));
    specs << boolSpec(K::EnableModelBlacklist, "ENABLE_MODEL_BLACKLIST", "services", true,
                      QT_TRANSLATE_NOOP("ul::Settings", "Apply the blacklist stage of the model filter."));

    specs << numberSpec(K::MaxConcurrentRequests, "MAX_CONCURRENT_REQUESTS", "outbound", T::Integer, 10, 1, 1000,
                        QT_TRANSLATE_NOOP("ul::Settings", "Outbound requests in flight per gpt-load instance (and per site during discovery)."));
    specs << durationSpec(K::RequestTimeoutMs, "REQUEST_TIMEOUT_MS", DurationUnit::Milliseconds, 30000, 100, 3600000, "outbound",
                          QT_TRANSLATE_NOOP("ul::Settings", "Timeout of one outbound request in milliseconds."));
    specs << numberSpec(K::RetryAttempts, "RETRY_ATTEMPTS", "outbound", T::Integer, 3, 0, 20,
                        QT_TRANSLATE_NOOP("ul::Settings", "Retries of an idempotent outbound request (network errors, 429, 5xx)."));

    SettingSpec level = textSpec(K::LogLevel, "LOG_LEVEL", "logging", T::Choice, QStringLiteral("info"),
                                 QT_TRANSLATE_NOOP("ul::Settings", "Minimum level written to the log files and the console: debug, info, warn or error."));
    level.choices = {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warn"), QStringLiteral("warning"),
                     QStringLiteral("error")};
    specs << level;
    specs << boolSpec(K::EnableDebugLogs, "ENABLE_DEBUG_LOGS", "logging", false,
                      QT_TRANSLATE_NOOP("ul::Settings", "Wire-level logging of outbound calls (bodies included, keys redacted)."));
    SettingSpec logSize = numberSpec(K::LogFileMaxSize, "LOG_FILE_MAX_SIZE", "logging", T::Size, 0, 64 * kKiB, kGiB,
                                     QT_TRANSLATE_NOOP("ul::Settings", "Size at which a log file is rotated."));
    logSize.defaultValue = QStringLiteral("10mb");
    specs << logSize;
    specs << numberSpec(K::LogFileCount, "LOG_FILE_COUNT", "logging", T::Integer, 5, 1, 100,
                        QT_TRANSLATE_NOOP("ul::Settings", "Files kept per log, the current one included."));

    specs << informational(textSpec(K::ViteApiProxyTarget, "VITE_API_PROXY_TARGET", "frontend", T::String,
                                    QStringLiteral("http://localhost:3002"),
                                    QT_TRANSLATE_NOOP("ul::Settings", "Build setting of the original Vue front end; not used.")));
    specs << informational(textSpec(K::ViteApiBaseUrl, "VITE_API_BASE_URL", "frontend", T::String, QStringLiteral("/"),
                                    QT_TRANSLATE_NOOP("ul::Settings", "Build setting of the original Vue front end; not used.")));
    specs << informational(textSpec(K::ViteApiTimeout, "VITE_API_TIMEOUT", "frontend", T::String, QStringLiteral("30000"),
                                    QT_TRANSLATE_NOOP("ul::Settings", "Build setting of the original Vue front end; not used.")));
    return specs;
}

} // namespace

QString SettingSpec::translatedDescription() const
{
    return description ? QCoreApplication::translate("ul::Settings", description) : QString();
}

const QList<SettingSpec> &settingSpecs()
{
    static const QList<SettingSpec> specs = [] {
        QList<SettingSpec> s = buildSpecs();
        Q_ASSERT(s.size() == kSettingKeyCount);
        for (int i = 0; i < s.size(); ++i)
            Q_ASSERT(static_cast<int>(s.at(i).key) == i);
        return s;
    }();
    return specs;
}

const SettingSpec &settingSpec(SettingKey key)
{
    return settingSpecs().at(static_cast<int>(key));
}

std::optional<SettingKey> settingKeyByName(const QString &name)
{
    static const QHash<QString, SettingKey> byName = [] {
        QHash<QString, SettingKey> h;
        for (const SettingSpec &s : settingSpecs())
            h.insert(s.name, s.key);
        return h;
    }();
    const auto it = byName.constFind(name);
    if (it == byName.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QString> settingNameMeant(const QString &name)
{
    if (settingKeyByName(name) || name.size() < 5)
        return std::nullopt;
    QStringList names;
    for (const SettingSpec &spec : settingSpecs())
        names << spec.name;
    return nameLike(name, names, [](const QString &text) { return text.toUpper(); });
}

} // namespace ul
