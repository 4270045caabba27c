#include "core/config/directories.h"
#include "core/config/envfile.h"
#include "core/config/settingsregistry.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

namespace ul {

namespace {

QString absoluteAgainst(const QString &base, const QString &path)
{
    return QDir::cleanPath(QDir(base).absoluteFilePath(path));
}

Status ensureDirectory(const QString &path, const QString &role, bool mustBeWritable)
{
    if (path.isEmpty())
        return Error::io(QStringLiteral("no %1 directory could be determined").arg(role));
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Error::io(QStringLiteral("%1 directory %2 exists but is not a directory").arg(role, path));
    if (!info.exists() && !QDir().mkpath(path))
        return Error::io(QStringLiteral("cannot create the %1 directory %2").arg(role, path));
    if (mustBeWritable && !QFileInfo(path).isWritable())
        return Error::io(QStringLiteral("%1 directory %2 is not writable").arg(role, path));
    return {};
}

bool isDotEnvMarker(const QString &marker)
{
    return marker.startsWith(QLatin1String(".env"));
}

} // namespace

bool dotEnvSetsUniLoadSetting(const QString &path)
{
    // Names other programs use as well: gpt-load's own .env has PORT, LOG_LEVEL,
    // MAX_CONCURRENT_REQUESTS, ALLOWED_ORIGINS …; a web project's has VITE_*.
    static const QSet<QString> shared{
        QStringLiteral("PORT"), QStringLiteral("BIND_ADDRESS"), QStringLiteral("ALLOWED_HOSTS"), QStringLiteral("ALLOWED_ORIGINS"),
        QStringLiteral("API_TOKEN"), QStringLiteral("API_AUTH"), QStringLiteral("MAX_REQUEST_SIZE"), QStringLiteral("ENABLE_METRICS"),
        QStringLiteral("METRICS_PORT"), QStringLiteral("MAX_CONCURRENT_REQUESTS"), QStringLiteral("REQUEST_TIMEOUT_MS"),
        QStringLiteral("RETRY_ATTEMPTS"), QStringLiteral("LOG_LEVEL"), QStringLiteral("ENABLE_DEBUG_LOGS"),
        QStringLiteral("LOG_FILE_MAX_SIZE"), QStringLiteral("LOG_FILE_COUNT"), QStringLiteral("VITE_API_PROXY_TARGET"),
        QStringLiteral("VITE_API_BASE_URL"), QStringLiteral("VITE_API_TIMEOUT")};
    if (!QFileInfo(path).isFile())
        return false;
    const EnvFileRead read = readEnvFile(path, ConfigOrigin::DotEnv);
    for (const EnvFileEntry &entry : read.parse.entries) {
        if (settingKeyByName(entry.key) && !shared.contains(entry.key))
            return true;
    }
    return false;
}

QString configDirSourceName(ConfigDirSource source)
{
    switch (source) {
    case ConfigDirSource::CommandLine: return QStringLiteral("command line");
    case ConfigDirSource::WorkingDirectory: return QStringLiteral("working directory");
    case ConfigDirSource::StandardLocation: return QStringLiteral("standard location");
    }
    return {};
}

QString AppDirectories::logsDir() const { return dataDir + QStringLiteral("/logs"); }
QString AppDirectories::stateStorePath() const { return dataDir + QStringLiteral("/uni-load.db"); }
QString AppDirectories::apiTokenPath() const { return configDir + QStringLiteral("/api-token"); }

QStringList instanceFileNames()
{
    return {QStringLiteral("gptload-instances.json"), QStringLiteral("gpt-load-instances.local.json"),
            QStringLiteral("gpt-load-instances.json")};
}

QStringList compatibilityMarkerFiles()
{
    return QStringList{QStringLiteral(".env.local"), QStringLiteral(".env")} + instanceFileNames();
}

AppDirectories resolveDirectories(const DirectoryInputs &inputs, const FileExistsFunction &fileExists)
{
    const FileExistsFunction exists = fileExists ? fileExists : [](const QString &p) {
        return isDotEnvMarker(QFileInfo(p).fileName()) ? dotEnvSetsUniLoadSetting(p) : QFileInfo(p).isFile();
    };
    const QString cwd = QDir::cleanPath(inputs.workingDirectory.isEmpty() ? QDir::currentPath() : inputs.workingDirectory);

    AppDirectories dirs;
    if (!inputs.configDirOption.trimmed().isEmpty()) {
        dirs.source = ConfigDirSource::CommandLine;
        dirs.configDir = absoluteAgainst(cwd, inputs.configDirOption.trimmed());
    } else {
        for (const QString &marker : compatibilityMarkerFiles()) {
            if (exists(QDir(cwd).filePath(marker))) {
                dirs.source = ConfigDirSource::WorkingDirectory;
                dirs.compatibilityMode = true;
                dirs.compatibilityMarker = marker;
                dirs.configDir = cwd;
                break;
            }
        }
        if (!dirs.compatibilityMode) {
            dirs.source = ConfigDirSource::StandardLocation;
            dirs.configDir = inputs.standardConfigLocation.isEmpty() ? QString() : QDir::cleanPath(inputs.standardConfigLocation);
        }
    }

    if (!inputs.dataDirOption.trimmed().isEmpty())
        dirs.dataDir = absoluteAgainst(cwd, inputs.dataDirOption.trimmed());
    else if (dirs.source != ConfigDirSource::StandardLocation)
        dirs.dataDir = dirs.configDir;
    else
        dirs.dataDir = inputs.standardDataLocation.isEmpty() ? QString() : QDir::cleanPath(inputs.standardDataLocation);
    return dirs;
}

Status ensureDirectories(const AppDirectories &directories)
{
    if (Status s = ensureDirectory(directories.configDir, QStringLiteral("config"), false); !s.ok())
        return s;
    return ensureDirectory(directories.dataDir, QStringLiteral("data"), true);
}

AppDirectories resolveSystemDirectories(const QString &configDirOption, const QString &dataDirOption)
{
    DirectoryInputs inputs;
    inputs.configDirOption = configDirOption;
    inputs.dataDirOption = dataDirOption;
    inputs.workingDirectory = QDir::currentPath();
    inputs.standardConfigLocation = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    inputs.standardDataLocation = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    AppDirectories dirs = resolveDirectories(inputs);
    dirs.configDirCreated = !dirs.configDir.isEmpty() && !QFileInfo::exists(dirs.configDir);
    return dirs;
}

Result<AppDirectories> systemDirectories(const QString &configDirOption, const QString &dataDirOption)
{
    const AppDirectories dirs = resolveSystemDirectories(configDirOption, dataDirOption);
    if (Status s = ensureDirectories(dirs); !s.ok())
        return s.error();
    return dirs;
}

} // namespace ul
