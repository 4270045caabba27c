#include "core/uniapi/writeplan.h"

#include <QJsonArray>

namespace ul::uniapi {

QString ownershipName(ProviderOwnership ownership)
{
    switch (ownership) {
    case ProviderOwnership::Managed: return QStringLiteral("managed");
    case ProviderOwnership::Adopted: return QStringLiteral("adopted");
    case ProviderOwnership::HandWritten: return QStringLiteral("hand-written");
    case ProviderOwnership::Foreign: return QStringLiteral("foreign");
    }
    return QStringLiteral("foreign");
}

QString aliasSuppressionName(AliasSuppression reason)
{
    switch (reason) {
    case AliasSuppression::EqualsUpstream: return QStringLiteral("equals-upstream");
    case AliasSuppression::MagicSuffix: return QStringLiteral("magic-suffix");
    case AliasSuppression::SharedAlias: return QStringLiteral("shared-alias");
    case AliasSuppression::EqualsManagedModel: return QStringLiteral("equals-managed-model");
    case AliasSuppression::EqualsHandWrittenModel: return QStringLiteral("equals-hand-written-model");
    }
    return QStringLiteral("unknown");
}

QJsonObject WritePlan::toJson() const
{
    QJsonArray conflictArray;
    for (const ProviderConflict &c : conflicts)
        conflictArray.append(QJsonObject{{QStringLiteral("provider"), c.provider},
                                         {QStringLiteral("reason"), c.reason},
                                         {QStringLiteral("line"), c.line}});
    QJsonArray aliasArray;
    for (const SuppressedAlias &s : suppressedAliases)
        aliasArray.append(QJsonObject{{QStringLiteral("provider"), s.provider},
                                      {QStringLiteral("model"), s.upstreamName},
                                      {QStringLiteral("alias"), s.alias},
                                      {QStringLiteral("reason"), aliasSuppressionName(s.reason)}});
    return QJsonObject{
        {QStringLiteral("path"), path},
        {QStringLiteral("fileExists"), fileExists},
        {QStringLiteral("createsFile"), createsFile},
        {QStringLiteral("changesFile"), changesFile},
        {QStringLiteral("bootstraps"), bootstraps},
        {QStringLiteral("added"), QJsonArray::fromStringList(added)},
        {QStringLiteral("changed"), QJsonArray::fromStringList(changed)},
        {QStringLiteral("adopted"), QJsonArray::fromStringList(adopted)},
        {QStringLiteral("removed"), QJsonArray::fromStringList(removed)},
        {QStringLiteral("unchanged"), QJsonArray::fromStringList(unchanged)},
        {QStringLiteral("conflicts"), conflictArray},
        {QStringLiteral("suppressedAliases"), aliasArray},
        {QStringLiteral("providersCount"), providersCount},
        {QStringLiteral("diff"), diff},
    };
}

} // namespace ul::uniapi
