#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

#include <yaml-cpp/yaml.h>

namespace ul::uniapi {

// The checks of uniapi-config.md §6.5 that look at the text about to be written.
struct ConfigCheckOptions
{
    // Write mode: provider name → canonical form (canonicalYaml) the managed entry must have.
    // Every name listed must be present exactly once.
    QHash<QString, QString> expectedManaged;
    // Restore mode: managed entries are the gptload-* entries that carry the marker.
    bool managedByMarker = false;
};

struct CheckedConfig
{
    YAML::Node root;
    int providersCount = 0;
};

// Checks 1–6: parses; top level is a mapping; `providers` is a non-empty block list of mappings
// with scalar, unique names (no '/', no "sk-" prefix); managed entries have base_url, a non-empty
// string `api` and a non-empty model list (and, in write mode, exactly the expected content); no
// duplicate mapping keys anywhere; `api_keys` is a non-empty list whose items have a string `api`.
// An empty `providers` gives ErrorKind::Unprocessable ("refusing to leave api.yaml without providers").
Result<CheckedConfig> checkConfigText(const QByteArray &bytes, const ConfigCheckOptions &options);

// The non-managed content of a document, as canonical forms (check 7).
struct PreservedContent
{
    QStringList topLevel;        // every top-level entry except `providers`, in order
    QStringList otherProviders;  // every provider entry we do not manage, in order
};
using ManagedItemPredicate = std::function<bool(int index, const YAML::Node &item)>;
Result<PreservedContent> preservedContent(const YAML::Node &root, const ManagedItemPredicate &isManaged);

// Check 7 (semantic half): non-managed providers and all other top-level keys are identical.
Status verifyPreserved(const PreservedContent &before, const PreservedContent &after);

} // namespace ul::uniapi
