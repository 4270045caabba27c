#include "core/config/appconfig.h"
#include "core/config/envfile.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ul;

namespace {

AppConfig configWith(SettingKey key, const QString &value, ConfigOrigin origin = ConfigOrigin::Environment)
{
    AppConfig config(QStringLiteral("/srv/uni-load"));
    config.setOverride(key, value, origin);
    return config;
}

std::optional<ConfigIssue> issueFor(const AppConfig &config, const QString &name)
{
    for (const ConfigIssue &issue : config.issues()) {
        if (issue.key == name)
            return issue;
    }
    return std::nullopt;
}

} // namespace

class TestAppConfig : public QObject
{
    Q_OBJECT

private slots:
    void registryIsCompleteAndDefaultsAreValid()
    {
        const QStringList required = {
            QStringLiteral("PORT"), QStringLiteral("GPTLOAD_INSTANCES_FILE"), QStringLiteral("UNI_API_PATH"),
            QStringLiteral("UNI_API_YAML_PATH"), QStringLiteral("ENABLE_MODEL_SYNC"), QStringLiteral("MODEL_SYNC_INTERVAL"),
            QStringLiteral("ENABLE_CHANNEL_HEALTH"), QStringLiteral("CHANNEL_CHECK_INTERVAL"),
            QStringLiteral("CHANNEL_FAILURE_THRESHOLD"), QStringLiteral("ENABLE_MODEL_OPTIMIZER"), QStringLiteral("GPTLOAD_URL"),
            QStringLiteral("VITE_API_PROXY_TARGET"), QStringLiteral("VITE_API_BASE_URL"), QStringLiteral("VITE_API_TIMEOUT"),
            QStringLiteral("LOG_LEVEL"), QStringLiteral("ENABLE_DEBUG_LOGS"), QStringLiteral("ENABLE_METRICS"),
            QStringLiteral("METRICS_PORT"), QStringLiteral("ALLOWED_ORIGINS"), QStringLiteral("MAX_REQUEST_SIZE"),
            QStringLiteral("ENABLE_MODEL_WHITELIST"), QStringLiteral("ENABLE_MODEL_BLACKLIST"),
            QStringLiteral("MAX_CONCURRENT_REQUESTS"), QStringLiteral("REQUEST_TIMEOUT_MS"), QStringLiteral("RETRY_ATTEMPTS"),
            QStringLiteral("API_TOKEN"), QStringLiteral("API_AUTH"), QStringLiteral("BIND_ADDRESS"),
            QStringLiteral("INSTANCE_HEALTH_INTERVAL"),
        };
        for (const QString &name : required)
            QVERIFY2(settingKeyByName(name).has_value(), qPrintable(name));
        QCOMPARE(settingSpecs().size(), kSettingKeyCount);
        for (const SettingSpec &spec : settingSpecs()) {
            QVERIFY2(!spec.translatedDescription().isEmpty(), qPrintable(spec.name));
            // Every default must itself be valid: set it explicitly and expect no issue.
            const AppConfig config = configWith(spec.key, spec.defaultValue);
            QVERIFY2(!issueFor(config, spec.name), qPrintable(spec.name));
        }
        QVERIFY(!settingKeyByName(QStringLiteral("port")));  // environment names are case-sensitive
    }

    // A misspelt setting in .env is named with what was meant; other programs' names are not.
    void misspeltSettingsAreRecognised()
    {
        QCOMPARE(settingNameMeant(QStringLiteral("MODEL_SYNC_INTERVALL")), QStringLiteral("MODEL_SYNC_INTERVAL"));
        QCOMPARE(settingNameMeant(QStringLiteral("uni_api_yaml_path")), QStringLiteral("UNI_API_YAML_PATH"));
        QCOMPARE(settingNameMeant(QStringLiteral("CHANEL_CHECK_INTERVAL")), QStringLiteral("CHANNEL_CHECK_INTERVAL"));
        QVERIFY(!settingNameMeant(QStringLiteral("MODEL_SYNC_INTERVAL")));  // a setting itself
        for (const char *other : {"AUTH_KEY", "DATABASE_DSN", "ENCRYPTION_KEY", "HOME", "PATH", "NODE_ENV", "HOST"})
            QVERIFY2(!settingNameMeant(QLatin1String(other)), other);
    }

