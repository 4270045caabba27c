#include "core/sites/modellistparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <initializer_list>

namespace ul {

namespace {

const QLatin1String kModelsPrefix("models/");

// The first of `fields` that holds a non-empty string; a string item is its own id.
QString itemId(const QJsonValue &item, std::initializer_list<const char *> fields)
{
    if (item.isString())
        return item.toString();
    if (!item.isObject())
        return QString();
    const QJsonObject object = item.toObject();
    for (const char *field : fields) {
        const QJsonValue value = object.value(QLatin1String(field));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString();
    }
    return QString();
}

QStringList collectIds(const QJsonArray &items, std::initializer_list<const char *> fields)
{
    QStringList ids;
    for (const QJsonValue &item : items) {
        const QString id = itemId(item, fields);
        if (!id.trimmed().isEmpty())
            ids.append(id);
    }
    return ids;
}

QString anthropicCursor(const QJsonObject &root, const QStringList &raw)
{
    if (!root.value(QStringLiteral("has_more")).toBool(false))
        return QString();
    const QString lastId = root.value(QStringLiteral("last_id")).toString();
    return lastId.isEmpty() && !raw.isEmpty() ? raw.constLast() : lastId;
}

} // namespace

QStringList normalizeModelIds(const QStringList &raw, bool stripModelsPrefix)
{
    QStringList models;
    QSet<QString> seen;
    for (const QString &id : raw) {
        QString model = id.trimmed();
        if (stripModelsPrefix && model.startsWith(kModelsPrefix))
            model.remove(0, kModelsPrefix.size());
        if (model.isEmpty() || seen.contains(model))
            continue;
        seen.insert(model);
        models.append(model);
    }
    std::sort(models.begin(), models.end());
    return models;
}

Result<ModelListPage> parseModelListPage(const QByteArray &body, ChannelType type)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Error error = Error::make(ErrorKind::Protocol,
                                  QStringLiteral("the model list is not valid JSON (%1 at offset %2)")
                                      .arg(parseError.errorString(), QString::number(parseError.offset)));
        error.code = QStringLiteral("MODEL_LIST_NOT_JSON");
        return error;
    }

    ModelListPage page;
    if (document.isArray()) {
        page.shape = ModelListShape::BareArray;
        page.raw = collectIds(document.array(), {"id", "name", "model"});
    } else if (document.isObject()) {
        const QJsonObject root = document.object();
        if (root.value(QStringLiteral("data")).isArray()) {
            page.shape = ModelListShape::Data;
            page.raw = collectIds(root.value(QStringLiteral("data")).toArray(), {"id", "name"});
            if (type == ChannelType::Anthropic)
                page.nextCursor = anthropicCursor(root, page.raw);
        } else if (root.value(QStringLiteral("models")).isArray()) {
            page.shape = ModelListShape::Models;
            page.raw = collectIds(root.value(QStringLiteral("models")).toArray(), {"name", "id", "displayName"});
            page.nextCursor = root.value(QStringLiteral("nextPageToken")).toString();
        }
    }
    // Gemini ids are `models/<id>`; gpt-load's Gemini validation and uni-api need the bare id.
    const bool strip = type == ChannelType::Gemini || page.shape == ModelListShape::Models;
    page.models = normalizeModelIds(page.raw, strip);
    return page;
}

ModelListPage mergeModelListPages(const QList<ModelListPage> &pages)
{
    ModelListPage merged;
    QStringList models;
    for (const ModelListPage &page : pages) {
        merged.raw += page.raw;
        models += page.models;  // already trimmed and stripped per page
        if (merged.shape == ModelListShape::Unrecognised)
            merged.shape = page.shape;
    }
    merged.models = normalizeModelIds(models, false);
    if (!pages.isEmpty())
        merged.nextCursor = pages.constLast().nextCursor;
    return merged;
}

} // namespace ul
