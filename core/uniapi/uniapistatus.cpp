#include "core/uniapi/uniapistatus.h"

#include "core/uniapi/ownership.h"
#include "core/uniapi/textdocument.h"
#include "core/uniapi/yamltree.h"

#include <QJsonArray>


namespace ul::uniapi {

QJsonObject UniApiStatus::toJson() const
{
    if (!error.isEmpty())
        return QJsonObject{{QStringLiteral("exists"), exists}, {QStringLiteral("error"), error}};
    return QJsonObject{{QStringLiteral("exists"), exists},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("providersCount"), providersCount}};
}

UniApiStatus describeConfig(const QString &path, const Result<FileSnapshot> &snapshot)
{
    UniApiStatus status;
    status.path = path;
    if (snapshot.hasError()) {
        status.exists = true;
        status.error = snapshot.error().message;
        return status;
    }
    status.exists = snapshot->exists;
    if (!status.exists) {
        status.error = QStringLiteral("api.yaml not found: %1").arg(path);
        return status;
    }
    Result<YAML::Node> root = parseYaml(TextDocument::fromBytes(snapshot->bytes).body());
    if (root.hasError()) {
        status.error = root.error().message;
        return status;
    }
    if (!root->IsMap()) {
        status.error = QStringLiteral("the top level of api.yaml is not a mapping");
        return status;
    }
    const std::optional<YAML::Node> providers = mapValue(root.value(), "providers");
    if (providers && !providers->IsNull() && !providers->IsSequence()) {
        status.error = QStringLiteral("providers in api.yaml is not a list");
        return status;
    }
    status.providersCount = providers && providers->IsSequence() ? int(providers->size()) : 0;
    return status;
}

QJsonObject ManagedEntryView::toJson() const
{
    QJsonArray modelArray;
    for (const ManagedModel &m : models) {
        QJsonObject o{{QStringLiteral("model"), m.upstreamName}};
        if (!m.alias.isEmpty())
            o.insert(QStringLiteral("alias"), m.alias);
        modelArray.append(o);
    }
    return QJsonObject{{QStringLiteral("provider"), name},
                       {QStringLiteral("ownership"), ownershipName(ownership)},
                       {QStringLiteral("baseUrl"), baseUrl},
                       {QStringLiteral("engine"), engine},
                       {QStringLiteral("models"), modelArray},
                       {QStringLiteral("line"), line}};
}

Result<QList<ManagedEntryView>> listManagedEntries(const FileSnapshot &snapshot, const QStringList &knownInstanceUrls)
{
    QList<ManagedEntryView> out;
    if (!snapshot.exists)
        return out;
    Result<YAML::Node> root = parseYaml(TextDocument::fromBytes(snapshot.bytes).body());
    if (root.hasError())
        return root.error();
    const std::optional<YAML::Node> providers = mapValue(root.value(), "providers");
    if (!providers || !providers->IsSequence())
        return out;
    for (auto it = providers->begin(); it != providers->end(); ++it) {
        const ProviderOwnership ownership = classifyProvider(*it, knownInstanceUrls);
        if (ownership == ProviderOwnership::Foreign)
            continue;
        ManagedEntryView view;
        view.name = scalarField(*it, "provider").value_or(QString());
        view.ownership = ownership;
        view.baseUrl = scalarField(*it, "base_url").value_or(QString());
        view.engine = scalarField(*it, "engine").value_or(QString());
        for (const ListedModel &m : listedModels(*it))
            view.models.append(ManagedModel{m.upstreamName, m.alias});
        view.line = it->Mark().line + 1;
        out.append(view);
    }
    return out;
}

} // namespace ul::uniapi