    void defaults()
    {
        const AppConfig config(QStringLiteral("/srv/uni-load"));
        QCOMPARE(config.port(), quint16(3002));
        QCOMPARE(config.bindAddress(), QStringLiteral("127.0.0.1"));
        QVERIFY(config.bindAddressIsLoopback());
        QVERIFY(config.enableModelSync());
        QCOMPARE(config.modelSyncIntervalMinutes(), 360);
        QVERIFY(config.enableChannelHealth());
        QCOMPARE(config.channelCheckIntervalMinutes(), 10);
        QCOMPARE(config.channelFailureThreshold(), 3);
        QVERIFY(config.enableModelOptimizer());
        QVERIFY(!config.enableWeightOptimization());
        QCOMPARE(config.weightOptimizationIntervalHours(), 24);
        QCOMPARE(config.instanceHealthIntervalSeconds(), 60);
        QVERIFY(config.enableModelWhitelist());
        QVERIFY(config.enableModelBlacklist());
        QCOMPARE(config.maxConcurrentRequests(), 10);
        QCOMPARE(config.requestTimeoutMs(), 30000);
        QCOMPARE(config.retryAttempts(), 3);
        QCOMPARE(config.logLevel(), LogLevel::Info);
        QVERIFY(!config.enableDebugLogs());
        QVERIFY(!config.enableMetrics());
        QCOMPARE(config.metricsPort(), quint16(9090));
        QCOMPARE(config.allowedOrigins(), QStringList{QStringLiteral("http://localhost:3002")});
        QCOMPARE(config.maxRequestSizeBytes(), qint64(10) * 1024 * 1024);
        QCOMPARE(config.logFileMaxBytes(), qint64(10) * 1024 * 1024);
        QCOMPARE(config.logFileCount(), 5);
        QCOMPARE(config.uniApiBackups(), 20);
        QVERIFY(config.uniApiEngineField());
        QVERIFY(!config.reassignCopyInvalidKeys());
        QCOMPARE(config.uniApiYamlPath(), QStringLiteral("/srv/uni-api/api.yaml"));
        QCOMPARE(config.uniApiPath(), QStringLiteral("/srv/uni-api"));
        QCOMPARE(config.gptloadUrl(), QStringLiteral("http://localhost:3001"));
        QVERIFY(!config.apiAuthDisabled());
        QVERIFY(config.issues().isEmpty());
        QVERIFY(config.validate().ok());
        QCOMPARE(config.origin(SettingKey::Port), ConfigOrigin::Default);
    }

