#include "core/sim/simaisite.h"

#include "core/sim/simhttpserver.h"
#include "core/sim/simlog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ul {

namespace {

SimHttpResponse openAiStyleError(int status, const QString &message, const char *type, const char *code)
{
    QJsonObject error{{QStringLiteral("message"), message}, {QStringLiteral("type"), QString::fromLatin1(type)}};
    error.insert(QStringLiteral("code"), code ? QJsonValue(QString::fromLatin1(code)) : QJsonValue(QJsonValue::Null));
    return SimHttpResponse::json(status, QJsonObject{{QStringLiteral("error"), error}});
}

} // namespace

SimAiSite::SimAiSite(const SimAiSiteOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_server(new SimHttpServer(this)), m_faults(options.faultSeed)
{
    while (m_options.basePath.endsWith(QLatin1Char('/')))
        m_options.basePath.chop(1);
    if (!m_options.basePath.isEmpty() && !m_options.basePath.startsWith(QLatin1Char('/')))
        m_options.basePath.prepend(QLatin1Char('/'));
    m_server->setHandler([this](const SimHttpRequest &request, const SimResponder &responder) {
        onRequest(request, responder);
    });
}

SimAiSite::~SimAiSite()
{
    m_server->stop();
}

bool SimAiSite::start()
{
    if (m_started)
        return m_server->isListening() || m_server->start();
    if (!m_server->listen(m_options.port))
        return false;
    m_started = true;
    qCInfo(lcSim) << "simulated AI site" << m_options.name << "on" << url();
    return true;
}

void SimAiSite::stop()
{
    m_server->stop();
}

bool SimAiSite::isRunning() const
{
    return m_server->isListening();
}

QString SimAiSite::url() const
{
    return rootUrl() + m_options.basePath;
}

QString SimAiSite::rootUrl() const
{
    return m_server->url();
}

quint16 SimAiSite::port() const
{
    return m_server->port();
}

void SimAiSite::resetCounters()
{
    m_counts.clear();
    m_total = 0;
}

void SimAiSite::onRequest(const SimHttpRequest &request, const SimResponder &responder)
{
    ++m_total;
    ++m_counts[request.path];
    m_recorder.record(request);
    const auto process = [this, &request](const SimResponder &r) {
        r.delayAnswer(m_options.latencyMs);
        r.respond(answer(request));
    };
    if (const auto fault = m_faults.take(request.method, request.path)) {
        simApplyFault(*fault, this, responder, process);
        return;
    }
    process(responder);
}

SimHttpResponse SimAiSite::answer(const SimHttpRequest &request) const
{
    if (m_failure == SimAiFailure::Unavailable)
        return openAiStyleError(503, QStringLiteral("The server is temporarily unavailable"), "server_error", nullptr);
    if (m_failure == SimAiFailure::Unauthorized)
        return openAiStyleError(401, QStringLiteral("Incorrect API key provided"), "invalid_request_error", "invalid_api_key");

    const auto notFound = [] {
        return openAiStyleError(404, QStringLiteral("Not found"), "invalid_request_error", nullptr);
    };
    QString path = request.path;
    if (!m_options.basePath.isEmpty()) {
        if (path != m_options.basePath && !path.startsWith(m_options.basePath + QLatin1Char('/')))
            return notFound();
        path = path.mid(m_options.basePath.size());
    }
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const SimAiFormats formats = m_options.formats;

    if (path.isEmpty() || path == QLatin1String("/")) {
        if (m_options.notFoundOnRoot || !get)
            return notFound();
        return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("name"), m_options.name},
                                                      {QStringLiteral("status"), QStringLiteral("ok")}});
    }
    if (get && path == QLatin1String("/v1/models")) {
        const bool anthropicStyle = request.hasHeader("x-api-key") || request.hasHeader("anthropic-version");
        if (formats.testFlag(SimAiFormat::Anthropic) && (anthropicStyle || !formats.testFlag(SimAiFormat::OpenAI)))
            return anthropicModels(request);
        if (formats.testFlag(SimAiFormat::OpenAI))
            return openAiModels(request);
        return notFound();
    }
    if (post && path == QLatin1String("/v1/chat/completions") && formats.testFlag(SimAiFormat::OpenAI))
        return openAiChat(request);
    if (post && path == QLatin1String("/v1/messages") && formats.testFlag(SimAiFormat::Anthropic))
        return anthropicMessages(request);
    if (formats.testFlag(SimAiFormat::Gemini)) {
        if (get && path == QLatin1String("/v1beta/models"))
            return geminiModels(request);
        if (get && (path == QLatin1String("/v1beta/openai/models") || path == QLatin1String("/v1beta/openai/v1/models")))
            return openAiModels(request);
        if (post && (path == QLatin1String("/v1beta/openai/chat/completions")
                     || path == QLatin1String("/v1beta/openai/v1/chat/completions")))
            return openAiChat(request);
        const QString prefix = QStringLiteral("/v1beta/models/");
        if (post && path.startsWith(prefix)) {
            const QString tail = path.mid(prefix.size());
            const qsizetype colon = tail.indexOf(QLatin1Char(':'));
            const QString action = colon < 0 ? QString() : tail.mid(colon + 1);
            if (action == QLatin1String("generateContent") || action == QLatin1String("streamGenerateContent"))
                return geminiGenerate(request, tail.left(colon));
        }
    }
    return notFound();
}

QStringList SimAiSite::listedModels() const
{
    return m_options.emptyModelList ? QStringList() : m_options.models;
}

} // namespace ul
