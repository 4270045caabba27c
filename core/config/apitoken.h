#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ul {

class AppConfig;

// Where the HTTP API token came from (uni-load-behaviour.md §22.3; first match wins).
enum class ApiTokenSource {
    Environment,    // API_TOKEN from the environment, .env.local, .env or the command line
    StoredSetting,  // the token saved in the settings
    File,           // <config dir>/api-token from an earlier start
    Generated,      // created now and written to <config dir>/api-token
};
QString apiTokenSourceName(ApiTokenSource source);  // "environment", "stored setting", "file", "generated"

struct ApiTokenInputs
{
    QString environmentToken;
    QString storedToken;
    QString configDir;
    // `uni-load --check`: nothing is written — a token that would be generated comes back with
    // source Generated and an empty value, a file readable by others keeps its mode (a warning).
    bool readOnly = false;
};

struct ApiToken
{
    QString value;  // secret: registered with the Redactor, never log it
    ApiTokenSource source = ApiTokenSource::Generated;
    QString filePath;     // the api-token file for File and Generated
    QStringList warnings; // e.g. a short token, permissions tightened

    // Only a token the operator chose (environment or setting) allows a non-loopback bind.
    bool explicitlyConfigured() const
    {
        return source == ApiTokenSource::Environment || source == ApiTokenSource::StoredSetting;
    }
    // Too short to leave on a network: a non-loopback bind refuses it (a warning on loopback).
    bool isShort() const { return value.size() < kShortApiTokenLength; }

    static constexpr qsizetype kShortApiTokenLength = 16;
};

// API_TOKEN split by origin: .env files, the environment and the command line count as
// "environment"; the stored setting is the StoredSetting layer (even when overridden).
ApiTokenInputs apiTokenInputs(const AppConfig &config);

// Environment > stored setting > <config dir>/api-token > a new token written there with mode
// 0600. Errors (unreadable file, unwritable directory) name the file, never the token.
Result<ApiToken> resolveApiToken(const ApiTokenInputs &inputs);

// 32 random bytes from the system generator, base64url without padding: 43 characters.
QString generateApiToken();

// Compares in time that depends only on the lengths, not on where the inputs differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
bool constantTimeEquals(const QString &a, const QString &b);

} // namespace ul