    void booleans_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<bool>("warns");
        const QString on = QStringLiteral("ENABLE_MODEL_SYNC");       // default on
        const QString off = QStringLiteral("ENABLE_DEBUG_LOGS");      // default off
        QTest::newRow("false") << on << QStringLiteral("false") << false << false;
        QTest::newRow("FALSE") << on << QStringLiteral("FALSE") << false << false;
        // Off, as meant, with a warning: the original reads them as on.
        QTest::newRow("0") << on << QStringLiteral("0") << false << true;
        QTest::newRow("no") << on << QStringLiteral("no") << false << true;
        QTest::newRow("Off") << on << QStringLiteral("Off") << false << true;
        QTest::newRow("true") << on << QStringLiteral("true") << true << false;
        QTest::newRow("padded true") << off << QStringLiteral("  TRUE ") << true << false;
        QTest::newRow("1") << off << QStringLiteral("1") << true << false;
        QTest::newRow("yes") << off << QStringLiteral("yes") << true << false;
        QTest::newRow("on") << off << QStringLiteral("on") << true << false;
        QTest::newRow("empty keeps default on") << on << QString() << true << false;
        QTest::newRow("empty keeps default off") << off << QString() << false << false;
        QTest::newRow("odd value is on (default on)") << on << QStringLiteral("disabled") << true << true;
        QTest::newRow("odd value is on (default off)") << off << QStringLiteral("enabled") << true << true;
        QTest::newRow("fals typo is on") << on << QStringLiteral("fals") << true << true;
    }
    void booleans()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, expected);
        QFETCH(bool, warns);
        const SettingKey key = *settingKeyByName(name);
        const AppConfig config = configWith(key, value);
        QCOMPARE(config.boolValue(key), expected);
        const auto issue = issueFor(config, name);
        QCOMPARE(issue.has_value(), warns);
        if (issue) {
            QCOMPARE(issue->severity, ConfigIssue::Severity::Warning);
            QVERIFY(issue->toString().startsWith(name + QLatin1Char('=') + value + QStringLiteral(" (from environment)")));
            QVERIFY(config.validate().ok());  // a warning, not an error
        }
    }

    void badNumbersAreErrorsNamingTheVariable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("not a number") << QStringLiteral("MODEL_SYNC_INTERVAL") << QStringLiteral("abc");
        QTest::newRow("trailing junk") << QStringLiteral("PORT") << QStringLiteral("3002x");
        QTest::newRow("fraction") << QStringLiteral("RETRY_ATTEMPTS") << QStringLiteral("2.5");
        QTest::newRow("negative") << QStringLiteral("MAX_CONCURRENT_REQUESTS") << QStringLiteral("-1");
        QTest::newRow("zero interval") << QStringLiteral("CHANNEL_CHECK_INTERVAL") << QStringLiteral("0");
        QTest::newRow("port too large") << QStringLiteral("PORT") << QStringLiteral("70000");
        QTest::newRow("huge") << QStringLiteral("REQUEST_TIMEOUT_MS") << QStringLiteral("99999999999999999999999");
        QTest::newRow("partial minutes") << QStringLiteral("MODEL_SYNC_INTERVAL") << QStringLiteral("90s");
        QTest::newRow("bad size") << QStringLiteral("MAX_REQUEST_SIZE") << QStringLiteral("ten megabytes");
        QTest::newRow("bad address") << QStringLiteral("BIND_ADDRESS") << QStringLiteral("my-host.example");
    }
    void badNumbersAreErrorsNamingTheVariable()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        const SettingKey key = *settingKeyByName(name);
        AppConfig config = configWith(key, value, ConfigOrigin::DotEnv);
        const Status status = config.validate();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ErrorKind::Validation);
        QCOMPARE(status.error().field, name);
        QCOMPARE(status.error().code, QStringLiteral("CONFIG_INVALID"));
        QVERIFY2(status.error().message.contains(name + QLatin1Char('=') + value), qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(QStringLiteral("(from .env)")), qPrintable(status.error().message));
        QVERIFY(config.hasErrors());
        // The typed value falls back to the default.
        QCOMPARE(config.numberValue(key), AppConfig().numberValue(key));
    }

    void durationsAcceptUnits()
    {
        QCOMPARE(configWith(SettingKey::ModelSyncInterval, QStringLiteral("720")).modelSyncIntervalMinutes(), 720);
        QCOMPARE(configWith(SettingKey::ModelSyncInterval, QStringLiteral("6h")).modelSyncIntervalMinutes(), 360);
        QCOMPARE(configWith(SettingKey::ModelSyncInterval, QStringLiteral("120s")).modelSyncIntervalMinutes(), 2);
        QCOMPARE(configWith(SettingKey::RequestTimeoutMs, QStringLiteral("45s")).requestTimeoutMs(), 45000);
        QCOMPARE(configWith(SettingKey::InstanceHealthInterval, QStringLiteral("2min")).instanceHealthIntervalSeconds(), 120);
        QCOMPARE(configWith(SettingKey::ChannelCheckInterval, QStringLiteral(" 30 ")).channelCheckIntervalMinutes(), 30);
        QCOMPARE(configWith(SettingKey::WeightOptimizationInterval, QStringLiteral("2d")).weightOptimizationIntervalHours(), 48);
        QCOMPARE(configWith(SettingKey::WeightOptimizationInterval, QStringLiteral("12")).weightOptimizationIntervalHours(), 12);
        // Not a whole number of hours, or beyond 30 days: the default stays, with the problem reported.
        for (const QString &bad : {QStringLiteral("90min"), QStringLiteral("31d")}) {
            const AppConfig config = configWith(SettingKey::WeightOptimizationInterval, bad);
            QCOMPARE(config.weightOptimizationIntervalHours(), 24);
            QVERIFY2(issueFor(config, QStringLiteral("WEIGHT_OPTIMIZATION_INTERVAL")).has_value(), qPrintable(bad));
        }
    }

    void sizes_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("10mb") << QStringLiteral("10mb") << qint64(10485760);
        QTest::newRow("512kb") << QStringLiteral("512kb") << qint64(524288);
        QTest::newRow("plain") << QStringLiteral("1048576") << qint64(1048576);
        QTest::newRow("upper") << QStringLiteral("2MB") << qint64(2097152);
        QTest::newRow("space") << QStringLiteral("1 gb") << qint64(1073741824);
        QTest::newRow("fraction") << QStringLiteral("1.5mb") << qint64(1572864);
        QTest::newRow("bytes suffix") << QStringLiteral("4096b") << qint64(4096);
    }
    void sizes()
    {
        QFETCH(QString, value);
        QFETCH(qint64, bytes);
        const AppConfig config = configWith(SettingKey::MaxRequestSize, value);
        QCOMPARE(config.maxRequestSizeBytes(), bytes);
        QVERIFY(config.validate().ok());
    }

    void tooSmallSizeIsAnError()
    {
        const AppConfig config = configWith(SettingKey::MaxRequestSize, QStringLiteral("10"));
        QVERIFY(!config.validate().ok());
        QVERIFY(config.validate().error().message.contains(QStringLiteral("must be between")));
        // In the units sizes are written in, as the README gives the range.
        const AppConfig log = configWith(SettingKey::LogFileMaxSize, QStringLiteral("10gb"));
        QVERIFY2(log.validate().error().message.endsWith(QStringLiteral("must be between 64kb and 1gb")), qPrintable(log.validate().error().message));
    }

    void origins()
    {
        AppConfig config = configWith(SettingKey::AllowedOrigins,
                                      QStringLiteral(" http://localhost:3002 , https://Console.Example.com/,,http://a.b:81 "));
        QCOMPARE(config.allowedOrigins(), (QStringList{QStringLiteral("http://localhost:3002"),
                                                       QStringLiteral("https://console.example.com"),
                                                       QStringLiteral("http://a.b:81")}));
        QVERIFY(config.issues().isEmpty());

        config.setOverride(SettingKey::AllowedOrigins, QStringLiteral("*, ftp://x, https://ok.example, http://x/path"),
                           ConfigOrigin::Environment);
        QCOMPARE(config.allowedOrigins(), QStringList{QStringLiteral("https://ok.example")});
        const auto issue = issueFor(config, QStringLiteral("ALLOWED_ORIGINS"));
        QVERIFY(issue);
        QCOMPARE(issue->severity, ConfigIssue::Severity::Warning);
        QVERIFY(issue->message.contains(QStringLiteral("wildcards")));
        QVERIFY(issue->message.contains(QStringLiteral("ftp://x")));
        QVERIFY(issue->message.contains(QStringLiteral("http://x/path")));
    }

    void logLevels()
    {
        QCOMPARE(configWith(SettingKey::LogLevel, QStringLiteral("DEBUG")).logLevel(), LogLevel::Debug);
        QCOMPARE(configWith(SettingKey::LogLevel, QStringLiteral("warning")).logLevel(), LogLevel::Warn);
        QCOMPARE(configWith(SettingKey::LogLevel, QStringLiteral("error")).logLevel(), LogLevel::Error);
        const AppConfig odd = configWith(SettingKey::LogLevel, QStringLiteral("verbose"));
        QCOMPARE(odd.logLevel(), LogLevel::Info);
        QCOMPARE(issueFor(odd, QStringLiteral("LOG_LEVEL"))->severity, ConfigIssue::Severity::Warning);
    }

    void uniApiWriteMode()
    {
        QVERIFY(!configWith(SettingKey::UniApiWriteMode, QStringLiteral("atomic")).uniApiWriteInPlace());
        const AppConfig inPlace = configWith(SettingKey::UniApiWriteMode, QStringLiteral("In-Place"));
        QVERIFY(inPlace.uniApiWriteInPlace());
        QVERIFY(inPlace.snapshot().uniApiWriteInPlace);
        const AppConfig odd = configWith(SettingKey::UniApiWriteMode, QStringLiteral("copy"));
        QVERIFY(!odd.uniApiWriteInPlace());  // anything else keeps the safe default, and says so
        QVERIFY(issueFor(odd, QStringLiteral("UNI_API_WRITE_MODE")).has_value());
    }

    // uniapi-config.md §6.9 (backups kept), §6.1 (`engine:`), uni-load-behaviour.md §19.2.
    void uniApiWriterAndReassignSettings()
    {
        QCOMPARE(configWith(SettingKey::UniApiBackups, QStringLiteral("1")).uniApiBackups(), 1);
        QCOMPARE(configWith(SettingKey::UniApiBackups, QStringLiteral(" 1000 ")).uniApiBackups(), 1000);
        const AppConfig two = configWith(SettingKey::UniApiBackups, QStringLiteral("2"));
        QCOMPARE(two.snapshot().uniApiBackups, 2);
        QVERIFY(two.issues().isEmpty());
        // Outside 1..1000 or not a whole number: an error naming the variable; the default stays.
        for (const QString &bad : {QStringLiteral("0"), QStringLiteral("1001"), QStringLiteral("-3"), QStringLiteral("ten"),
                                   QStringLiteral("2.5")}) {
            const AppConfig config = configWith(SettingKey::UniApiBackups, bad, ConfigOrigin::DotEnv);
            QCOMPARE(config.uniApiBackups(), 20);
            const auto issue = issueFor(config, QStringLiteral("UNI_API_BACKUPS"));
            QVERIFY2(issue && issue->isError(), qPrintable(bad));
            QVERIFY2(issue->toString().startsWith(QStringLiteral("UNI_API_BACKUPS=") + bad + QStringLiteral(" (from .env)")),
                     qPrintable(issue->toString()));
            QVERIFY(!config.validate().ok());
        }

        const AppConfig noEngine = configWith(SettingKey::UniApiEngineField, QStringLiteral("false"));
        QVERIFY(!noEngine.uniApiEngineField());
        QVERIFY(!noEngine.snapshot().uniApiEngineField);
        QVERIFY(noEngine.issues().isEmpty());
        QVERIFY(configWith(SettingKey::UniApiEngineField, QStringLiteral("true")).uniApiEngineField());
        // Like every flag: an odd value is on, with a warning.
        const AppConfig oddEngine = configWith(SettingKey::UniApiEngineField, QStringLiteral("sometimes"));
        QVERIFY(oddEngine.uniApiEngineField());
        QCOMPARE(issueFor(oddEngine, QStringLiteral("UNI_API_ENGINE_FIELD"))->severity, ConfigIssue::Severity::Warning);

        const AppConfig copyAll = configWith(SettingKey::ReassignCopyInvalidKeys, QStringLiteral("TRUE"), ConfigOrigin::StoredSetting);
        QVERIFY(copyAll.reassignCopyInvalidKeys());
        QVERIFY(copyAll.snapshot().reassignCopyInvalidKeys);
        QVERIFY(!configWith(SettingKey::ReassignCopyInvalidKeys, QStringLiteral("off")).reassignCopyInvalidKeys());
        const AppConfig oddCopy = configWith(SettingKey::ReassignCopyInvalidKeys, QStringLiteral("maybe"));
        QVERIFY(oddCopy.reassignCopyInvalidKeys());
        QCOMPARE(issueFor(oddCopy, QStringLiteral("REASSIGN_COPY_INVALID_KEYS"))->severity, ConfigIssue::Severity::Warning);
    }

    // uniapi-config.md §6.10: runtime, reload action, URL, admin key, restart command.
    void uniApiReloadSettings()
    {
        const AppConfig defaults;
        QCOMPARE(defaults.uniApiRuntime(), QStringLiteral("rust"));
        QCOMPARE(defaults.uniApiReload(), QStringLiteral("none"));
        QVERIFY(defaults.uniApiUrl().isEmpty());
        QVERIFY(defaults.uniApiRestartCommand().isEmpty());

        QCOMPARE(configWith(SettingKey::UniApiRuntime, QStringLiteral("Python")).uniApiRuntime(), QStringLiteral("python"));
        const AppConfig oddRuntime = configWith(SettingKey::UniApiRuntime, QStringLiteral("go"));
        QCOMPARE(oddRuntime.uniApiRuntime(), QStringLiteral("rust"));
        QCOMPARE(issueFor(oddRuntime, QStringLiteral("UNI_API_RUNTIME"))->severity, ConfigIssue::Severity::Warning);

        // Validated like the instance URLs: http(s), a host, no credentials, query or fragment.
        QCOMPARE(configWith(SettingKey::UniApiUrl, QStringLiteral("http://uni-api:3003/")).uniApiUrl(), QStringLiteral("http://uni-api:3003"));
        for (const char *bad : {"uni-api:3003", "ftp://uni-api", "http://user:pw@uni-api:3003", "http://uni-api:3003/?x=1", "http://"}) {
            const AppConfig config = configWith(SettingKey::UniApiUrl, QString::fromLatin1(bad));
            QVERIFY2(config.uniApiUrl().isEmpty(), bad);
            QVERIFY2(issueFor(config, QStringLiteral("UNI_API_URL")) && issueFor(config, QStringLiteral("UNI_API_URL"))->isError(), bad);
        }

        // The restart command is split like a command line (no shell); quotes group.
        const AppConfig restart = configWith(SettingKey::UniApiRestartCommand, QStringLiteral(R"(docker restart "uni api")"));
        QCOMPARE(restart.uniApiRestartCommand(), (QStringList{QStringLiteral("docker"), QStringLiteral("restart"), QStringLiteral("uni api")}));
        QCOMPARE(restart.snapshot().uniApiRestartCommand, restart.uniApiRestartCommand());
        QVERIFY(!issueFor(restart, QStringLiteral("UNI_API_RESTART_COMMAND")));
        QVERIFY(issueFor(configWith(SettingKey::UniApiRestartCommand, QStringLiteral("\"\"")), QStringLiteral("UNI_API_RESTART_COMMAND"))->isError());

        // The admin key is a secret: masked in issues and in the settings list.
        AppConfig secret = configWith(SettingKey::UniApiAdminKey, QStringLiteral("sk-uniapi-admin-0123456789abcdef"));
        QCOMPARE(secret.uniApiAdminKey(), QStringLiteral("sk-uniapi-admin-0123456789abcdef"));
        for (const SettingState &state : secret.settings())
            QVERIFY(!state.value.contains(QStringLiteral("0123456789abcdef")));

        // A reload action is ignored (and said so) for Rust; for Python it names what it lacks.
        QVERIFY(issueFor(configWith(SettingKey::UniApiReload, QStringLiteral("api")), QStringLiteral("UNI_API_RELOAD"))
                    ->message.contains(QStringLiteral("Rust")));
        AppConfig python = configWith(SettingKey::UniApiRuntime, QStringLiteral("python"));
        python.setOverride(SettingKey::UniApiReload, QStringLiteral("command"), ConfigOrigin::Environment);
        QVERIFY(issueFor(python, QStringLiteral("UNI_API_RELOAD"))->message.contains(QStringLiteral("UNI_API_RESTART_COMMAND")));
        python.setOverride(SettingKey::UniApiRestartCommand, QStringLiteral("/bin/true"), ConfigOrigin::Environment);
        QVERIFY(!issueFor(python, QStringLiteral("UNI_API_RELOAD")));
        python.setOverride(SettingKey::UniApiReload, QStringLiteral("api"), ConfigOrigin::Environment);
        QVERIFY(issueFor(python, QStringLiteral("UNI_API_RELOAD"))->message.contains(QStringLiteral("UNI_API_ADMIN_KEY")));
        QCOMPARE(python.snapshot().uniApiReload, QStringLiteral("api"));
        QCOMPARE(python.snapshot().uniApiRuntime, QStringLiteral("python"));
    }

    void bindAddressAndAuth()
    {
        AppConfig config(QStringLiteral("/srv"));
        config.setOverride(SettingKey::BindAddress, QStringLiteral("localhost"), ConfigOrigin::CommandLine);
        QCOMPARE(config.bindAddress(), QStringLiteral("127.0.0.1"));
        config.setOverride(SettingKey::BindAddress, QStringLiteral("[::1]"), ConfigOrigin::CommandLine);
        QCOMPARE(config.bindAddress(), QStringLiteral("::1"));
        QVERIFY(config.bindAddressIsLoopback());
        config.setOverride(SettingKey::ApiAuth, QStringLiteral("none"), ConfigOrigin::Environment);
        QVERIFY(config.apiAuthDisabled());
        QVERIFY(config.issues().isEmpty());

        config.setOverride(SettingKey::BindAddress, QStringLiteral("0.0.0.0"), ConfigOrigin::CommandLine);
        QVERIFY(!config.bindAddressIsLoopback());
        QVERIFY(!config.apiAuthDisabled());  // never off on a public address
        QCOMPARE(issueFor(config, QStringLiteral("API_AUTH"))->severity, ConfigIssue::Severity::Warning);
    }

    void relativePathsResolveAgainstConfigDir()
    {
        AppConfig config(QStringLiteral("/srv/deploy"));
        config.setOverride(SettingKey::UniApiYamlPath, QStringLiteral("conf/../uni/api.yaml"), ConfigOrigin::DotEnv);
        QCOMPARE(config.uniApiYamlPath(), QStringLiteral("/srv/deploy/uni/api.yaml"));
        config.setOverride(SettingKey::UniApiYamlPath, QStringLiteral("/etc/uni-api/api.yaml"), ConfigOrigin::Environment);
        QCOMPARE(config.uniApiYamlPath(), QStringLiteral("/etc/uni-api/api.yaml"));
        config.setOverride(SettingKey::UniApiYamlPath, QStringLiteral("~/api.yaml"), ConfigOrigin::CommandLine);
        QCOMPARE(config.uniApiYamlPath(), QDir::homePath() + QStringLiteral("/api.yaml"));
    }

    void precedenceAndOrigins()
    {
        AppConfig config(QStringLiteral("/srv"));
        config.setOverride(SettingKey::Port, QStringLiteral("4000"), ConfigOrigin::StoredSetting);
        QCOMPARE(config.port(), quint16(4000));
        QCOMPARE(config.origin(SettingKey::Port), ConfigOrigin::StoredSetting);
        config.setOverride(SettingKey::Port, QStringLiteral("4001"), ConfigOrigin::DotEnv, QStringLiteral("/srv/.env"));
        config.setOverride(SettingKey::Port, QStringLiteral("4002"), ConfigOrigin::Environment);
        config.setOverride(SettingKey::Port, QStringLiteral("4003"), ConfigOrigin::DotEnvLocal);  // below Environment
        QCOMPARE(config.port(), quint16(4002));
        config.setOverride(SettingKey::Port, QStringLiteral("4004"), ConfigOrigin::CommandLine);
        QCOMPARE(config.port(), quint16(4004));
        QCOMPARE(config.origin(SettingKey::Port), ConfigOrigin::CommandLine);
        config.clearOverride(SettingKey::Port, ConfigOrigin::CommandLine);
        config.clearOverride(SettingKey::Port, ConfigOrigin::Environment);
        QCOMPARE(config.port(), quint16(4003));
        config.clearOverride(SettingKey::Port, ConfigOrigin::DotEnvLocal);
        QCOMPARE(config.source(SettingKey::Port), QStringLiteral("/srv/.env"));
        QCOMPARE(*config.valueAt(SettingKey::Port, ConfigOrigin::StoredSetting), QStringLiteral("4000"));
        QVERIFY(!config.setOverride(SettingKey::Port, QStringLiteral("1"), ConfigOrigin::Default));
        QVERIFY(!config.setOverride(QStringLiteral("NOT_A_SETTING"), QStringLiteral("1"), ConfigOrigin::Environment));

        const QList<SettingState> states = config.settings();
        const SettingState port = states.at(static_cast<int>(SettingKey::Port));
        QCOMPARE(port.value, QStringLiteral("4001"));
        QCOMPARE(port.origin, ConfigOrigin::DotEnv);
        QVERIFY(port.overriddenExternally);
        QVERIFY(port.hasStoredValue);
    }

    void blankValuesCountAsUnset()
    {
        AppConfig config(QStringLiteral("/srv"));
        config.setOverride(SettingKey::Port, QStringLiteral("4000"), ConfigOrigin::StoredSetting);
        config.setOverride(SettingKey::Port, QStringLiteral("  "), ConfigOrigin::Environment);
        QCOMPARE(config.port(), quint16(4000));
        QCOMPARE(config.origin(SettingKey::Port), ConfigOrigin::StoredSetting);
        config.setOverride(SettingKey::ModelSyncInterval, QString(), ConfigOrigin::DotEnv);
        QCOMPARE(config.modelSyncIntervalMinutes(), 360);
        QCOMPARE(config.origin(SettingKey::ModelSyncInterval), ConfigOrigin::Default);
        QVERIFY(config.issues().isEmpty());
    }

    void applyEnvironmentIgnoresUnknownKeysAndMasksSecrets()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".env")),
                                "PORT=5000\nSOMETHING_ELSE=1\nAPI_TOKEN=tok-abcdefghijklmnopqrstuvwxyz\nENABLE_MODEL_SYNC=false\n"));
        QProcessEnvironment process;
        process.insert(QStringLiteral("PORT"), QStringLiteral("5001"));
        AppConfig config(dir.path());
        config.applyEnvironment(loadEnvironment(dir.path(), process));
        QCOMPARE(config.port(), quint16(5001));
        QCOMPARE(config.origin(SettingKey::Port), ConfigOrigin::Environment);
        QVERIFY(!config.enableModelSync());
        QCOMPARE(config.origin(SettingKey::EnableModelSync), ConfigOrigin::DotEnv);
        QCOMPARE(config.source(SettingKey::EnableModelSync), dir.filePath(QStringLiteral(".env")));
        QCOMPARE(config.apiTokenSetting(), QStringLiteral("tok-abcdefghijklmnopqrstuvwxyz"));
        const SettingState token = config.settings().at(static_cast<int>(SettingKey::ApiToken));
        QVERIFY(!token.value.contains(QStringLiteral("abcdefghijklmnop")));
    }

    void instanceFileLookupOrder()
    {
        QTemporaryDir dir;
        AppConfig config(dir.path());
        // Nothing exists: the first candidate is reported, not found.
        InstanceFileLocation location = config.instanceFileLocation();
        QVERIFY(!location.exists);
        QVERIFY(!location.configured);
        QCOMPARE(location.path, dir.filePath(QStringLiteral("gptload-instances.json")));
        QCOMPARE(location.candidates, (QStringList{dir.filePath(QStringLiteral("gptload-instances.json")),
                                                   dir.filePath(QStringLiteral("gpt-load-instances.local.json")),
                                                   dir.filePath(QStringLiteral("gpt-load-instances.json"))}));

        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("gpt-load-instances.json")), "[]"));
        QCOMPARE(config.instancesFilePath(), dir.filePath(QStringLiteral("gpt-load-instances.json")));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("gpt-load-instances.local.json")), "[]"));
        QCOMPARE(config.instancesFilePath(), dir.filePath(QStringLiteral("gpt-load-instances.local.json")));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("gptload-instances.json")), "[]"));
        QCOMPARE(config.instancesFilePath(), dir.filePath(QStringLiteral("gptload-instances.json")));
        QVERIFY(config.instanceFileLocation().exists);

        // GPTLOAD_INSTANCES_FILE: exactly that path, relative to the config directory, no fallback.
        config.setOverride(SettingKey::GptLoadInstancesFile, QStringLiteral("conf/mine.json"), ConfigOrigin::Environment);
        location = config.instanceFileLocation();
        QVERIFY(location.configured);
        QVERIFY(!location.exists);
        QCOMPARE(location.path, dir.filePath(QStringLiteral("conf/mine.json")));
        QCOMPARE(location.candidates, QStringList{location.path});
    }

    void snapshotCopiesEverything()
    {
        AppConfig config(QStringLiteral("/srv/a"), QStringLiteral("/var/a"));
        config.setOverride(SettingKey::RetryAttempts, QStringLiteral("5"), ConfigOrigin::CommandLine);
        config.setOverride(SettingKey::LogLevel, QStringLiteral("debug"), ConfigOrigin::Environment);
        const AppConfigSnapshot snapshot = config.snapshot();
        QCOMPARE(snapshot.configDir, QStringLiteral("/srv/a"));
        QCOMPARE(snapshot.dataDir, QStringLiteral("/var/a"));
        QCOMPARE(snapshot.retryAttempts, 5);
        QCOMPARE(snapshot.logLevel, LogLevel::Debug);
        QCOMPARE(snapshot.port, quint16(3002));
        QCOMPARE(snapshot.instanceFile.path, QStringLiteral("/srv/a/gptload-instances.json"));
        QVariant v = QVariant::fromValue(snapshot);  // registered for queued signals
        QCOMPARE(v.value<AppConfigSnapshot>().retryAttempts, 5);
    }
};

QTEST_GUILESS_MAIN(TestAppConfig)
#include "tst_appconfig.moc"
