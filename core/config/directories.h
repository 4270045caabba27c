#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace ul {

// Where configuration and data live (DESIGN.md §5, uni-load-behaviour.md §3.5).
enum class ConfigDirSource {
    CommandLine,       // --config-dir
    WorkingDirectory,  // compatibility mode: the directory holds an existing deployment's files
    StandardLocation,  // QStandardPaths::AppConfigLocation
};
QString configDirSourceName(ConfigDirSource source);  // "command line", "working directory", "standard location"

struct DirectoryInputs
{
    QString configDirOption;         // --config-dir; relative to workingDirectory
    QString dataDirOption;           // --data-dir; relative to workingDirectory
    QString workingDirectory;
    QString standardConfigLocation;  // QStandardPaths::AppConfigLocation
    QString standardDataLocation;    // QStandardPaths::AppDataLocation
};

struct AppDirectories
{
    QString configDir;  // .env.local, .env, the instance file, api-token
    QString dataDir;    // logs/, uni-load.db
    ConfigDirSource source = ConfigDirSource::StandardLocation;
    bool compatibilityMode = false;
    QString compatibilityMarker;  // the file that put us in compatibility mode
    bool configDirCreated = false;  // systemDirectories() had to create it (a mistyped --config-dir?)

    QString logsDir() const;
    QString stateStorePath() const;  // <data>/uni-load.db
    QString apiTokenPath() const;    // <config>/api-token
};

// gptload-instances.json, gpt-load-instances.local.json, gpt-load-instances.json: the instance
// files looked for in the config directory, in order (uni-load-behaviour.md §3.2).
QStringList instanceFileNames();
// .env.local, .env and the instance files: any of them in the working directory means an
// existing deployment was started there (a dotenv file only when it sets a uni-load setting).
QStringList compatibilityMarkerFiles();

// Whether the dotenv file at `path` sets a setting of uni-load's that other programs do not use
// (GPTLOAD_*, UNI_API_*, MODEL_SYNC_INTERVAL …; not PORT or LOG_LEVEL): gpt-load's own .env, or
// a ~/.env of other tools, must not turn its directory into uni-load's.
bool dotEnvSetsUniLoadSetting(const QString &path);

using FileExistsFunction = std::function<bool(const QString &path)>;

// Pure resolution; only `fileExists` touches the file system (default: QFileInfo::isFile, and
// dotEnvSetsUniLoadSetting() for the dotenv markers).
// Config dir: --config-dir, else the working directory when it holds a marker file, else the
// standard location. Data dir: --data-dir, else the config dir when it was chosen explicitly or by
// compatibility mode (a deployment directory is self-contained), else the standard location.
AppDirectories resolveDirectories(const DirectoryInputs &inputs, const FileExistsFunction &fileExists = {});

// Creates both directories when missing; an error names the directory and the reason.
Status ensureDirectories(const AppDirectories &directories);

// resolveDirectories() with the real working directory and QStandardPaths; creates nothing
// (configDirCreated tells whether the config directory is missing). QCoreApplication's
// organization/application names must be set first.
AppDirectories resolveSystemDirectories(const QString &configDirOption = QString(), const QString &dataDirOption = QString());

// resolveSystemDirectories(), then ensureDirectories().
Result<AppDirectories> systemDirectories(const QString &configDirOption = QString(),
                                         const QString &dataDirOption = QString());

} // namespace ul
