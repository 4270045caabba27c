#include "core/gptload/httpcall.h"

#include "core/common/redactor.h"
#include "core/gptload/answerreader.h"
#include "core/gptload/logging.h"
#include "core/gptload/wirelog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <utility>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslSocket>
#endif

namespace ul {

namespace {

QString networkErrorText(QNetworkReply::NetworkError error, const QString &errorString)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError: return QStringLiteral("connection refused");
    case QNetworkReply::RemoteHostClosedError: return QStringLiteral("connection closed by the server");
    case QNetworkReply::HostNotFoundError: return QStringLiteral("host not found");
    case QNetworkReply::TimeoutError: return QStringLiteral("connection timed out");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError: return QStringLiteral("network unavailable");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("TLS handshake failed: ") + Redactor::text(errorString);
    default: return Redactor::text(errorString);
    }
}

// Whether sending again may get through. A failed TLS handshake (an untrusted or mismatched
// certificate, a plain-HTTP port behind https://) fails the same way every time.
bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::SslHandshakeFailedError;
}

} // namespace

HttpCall::HttpCall(HttpClient *client, const HttpRequestSpec &spec, const HttpClientOptions &options,
                   const QList<QSslCertificate> &caCertificates)
    : QObject(client),
      m_client(client),
      m_scheduler(client->scheduler()),
      m_spec(spec),
      m_options(options),
      m_caCertificates(caCertificates),
      m_wire(client->wire())
{
    m_promise.start();
    m_timeoutTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &HttpCall::onTimeout);
    connect(&m_backoffTimer, &QTimer::timeout, this, &HttpCall::enqueueAttempt);
    connect(&m_cancelWatcher, &QFutureWatcherBase::canceled, this, &HttpCall::cancel);
    m_cancelWatcher.setFuture(m_promise.future());
}

HttpCall::~HttpCall()
{
    if (m_finished)
        return;
    // Destroyed with its client before finishing: leave nothing dangling, report Cancelled.
    m_finished = true;
    abortAttempt();
    if (m_scheduler && m_queuedTicket)
        m_scheduler->cancel(*m_queuedTicket);
    releaseSlot();
    m_promise.addResult(Result<HttpResponse>(failure(ErrorKind::Cancelled, QStringLiteral("cancelled"))));
    m_promise.finish();
}

void HttpCall::start()
{
    m_sinceSend.start();
    enqueueAttempt();
}

void HttpCall::enqueueAttempt()
{
    if (m_finished)
        return;
    if (!m_scheduler) {
        startAttempt(0);
        return;
    }
    QPointer<HttpCall> self(this);
    QPointer<RequestScheduler> scheduler = m_scheduler;
    const RequestScheduler::Ticket ticket = m_scheduler->enqueue(
        m_spec.effectiveSchedulerKey(),
        [self, scheduler](RequestScheduler::Ticket started) {
            if (self)
                self->startAttempt(started);
            else if (scheduler)
                scheduler->finished(started);
        },
        [self] {
            if (self && !self->m_finished) {
                self->m_queuedTicket.reset();
                self->m_cancelled = true;
                self->finish(self->failure(ErrorKind::Cancelled, QStringLiteral("cancelled while queued")));
            }
        });
    // start() may already have run synchronously and consumed the ticket.
    if (!m_finished && !m_runningTicket && !m_reply && m_wireId == 0)
        m_queuedTicket = ticket;
}

void HttpCall::startAttempt(RequestScheduler::Ticket ticket)
{
    m_queuedTicket.reset();
    if (m_scheduler)
        m_runningTicket = ticket;
    if (m_finished || m_cancelled) {
        releaseSlot();
        return;
    }
    if (m_wire) {
        ++m_attempt;
        m_timedOut = false;
        m_sinceAttempt.start();
        QPointer<HttpCall> self(this);
        const WireRequest request{m_spec.method, buildRequest(), m_spec.body, m_spec.tls.insecure, m_spec.maxResponseBytes};
        m_wireId = m_wire->send(request, [self](const WireAnswer &answer) {
            // `self` is null when the call was destroyed; abort() dropped the answer otherwise.
            if (self)
                self->endAttempt(answer);
        });
        m_timeoutTimer.start(std::max(1, m_spec.timeoutMs.value_or(m_options.timeoutMs)));
        return;
    }
    if (!m_client->network()) {
        releaseSlot();
        finish(failure(ErrorKind::Internal, QStringLiteral("no network access manager")));
        return;
    }
    m_laneKey = ManagerLanes::hostKey(m_spec.url);
    m_laneNetwork = m_client->acquireLane(m_laneKey, &m_lane);
    ++m_attempt;
    m_timedOut = false;
    m_sinceAttempt.start();
    QNetworkReply *reply = dispatch(buildRequest());
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
    m_reader = AnswerReader::watch(reply, m_spec.maxResponseBytes, this, [this] { onReplyTooLong(); });
#if QT_CONFIG(ssl)
    if (m_spec.tls.insecure) {
        // The target's explicit opt-out (tls_insecure); the client has warned about it.
        connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    }
#endif
    m_timeoutTimer.start(std::max(1, m_spec.timeoutMs.value_or(m_options.timeoutMs)));
}

