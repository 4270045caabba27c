#pragma once

#include "core/uniapi/managedprovider.h"
#include "core/uniapi/writeplan.h"

#include <QList>
#include <QSet>

namespace ul::uniapi {

struct AliasResolution
{
    QList<ManagedProvider> providers;  // the input with suppressed aliases cleared
    QList<SuppressedAlias> suppressed;
};

// Applies the writer's alias rules (uniapi-config.md §6.3) to aliases computed upstream: no alias
// equal to its upstream name, none with a magic suffix (-think, -search, -think-<N>), none equal
// to a managed model's upstream name or to a model name a hand-written provider exposes, and an
// alias wanted by two different upstream models is written for neither.
AliasResolution applyAliasRules(const QList<ManagedProvider> &providers, const QSet<QString> &handWrittenModelNames);

bool hasMagicAliasSuffix(const QString &alias);

} // namespace ul::uniapi
