#include "core/onboarding/siterequest.h"

#include "core/gptload/grouptypes.h"
#include "core/sites/apikeys.h"

#include <QJsonArray>
#include <QSet>

namespace ul {

namespace {

Error fieldError(const QString &field, const QString &code, const QString &message)
{
    Error error = Error::validation(field, message);
    error.code = code;
    return error;
}

// A list of strings, or one string: `apiKeys`, `channelTypes` and `models` accept both.
Result<QStringList> stringList(const QJsonObject &json, const QString &field)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (value.isString())
        return QStringList{value.toString()};
    if (!value.isArray())
        return fieldError(field, QStringLiteral("INVALID_FIELD"), QStringLiteral("%1 must be a list of strings").arg(field));
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return fieldError(field, QStringLiteral("INVALID_FIELD"),
                              QStringLiteral("%1[%2] must be a string").arg(field).arg(i));
        out.append(array.at(i).toString());
    }
    return out;
}

Result<QString> optionalString(const QJsonObject &json, const QString &field)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return fieldError(field, QStringLiteral("INVALID_FIELD"), QStringLiteral("%1 must be a string").arg(field));
    return value.toString().trimmed();
}

Result<QList<ChannelType>> readChannelTypes(const QJsonObject &json)
{
    Result<QStringList> names = stringList(json, QStringLiteral("channelTypes"));
    if (!names.ok())
        return names.error();
    QList<ChannelType> out;
    for (const QString &name : names.value()) {
        const std::optional<ChannelType> type = parseChannelType(name);
        if (!type || !siteChannelTypes().contains(*type))
            return fieldError(QStringLiteral("channelTypes"), QStringLiteral("CHANNEL_TYPE_UNKNOWN"),
                              QStringLiteral("unknown channel type '%1' (expected openai, anthropic or gemini)")
                                  .arg(name.trimmed().left(40)));
        if (!out.contains(*type))
            out.append(*type);
    }
    return out;
}

Result<QMap<ChannelType, QString>> validationEndpoints(const QJsonObject &json)
{
    const QString field = QStringLiteral("customValidationEndpoints");
    const QJsonValue value = json.value(field);
    QMap<ChannelType, QString> out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isObject())
        return fieldError(field, QStringLiteral("INVALID_FIELD"),
                          QStringLiteral("customValidationEndpoints must be an object {channelType: path}"));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::optional<ChannelType> type = parseChannelType(it.key());
        if (!type || !siteChannelTypes().contains(*type))
            return fieldError(field, QStringLiteral("CHANNEL_TYPE_UNKNOWN"),
                              QStringLiteral("customValidationEndpoints: unknown channel type '%1'").arg(it.key().left(40)));
        if (it.value().isNull())
            continue;
        if (!it.value().isString())
            return fieldError(field, QStringLiteral("INVALID_FIELD"),
                              QStringLiteral("customValidationEndpoints.%1 must be a string").arg(channelTypeName(*type)));
        const QString endpoint = it.value().toString().trimmed();
        if (endpoint.isEmpty())
            continue;
        if (Status valid = validateValidationEndpoint(endpoint); !valid.ok())
            return fieldError(field, QStringLiteral("VALIDATION_ENDPOINT_INVALID"),
                              QStringLiteral("customValidationEndpoints.%1 must be a path starting with '/'")
                                  .arg(channelTypeName(*type)));
        out.insert(*type, endpoint);
    }
    return out;
}

Result<SiteOperation> readOperation(const QJsonObject &json)
{
    Result<QString> text = optionalString(json, QStringLiteral("operationType"));
    if (!text.ok())
        return text.error();
    const QString op = text->toLower();
    if (op.isEmpty() || op == QLatin1String("create"))
        return SiteOperation::Create;
    if (op == QLatin1String("update"))
        return SiteOperation::Update;
    return fieldError(QStringLiteral("operationType"), QStringLiteral("INVALID_FIELD"),
                      QStringLiteral("operationType must be \"create\" or \"update\""));
}

} // namespace