QNetworkRequest HttpCall::buildRequest() const
{
    QNetworkRequest request(m_spec.url);
    for (const HttpHeader &header : m_spec.headers)
        request.setRawHeader(header.first, header.second);
    const bool sendsBody = m_spec.method == HttpMethod::Post || m_spec.method == HttpMethod::Put
        || m_spec.method == HttpMethod::Patch || !m_spec.body.isEmpty();
    if (sendsBody && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
#if QT_CONFIG(ssl)
    if (!m_caCertificates.isEmpty() || m_spec.tls.insecure) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_caCertificates.isEmpty())
            tls.addCaCertificates(m_caCertificates);  // this target's requests only
        if (m_spec.tls.insecure)
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
#endif
    return request;
}

QNetworkReply *HttpCall::dispatch(const QNetworkRequest &request)
{
    QNetworkAccessManager *network = m_laneNetwork ? m_laneNetwork.data() : m_client->network();
    return sendWireRequest(network, WireRequest{m_spec.method, request, m_spec.body, false, m_spec.maxResponseBytes});
}

void HttpCall::onTimeout()
{
    if (m_wireId != 0) {
        m_timedOut = true;
        abortAttempt();
        endAttempt({});
        return;
    }
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();  // emits finished → onReplyFinished
}

void HttpCall::abortAttempt()
{
    if (m_wireId != 0) {
        if (m_wire)
            m_wire->abort(m_wireId);
        m_wireId = 0;
    }
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        m_reader.reset();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    endAttempt(takeReaderAnswer());
}

void HttpCall::onReplyTooLong()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    const WireAnswer answer = takeReaderAnswer();
    reply->disconnect(this);
    reply->abort();  // reads no further: the connection is closed
    reply->deleteLater();
    endAttempt(answer);
}

WireAnswer HttpCall::takeReaderAnswer()
{
    const std::shared_ptr<AnswerReader> reader = std::exchange(m_reader, nullptr);
    return reader ? reader->answer() : WireAnswer{};
}

void HttpCall::endAttempt(const WireAnswer &answer)
{
    m_wireId = 0;
    m_timeoutTimer.stop();
    const qint64 attemptMs = m_sinceAttempt.elapsed();
    releaseSlot();

    if (m_cancelled) {
        record(StatusClass::Cancelled);
        logExchange(QStringLiteral("cancelled"), attemptMs, nullptr);
        finish(failure(ErrorKind::Cancelled, QStringLiteral("cancelled")));
        return;
    }
    if (m_timedOut) {
        record(StatusClass::Timeout);
        const int timeoutMs = m_spec.timeoutMs.value_or(m_options.timeoutMs);
        logExchange(QStringLiteral("timeout"), attemptMs, nullptr);
        retryOrFinish(failure(ErrorKind::Timeout, QStringLiteral("no answer within %1 ms").arg(timeoutMs)),
                      m_spec.isIdempotent(), {});
        return;
    }
    if (answer.tooLarge) {
        // Counted as a transport failure: the attempt was cut off and produced no usable answer.
        record(StatusClass::NetworkError);
        const QString limit = byteSizeText(m_spec.maxResponseBytes);
        logExchange(QStringLiteral("answer longer than %1, connection closed").arg(limit), attemptMs, nullptr);
        const QString host = m_spec.url.port() < 0 ? m_spec.url.host()
                                                   : m_spec.url.host() + QLatin1Char(':') + QString::number(m_spec.url.port());
        Error error = failure(ErrorKind::Protocol, QStringLiteral("the answer from %1 is larger than %2").arg(host, limit));
        error.code = QLatin1String(kResponseTooLargeCode);
        error.httpStatus = answer.status;
        finish(error);  // never retried: the same request gets the same answer
        return;
    }
    const int status = answer.status;
    if (status > 0) {
        HttpResponse response;
        response.status = status;
        response.headers = answer.headers;
        response.body = answer.body;
        response.elapsedMs = attemptMs;
        response.attempts = m_attempt;
        record(statusClassOf(status));
        logExchange(QString::number(status), attemptMs, &response.body);
        const RetryVerdict verdict = m_spec.answerRetryVerdict ? m_spec.answerRetryVerdict(response) : RetryVerdict::Default;
        const bool retryable = verdict == RetryVerdict::Retry
            || (verdict == RetryVerdict::Default && m_spec.isIdempotent() && isRetryableStatus(status));
        const QByteArray retryAfter = response.header("Retry-After");
        retryOrFinish(response, retryable, retryAfter);
        return;
    }
    const QString text = networkErrorText(answer.error, answer.errorString);
    const bool transportTimeout = answer.error == QNetworkReply::TimeoutError;
    record(transportTimeout ? StatusClass::Timeout : StatusClass::NetworkError);
    logExchange(QStringLiteral("network error: ") + text, attemptMs, nullptr);
    retryOrFinish(failure(transportTimeout ? ErrorKind::Timeout : ErrorKind::Network, text),
                  m_spec.isIdempotent() && isRetryableNetworkError(answer.error), {});
}

