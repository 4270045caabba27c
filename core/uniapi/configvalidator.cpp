#include "core/uniapi/configvalidator.h"

#include "core/uniapi/managedprovider.h"
#include "core/uniapi/yamlscalar.h"
#include "core/uniapi/yamltree.h"

#include <QSet>


namespace ul::uniapi {

namespace {

Error invalid(const QString &reason)
{
    Error e = Error::validation(QString(), QStringLiteral("refusing to write api.yaml: ") + reason);
    e.code = QStringLiteral("UNIAPI_INVALID");
    return e;
}

Error noProviders()
{
    Error e = Error::make(ErrorKind::Unprocessable, QStringLiteral("refusing to leave api.yaml without providers"));
    e.code = QStringLiteral("UNIAPI_NO_PROVIDERS");
    return e;
}

bool isNonEmptyString(const YAML::Node &node)
{
    // Python's pydantic rejects a bare number where a string is required.
    if (!node.IsScalar() || node.Scalar().empty())
        return false;
    return node.Tag() != "?" || !(looksLikeYamlNumber(QString::fromStdString(node.Scalar()))
                                  || isYamlSpecialWord(QString::fromStdString(node.Scalar())));
}

bool isNonEmptySequence(const std::optional<YAML::Node> &node)
{
    return node && node->IsSequence() && node->size() > 0;
}

Status checkManagedEntry(const QString &name, const YAML::Node &item, const ConfigCheckOptions &options)
{
    const std::optional<YAML::Node> baseUrl = mapValue(item, "base_url");
    if (!baseUrl || !isNonEmptyString(*baseUrl))
        return invalid(QStringLiteral("managed provider %1 has no base_url").arg(name));
    const std::optional<YAML::Node> api = mapValue(item, "api");
    if (!api || !isNonEmptyString(*api))
        return invalid(QStringLiteral("managed provider %1 has no api key string").arg(name));
    if (!isNonEmptySequence(mapValue(item, "model")))
        return invalid(QStringLiteral("managed provider %1 has no model list").arg(name));
    if (options.expectedManaged.contains(name)) {
        Result<QString> actual = canonicalYaml(item);
        if (actual.hasError())
            return actual.error();
        if (actual.value() != options.expectedManaged.value(name))
            return Error::internal(QStringLiteral("generated entry %1 does not read back as intended").arg(name));
    }
    return {};
}

Status checkProviders(const YAML::Node &root, const ConfigCheckOptions &options, int &count)
{
    const std::optional<YAML::Node> providers = mapValue(root, "providers");
    if (!providers || providers->IsNull() || (providers->IsSequence() && providers->size() == 0))
        return noProviders();
    if (!providers->IsSequence() || providers->Style() == YAML::EmitterStyle::Flow)
        return invalid(QStringLiteral("providers must be a block list"));

    QSet<QString> names;
    QSet<QString> seenManaged;
    int index = 0;
    for (auto it = providers->begin(); it != providers->end(); ++it, ++index) {
        if (!it->IsMap())
            return invalid(QStringLiteral("providers entry %1 (%2) is not a mapping").arg(index + 1).arg(describePosition(*it)));
        const std::optional<QString> name = scalarField(*it, "provider");
        if (!name || name->isEmpty())
            return invalid(QStringLiteral("providers entry %1 (%2) has no provider name").arg(index + 1).arg(describePosition(*it)));
        if (names.contains(*name))
            return invalid(QStringLiteral("provider name %1 is used twice").arg(*name));
        names.insert(*name);
        if (name->contains(QLatin1Char('/')) || name->startsWith(QLatin1String("sk-")))
            return invalid(QStringLiteral("provider name %1 contains '/' or starts with 'sk-'").arg(*name));

        const bool managed = options.expectedManaged.contains(*name)
            || (options.managedByMarker && name->startsWith(QLatin1String(kProviderPrefix))
                && scalarField(*it, "notes").value_or(QString()).trimmed() == QLatin1String(kManagedNote));
        if (managed) {
            if (Status s = checkManagedEntry(*name, *it, options); s.hasError())
                return s;
            seenManaged.insert(*name);
        }
    }
    for (auto it = options.expectedManaged.cbegin(); it != options.expectedManaged.cend(); ++it)
        if (!seenManaged.contains(it.key()))
            return Error::internal(QStringLiteral("managed provider %1 is missing from the generated text").arg(it.key()));
    count = index;
    return {};
}

Status checkApiKeys(const YAML::Node &root)
{
    const std::optional<YAML::Node> keys = mapValue(root, "api_keys");
    if (!isNonEmptySequence(keys))
        return invalid(QStringLiteral("api_keys must be a non-empty list (uni-api refuses to start without a client key)"));
    int index = 0;
    for (auto it = keys->begin(); it != keys->end(); ++it, ++index) {
        const std::optional<YAML::Node> api = it->IsMap() ? mapValue(*it, "api") : std::nullopt;
        if (!api || !isNonEmptyString(*api))
            return invalid(QStringLiteral("api_keys entry %1 (%2) needs a string `api` (quote numbers)")
                               .arg(index + 1)
                               .arg(describePosition(*it)));
    }
    return {};
}

} // namespace

Result<CheckedConfig> checkConfigText(const QByteArray &bytes, const ConfigCheckOptions &options)
{
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    Result<YAML::Node> parsed = parseYaml(body, QStringLiteral("the new api.yaml"));
    if (parsed.hasError())
        return parsed.error().withContext(QStringLiteral("refusing to write api.yaml"));
    CheckedConfig checked;
    checked.root = parsed.value();
    if (!checked.root.IsMap())
        return invalid(QStringLiteral("the top level is not a mapping"));
    if (Status s = checkDuplicateKeys(checked.root, QStringLiteral("the new api.yaml")); s.hasError())
        return s.error().withContext(QStringLiteral("refusing to write api.yaml"));
    if (Status s = checkProviders(checked.root, options, checked.providersCount); s.hasError())
        return s.error();
    if (Status s = checkApiKeys(checked.root); s.hasError())
        return s.error();
    return checked;
}

Result<PreservedContent> preservedContent(const YAML::Node &root, const ManagedItemPredicate &isManaged)
{
    PreservedContent content;
    if (!root.IsMap())
        return content;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == "providers") {
            if (!it->second.IsSequence())
                continue;
            int index = 0;
            for (auto item = it->second.begin(); item != it->second.end(); ++item, ++index) {
                if (isManaged(index, *item))
                    continue;
                Result<QString> c = canonicalYaml(*item);
                if (c.hasError())
                    return c.error();
                content.otherProviders.append(c.value());
            }
            continue;
        }
        Result<QString> key = canonicalYaml(it->first);
        if (key.hasError())
            return key.error();
        Result<QString> value = canonicalYaml(it->second);
        if (value.hasError())
            return value.error();
        content.topLevel.append(key.value() + QLatin1Char(':') + value.value());
    }
    return content;
}

Status verifyPreserved(const PreservedContent &before, const PreservedContent &after)
{
    if (before.topLevel != after.topLevel)
        return Error::internal(QStringLiteral("a top-level key other than providers would change"));
    if (before.otherProviders != after.otherProviders)
        return Error::internal(QStringLiteral("a provider not managed by uni-load would change"));
    return {};
}

} // namespace ul::uniapi
