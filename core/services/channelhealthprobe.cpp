#include "core/services/channelhealthprobe.h"

#include "core/common/redactor.h"
#include "core/gptload/channelauth.h"
#include "core/gptload/gptloadclient.h"
#include "core/gptload/httpclient.h"
#include "core/sites/baseurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace ul {

namespace {

QJsonArray helloMessages()
{
    return QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("hi")}}};
}

} // namespace

QFuture<Result<FigureVerdict>> freeModelListProbe(GptLoadClient *client, const QString &siteGroup, ChannelType type,
                                                  const QString &hopKey)
{
    // The paging parameters of the format's first page, exactly as discovery sends them.
    const QUrl shape = modelListUrl(QStringLiteral("http://placeholder.invalid"), type);
    return client->proxyGet(siteGroup, modelListPath(type), SecretText(hopKey), type, QUrlQuery(shape.query(QUrl::FullyEncoded)))
        .then([type](const Result<HttpResponse> &answer) { return Result<FigureVerdict>(judgeModelListProbe(answer, type)); });
}

HttpRequestSpec completionProbeRequest(const InstanceConfig &instance, const QString &siteGroup, ChannelType type,
                                       const QString &model, const QString &hopKey, int timeoutMs)
{
    QString path;
    QJsonObject body;
    switch (type) {
    case ChannelType::OpenAI:
        path = QStringLiteral("/v1/chat/completions");
        body = {{QStringLiteral("model"), model}, {QStringLiteral("messages"), helloMessages()}, {QStringLiteral("max_tokens"), 1}};
        break;
    case ChannelType::OpenAIResponse:
        path = QStringLiteral("/v1/responses");
        body = {{QStringLiteral("model"), model}, {QStringLiteral("input"), QStringLiteral("hi")}, {QStringLiteral("max_output_tokens"), 16}};
        break;
    case ChannelType::Anthropic:
        path = QStringLiteral("/v1/messages");
        body = {{QStringLiteral("model"), model}, {QStringLiteral("messages"), helloMessages()}, {QStringLiteral("max_tokens"), 1}};
        break;
    case ChannelType::Gemini:
        path = QStringLiteral("/v1beta/models/%1:generateContent").arg(model);
        body = {{QStringLiteral("contents"),
                 QJsonArray{QJsonObject{{QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}}}}}}},
                {QStringLiteral("generationConfig"), QJsonObject{{QStringLiteral("maxOutputTokens"), 1}}}};
        break;
    }
    HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Post, QUrl(instance.proxyUrl(siteGroup) + path),
                                                 QJsonDocument(body).toJson(QJsonDocument::Compact));
    spec.route = QStringLiteral("/proxy/:group") + (type == ChannelType::Gemini ? QStringLiteral("/v1beta/models/:model") : path);
    spec.schedulerKey = QStringLiteral("deep-probe:") + (instance.id.isEmpty() ? instance.url : instance.id);
    spec.tls = TlsSettings{instance.caCertificate, instance.tlsInsecure};
    spec.idempotent = false;
    spec.retryAttempts = 0;
    if (timeoutMs > 0)
        spec.timeoutMs = timeoutMs;
    spec.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    setChannelAuthHeaders(spec, type, hopKey.toUtf8());
    return spec;
}

QFuture<Result<FigureVerdict>> completionProbe(HttpClient *http, const InstanceConfig &instance, const QString &siteGroup,
                                               ChannelType type, const QString &model, const QString &hopKey, int timeoutMs)
{
    Redactor::registerSecret(hopKey);
    return http->send(completionProbeRequest(instance, siteGroup, type, model, hopKey, timeoutMs))
        .then([model](const Result<HttpResponse> &answer) {
            FigureVerdict v = judgeCompletionProbe(answer);
            v.detail += QStringLiteral(" (model %1)").arg(model);
            return Result<FigureVerdict>(v);
        });
}

} // namespace ul