void HttpCall::retryOrFinish(const Result<HttpResponse> &outcome, bool retryable, const QByteArray &retryAfter)
{
    if (!retryable || m_attempt >= maxAttempts() || m_cancelled) {
        finish(outcome);
        return;
    }
    const qint64 delay = retryDelayMs(m_attempt, m_options.retryBaseDelayMs, m_options.maxRetryDelayMs, retryAfter);
    const QString reason = outcome.ok() ? QStringLiteral("HTTP ") + QString::number(outcome->status)
                                        : outcome.error().message;
    qCInfo(lcHttp).noquote() << QStringLiteral("%1 failed (%2); retry %3 of %4 in %5 ms")
                                    .arg(describe(), reason, QString::number(m_attempt), QString::number(maxAttempts() - 1),
                                         QString::number(delay));
    m_backoffTimer.start(int(delay));
}

void HttpCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_wireId != 0) {
        abortAttempt();
        endAttempt({});  // finishes with Cancelled
        return;
    }
    if (m_reply) {
        m_reply->abort();  // onReplyFinished finishes with Cancelled
        return;
    }
    m_backoffTimer.stop();
    if (m_scheduler && m_queuedTicket)
        m_scheduler->cancel(*m_queuedTicket);
    m_queuedTicket.reset();
    finish(failure(ErrorKind::Cancelled, QStringLiteral("cancelled")));
}

void HttpCall::releaseSlot()
{
    if (m_lane >= 0) {
        if (m_client)
            m_client->releaseLane(m_laneKey, m_lane);
        m_lane = -1;
    }
    if (!m_runningTicket)
        return;
    const RequestScheduler::Ticket ticket = *m_runningTicket;
    m_runningTicket.reset();
    if (m_scheduler)
        m_scheduler->finished(ticket);
}

void HttpCall::finish(Result<HttpResponse> outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_backoffTimer.stop();
    m_timeoutTimer.stop();
    if (outcome.ok()) {
        outcome.value().totalElapsedMs = m_sinceSend.isValid() ? m_sinceSend.elapsed() : 0;
        outcome.value().attempts = m_attempt;
    }
    m_client->forget(this);
    deleteLater();
    // Last: continuations run synchronously here and may start new requests.
    m_promise.addResult(std::move(outcome));
    m_promise.finish();
}

void HttpCall::record(StatusClass statusClass)
{
    if (m_scheduler)
        m_scheduler->recordRequest(QString::fromLatin1(httpMethodName(m_spec.method)), m_spec.effectiveRoute(), statusClass);
}

void HttpCall::logExchange(const QString &outcome, qint64 elapsedMs, const QByteArray *responseBody)
{
    if (!m_options.wireLogging)
        return;
    wirelog::Exchange exchange;
    exchange.method = httpMethodName(m_spec.method);
    exchange.url = m_spec.url;
    exchange.outcome = outcome;
    exchange.elapsedMs = elapsedMs;
    exchange.attempt = m_attempt;
    exchange.maxAttempts = maxAttempts();
    exchange.requestBody = m_spec.body.isEmpty() ? nullptr : &m_spec.body;
    exchange.requestBodySecret = m_spec.secretRequestBody;
    exchange.responseBody = responseBody;
    exchange.responseBodySecret = m_spec.secretResponseBody;
    exchange.bodyLimit = m_options.wireLogBodyLimit;
    qCInfo(lcHttp).noquote() << wirelog::format(exchange);
}

Error HttpCall::failure(ErrorKind kind, const QString &what) const
{
    return Error::make(kind, describe() + QStringLiteral(": ") + what);
}

QString HttpCall::describe() const
{
    return QString::fromLatin1(httpMethodName(m_spec.method)) + QLatin1Char(' ') + wirelog::redactedUrl(m_spec.url);
}

int HttpCall::maxAttempts() const
{
    return 1 + std::max(0, m_spec.retryAttempts.value_or(m_options.retryAttempts));
}

} // namespace ul
