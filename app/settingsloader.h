#pragma once

#include "app/clioptions.h"
#include "core/config/appconfig.h"
#include "core/config/directories.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ul {

// What the console saved for itself in the state store, read at start for the window.
struct StoredConsoleSettings
{
    QString language;            // "ui.language" ("" = none)
    bool startMinimized = false; // "ui.startMinimized"
    QByteArray windowGeometry;   // "ui.windowGeometry" (QWidget::saveGeometry; empty = none)
};

// The settings of one start, read as every start reads them (lowest first): the ones saved from
// the console (the state store, read only), the .env files and the environment, the command line.
// Shared by the start and `--check`, so the check judges exactly what a start would use.
struct SettingsLoad
{
    QStringList warnings;  // one line each, without a "warning:" prefix; the start goes on
    QStringList errors;    // the configuration cannot be used (exit code 2); empty when it can
    StoredConsoleSettings console;
    QString storeError;                 // the state store exists but could not be read (its settings are missing)
};

// StoreAccess::ReadOnly (the check): the state store is opened read-only, so nothing is created or migrated.
enum class StoreAccess { Normal, ReadOnly };
SettingsLoad loadSettings(AppConfig &config, const AppDirectories &dirs, const CliOptions &cli,
                          StoreAccess storeAccess = StoreAccess::Normal);

} // namespace ul
