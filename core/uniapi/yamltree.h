#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

#include <yaml-cpp/yaml.h>

namespace ul::uniapi {

// yaml-cpp lives behind these helpers: they catch its exceptions (the parser boundary) and
// guard against recursive aliases, which yaml-cpp turns into cyclic node graphs.

// Parses one document. A syntax error becomes a Validation error whose message and `details`
// name the 1-based line and column (yaml-cpp marks are 0-based).
Result<YAML::Node> parseYaml(const QByteArray &text, const QString &what = QStringLiteral("api.yaml"));

// A semantic fingerprint of a node: plain scalars resolved to null/bool/number/string, quoted
// scalars are strings, explicit tags kept, mapping entries in key order (YAML mappings are
// unordered). Two nodes with equal fingerprints mean the same thing to uni-api.
Result<QString> canonicalYaml(const YAML::Node &node);

// yaml-cpp 0.7 accepts duplicate mapping keys silently (lookup returns the first); uni-api's
// Rust runtime rejects the file. Walks the whole tree and reports the first duplicate with its
// position.
Status checkDuplicateKeys(const YAML::Node &root, const QString &what = QStringLiteral("api.yaml"));

// Value of the first entry of `map` whose key is the scalar `key` (no insertion, no throw).
std::optional<YAML::Node> mapValue(const YAML::Node &map, const char *key);
// The scalar text of `node`, or std::nullopt when it is not a scalar.
std::optional<QString> scalarText(const YAML::Node &node);
// Scalar text of map[key], if both exist.
std::optional<QString> scalarField(const YAML::Node &map, const char *key);

QString describePosition(const YAML::Node &node);  // "line L, column C" (1-based)

} // namespace ul::uniapi
