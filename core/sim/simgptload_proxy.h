#pragma once

// Internal to SimGptLoad: the data plane /proxy/<group>/… (gptload-api.md §11). Requests are
// forwarded with a QNetworkAccessManager, so a group whose upstream is another simulated
// instance's /proxy/ URL chains naturally (L3 → L2 → L1 → AI site).

#include "core/sim/simgptload_json.h"
#include "core/sim/simresponder.h"

#include <QHash>
#include <QObject>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ul {

class SimGptLoadApi;
struct SimProxyCall;

class SimGptLoadProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimGptLoadProxy)

public:
    SimGptLoadProxy(SimGptLoadState &state, const SimGptLoadApi &api, QObject *parent);
    ~SimGptLoadProxy() override;

    void handle(const SimHttpRequest &request, const SimResponder &responder);
    // The instance went down: forget every call in flight (their clients were dropped).
    void abortAll();

private:
    void sendAttempt(const std::shared_ptr<SimProxyCall> &call);
    void onAttemptFinished(const std::shared_ptr<SimProxyCall> &call, QNetworkReply *reply, quint64 generation);
    void finish(const std::shared_ptr<SimProxyCall> &call, const SimHttpResponse &response, bool success,
                const QString &error);
    void logAttempt(const SimProxyCall &call, bool final, bool success, int status, const QString &error);
    // Smooth weighted round-robin (nginx style) over `weights`; -1 when none is > 0.
    static int pickWeighted(const QList<int> &weights, QList<int> &current);
    const SimGroup *pickAggregateMember(const SimGroup &aggregate);

    SimGptLoadState &m_state;
    const SimGptLoadApi &m_api;
    QNetworkAccessManager *m_nam;
    quint64 m_generation = 0;
    QHash<qint64, QList<int>> m_upstreamCurrent;   // group id → smooth WRR state
    QHash<qint64, QHash<qint64, int>> m_memberCurrent;   // aggregate id → member id → WRR state
    QHash<qint64, quint64> m_keyCursor;            // group id → rotation position
};

} // namespace ul
