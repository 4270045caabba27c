// The vendor API shapes served by SimAiSite: OpenAI, Anthropic and Gemini model lists (with
// their pagination) and minimal completions.

#include "core/sim/simaisite.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ul {

namespace {

SimHttpResponse openAiError(int status, const QString &message, const char *code)
{
    QJsonObject error{{QStringLiteral("message"), message}, {QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                      {QStringLiteral("param"), QJsonValue::Null}};
    error.insert(QStringLiteral("code"), code ? QJsonValue(QString::fromLatin1(code)) : QJsonValue(QJsonValue::Null));
    return SimHttpResponse::json(status, QJsonObject{{QStringLiteral("error"), error}});
}

SimHttpResponse anthropicError(int status, const char *type, const QString &message)
{
    return SimHttpResponse::json(status, QJsonObject{
        {QStringLiteral("type"), QStringLiteral("error")},
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)},
                                              {QStringLiteral("message"), message}}}});
}

SimHttpResponse geminiError(int status, const char *grpcStatus, const QString &message)
{
    return SimHttpResponse::json(status, QJsonObject{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), status},
                                              {QStringLiteral("message"), message},
                                              {QStringLiteral("status"), QString::fromLatin1(grpcStatus)}}}});
}

QJsonObject parseJsonBody(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

constexpr qint64 kCreated = 1715367049;   // fixed "created" timestamp of listed models

} // namespace

bool SimAiSite::isValidKey(const QString &key) const
{
    return m_options.acceptAnyKey ? !key.isEmpty() : m_options.validKeys.contains(key);
}

std::optional<SimHttpResponse> SimAiSite::checkBearer(const SimHttpRequest &request) const
{
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer ")) {
        return openAiError(401, QStringLiteral("You didn't provide an API key. You need to provide your API key in an "
                                               "Authorization header using Bearer auth"), nullptr);
    }
    if (!isValidKey(QString::fromUtf8(authorization.mid(7).trimmed())))
        return openAiError(401, QStringLiteral("Incorrect API key provided"), "invalid_api_key");
    return std::nullopt;
}

std::optional<SimHttpResponse> SimAiSite::checkAnthropic(const SimHttpRequest &request) const
{
    const QByteArray key = request.header("x-api-key");
    if (key.isEmpty())
        return anthropicError(401, "authentication_error", QStringLiteral("x-api-key header is required"));
    if (!isValidKey(QString::fromUtf8(key)))
        return anthropicError(401, "authentication_error", QStringLiteral("invalid x-api-key"));
    if (request.header("anthropic-version").isEmpty())
        return anthropicError(400, "invalid_request_error", QStringLiteral("anthropic-version: header is required"));
    return std::nullopt;
}

std::optional<SimHttpResponse> SimAiSite::checkGemini(const SimHttpRequest &request) const
{
    QString key = request.queryValue(QStringLiteral("key"));
    if (key.isEmpty())
        key = QString::fromUtf8(request.header("x-goog-api-key"));
    if (key.isEmpty()) {
        return geminiError(403, "PERMISSION_DENIED",
                           QStringLiteral("Method doesn't allow unregistered callers (callers without established "
                                          "identity). Please use API Key or other form of API consumer identity to call this API."));
    }
    if (!isValidKey(key))
        return geminiError(400, "INVALID_ARGUMENT", QStringLiteral("API key not valid. Please pass a valid API key."));
    return std::nullopt;
}

SimHttpResponse SimAiSite::openAiModels(const SimHttpRequest &request) const
{
    if (auto error = checkBearer(request))
        return *error;
    const QStringList models = listedModels();
    switch (m_options.listShape) {
    case SimModelListShape::Standard: {
        QJsonArray data;
        for (const QString &id : models) {
            data.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("model")},
                                    {QStringLiteral("created"), kCreated}, {QStringLiteral("owned_by"), m_options.name}});
        }
        return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                      {QStringLiteral("data"), data}});
    }
    case SimModelListShape::BareArray: {
        QJsonArray data;
        for (const QString &id : models)
            data.append(QJsonObject{{QStringLiteral("id"), id}});
        return SimHttpResponse::json(200, data);
    }
    case SimModelListShape::BareStringArray:
        return SimHttpResponse::json(200, QJsonArray::fromStringList(models));
    case SimModelListShape::ModelsWithIdOnly: {
        QJsonArray data;
        for (const QString &id : models)
            data.append(QJsonObject{{QStringLiteral("id"), id}});
        return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("models"), data}});
    }
    }
    return openAiError(500, QStringLiteral("unknown list shape"), nullptr);
}

