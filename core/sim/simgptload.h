#pragma once

#include "core/sim/simfaults.h"
#include "core/sim/simgptload_types.h"
#include "core/sim/simrecorder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

namespace ul {

class SimHttpServer;
class SimGptLoadApi;
class SimGptLoadProxy;
struct SimGptLoadState;

// One simulated gpt-load v1.4.x instance on 127.0.0.1 (gptload-api.md §14): management API,
// /health, the /proxy data plane with key substitution and retries, and the quirks a client has
// to cope with. Tests and --demo drive it over loopback; the controls below add latency, faults
// and direct state access. It runs in the thread that created it and never blocks.
class SimGptLoad final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimGptLoad)

public:
    explicit SimGptLoad(const SimGptLoadOptions &options = {}, QObject *parent = nullptr);
    ~SimGptLoad() override;

    // --- lifecycle
    bool start();                 // first call listens on options.port (0 = ephemeral)
    void stop();                  // "process down": connection refused, open connections dropped
    bool isRunning() const;
    QString url() const;          // http://127.0.0.1:<port>
    quint16 port() const;
    QString adminKey() const;
    SimGptLoadProfile profile() const;
    QString errorString() const;

    // --- knobs (take effect for the next request)
    void setApiLatencyMs(int ms);
    void setMaxConcurrentRequests(int limit);   // 0 = unlimited
    void setCacheLagMs(int ms);
    void expireCacheLag();                      // every group becomes visible to the proxy now
    void setTaskCompletionDelayMs(int ms);
    void finishRunningTask();                   // completes the async task now (tests)
    void setDefaultKeyValid(bool valid);
    void setKeyValidationOutcome(const QString &keyValue, bool valid, const QString &error = {});

    // --- faults, recording, counters
    int addFault(const SimFaultRule &rule);
    bool removeFault(int id);
    void clearFaults();
    int faultTimesFired(int id) const;
    void reseedFaults(quint32 seed) { m_faults.reseed(seed); }   // probabilistic rules draw anew
    SimRequestRecorder &recorder() { return m_recorder; }
    QList<SimRecordedRequest> recordedRequests() const { return m_recorder.requests(); }
    void clearRecordedRequests() { m_recorder.clear(); }
    SimCallCounters counters() const { return m_counters; }
    void resetCounters() { m_counters = SimCallCounters(); }
    int inFlightRequests() const { return m_inFlight; }

    // --- direct state access (bypasses HTTP, faults and latency)
    QList<SimGroup> groups() const;                          // sort ASC, id DESC
    std::optional<SimGroup> group(const QString &name) const;
    QJsonArray groupsJson() const;                           // exactly what GET /api/groups returns
    // Creates a group from a POST /api/groups body; returns the GroupResponse or the error body.
    std::optional<SimGroup> createGroup(const QJsonObject &body, QString *error = nullptr);
    bool deleteGroup(const QString &name);
    // An invalid time is answered as Go's zero time, "0001-01-01T00:00:00Z" (a group whose
    // creation time gpt-load does not know).
    bool setGroupCreatedAt(const QString &name, const QDateTime &createdAt);
    QList<SimKey> keys(const QString &groupName) const;
    int addKeys(const QString &groupName, const QStringList &keys);   // returns how many were new
    bool setKeyStatus(const QString &groupName, const QString &keyValue, const QString &status);
    QList<SimSubGroupLink> subGroupLinks() const;
    bool setGroupStats(const QString &groupName, const SimGroupStats &stats);
    void clearGroupStats(const QString &groupName);
    void addLogItems(const QList<SimLogItem> &items);
    QList<SimLogItem> logItems() const;
    void clearLogs();
    void setGlobalProxyKeys(const QString &commaSeparated);
    QString globalProxyKeys() const;
    QJsonObject settings() const;
    SimTaskStatus taskStatus() const;

private:
    void onRequest(const SimHttpRequest &request, const SimResponder &responder);
    void process(const SimHttpRequest &request, const SimResponder &responder);
    void countRequest(const SimHttpRequest &request);
    SimHttpResponse healthResponse() const;

    std::unique_ptr<SimGptLoadState> m_state;
    std::unique_ptr<SimGptLoadApi> m_api;
    SimGptLoadProxy *m_proxy;
    SimHttpServer *m_server;
    SimFaultRules m_faults;
    SimRequestRecorder m_recorder;
    SimCallCounters m_counters;
    int m_inFlight = 0;
    bool m_started = false;
};

} // namespace ul
