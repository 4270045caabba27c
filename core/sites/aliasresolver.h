#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ul {

// Which aliases may be written into api.yaml (uniapi-config.md §6.3). Never merges two upstream
// models into one alias; every suppressed alias is reported. Names are compared exactly, as
// uni-api matches model names.

enum class AliasConflictKind {
    MagicSuffix,   // the alias ends in -think, -search or -think-<N>
    UpstreamName,  // the alias is another managed model's upstream name
    HandWritten,   // a hand-written provider exposes that name
    SharedAlias,   // two or more upstream models normalise to this alias
};
QString aliasConflictKindName(AliasConflictKind kind);  // "magic-suffix", "upstream-name", …

struct AliasConflict
{
    QString alias;
    QStringList models;  // the managed upstream models that lose the alias, sorted
    AliasConflictKind kind = AliasConflictKind::SharedAlias;

    QString message() const;
    bool operator==(const AliasConflict &) const = default;
};

struct AliasResolution
{
    QMap<QString, QString> aliases;  // every managed model → its alias, empty = no alias
    QList<AliasConflict> conflicts;  // sorted by alias

    QString aliasFor(const QString &model) const { return aliases.value(model); }
};

// `proposedAliases`: managed upstream model → proposed alias (empty = none). A proposal equal to
// its own model is "no alias" and not a conflict. `handWrittenNames`: every model name (plain or
// alias) exposed by providers we do not manage.
AliasResolution resolveAliases(const QMap<QString, QString> &proposedAliases, const QStringList &handWrittenNames);

// The same with proposals computed by uniApiAlias().
AliasResolution resolveModelAliases(const QStringList &managedModels, const QStringList &handWrittenNames);

} // namespace ul
