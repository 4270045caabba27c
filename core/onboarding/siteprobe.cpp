#include "core/onboarding/siteprobe.h"

#include "core/common/redactor.h"
#include "core/gptload/httpclient.h"
#include "core/onboarding/modellisting.h"
#include "core/sites/apikeys.h"
#include "core/sites/baseurl.h"
#include "core/sites/modelfilter.h"
#include "core/sites/modellistparser.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ul {

namespace {

constexpr int kProbeTimeoutMs = 10000;

struct ProbeState
{
    ProbeReport report;
    QStringList endpoints;
    QStringList attempts;
};

QFuture<Result<ProbeReport>> probeFrom(const OnboardingServices &services, std::shared_ptr<ProbeState> state, qsizetype index,
                                       const QString &apiKey, const FilterRules &rules)
{
    if (index >= state->endpoints.size()) {
        Error error = Error::make(ErrorKind::Upstream, QStringLiteral("unable to detect a valid model API endpoint"));
        error.code = QStringLiteral("PROBE_FAILED");
        error.details = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("attempts"), QJsonArray::fromStringList(state->attempts)}}).toJson(QJsonDocument::Compact));
        return readyError<ProbeReport>(error);
    }
    const QString endpoint = state->endpoints.at(index);
    HttpRequestSpec spec = HttpRequestSpec::make(HttpMethod::Get, QUrl(endpoint));
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!apiKey.isEmpty())
        spec.setHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + apiKey.toUtf8());
    spec.timeoutMs = std::min(kProbeTimeoutMs, std::max(1, services.requestTimeoutMs()));
    spec.retryAttempts = 0;  // a probe reports what it sees; the operator retries
    return whenDone(services.siteHttp->send(spec), services.alive,
                    [services, state, index, apiKey, rules, endpoint](Result<HttpResponse> response) -> QFuture<Result<ProbeReport>> {
                        QString problem;
                        if (!response.ok()) {
                            if (response.error().kind == ErrorKind::Cancelled)
                                return readyError<ProbeReport>(response.error());
                            problem = response.error().message;
                        } else if (!response->isSuccess()) {
                            problem = QStringLiteral("HTTP %1").arg(response->status);
                        } else {
                            const Result<ModelListPage> page = parseModelListPage(response->body, ChannelType::OpenAI);
                            if (!page.ok()) {
                                problem = page.error().message;
                            } else {
                                const FilterReport filtered = filterDiscoveredModels(page->models, rules, {ChannelType::OpenAI});
                                if (!filtered.kept.isEmpty()) {
                                    state->report.endpoint = endpoint;
                                    state->report.models = filtered.kept;
                                    state->report.modelCount = int(filtered.kept.size());
                                    state->report.modelsSample = filtered.kept.mid(0, 3);
                                    return readyValue(state->report);
                                }
                                problem = QStringLiteral("%1 model(s) listed, none kept by the filter rules").arg(page->models.size());
                            }
                        }
                        state->attempts.append(QStringLiteral("%1: %2").arg(endpoint, Redactor::text(problem)));
                        return probeFrom(services, state, index + 1, apiKey, rules);
                    });
}

