#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>

namespace ul::uniapi {

// What a reload needs from the api.yaml just written (uniapi-config.md §6.10, §6.11).
struct ReloadPayload
{
    // Every provider of the file as JSON, for POST /v1/api_config/update {"providers":[…]} (it
    // replaces the whole list). Plain scalars: null/~/empty → null, true/false → booleans,
    // numbers → numbers, anything else a string; quoted scalars are strings.
    QJsonArray providers;
    // Providers (by name) with `${VAR}` placeholders, which that call does not expand.
    QStringList placeholderProviders;
    // Model names the managed providers expose (names and aliases), for the live check.
    QStringList managedModels;
};

// Parses the written file. Errors: UNIAPI_PARSE (never expected: the writer validated the text).
Result<ReloadPayload> reloadPayload(const QByteArray &yaml);

} // namespace ul::uniapi
