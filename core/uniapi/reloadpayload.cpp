#include "core/uniapi/reloadpayload.h"

#include "core/uniapi/ownership.h"
#include "core/uniapi/yamlscalar.h"
#include "core/uniapi/yamltree.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace ul::uniapi {

namespace {

constexpr int kMaxDepth = 64;  // as the writer's own walks: deeper is absurd or a cycle

QJsonValue plainScalar(const QString &v)
{
    const QString lower = v.toLower();
    if (v.isEmpty() || v == QLatin1String("~") || lower == QLatin1String("null"))
        return QJsonValue(QJsonValue::Null);
    if (lower == QLatin1String("true") || lower == QLatin1String("false"))
        return lower == QLatin1String("true");
    if (looksLikeYamlNumber(v)) {
        bool ok = false;
        if (const qlonglong n = v.toLongLong(&ok); ok)
            return n;
        if (const double d = v.toDouble(&ok); ok)
            return d;
    }
    return v;
}

struct Converter
{
    bool placeholder = false;

    Result<QJsonValue> convert(const YAML::Node &node, int depth)
    {
        if (depth > kMaxDepth)
            return Error::validation(QString(), QStringLiteral("api.yaml: nesting too deep"));
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return QJsonValue(QJsonValue::Null);
        case YAML::NodeType::Scalar: {
            const QString value = QString::fromStdString(node.Scalar());
            placeholder = placeholder || value.contains(QLatin1String("${"));
            return node.Tag() == "?" ? plainScalar(value) : QJsonValue(value);
        }
        case YAML::NodeType::Sequence: {
            QJsonArray items;
            for (auto it = node.begin(); it != node.end(); ++it) {
                Result<QJsonValue> item = convert(*it, depth + 1);
                if (item.hasError())
                    return item.error();
                items.append(item.value());
            }
            return QJsonValue(items);
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (auto it = node.begin(); it != node.end(); ++it) {
                const std::optional<QString> key = scalarText(it->first);
                if (!key)
                    return Error::validation(QString(), QStringLiteral("api.yaml: a mapping key is not a scalar at %1")
                                                            .arg(describePosition(it->first)));
                Result<QJsonValue> value = convert(it->second, depth + 1);
                if (value.hasError())
                    return value.error();
                if (!object.contains(*key))  // the first wins, as yaml-cpp's lookup (duplicates are refused before writing)
                    object.insert(*key, value.value());
            }
            return QJsonValue(object);
        }
        }
        return QJsonValue(QJsonValue::Null);
    }
};

} // namespace

Result<ReloadPayload> reloadPayload(const QByteArray &yaml)
{
    Result<YAML::Node> root = parseYaml(yaml);
    if (root.hasError())
        return root.error();
    ReloadPayload payload;
    const std::optional<YAML::Node> providers = root->IsMap() ? mapValue(root.value(), "providers") : std::nullopt;
    if (!providers || !providers->IsSequence())
        return payload;
    QSet<QString> models;
    for (auto it = providers->begin(); it != providers->end(); ++it) {
        Converter converter;
        Result<QJsonValue> item = converter.convert(*it, 0);
        if (item.hasError())
            return item.error();
        payload.providers.append(item.value());
        const QString name = scalarField(*it, "provider").value_or(QString());
        if (converter.placeholder)
            payload.placeholderProviders.append(name);
        if (classifyProvider(*it, {}) == ProviderOwnership::Managed) {
            const QSet<QString> exposed = exposedModelNames(*it);
            models.unite(exposed);
        }
    }
    payload.managedModels = QStringList(models.cbegin(), models.cend());
    std::sort(payload.managedModels.begin(), payload.managedModels.end());
    return payload;
}

} // namespace ul::uniapi
