#pragma once

// Internal to SimGptLoad: field validation shared by group create and update (§4.3).

#include "core/sim/simgptload_json.h"

namespace ul {

// `shortNames`: the rule of gpt-load v1.0.22 and older, 3 to 30 characters.
SimFailure simCheckGroupName(const QString &trimmedName, bool shortNames, SimLang lang);
SimFailure simCheckChannelType(const QString &trimmedType, SimGptLoadProfile profile, SimLang lang);
SimFailure simParseUpstreams(const QJsonValue &value, SimLang lang, QList<SimUpstream> *out);
SimFailure simCheckValidationEndpoint(const QString &trimmedEndpoint, SimLang lang);
// Whitelisted GroupConfig keys only; null drops a key; `out` keeps the overridden keys.
SimFailure simParseGroupConfig(const QJsonObject &config, SimGptLoadProfile profile, SimLang lang, QJsonObject *out);
// Keys trimmed and canonicalised, empty keys dropped, duplicates rejected.
SimFailure simParseHeaderRules(const QJsonArray &rules, SimLang lang, QList<SimHeaderRule> *out);
SimFailure simCheckRedirectRules(const QJsonObject &rules, bool aggregate, SimLang lang);
// Go's http.CanonicalHeaderKey.
QString simCanonicalHeaderKey(const QString &key);
QStringList simChannelTypes(SimGptLoadProfile profile);

} // namespace ul
