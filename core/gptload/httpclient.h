#pragma once

#include "core/common/result.h"
#include "core/gptload/httptypes.h"
#include "core/gptload/managerlanes.h"
#include "core/gptload/requestscheduler.h"
#include "core/gptload/wirethread.h"

#include <QFuture>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>



namespace ul {

class HttpCall;

struct HttpClientOptions
{
    int timeoutMs = 30000;        // REQUEST_TIMEOUT_MS, per attempt
    int retryAttempts = 3;        // RETRY_ATTEMPTS: retries after the first attempt
    int retryBaseDelayMs = 1000;  // backoff unit: waits of 1, 2, 4 units (tests use a few ms)
    int maxRetryDelayMs = 60000;  // cap of one wait, a server's Retry-After included
    bool wireLogging = false;     // ENABLE_DEBUG_LOGS: log every exchange with redacted bodies
    int wireLogBodyLimit = 4096;  // characters of each body in a wire-log line
};

// Generic asynchronous HTTP for gpt-load and AI sites.
//
// * Any HTTP answer — 4xx and 5xx included — is a successful Result<HttpResponse>; an error means
//   no answer: Network, Timeout, Cancelled, or a local problem (bad URL, unreadable CA file); or an
//   answer longer than spec.maxResponseBytes (Protocol, RESPONSE_TOO_LARGE; cut off, not retried).
// * Idempotent requests (GET, HEAD, PUT, DELETE, OPTIONS, or spec.idempotent) are retried on
//   network errors (except a failed TLS handshake), timeouts, 408, 429 and 5xx, waiting 1, 2, 4
//   backoff units or the server's Retry-After. Other requests are never retried unless
//   spec.answerRetryVerdict says so.
// * Concurrency is bounded by the optional RequestScheduler (per spec.effectiveSchedulerKey()),
//   which also counts every attempt. A slot is held only while an attempt is on the wire.
// * Cancelling the returned future aborts the request; so does cancelAll().
// * Secrets never reach the log: URLs and bodies go through ul::Redactor.
//
// Lives in, and must only be used from, the thread that created it (the engine thread). The
// QNetworkAccessManager and the scheduler are injected and must outlive pending requests.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    HttpClient(QNetworkAccessManager *network, RequestScheduler *scheduler,
               const HttpClientOptions &options = {}, QObject *parent = nullptr);
    ~HttpClient() override;

    QFuture<Result<HttpResponse>> send(const HttpRequestSpec &spec);

    // Ends every pending request (queued, on the wire or waiting to retry) with a Cancelled error.
    void cancelAll();
    int pendingCount() const { return int(m_calls.size()); }

    const HttpClientOptions &options() const { return m_options; }
    void setOptions(const HttpClientOptions &options) { m_options = options; }  // for new requests
    QNetworkAccessManager *network() const { return m_network; }
    // Carries attempts on `wire` (the engine's network thread) instead of the injected manager.
    void setWire(WireThread *wire) { m_wire = wire; }
    WireThread *wire() const { return m_wire; }

    // Requests are spread over lanes (managerlanes.h): the injected manager first, then extra
    // managers. Returns the manager and its lane index.
    QNetworkAccessManager *acquireLane(const QString &hostKey, int *lane);
    void releaseLane(const QString &hostKey, int lane);
    int laneCount() const { return m_lanes.count(); }
    RequestScheduler *scheduler() const { return m_scheduler; }

private:
    friend class HttpCall;

    // CA certificates of a PEM file, read once per path.
    Result<QList<QSslCertificate>> caCertificates(const QString &pemFile);
    // Logs the "TLS verification is off" warning the first time a target is used.
    void noteInsecureTarget(const QString &target);
    void forget(HttpCall *call);

    QPointer<QNetworkAccessManager> m_network;
    ManagerLanes m_lanes;
    QPointer<RequestScheduler> m_scheduler;
    QPointer<WireThread> m_wire;
    HttpClientOptions m_options;
    QSet<HttpCall *> m_calls;
    QHash<QString, QList<QSslCertificate>> m_caCache;
    QSet<QString> m_insecureTargetsWarned;
    bool m_closing = false;
};

} // namespace ul
