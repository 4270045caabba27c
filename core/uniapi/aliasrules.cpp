#include "core/uniapi/aliasrules.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace ul::uniapi {

bool hasMagicAliasSuffix(const QString &alias)
{
    static const QRegularExpression magic(QStringLiteral("-(think|search|think-[0-9]+)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    return magic.match(alias).hasMatch();
}

AliasResolution applyAliasRules(const QList<ManagedProvider> &providers, const QSet<QString> &handWrittenModelNames)
{
    QSet<QString> managedUpstreams;
    QHash<QString, QSet<QString>> upstreamsByAlias;  // alias → upstream names asking for it
    for (const ManagedProvider &p : providers) {
        for (const ManagedModel &m : p.models) {
            managedUpstreams.insert(m.upstreamName);
            if (!m.alias.isEmpty())
                upstreamsByAlias[m.alias].insert(m.upstreamName);
        }
    }

    AliasResolution result;
    result.providers = providers;
    for (ManagedProvider &p : result.providers) {
        for (ManagedModel &m : p.models) {
            if (m.alias.isEmpty())
                continue;
            std::optional<AliasSuppression> reason;
            if (m.alias == m.upstreamName)
                reason = AliasSuppression::EqualsUpstream;
            else if (hasMagicAliasSuffix(m.alias))
                reason = AliasSuppression::MagicSuffix;
            else if (managedUpstreams.contains(m.alias))
                reason = AliasSuppression::EqualsManagedModel;
            else if (handWrittenModelNames.contains(m.alias))
                reason = AliasSuppression::EqualsHandWrittenModel;
            else if (upstreamsByAlias.value(m.alias).size() > 1)
                reason = AliasSuppression::SharedAlias;
            if (!reason)
                continue;
            result.suppressed.append(SuppressedAlias{p.providerName(), m.upstreamName, m.alias, *reason});
            m.alias.clear();
        }
    }
    return result;
}

} // namespace ul::uniapi
