#pragma once

#include "core/sim/simfaults.h"
#include "core/sim/simrecorder.h"

#include <QFlags>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace ul {

class SimHttpServer;

enum class SimAiFormat {
    OpenAI = 0x1,      // GET /v1/models (Bearer), POST /v1/chat/completions
    Anthropic = 0x2,   // GET /v1/models (x-api-key + anthropic-version, paginated), POST /v1/messages
    Gemini = 0x4,      // GET /v1beta/models (?key= / x-goog-api-key, paginated), generateContent, openai-compat
};
Q_DECLARE_FLAGS(SimAiFormats, SimAiFormat)
Q_DECLARE_OPERATORS_FOR_FLAGS(SimAiFormats)

// How the OpenAI-style model list is shaped, so discovery parsing can be exercised.
enum class SimModelListShape {
    Standard,          // {"object":"list","data":[{"id",…}]}
    BareArray,         // [{"id":…}]
    BareStringArray,   // ["id", …]
    ModelsWithIdOnly,  // {"models":[{"id":…}]}
};

// Whole-site failure modes (besides stop(), which refuses connections).
enum class SimAiFailure {
    None,
    Unavailable,       // every request → 503
    Unauthorized,      // every request → 401
};

struct SimAiSiteOptions
{
    QString name = QStringLiteral("sim-ai-site");
    SimAiFormats formats = SimAiFormat::OpenAI;
    QStringList models = {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")};
    QStringList validKeys = {QStringLiteral("sk-sim-site-key-0001")};
    bool acceptAnyKey = false;    // any non-empty key is valid (the demo's sites left to the newcomer)
    QString basePath;             // e.g. "/api" → base URL http://127.0.0.1:<port>/api
    quint16 port = 0;
    int latencyMs = 0;            // added to every answer
    SimModelListShape listShape = SimModelListShape::Standard;
    bool notFoundOnRoot = false;  // GET <base>/ → 404 instead of 200
    bool emptyModelList = false;  // model lists come back empty (chat still works)
    quint32 faultSeed = 1;
};

// One simulated AI vendor site on 127.0.0.1 serving the OpenAI, Anthropic and/or Gemini API
// shapes that model discovery, probes and proxied chat use (uni-load-behaviour.md §7, §16.3).
class SimAiSite final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimAiSite)

public:
    explicit SimAiSite(const SimAiSiteOptions &options = {}, QObject *parent = nullptr);
    ~SimAiSite() override;

    bool start();                       // first call listens on options.port (0 = ephemeral)
    void stop();                        // site "down": connection refused
    bool isRunning() const;
    QString url() const;                // base URL including basePath
    QString rootUrl() const;            // http://127.0.0.1:<port>
    quint16 port() const;
    QString name() const { return m_options.name; }

    SimAiSiteOptions options() const { return m_options; }
    void setModels(const QStringList &models) { m_options.models = models; }
    QStringList models() const { return m_options.models; }
    void setValidKeys(const QStringList &keys) { m_options.validKeys = keys; }
    QStringList validKeys() const { return m_options.validKeys; }
    void setFormats(SimAiFormats formats) { m_options.formats = formats; }
    void setLatencyMs(int ms) { m_options.latencyMs = ms; }
    void setModelListShape(SimModelListShape shape) { m_options.listShape = shape; }
    void setNotFoundOnRoot(bool on) { m_options.notFoundOnRoot = on; }
    void setEmptyModelList(bool on) { m_options.emptyModelList = on; }
    void setFailure(SimAiFailure failure) { m_failure = failure; }
    SimAiFailure failure() const { return m_failure; }

    int addFault(const SimFaultRule &rule) { return m_faults.add(rule); }
    bool removeFault(int id) { return m_faults.remove(id); }
    void clearFaults() { m_faults.clear(); }
    SimRequestRecorder &recorder() { return m_recorder; }
    QList<SimRecordedRequest> recordedRequests() const { return m_recorder.requests(); }

    // Requests received per path (full path, base path included).
    QHash<QString, qint64> requestCounts() const { return m_counts; }
    qint64 requestCount(const QString &path) const { return m_counts.value(path); }
    qint64 totalRequests() const { return m_total; }
    void resetCounters();

private:
    void onRequest(const SimHttpRequest &request, const SimResponder &responder);
    SimHttpResponse answer(const SimHttpRequest &request) const;
    SimHttpResponse openAiModels(const SimHttpRequest &request) const;
    SimHttpResponse anthropicModels(const SimHttpRequest &request) const;
    SimHttpResponse geminiModels(const SimHttpRequest &request) const;
    SimHttpResponse openAiChat(const SimHttpRequest &request) const;
    SimHttpResponse anthropicMessages(const SimHttpRequest &request) const;
    SimHttpResponse geminiGenerate(const SimHttpRequest &request, const QString &model) const;
    // Auth checks return an error answer, or nullopt when the key is accepted.
    bool isValidKey(const QString &key) const;
    std::optional<SimHttpResponse> checkBearer(const SimHttpRequest &request) const;
    std::optional<SimHttpResponse> checkAnthropic(const SimHttpRequest &request) const;
    std::optional<SimHttpResponse> checkGemini(const SimHttpRequest &request) const;
    QStringList listedModels() const;

    SimAiSiteOptions m_options;
    SimHttpServer *m_server;
    SimAiFailure m_failure = SimAiFailure::None;
    SimFaultRules m_faults;
    SimRequestRecorder m_recorder;
    QHash<QString, qint64> m_counts;
    qint64 m_total = 0;
    bool m_started = false;
    mutable qint64 m_completionCounter = 0;
};

} // namespace ul
