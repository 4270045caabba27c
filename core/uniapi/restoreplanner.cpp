#include "core/uniapi/writeplanner.h"

#include "core/uniapi/configvalidator.h"
#include "core/uniapi/textdocument.h"
#include "core/uniapi/unifieddiff.h"
#include "core/uniapi/yamltree.h"

#include <QFileInfo>
#include <QHash>


namespace ul::uniapi {

namespace {

// provider name → canonical form, for the entries of a document (empty when it cannot be read).
QHash<QString, QString> providersByName(const QByteArray &bytes)
{
    QHash<QString, QString> out;
    Result<YAML::Node> root = parseYaml(TextDocument::fromBytes(bytes).body());
    if (root.hasError())
        return out;
    const std::optional<YAML::Node> providers = mapValue(root.value(), "providers");
    if (!providers || !providers->IsSequence())
        return out;
    for (auto it = providers->begin(); it != providers->end(); ++it) {
        const std::optional<QString> name = scalarField(*it, "provider");
        Result<QString> canonical = canonicalYaml(*it);
        if (name && canonical.ok() && !out.contains(*name))
            out.insert(*name, canonical.value());
    }
    return out;
}

} // namespace

Result<PlannedWrite> planRestore(const FileSnapshot &current, const QByteArray &backupBytes, const QString &path,
                                 const QString &backupName)
{
    ConfigCheckOptions options;
    options.managedByMarker = true;
    Result<CheckedConfig> checked = checkConfigText(backupBytes, options);
    if (checked.hasError())
        return checked.error().withContext(QStringLiteral("backup %1 cannot be restored").arg(backupName));

    PlannedWrite result;
    result.newBytes = backupBytes;
    WritePlan &plan = result.plan;
    plan.path = path;
    plan.fileExists = current.exists;
    plan.createsFile = !current.exists;
    plan.changesFile = !current.exists || current.bytes != backupBytes;
    plan.providersCount = checked->providersCount;

    const QHash<QString, QString> before = current.exists ? providersByName(current.bytes) : QHash<QString, QString>();
    const QHash<QString, QString> after = providersByName(backupBytes);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            plan.added.append(it.key());
        else if (before.value(it.key()) != it.value())
            plan.changed.append(it.key());
        else
            plan.unchanged.append(it.key());
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()))
            plan.removed.append(it.key());
    for (QStringList *list : {&plan.added, &plan.changed, &plan.unchanged, &plan.removed})
        list->sort();

    if (plan.changesFile) {
        const QString name = path.isEmpty() ? QStringLiteral("api.yaml") : QFileInfo(path).fileName();
        plan.diff = unifiedDiff(current.bytes, backupBytes, QStringLiteral("a/") + name, QStringLiteral("b/") + name, {});
    }
    return result;
}

} // namespace ul::uniapi