// The model list of an Anthropic or Gemini site, listed that format's way (one request and its
// pages, no retries: a probe reports what it sees).
QFuture<Result<ProbeReport>> probeInFormat(const OnboardingServices &services, const QString &baseUrl, ChannelType type,
                                           const QString &apiKey, const FilterRules &rules)
{
    const int timeoutMs = std::min(kProbeTimeoutMs, std::max(1, services.requestTimeoutMs()));
    return whenDone(listModelsDirect(services.siteHttp, services.alive, baseUrl, type, apiKey, timeoutMs, 0), services.alive,
                    [baseUrl, type, rules](Result<DiscoveredModels> listed) -> QFuture<Result<ProbeReport>> {
                        const auto failed = [](const QString &attempt) {
                            Error error = Error::make(ErrorKind::Upstream, QStringLiteral("unable to detect a valid model API endpoint"));
                            error.code = QStringLiteral("PROBE_FAILED");
                            error.details = QString::fromUtf8(QJsonDocument(QJsonObject{
                                {QStringLiteral("attempts"), QJsonArray{Redactor::text(attempt)}}}).toJson(QJsonDocument::Compact));
                            return readyError<ProbeReport>(error);
                        };
                        if (!listed.ok()) {
                            if (listed.error().kind == ErrorKind::Cancelled)
                                return readyError<ProbeReport>(listed.error());
                            return failed(listed.error().message);
                        }
                        const FilterReport filtered = filterDiscoveredModels(listed->models, rules, {type});
                        // As for an OpenAI site: a list the filter empties is no usable endpoint.
                        if (filtered.kept.isEmpty())
                            return failed(QStringLiteral("%1: %2 model(s) listed, none kept by the filter rules")
                                              .arg(listed->endpoint, QString::number(listed->models.size())));
                        ProbeReport report;
                        report.baseUrl = baseUrl;
                        report.endpoint = listed->endpoint;
                        report.format = channelTypeName(type);
                        report.models = filtered.kept;
                        report.modelCount = int(filtered.kept.size());
                        report.modelsSample = filtered.kept.mid(0, 3);
                        return readyValue(report);
                    });
}

} // namespace

Result<ProbeRequest> ProbeRequest::fromJson(const QJsonObject &json)
{
    ProbeRequest request;
    const QJsonValue baseUrl = json.value(QStringLiteral("baseUrl"));
    if (!baseUrl.isUndefined() && !baseUrl.isNull() && !baseUrl.isString()) {
        Error error = Error::validation(QStringLiteral("baseUrl"), QStringLiteral("baseUrl must be a string"));
        error.code = QStringLiteral("INVALID_FIELD");
        return error;
    }
    if (baseUrl.toString().trimmed().isEmpty()) {
        Error error = Error::validation(QStringLiteral("baseUrl"), QStringLiteral("baseUrl is required"));
        error.code = QStringLiteral("BASE_URL_EMPTY");
        return error;
    }
    request.baseUrl = baseUrl.toString().trimmed();
    const QJsonValue key = json.value(QStringLiteral("apiKey"));
    if (!key.isUndefined() && !key.isNull() && !key.isString())
        return Error::validation(QStringLiteral("apiKey"), QStringLiteral("apiKey must be a string"));
    request.apiKey = key.toString().trimmed();
    if (!request.apiKey.isEmpty()) {
        // The same rules as process-ai-site's keys: one key, no separators or control characters.
        if (Status valid = validateApiKeys({request.apiKey}, ApiKeyRequirement::Optional); !valid.ok())
            return valid.error();
    }
    QJsonValue type = json.value(QStringLiteral("channelType"));
    // process-ai-site takes channelTypes as a list: ["anthropic"] is accepted here too.
    if (type.isArray() && type.toArray().size() == 1)
        type = type.toArray().first();
    if (!type.isUndefined() && !type.isNull()) {
        const std::optional<ChannelType> parsed = type.isString() ? parseChannelType(type.toString()) : std::nullopt;
        if (!parsed)
            return Error::validation(QStringLiteral("channelType"),
                                     QStringLiteral("unknown channel type '%1' (expected openai, anthropic or gemini)")
                                         .arg(type.isString() ? type.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{type}).toJson(QJsonDocument::Compact))));
        request.channelType = parsed;
    }
    return request;
}

QFuture<Result<ProbeReport>> probeSite(const OnboardingServices &services, const ProbeRequest &request,
                                       const FilterRules &rules)
{
    Result<NormalizedBaseUrl> url = normalizeBaseUrl(request.baseUrl, VersionSegmentPolicy::Warn);
    if (!url.ok())
        return readyError<ProbeReport>(url.error());
    if (!request.apiKey.isEmpty())
        Redactor::registerSecret(request.apiKey);
    if (request.channelType && *request.channelType != ChannelType::OpenAI)
        return probeInFormat(services, url->url, *request.channelType, request.apiKey, rules);
    auto state = std::make_shared<ProbeState>();
    state->report.baseUrl = url->url;
    state->endpoints = {url->url + QStringLiteral("/v1/models"), url->url + QStringLiteral("/models")};
    return probeFrom(services, state, 0, request.apiKey, rules);
}

} // namespace ul
