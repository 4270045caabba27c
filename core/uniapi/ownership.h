#pragma once

#include "core/uniapi/writeplan.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace ul::uniapi {

// Classifies one `providers` item (uniapi-config.md §6.2). `knownInstanceUrls` are normalised
// with normalizeBaseUrl(); an original-style entry is adopted when its base_url starts with
// `<known url>/proxy/`.
ProviderOwnership classifyProvider(const YAML::Node &item, const QStringList &knownInstanceUrls);

// Model names a provider exposes to uni-api clients: plain entries by their name, renames
// (`- upstream: alias`) by the alias only (a rename hides the original name).
QSet<QString> exposedModelNames(const YAML::Node &item);

// Models of an entry as {upstream, alias} pairs (the `- name` and `- name: alias` entries of one
// upstream model folded together), for views.
struct ListedModel
{
    QString upstreamName;
    QString alias;
};
QList<ListedModel> listedModels(const YAML::Node &item);

} // namespace ul::uniapi
