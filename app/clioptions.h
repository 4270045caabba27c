#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// Command-line options (CLI overrides environment and files).
struct CliOptions
{
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;

    bool headless = false;
    bool minimized = false;
    bool demo = false;
    bool check = false;        // --check: report on the configuration and exit (configcheck.h)
    QString configDir;
    QString dataDir;
    std::optional<quint16> port;
    QString listen;            // bind address
    QString webRoot;           // serve another static front end at /
    QString screenshotFile;    // render a page to PNG and exit (GUI)
    QString screenshotPage;
    QString language;          // zh_CN | en
};

// Parses argv (args[0] is the program). Unknown options and malformed values give a
// Validation error whose message is meant for stderr (the caller exits with code 2).
Result<CliOptions> parseCommandLine(const QStringList &args, bool guiAvailable);

// True when argv asks for the headless mode; scanned before any Q*Application exists
// (qt64-notes.md §5.1).
bool argvRequestsHeadless(int argc, char **argv);

// True when argv asks for something that needs no window: the headless mode, --check, --help or
// --version (single- or double-dash, as the parser accepts them).
bool argvNeedsNoWindow(int argc, char **argv);

} // namespace ul