SimHttpResponse SimAiSite::anthropicModels(const SimHttpRequest &request) const
{
    if (auto error = checkAnthropic(request))
        return *error;
    int limit = 20;
    if (request.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return anthropicError(400, "invalid_request_error", QStringLiteral("limit: must be between 1 and 1000"));
    }
    const QStringList models = listedModels();
    qsizetype begin = 0;
    qsizetype end = models.size();
    const QString afterId = request.queryValue(QStringLiteral("after_id"));
    const QString beforeId = request.queryValue(QStringLiteral("before_id"));
    if (!afterId.isEmpty()) {
        const qsizetype at = models.indexOf(afterId);
        if (at < 0)
            return anthropicError(400, "invalid_request_error", QStringLiteral("after_id: unknown model id"));
        begin = at + 1;
    }
    if (!beforeId.isEmpty()) {
        const qsizetype at = models.indexOf(beforeId);
        if (at < 0)
            return anthropicError(400, "invalid_request_error", QStringLiteral("before_id: unknown model id"));
        end = at;
        begin = std::max(begin, end - limit);
    }
    const qsizetype stop = std::min(end, begin + limit);
    QJsonArray data;
    for (qsizetype i = begin; i < stop; ++i) {
        data.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("model")},
                                {QStringLiteral("id"), models[i]},
                                {QStringLiteral("display_name"), models[i]},
                                {QStringLiteral("created_at"), QStringLiteral("2025-02-19T00:00:00Z")}});
    }
    const bool hasMore = beforeId.isEmpty() ? stop < end : begin > 0;
    return SimHttpResponse::json(200, QJsonObject{
        {QStringLiteral("data"), data},
        {QStringLiteral("has_more"), hasMore},
        {QStringLiteral("first_id"), data.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(models[begin])},
        {QStringLiteral("last_id"), data.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(models[stop - 1])},
    });
}

SimHttpResponse SimAiSite::geminiModels(const SimHttpRequest &request) const
{
    if (auto error = checkGemini(request))
        return *error;
    int pageSize = 50;
    if (request.hasQuery(QStringLiteral("pageSize"))) {
        bool ok = false;
        pageSize = request.queryValue(QStringLiteral("pageSize")).toInt(&ok);
        if (!ok || pageSize < 0)
            return geminiError(400, "INVALID_ARGUMENT", QStringLiteral("Invalid page size"));
        pageSize = pageSize == 0 ? 50 : std::min(pageSize, 1000);
    }
    qsizetype offset = 0;
    const QString token = request.queryValue(QStringLiteral("pageToken"));
    if (!token.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
        bool ok = false;
        offset = decoded.startsWith("offset:") ? decoded.mid(7).toLongLong(&ok) : 0;
        if (!ok || offset < 0)
            return geminiError(400, "INVALID_ARGUMENT", QStringLiteral("Invalid page token"));
    }
    const QStringList models = listedModels();
    const qsizetype stop = std::min(models.size(), offset + pageSize);
    QJsonArray list;
    for (qsizetype i = offset; i < stop; ++i) {
        list.append(QJsonObject{
            {QStringLiteral("name"), QString(QStringLiteral("models/") + models[i])},
            {QStringLiteral("version"), QStringLiteral("001")},
            {QStringLiteral("displayName"), models[i]},
            {QStringLiteral("description"), QStringLiteral("Simulated model")},
            {QStringLiteral("inputTokenLimit"), 1048576},
            {QStringLiteral("outputTokenLimit"), 65536},
            {QStringLiteral("supportedGenerationMethods"),
             QJsonArray{QStringLiteral("generateContent"), QStringLiteral("countTokens")}},
        });
    }
    QJsonObject out{{QStringLiteral("models"), list}};
    if (stop < models.size()) {
        out.insert(QStringLiteral("nextPageToken"),
                   QString::fromLatin1(QByteArray("offset:" + QByteArray::number(stop)).toBase64(QByteArray::Base64UrlEncoding)));
    }
    return SimHttpResponse::json(200, out);
}

