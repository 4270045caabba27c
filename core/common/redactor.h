#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace ul {

// The one place that knows how secrets look. Every log sink, wire log, API response that
// passes gpt-load objects through, and UI view uses it (uni-load-behaviour.md §4.3).
//
// Masks: Authorization / X-Api-Key / X-Goog-Api-Key header values, `key=` query values, JSON
// fields proxy_keys, key_value, keys_text, apiKeys, apiKey, token, api, auth_key, and any
// substring equal to a registered secret. At most the first and last 4 characters survive.
namespace Redactor {

// Shows at most an eighth of the value at each end (never more than 4 characters): "sk-a…9f3c"
// for a 48-character key, "gat…123" for 24 characters, "…" below 12.
QString mask(const QString &secret);
// Comma-separated key lists (proxy_keys) → each masked.
QString maskList(const QString &commaSeparated);

// Registers a secret (admin token, hop key, API token, site keys) so that it is masked wherever
// it appears in free text. Thread-safe. Values shorter than 6 characters are ignored.
void registerSecret(const QString &secret);
void registerSecrets(const QStringList &secrets);  // e.g. every key of a site request
void forgetAllSecrets();  // tests only

// Redacts free text: known secrets, header lines, key= query values, JSON secret fields,
// and strings that look like API keys (sk-…, AIza…).
QString text(const QString &input);
QByteArray bytes(const QByteArray &input);

// Redacts a JSON document in place: secret-named fields are masked recursively.
QJsonValue json(const QJsonValue &value);

bool isSecretFieldName(const QString &name);
// Whether a free-form name (an HTTP header, a provider parameter) names a secret by one of its
// words: "x-api-key", "Authorization", "client_secret", "accessToken"; not "max_tokens".
bool isSecretWordName(const QString &name);

} // namespace Redactor
} // namespace ul
