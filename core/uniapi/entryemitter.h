#pragma once

#include "core/uniapi/managedprovider.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ul::uniapi {

// The text of one managed entry in the fixed shape of uniapi-config.md §6.1 (provider, base_url,
// api, engine, tools, notes, model), its '-' at `dashColumn`. Lines carry no terminator.
// Aliases are written as given: apply the alias rules first.
QList<QByteArray> emitManagedEntry(const ManagedProvider &provider, int dashColumn, bool withEngine);

// A uni-api client key: "sk-" followed by 48 characters from [A-Za-z0-9], drawn from
// QRandomGenerator::system(). A secret: return it to the user once, never log it.
QString generateClientKey();

// The file created when api.yaml is missing (§6.7): api_keys with the client key, providers with
// `entries` (already emitted with dashColumn 2), preferences. Lines carry no terminator.
QList<QByteArray> bootstrapLines(const QString &clientKey, const QList<QByteArray> &entries);

} // namespace ul::uniapi
