#pragma once

#include "core/config/configorigin.h"

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// A line the parser could not use as written. Parsing never fails as a whole: problems are
// reported and the remaining lines still count. Messages never contain values (they may be
// secrets).
struct EnvFileProblem
{
    int line = 0;  // 1-based
    QString message;
};

struct EnvFileEntry
{
    QString key;
    QString value;
    int line = 0;  // line the entry starts on
};

struct EnvFileParse
{
    QList<EnvFileEntry> entries;   // in file order, duplicates included
    QList<EnvFileProblem> problems;

    // Key → value; a key set twice keeps its last value (as dotenv does).
    QHash<QString, QString> values() const;
};

// Parses dotenv text: KEY=VALUE, optional `export ` prefix, `KEY: VALUE`, `#` comments, blank
// lines, CRLF, single/double/backtick quotes (may span lines), escapes \n \r \t \" \\ in double
// quotes, and comments after unquoted values. Like dotenv, `#` ends an unquoted value even
// without a space before it (a problem is reported then, since it usually means "quote me").
EnvFileParse parseEnvText(const QString &text);
EnvFileParse parseEnvBytes(const QByteArray &bytes);  // UTF-8, an optional BOM is skipped

struct EnvFileRead
{
    QString path;
    ConfigOrigin origin = ConfigOrigin::DotEnv;
    bool exists = false;
    QString readError;  // set when the file exists but cannot be read
    EnvFileParse parse;
};

EnvFileRead readEnvFile(const QString &path, ConfigOrigin origin);

struct EnvValue
{
    QString value;
    ConfigOrigin origin = ConfigOrigin::Environment;
    QString source;  // the file the value came from, empty for the process environment
};

// The merged view of the process environment, .env.local and .env.
struct LoadedEnvironment
{
    QHash<QString, EnvValue> values;
    QList<EnvFileRead> files;  // .env.local, .env: in load order, missing ones included

    std::optional<EnvValue> value(const QString &name) const;
    // "<file>:<line>: <message>" for every parse problem, name that is no setting of uni-load but
    // close to one (misspelt), and unreadable file; in line order per file.
    QStringList problems() const;
};

// Loads `.env.local` then `.env` from `configDir` with the original's precedence: a variable set
// in the process environment is never overridden, and `.env.local` wins over `.env`. The process
// environment itself is not modified.
LoadedEnvironment loadEnvironment(const QString &configDir, const QProcessEnvironment &processEnvironment);

} // namespace ul