SimHttpResponse SimAiSite::openAiChat(const SimHttpRequest &request) const
{
    if (auto error = checkBearer(request))
        return *error;
    const QJsonObject body = parseJsonBody(request.body);
    const QString model = body.value(QStringLiteral("model")).toString();
    if (model.isEmpty())
        return openAiError(400, QStringLiteral("you must provide a model parameter"), nullptr);
    if (!m_options.models.contains(model))
        return openAiError(404, QStringLiteral("The model `%1` does not exist or you do not have access to it.").arg(model),
                           "model_not_found");
    const QString id = QStringLiteral("chatcmpl-sim-%1").arg(++m_completionCounter);
    return SimHttpResponse::json(200, QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
        {QStringLiteral("model"), model},
        {QStringLiteral("choices"), QJsonArray{QJsonObject{
            {QStringLiteral("index"), 0},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                    {QStringLiteral("content"), QString(QStringLiteral("Hello from ") + m_options.name)}}},
            {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 1},
                                              {QStringLiteral("completion_tokens"), 3},
                                              {QStringLiteral("total_tokens"), 4}}},
    });
}

SimHttpResponse SimAiSite::anthropicMessages(const SimHttpRequest &request) const
{
    if (auto error = checkAnthropic(request))
        return *error;
    const QJsonObject body = parseJsonBody(request.body);
    const QString model = body.value(QStringLiteral("model")).toString();
    if (model.isEmpty() || !body.contains(QStringLiteral("max_tokens")))
        return anthropicError(400, "invalid_request_error", QStringLiteral("model and max_tokens are required"));
    if (!m_options.models.contains(model))
        return anthropicError(404, "not_found_error", QStringLiteral("model: %1").arg(model));
    return SimHttpResponse::json(200, QJsonObject{
        {QStringLiteral("id"), QStringLiteral("msg_sim_%1").arg(++m_completionCounter)},
        {QStringLiteral("type"), QStringLiteral("message")},
        {QStringLiteral("role"), QStringLiteral("assistant")},
        {QStringLiteral("model"), model},
        {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                           {QStringLiteral("text"), QString(QStringLiteral("Hello from ") + m_options.name)}}}},
        {QStringLiteral("stop_reason"), QStringLiteral("end_turn")},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), 1}, {QStringLiteral("output_tokens"), 3}}},
    });
}

SimHttpResponse SimAiSite::geminiGenerate(const SimHttpRequest &request, const QString &model) const
{
    if (auto error = checkGemini(request))
        return *error;
    if (!m_options.models.contains(model)) {
        return geminiError(404, "NOT_FOUND", QStringLiteral("models/%1 is not found for API version v1beta, or is not "
                                                            "supported for generateContent.").arg(model));
    }
    ++m_completionCounter;
    return SimHttpResponse::json(200, QJsonObject{
        {QStringLiteral("candidates"), QJsonArray{QJsonObject{
            {QStringLiteral("content"), QJsonObject{
                {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), QString(QStringLiteral("Hello from ") + m_options.name)}}}},
                {QStringLiteral("role"), QStringLiteral("model")}}},
            {QStringLiteral("finishReason"), QStringLiteral("STOP")},
            {QStringLiteral("index"), 0}}}},
        {QStringLiteral("usageMetadata"), QJsonObject{{QStringLiteral("promptTokenCount"), 1},
                                                      {QStringLiteral("candidatesTokenCount"), 3},
                                                      {QStringLiteral("totalTokenCount"), 4}}},
        {QStringLiteral("modelVersion"), model},
    });
}

} // namespace ul
