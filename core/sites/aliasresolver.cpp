#include "core/sites/aliasresolver.h"

#include "core/sites/alias.h"

#include <QSet>

#include <optional>

namespace ul {

QString aliasConflictKindName(AliasConflictKind kind)
{
    switch (kind) {
    case AliasConflictKind::MagicSuffix: return QStringLiteral("magic-suffix");
    case AliasConflictKind::UpstreamName: return QStringLiteral("upstream-name");
    case AliasConflictKind::HandWritten: return QStringLiteral("hand-written");
    case AliasConflictKind::SharedAlias: return QStringLiteral("shared-alias");
    }
    return QStringLiteral("unknown");
}

QString AliasConflict::message() const
{
    const QString who = models.join(QStringLiteral(", "));
    switch (kind) {
    case AliasConflictKind::MagicSuffix:
        return QStringLiteral("alias \"%1\" for %2 not written: uni-api treats its ending as a mode switch")
            .arg(alias, who);
    case AliasConflictKind::UpstreamName:
        return QStringLiteral("alias \"%1\" for %2 not written: another managed model has that name").arg(alias, who);
    case AliasConflictKind::HandWritten:
        return QStringLiteral("alias \"%1\" for %2 not written: a hand-written provider exposes that name")
            .arg(alias, who);
    case AliasConflictKind::SharedAlias:
        return QStringLiteral("alias \"%1\" not written: %2 would share it").arg(alias, who);
    }
    return QString();
}

AliasResolution resolveAliases(const QMap<QString, QString> &proposedAliases, const QStringList &handWrittenNames)
{
    AliasResolution result;
    const QSet<QString> handWritten(handWrittenNames.cbegin(), handWrittenNames.cend());
    QMap<QString, QStringList> modelsByAlias;  // ordered: conflicts come out sorted by alias

    for (auto it = proposedAliases.constBegin(); it != proposedAliases.constEnd(); ++it) {
        result.aliases.insert(it.key(), QString());
        if (it.value().isEmpty() || it.value() == it.key())
            continue;
        modelsByAlias[it.value()].append(it.key());  // QMap iteration: models come sorted
    }

    for (auto it = modelsByAlias.constBegin(); it != modelsByAlias.constEnd(); ++it) {
        const QString &alias = it.key();
        const QStringList &models = it.value();
        std::optional<AliasConflictKind> conflict;
        if (hasMagicAliasSuffix(alias))
            conflict = AliasConflictKind::MagicSuffix;
        else if (proposedAliases.contains(alias))
            conflict = AliasConflictKind::UpstreamName;
        else if (handWritten.contains(alias))
            conflict = AliasConflictKind::HandWritten;
        else if (models.size() > 1)
            conflict = AliasConflictKind::SharedAlias;

        if (conflict) {
            result.conflicts.append({alias, models, *conflict});
            continue;
        }
        result.aliases.insert(models.constFirst(), alias);
    }
    return result;
}

AliasResolution resolveModelAliases(const QStringList &managedModels, const QStringList &handWrittenNames)
{
    QMap<QString, QString> proposals;
    for (const QString &model : managedModels)
        proposals.insert(model, uniApiAlias(model));
    return resolveAliases(proposals, handWrittenNames);
}

} // namespace ul
