#include "core/config/appconfig.h"

#include "core/common/httpurl.h"
#include "core/common/redactor.h"
#include "core/config/directories.h"
#include "core/config/envfile.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QUrl>

#include <algorithm>

namespace ul {

namespace {

QString displayValue(const SettingSpec &spec, const QString &value)
{
    return spec.secret ? Redactor::mask(value) : value;
}

// What an issue shows: local-only settings (the restart command) may reach the HTTP API that way.
QString issueValue(const SettingSpec &spec, const QString &value)
{
    return spec.secret || spec.localOnly ? Redactor::mask(value) : value;
}

Result<qint64> parseNumber(const SettingSpec &spec, const QString &raw)
{
    Result<qint64> parsed = spec.type == SettingType::Duration ? parseDurationSetting(raw, spec.unit)
        : spec.type == SettingType::Size                       ? parseSizeSetting(raw)
                                                               : parseIntegerSetting(raw);
    if (!parsed.ok())
        return parsed;
    if (*parsed < spec.minimum || *parsed > spec.maximum) {
        // Sizes in the units they are written in (64kb, not 65536 bytes).
        const auto size = [](qint64 bytes) -> QString {
            for (const auto &[factor, suffix] : {std::pair{qint64(1) << 30, "gb"}, std::pair{qint64(1) << 20, "mb"}, std::pair{qint64(1) << 10, "kb"}}) {
                if (bytes >= factor && bytes % factor == 0)
                    return QString::number(bytes / factor) + QLatin1String(suffix);
            }
            return QString::number(bytes) + QStringLiteral(" bytes");
        };
        const bool isSize = spec.type == SettingType::Size;
        const QString unit = spec.type == SettingType::Duration ? QLatin1Char(' ') + durationUnitName(spec.unit) : QString();
        Error e = Error::make(ErrorKind::Validation, QStringLiteral("must be between %1 and %2%3")
                                                         .arg(isSize ? size(spec.minimum) : QString::number(spec.minimum),
                                                              isSize ? size(spec.maximum) : QString::number(spec.maximum), unit));
        e.code = QStringLiteral("CONFIG_INVALID");
        return e;
    }
    return parsed;
}

// "[::1]" → "::1", "localhost" → "127.0.0.1"; an empty string when not an address.
QString normalizeAddress(const QString &raw)
{
    QString t = raw.trimmed();
    if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')))
        t = t.mid(1, t.size() - 2);
    if (t.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("127.0.0.1");
    const QHostAddress address(t);
    return address.isNull() ? QString() : address.toString();
}

struct OriginCheck
{
    QStringList valid;
    QStringList rejected;  // "item (reason)"
};

OriginCheck checkOrigins(const QString &raw)
{
    OriginCheck check;
    for (const QString &item : parseListSetting(raw)) {
        if (item == QLatin1String("*")) {
            check.rejected.append(QStringLiteral("* (wildcards are not supported; list the origins)"));
            continue;
        }
        const QUrl url(item, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        const QString path = url.path();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty()
            || !(path.isEmpty() || path == QLatin1String("/")) || url.hasQuery() || url.hasFragment()) {
            check.rejected.append(item + QStringLiteral(" (not an http(s) origin such as http://localhost:3002)"));
            continue;
        }
        QString origin = scheme + QStringLiteral("://") + url.host(QUrl::FullyEncoded);
        if (url.port() != -1)
            origin += QLatin1Char(':') + QString::number(url.port());
        if (!check.valid.contains(origin))
            check.valid.append(origin);
    }
    return check;
}

ConfigIssue makeIssue(ConfigIssue::Severity severity, const SettingSpec &spec, const QString &value, ConfigOrigin origin,
                      const QString &message)
{
    return ConfigIssue{severity, spec.name, issueValue(spec, value), origin, message};
}

} // namespace

QString ConfigIssue::toString() const
{
    return key + QLatin1Char('=') + value + QStringLiteral(" (from ") + configOriginName(origin) + QStringLiteral("): ")
        + message;
}

Error ConfigIssue::toError() const
{
    Error e = Error::validation(key, toString());
    e.code = QStringLiteral("CONFIG_INVALID");
    return e;
}

AppConfig::AppConfig(const QString &configDir, const QString &dataDir)
{
    setDirectories(configDir, dataDir);
}

void AppConfig::setDirectories(const QString &configDir, const QString &dataDir)
{
    m_configDir = configDir.isEmpty() ? QString() : QDir::cleanPath(QDir(configDir).absolutePath());
    m_dataDir = dataDir.isEmpty() ? m_configDir : QDir::cleanPath(QDir(dataDir).absolutePath());
}

void AppConfig::applyEnvironment(const LoadedEnvironment &environment)
{
    for (auto it = environment.values.constBegin(); it != environment.values.constEnd(); ++it) {
        if (const auto key = settingKeyByName(it.key()))
            setOverride(*key, it->value, it->origin, it->source);
    }
}

bool AppConfig::setOverride(SettingKey key, const QString &value, ConfigOrigin origin, const QString &source)
{
    if (origin == ConfigOrigin::Default)
        return false;
    m_layers[static_cast<size_t>(key)].insert(origin, LayerValue{value, source});
    return true;
}

bool AppConfig::setOverride(const QString &name, const QString &value, ConfigOrigin origin, const QString &source)
{
    const auto key = settingKeyByName(name);
    return key && setOverride(*key, value, origin, source);
}

void AppConfig::clearOverride(SettingKey key, ConfigOrigin origin)
{
    m_layers[static_cast<size_t>(key)].remove(origin);
}

const QMap<ConfigOrigin, AppConfig::LayerValue> &AppConfig::layers(SettingKey key) const
{
    return m_layers[static_cast<size_t>(key)];
}

// The highest layer with a non-blank value: an empty variable counts as unset, as
// `process.env.X || default` did in the original.
std::optional<std::pair<ConfigOrigin, AppConfig::LayerValue>> AppConfig::effectiveLayer(SettingKey key) const
{
    const auto &l = layers(key);
    for (auto it = l.constEnd(); it != l.constBegin();) {
        --it;
        if (!it->value.trimmed().isEmpty())
            return std::make_pair(it.key(), it.value());
    }
    return std::nullopt;
}

QString AppConfig::value(SettingKey key) const
{
    const auto layer = effectiveLayer(key);
    return layer ? layer->second.value : settingSpec(key).defaultValue;
}

ConfigOrigin AppConfig::origin(SettingKey key) const
{
    const auto layer = effectiveLayer(key);
    return layer ? layer->first : ConfigOrigin::Default;
}

QString AppConfig::source(SettingKey key) const
{
    const auto layer = effectiveLayer(key);
    return layer ? layer->second.source : QString();
}

std::optional<QString> AppConfig::valueAt(SettingKey key, ConfigOrigin origin) const
{
    if (origin == ConfigOrigin::Default)
        return settingSpec(key).defaultValue;
    const auto &l = layers(key);
    const auto it = l.constFind(origin);
    if (it == l.constEnd())
        return std::nullopt;
    return it->value;
}

QList<SettingState> AppConfig::settings() const
{
    QList<SettingState> out;
    for (const SettingSpec &spec : settingSpecs()) {
        SettingState s;
        s.key = spec.key;
        s.name = spec.name;
        s.value = displayValue(spec, value(spec.key));
        s.origin = origin(spec.key);
        s.source = source(spec.key);
        s.overriddenExternally = isExternalOrigin(s.origin);
        s.hasStoredValue = layers(spec.key).contains(ConfigOrigin::StoredSetting);
        out.append(s);
    }
    return out;
}

std::optional<ConfigIssue> AppConfig::checkSetting(const SettingSpec &spec) const
{
    const ConfigOrigin from = origin(spec.key);
    if (from == ConfigOrigin::Default)
        return std::nullopt;  // defaults are valid (tested)
    const QString raw = value(spec.key);
    using S = ConfigIssue::Severity;

    switch (spec.type) {
    case SettingType::Bool: {
        const ParsedBool parsed = parseBoolSetting(raw, false);
        if (!parsed.recognised)
            return makeIssue(S::Warning, spec, raw, from,
                             QStringLiteral("not a recognised boolean (true/false, 1/0, yes/no, on/off); treated as on, "
                                            "since only 'false' turns a flag off in the original"));
        // 0/no/off: what the operator means, but the original reads them as on. Say so, since
        // .env files are shared between the two during a migration.
        if (!parsed.value && raw.trimmed().compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
            return makeIssue(S::Warning, spec, raw, from,
                             QStringLiteral("read as off; the original uni-load reads every value but 'false' as on, "
                                            "so write 'false' if it shares this setting"));
        break;
    }
    case SettingType::Integer:
    case SettingType::Duration:
    case SettingType::Size:
        if (const Result<qint64> n = parseNumber(spec, raw); !n.ok())
            return makeIssue(S::Error, spec, raw, from, n.error().message);
        break;
    case SettingType::Choice:
        if (!spec.choices.contains(raw.trimmed().toLower()))
            return makeIssue(S::Warning, spec, raw, from,
                             QStringLiteral("unknown value; using '%1' (expected one of: %2)")
                                 .arg(spec.defaultValue, spec.choices.join(QStringLiteral(", "))));
        if (spec.key == SettingKey::UniApiReload)
            return checkUniApiReload(spec, raw, from);
        if (spec.key == SettingKey::ApiAuth && raw.trimmed().toLower() == QLatin1String("none") && !bindAddressIsLoopback())
            return makeIssue(S::Warning, spec, raw, from,
                             QStringLiteral("ignored: authentication can only be turned off on a loopback bind address (BIND_ADDRESS is %1)")
                                 .arg(bindAddress()));
        break;
    case SettingType::Address:
        if (normalizeAddress(raw).isEmpty())
            return makeIssue(S::Error, spec, raw, from,
                             QStringLiteral("not an IP address (use e.g. 127.0.0.1, ::1, 0.0.0.0, :: or localhost)"));
        break;
    case SettingType::OriginList:
        if (const OriginCheck check = checkOrigins(raw); !check.rejected.isEmpty())
            return makeIssue(S::Warning, spec, raw, from,
                             QStringLiteral("ignored: ") + check.rejected.join(QStringLiteral(", ")));
        break;
    case SettingType::Url:
        if (const QString problem = httpUrlProblem(raw.trimmed()); !problem.isEmpty())
            return makeIssue(S::Error, spec, raw, from, problem);
        break;
    case SettingType::String:
        if (spec.key == SettingKey::UniApiRestartCommand && uniApiRestartCommand().isEmpty())
            return makeIssue(S::Error, spec, raw, from, QStringLiteral("names no program"));
        break;
    case SettingType::Path:
    case SettingType::List:
        break;
    }
    return std::nullopt;
}

// UNI_API_RELOAD against the settings it needs (uniapi-config.md §6.10): a warning, since the
// write itself works without them and the reload result says the same after every write.
std::optional<ConfigIssue> AppConfig::checkUniApiReload(const SettingSpec &spec, const QString &raw, ConfigOrigin from) const
{
    using S = ConfigIssue::Severity;
    const QString action = uniApiReload();
    if (action == QLatin1String("none"))
        return std::nullopt;
    if (uniApiRuntime() == QLatin1String("rust"))
        return makeIssue(S::Warning, spec, raw, from,
                         QStringLiteral("ignored: the Rust runtime of uni-api reloads api.yaml by itself (UNI_API_RUNTIME is rust)"));
    if (action == QLatin1String("api") && (uniApiUrl().isEmpty() || uniApiAdminKey().isEmpty()))
        return makeIssue(S::Warning, spec, raw, from, QStringLiteral("needs UNI_API_URL and UNI_API_ADMIN_KEY"));
    if (action == QLatin1String("command") && uniApiRestartCommand().isEmpty())
        return makeIssue(S::Warning, spec, raw, from, QStringLiteral("needs UNI_API_RESTART_COMMAND"));
    return std::nullopt;
}

QList<ConfigIssue> AppConfig::issues() const
{
    QList<ConfigIssue> out;
    for (const SettingSpec &spec : settingSpecs()) {
        if (auto issue = checkSetting(spec))
            out.append(*issue);
    }
    return out;
}

bool AppConfig::hasErrors() const
{
    const QList<ConfigIssue> all = issues();
    return std::any_of(all.cbegin(), all.cend(), [](const ConfigIssue &i) { return i.isError(); });
}

Status AppConfig::validate() const
{
    for (const ConfigIssue &issue : issues()) {
        if (issue.isError())
            return issue.toError();
    }
    return {};
}

QString AppConfig::resolvePath(const QString &path) const
{
    QString p = path.trimmed();
    if (p.isEmpty())
        return {};
    if (p == QLatin1String("~") || p.startsWith(QLatin1String("~/")))
        p = QDir::homePath() + p.mid(1);
    const QDir base(m_configDir.isEmpty() ? QDir::currentPath() : m_configDir);
    return QDir::cleanPath(base.absoluteFilePath(p));
}

bool AppConfig::boolValue(SettingKey key) const
{
    const bool defaultOn = settingSpec(key).defaultValue == QLatin1String("true");
    return parseBoolSetting(value(key), defaultOn).value;
}

qint64 AppConfig::numberValue(SettingKey key) const
{
    const SettingSpec &spec = settingSpec(key);
    const Result<qint64> n = parseNumber(spec, value(key));
    return n.ok() ? *n : parseNumber(spec, spec.defaultValue).valueOr(0);
}

QStringList AppConfig::listValue(SettingKey key) const
{
    return parseListSetting(value(key));
}

QString AppConfig::choiceValue(SettingKey key) const
{
    const SettingSpec &spec = settingSpec(key);
    const QString v = value(key).trimmed().toLower();
    return spec.choices.contains(v) ? v : spec.defaultValue;
}

QString AppConfig::pathValue(SettingKey key) const
{
    return resolvePath(value(key));
}

quint16 AppConfig::port() const { return static_cast<quint16>(numberValue(SettingKey::Port)); }

QString AppConfig::bindAddress() const
{
    const QString address = normalizeAddress(value(SettingKey::BindAddress));
    return address.isEmpty() ? normalizeAddress(settingSpec(SettingKey::BindAddress).defaultValue) : address;
}

bool AppConfig::bindAddressIsLoopback() const { return QHostAddress(bindAddress()).isLoopback(); }
QStringList AppConfig::allowedHosts() const { return listValue(SettingKey::AllowedHosts); }
QString AppConfig::apiTokenSetting() const { return value(SettingKey::ApiToken).trimmed(); }

bool AppConfig::apiAuthDisabled() const
{
    return value(SettingKey::ApiAuth).trimmed().toLower() == QLatin1String("none") && bindAddressIsLoopback();
}

QStringList AppConfig::allowedOrigins() const { return checkOrigins(value(SettingKey::AllowedOrigins)).valid; }
qint64 AppConfig::maxRequestSizeBytes() const { return numberValue(SettingKey::MaxRequestSize); }
bool AppConfig::enableMetrics() const { return boolValue(SettingKey::EnableMetrics); }
bool AppConfig::desktopApiServer() const { return boolValue(SettingKey::DesktopApiServer); }
quint16 AppConfig::metricsPort() const { return static_cast<quint16>(numberValue(SettingKey::MetricsPort)); }

InstanceFileLocation AppConfig::instanceFileLocation() const
{
    InstanceFileLocation location;
    const QString configured = value(SettingKey::GptLoadInstancesFile).trimmed();
    if (!configured.isEmpty()) {
        location.configured = true;
        location.path = resolvePath(configured);
        location.candidates = {location.path};
        location.exists = QFileInfo(location.path).isFile();
        return location;
    }
    const QDir base(m_configDir.isEmpty() ? QDir::currentPath() : m_configDir);
    for (const QString &name : instanceFileNames()) {
        const QString candidate = QDir::cleanPath(base.absoluteFilePath(name));
        location.candidates.append(candidate);
        if (!location.exists && QFileInfo(candidate).isFile()) {
            location.path = candidate;
            location.exists = true;
        }
    }
    if (!location.exists)
        location.path = location.candidates.constFirst();
    return location;
}

QString AppConfig::uniApiYamlPath() const { return pathValue(SettingKey::UniApiYamlPath); }
bool AppConfig::uniApiWriteInPlace() const { return value(SettingKey::UniApiWriteMode).trimmed().toLower() == QLatin1String("in-place"); }
int AppConfig::uniApiBackups() const { return static_cast<int>(numberValue(SettingKey::UniApiBackups)); }
bool AppConfig::uniApiEngineField() const { return boolValue(SettingKey::UniApiEngineField); }
QString AppConfig::uniApiRuntime() const { return choiceValue(SettingKey::UniApiRuntime); }
QString AppConfig::uniApiReload() const { return choiceValue(SettingKey::UniApiReload); }

QString AppConfig::uniApiUrl() const
{
    QString url = value(SettingKey::UniApiUrl).trimmed();
    if (!httpUrlProblem(url).isEmpty())
        return {};
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

QString AppConfig::uniApiAdminKey() const { return value(SettingKey::UniApiAdminKey).trimmed(); }

QStringList AppConfig::uniApiRestartCommand() const
{
    const QStringList command = QProcess::splitCommand(value(SettingKey::UniApiRestartCommand).trimmed());
    return command.isEmpty() || command.constFirst().trimmed().isEmpty() ? QStringList() : command;
}

QString AppConfig::uniApiPath() const { return pathValue(SettingKey::UniApiPath); }
QString AppConfig::gptloadUrl() const { return value(SettingKey::GptLoadUrl).trimmed(); }

bool AppConfig::enableModelSync() const { return boolValue(SettingKey::EnableModelSync); }
int AppConfig::modelSyncIntervalMinutes() const { return static_cast<int>(numberValue(SettingKey::ModelSyncInterval)); }
bool AppConfig::enableChannelHealth() const { return boolValue(SettingKey::EnableChannelHealth); }
int AppConfig::channelCheckIntervalMinutes() const { return static_cast<int>(numberValue(SettingKey::ChannelCheckInterval)); }
int AppConfig::channelFailureThreshold() const { return static_cast<int>(numberValue(SettingKey::ChannelFailureThreshold)); }
bool AppConfig::reassignCopyInvalidKeys() const { return boolValue(SettingKey::ReassignCopyInvalidKeys); }
bool AppConfig::enableModelOptimizer() const { return boolValue(SettingKey::EnableModelOptimizer); }
bool AppConfig::enableWeightOptimization() const { return boolValue(SettingKey::EnableWeightOptimization); }
int AppConfig::weightOptimizationIntervalHours() const { return static_cast<int>(numberValue(SettingKey::WeightOptimizationInterval)); }
int AppConfig::instanceHealthIntervalSeconds() const { return static_cast<int>(numberValue(SettingKey::InstanceHealthInterval)); }
bool AppConfig::enableModelWhitelist() const { return boolValue(SettingKey::EnableModelWhitelist); }
bool AppConfig::enableModelBlacklist() const { return boolValue(SettingKey::EnableModelBlacklist); }

int AppConfig::maxConcurrentRequests() const { return static_cast<int>(numberValue(SettingKey::MaxConcurrentRequests)); }
int AppConfig::requestTimeoutMs() const { return static_cast<int>(numberValue(SettingKey::RequestTimeoutMs)); }
int AppConfig::retryAttempts() const { return static_cast<int>(numberValue(SettingKey::RetryAttempts)); }

LogLevel AppConfig::logLevel() const
{
    return parseLogLevel(value(SettingKey::LogLevel)).value_or(LogLevel::Info);
}

bool AppConfig::enableDebugLogs() const { return boolValue(SettingKey::EnableDebugLogs); }
qint64 AppConfig::logFileMaxBytes() const { return numberValue(SettingKey::LogFileMaxSize); }
int AppConfig::logFileCount() const { return static_cast<int>(numberValue(SettingKey::LogFileCount)); }

AppConfigSnapshot AppConfig::snapshot() const
{
    AppConfigSnapshot s;
    s.configDir = m_configDir;
    s.dataDir = m_dataDir;
    s.port = port();
    s.bindAddress = bindAddress();
    s.bindAddressIsLoopback = bindAddressIsLoopback();
    s.allowedHosts = allowedHosts();
    s.apiAuthDisabled = apiAuthDisabled();
    s.allowedOrigins = allowedOrigins();
    s.maxRequestSizeBytes = maxRequestSizeBytes();
    s.enableMetrics = enableMetrics();
    s.desktopApiServer = desktopApiServer();
    s.metricsPort = metricsPort();
    s.instanceFile = instanceFileLocation();
    s.uniApiYamlPath = uniApiYamlPath();
    s.uniApiWriteInPlace = uniApiWriteInPlace();
    s.uniApiBackups = uniApiBackups();
    s.uniApiEngineField = uniApiEngineField();
    s.uniApiRuntime = uniApiRuntime();
    s.uniApiReload = uniApiReload();
    s.uniApiUrl = uniApiUrl();
    s.uniApiAdminKey = uniApiAdminKey();
    s.uniApiRestartCommand = uniApiRestartCommand();
    s.uniApiPath = uniApiPath();
    s.gptloadUrl = gptloadUrl();
    s.enableModelSync = enableModelSync();
    s.modelSyncForced = isExternalOrigin(origin(SettingKey::EnableModelSync));
    s.channelHealthForced = isExternalOrigin(origin(SettingKey::EnableChannelHealth));
    s.modelSyncIntervalMinutes = modelSyncIntervalMinutes();
    s.enableChannelHealth = enableChannelHealth();
    s.channelCheckIntervalMinutes = channelCheckIntervalMinutes();
    s.channelFailureThreshold = channelFailureThreshold();
    s.reassignCopyInvalidKeys = reassignCopyInvalidKeys();
    s.enableModelOptimizer = enableModelOptimizer();
    s.enableWeightOptimization = enableWeightOptimization();
    s.weightOptimizationIntervalHours = weightOptimizationIntervalHours();
    s.instanceHealthIntervalSeconds = instanceHealthIntervalSeconds();
    s.enableModelWhitelist = enableModelWhitelist();
    s.enableModelBlacklist = enableModelBlacklist();
    s.maxConcurrentRequests = maxConcurrentRequests();
    s.requestTimeoutMs = requestTimeoutMs();
    s.retryAttempts = retryAttempts();
    s.logLevel = logLevel();
    s.enableDebugLogs = enableDebugLogs();
    s.logFileMaxBytes = logFileMaxBytes();
    s.logFileCount = logFileCount();
    return s;
}

} // namespace ul
