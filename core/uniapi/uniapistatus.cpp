#include "core/uniapi/uniapistatus.h"

#include "core/common/pathancestor.h"
#include "core/uniapi/ownership.h"
#include "core/uniapi/textdocument.h"
#include "core/uniapi/yamltree.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace ul::uniapi {

namespace {

// Why api.yaml could not be created at `path` by the first write ("" when it can): checked on
// the directory (or, when it is missing, the nearest existing ancestor mkpath would start from),
// without touching the disk. Only cheap metadata reads: this runs with every status refresh.
QString creationProblem(const QString &path)
{
    const QString dir = QFileInfo(path).absolutePath();
    const QFileInfo existing(nearestExistingAncestor(dir));
    if (existing.exists() && !existing.isDir())
        return QStringLiteral("api.yaml cannot be created: %1 is not a directory").arg(existing.absoluteFilePath());
    if (!existing.isWritable())
        return existing.absoluteFilePath() == QDir::cleanPath(dir)
                   ? QStringLiteral("api.yaml cannot be created: the directory %1 is not writable").arg(dir)
                   : QStringLiteral("api.yaml cannot be created: the directory %1 does not exist and %2 is not writable")
                         .arg(dir, existing.absoluteFilePath());
    return {};
}

} // namespace

QJsonObject UniApiStatus::toJson() const
{
    if (!error.isEmpty())
        return QJsonObject{{QStringLiteral("exists"), exists}, {QStringLiteral("error"), error}};
    QJsonObject o{{QStringLiteral("exists"), exists},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("providersCount"), providersCount}};
    if (!exists)
        o.insert(QStringLiteral("directoryExists"), directoryExists);
    return o;
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
    status.directoryExists = QFileInfo(QFileInfo(path).absolutePath()).isDir();
    if (!status.exists) {
        status.error = creationProblem(path);  // usually none: the first onboarding creates the file
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