Result<SiteRequest> SiteRequest::fromJson(const QJsonObject &json)
{
    SiteRequest request;

    Result<SiteOperation> op = readOperation(json);
    if (!op.ok())
        return op.error();
    request.operation = op.value();

    const QJsonValue baseUrl = json.value(QStringLiteral("baseUrl"));
    if (!baseUrl.isUndefined() && !baseUrl.isNull() && !baseUrl.isString())
        return fieldError(QStringLiteral("baseUrl"), QStringLiteral("INVALID_FIELD"), QStringLiteral("baseUrl must be a string"));
    request.baseUrl = baseUrl.toString().trimmed();
    if (request.operation == SiteOperation::Create && request.baseUrl.isEmpty())
        return fieldError(QStringLiteral("baseUrl"), QStringLiteral("BASE_URL_EMPTY"), QStringLiteral("baseUrl is required"));

    Result<QStringList> keys = stringList(json, QStringLiteral("apiKeys"));
    if (!keys.ok())
        return keys.error();
    const ParsedApiKeys parsed = parseApiKeyEntries(keys.value());
    // Whether keys are required depends on the store (a new site needs them): checked by the job.
    if (Status valid = validateApiKeys(parsed.keys, ApiKeyRequirement::Optional); !valid.ok())
        return valid.error();
    request.apiKeys = parsed.keys;
    request.duplicateKeys = parsed.duplicates;

    Result<QList<ChannelType>> types = readChannelTypes(json);
    if (!types.ok())
        return types.error();
    request.channelTypes = types.value();

    Result<QMap<ChannelType, QString>> endpoints = validationEndpoints(json);
    if (!endpoints.ok())
        return endpoints.error();
    request.customValidationEndpoints = endpoints.value();

    Result<QStringList> models = stringList(json, QStringLiteral("models"));
    if (!models.ok())
        return models.error();
    QSet<QString> seen;
    for (const QString &model : models.value()) {
        const QString trimmed = model.trimmed();
        if (trimmed.isEmpty() || seen.contains(trimmed))
            continue;
        seen.insert(trimmed);
        request.models.append(trimmed);
    }
    // Each manual model becomes an L2 and an L3 group and a provider: a pasted list of thousands
    // is a mistake, not a site.
    if (request.models.size() > kMaxManualModels) {
        Error error = Error::validation(QStringLiteral("models"), QStringLiteral("%1 models given; at most %2 are accepted")
                                                                      .arg(request.models.size())
                                                                      .arg(kMaxManualModels));
        error.code = QStringLiteral("MODELS_TOO_MANY");
        return error;
    }

    Result<QString> target = optionalString(json, QStringLiteral("targetChannelName"));
    if (!target.ok())
        return target.error();
    request.targetChannelName = target.value();
    if (request.operation == SiteOperation::Update && request.targetChannelName.isEmpty())
        return fieldError(QStringLiteral("targetChannelName"), QStringLiteral("TARGET_REQUIRED"),
                          QStringLiteral("targetChannelName is required when operationType is \"update\""));

    Result<QString> siteName = optionalString(json, QStringLiteral("siteName"));
    if (!siteName.ok())
        return siteName.error();
    request.siteName = siteName.value();
    return request;
}

QList<ChannelType> SiteRequest::effectiveChannelTypes() const
{
    return channelTypes.isEmpty() ? QList<ChannelType>{ChannelType::OpenAI} : channelTypes;
}

QString SiteRequest::summary() const
{
    QStringList types;
    for (ChannelType type : effectiveChannelTypes())
        types.append(channelTypeName(type));
    const QString what = operation == SiteOperation::Update
                             ? QStringLiteral("update %1").arg(targetChannelName)
                             : QStringLiteral("create %1").arg(baseUrl);
    return QStringLiteral("%1, types [%2], %3 key(s), %4 manual model(s)")
        .arg(what, types.join(QLatin1Char(',')))
        .arg(apiKeys.size())
        .arg(models.size());
}

} // namespace ul
