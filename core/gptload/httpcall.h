#pragma once

// Internal to HttpClient: the state machine of one request (queue → attempt → retry → result).

#include "core/common/result.h"
#include "core/gptload/httpclient.h"
#include "core/gptload/requestscheduler.h"
#include "core/gptload/wirethread.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QTimer>

#include <memory>
#include <optional>

class QNetworkReply;
class QNetworkRequest;

namespace ul {

class AnswerReader;

class HttpCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpCall)

public:
    HttpCall(HttpClient *client, const HttpRequestSpec &spec, const HttpClientOptions &options,
             const QList<QSslCertificate> &caCertificates);
    ~HttpCall() override;

    QFuture<Result<HttpResponse>> future() { return m_promise.future(); }
    void start();
    // Ends the call with a Cancelled error (aborting the attempt on the wire, if any).
    void cancel();

private:
    void enqueueAttempt();
    void startAttempt(RequestScheduler::Ticket ticket);
    void onReplyFinished();
    // Stops the attempt on the injected manager: its answer is longer than the spec allows.
    void onReplyTooLong();
    WireAnswer takeReaderAnswer();  // what m_reader read of the current reply
    // Ends the current attempt: cancelled, timed out, answered or failed on the wire.
    void endAttempt(const WireAnswer &answer);
    // Takes the current attempt off the wire (its answer, if any, is dropped).
    void abortAttempt();
    void onTimeout();
    void releaseSlot();
    void retryOrFinish(const Result<HttpResponse> &outcome, bool retryable, const QByteArray &retryAfter);
    void finish(Result<HttpResponse> outcome);
    void record(StatusClass statusClass);
    void logExchange(const QString &outcome, qint64 elapsedMs, const QByteArray *responseBody);

    QNetworkRequest buildRequest() const;
    QNetworkReply *dispatch(const QNetworkRequest &request);
    Error failure(ErrorKind kind, const QString &what) const;
    QString describe() const;  // "GET <redacted url>"
    int maxAttempts() const;

    HttpClient *m_client;
    QPointer<RequestScheduler> m_scheduler;
    HttpRequestSpec m_spec;
    HttpClientOptions m_options;
    QList<QSslCertificate> m_caCertificates;

    QPromise<Result<HttpResponse>> m_promise;
    QFutureWatcher<Result<HttpResponse>> m_cancelWatcher;  // notices future.cancel() by the caller
    QPointer<QNetworkReply> m_reply;
    std::shared_ptr<AnswerReader> m_reader;  // reads m_reply's answer
    QTimer m_timeoutTimer;
    QTimer m_backoffTimer;
    QElapsedTimer m_sinceSend;
    QElapsedTimer m_sinceAttempt;
    std::optional<RequestScheduler::Ticket> m_queuedTicket;
    std::optional<RequestScheduler::Ticket> m_runningTicket;
    QPointer<QNetworkAccessManager> m_laneNetwork;  // the manager carrying the current attempt
    QPointer<WireThread> m_wire;                    // the client's wire thread, when it has one
    WireThread::Id m_wireId = 0;                    // the attempt on the wire thread, 0 = none
    int m_lane = -1;
    QString m_laneKey;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace ul
