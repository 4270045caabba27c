#include "core/uniapi/ownership.h"

#include "core/uniapi/managedprovider.h"
#include "core/uniapi/yamltree.h"


namespace ul::uniapi {

ProviderOwnership classifyProvider(const YAML::Node &item, const QStringList &knownInstanceUrls)
{
    const std::optional<QString> name = scalarField(item, "provider");
    if (!name || !name->startsWith(QLatin1String(kProviderPrefix)))
        return ProviderOwnership::Foreign;

    if (const std::optional<YAML::Node> notes = mapValue(item, "notes")) {
        const std::optional<QString> text = scalarText(*notes);
        return text && text->trimmed() == QLatin1String(kManagedNote) ? ProviderOwnership::Managed
                                                                      : ProviderOwnership::HandWritten;
    }

    // The original uni-load writes no notes; its entries point at `<instance>/proxy/<group>…`.
    const std::optional<QString> baseUrl = scalarField(item, "base_url");
    if (baseUrl) {
        for (const QString &url : knownInstanceUrls) {
            const QString prefix = normalizeBaseUrl(url) + QStringLiteral("/proxy/");
            if (prefix.size() > 7 && baseUrl->trimmed().startsWith(prefix, Qt::CaseInsensitive))
                return ProviderOwnership::Adopted;
        }
    }
    return ProviderOwnership::HandWritten;
}

QSet<QString> exposedModelNames(const YAML::Node &item)
{
    QSet<QString> names;
    const std::optional<YAML::Node> models = mapValue(item, "model");
    if (!models || !models->IsSequence())
        return names;
    for (auto it = models->begin(); it != models->end(); ++it) {
        if (const std::optional<QString> plain = scalarText(*it)) {
            names.insert(*plain);
        } else if (it->IsMap()) {
            for (auto entry = it->begin(); entry != it->end(); ++entry) {
                const std::optional<QString> alias = scalarText(entry->second);
                const std::optional<QString> upstream = scalarText(entry->first);
                if (alias)
                    names.insert(*alias);
                else if (upstream)
                    names.insert(*upstream);  // `- name:` with no alias exposes the name itself
            }
        }
    }
    return names;
}

QList<ListedModel> listedModels(const YAML::Node &item)
{
    QList<ListedModel> out;
    auto slot = [&out](const QString &upstream) -> ListedModel & {
        for (ListedModel &m : out)
            if (m.upstreamName == upstream)
                return m;
        out.append(ListedModel{upstream, QString()});
        return out.last();
    };
    const std::optional<YAML::Node> models = mapValue(item, "model");
    if (!models || !models->IsSequence())
        return out;
    for (auto it = models->begin(); it != models->end(); ++it) {
        if (const std::optional<QString> plain = scalarText(*it)) {
            slot(*plain);
        } else if (it->IsMap()) {
            for (auto entry = it->begin(); entry != it->end(); ++entry) {
                const std::optional<QString> upstream = scalarText(entry->first);
                if (!upstream)
                    continue;
                ListedModel &m = slot(*upstream);
                if (const std::optional<QString> alias = scalarText(entry->second))
                    m.alias = *alias;
            }
        }
    }
    return out;
}

} // namespace ul::uniapi
