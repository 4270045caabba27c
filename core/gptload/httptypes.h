#pragma once

#include "core/common/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace ul {

enum class HttpMethod { Get, Head, Post, Put, Patch, Delete, Options };

QByteArray httpMethodName(HttpMethod method);   // "GET", "POST", …
bool isIdempotentMethod(HttpMethod method);      // GET, HEAD, PUT, DELETE, OPTIONS

using HttpHeader = QPair<QByteArray, QByteArray>;
using HttpHeaders = QList<HttpHeader>;

// Case-insensitive header lookup; an empty array when absent.
QByteArray findHeader(const HttpHeaders &headers, QByteArrayView name);
// Replaces every header of that name (case-insensitive) with one `name: value`.
void replaceHeader(HttpHeaders &headers, const QByteArray &name, const QByteArray &value);

// One HTTP answer (any status: a 4xx or 5xx is still an answer, not an error).
struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    qint64 elapsedMs = 0;       // the attempt that produced this answer
    qint64 totalElapsedMs = 0;  // from send() to this answer: queueing, retries and waits included
    int attempts = 1;           // wire attempts made (1 = no retry)

    bool isSuccess() const { return status >= 200 && status < 300; }
    QByteArray header(QByteArrayView name) const { return findHeader(headers, name); }
};

// TLS settings of one target (a gpt-load instance). Verification is always on, except behind
// the explicit `insecure` opt-out (uni-load-behaviour.md §4.1).
struct TlsSettings
{
    QString caCertificateFile;  // PEM file trusted in addition to the system CAs; empty = none
    bool insecure = false;      // ignore certificate errors (warned about once per target)

    bool operator==(const TlsSettings &) const = default;
};

// Largest answer body a request accepts (HttpRequestSpec::maxResponseBytes), by kind of request.
// A longer answer — announced by its Content-Length, or counted as it arrives (chunked, endless
// or compressed bodies) — fails with RESPONSE_TOO_LARGE and its connection is closed at once, so
// a wrong or hostile server costs at most about this much memory per request in flight.
//
// gpt-load's management API (/api/…): the largest legitimate answers are GET /api/groups of a
// big installation (30 000 groups of 1–2 KB of JSON: up to 60 MB), key exports and pages of keys
// or logs (tens of MB). Twice the largest of them, so that none is ever refused.
inline constexpr qint64 kManagementMaxResponseBytes = qint64(128) * 1024 * 1024;
// Everything else, and the default: AI sites' model lists and probes, calls through gpt-load's
// proxy (model lists, completion probes) and gpt-load's /health. The largest model lists (a few
// thousand models with descriptions) are a few MB.
inline constexpr qint64 kSiteMaxResponseBytes = qint64(16) * 1024 * 1024;
// Error::code of an answer longer than its request's limit.
inline constexpr char kResponseTooLargeCode[] = "RESPONSE_TOO_LARGE";

// A request spec may override the retry decision for an answer it received.
enum class RetryVerdict {
    Default,     // retry idempotent requests on 408, 429 and 5xx
    Retry,       // retryable even when the request is not idempotent (the server did not act on it)
    DoNotRetry,  // another layer handles this answer (e.g. gpt-load's cache-lag retry)
};

// Everything HttpClient needs to send one request.
struct HttpRequestSpec
{
    HttpMethod method = HttpMethod::Get;
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    std::optional<bool> idempotent;    // unset: from the method (POST and PATCH are not)
    std::optional<int> timeoutMs;      // per attempt; unset: the client's REQUEST_TIMEOUT_MS
    std::optional<int> retryAttempts;  // unset: the client's RETRY_ATTEMPTS
    QString route;         // template for counters and logs ("/api/groups/:id"); empty: URL path
    QString schedulerKey;  // concurrency bucket; empty: "host:port" of the URL
    TlsSettings tls;
    bool secretRequestBody = false;   // never logged, not even redacted (e.g. key lists)
    bool secretResponseBody = false;
    // A longer answer body fails with RESPONSE_TOO_LARGE (never retried); must be > 0.
    qint64 maxResponseBytes = kSiteMaxResponseBytes;
    std::function<RetryVerdict(const HttpResponse &)> answerRetryVerdict;  // optional

    static HttpRequestSpec make(HttpMethod method, const QUrl &url, const QByteArray &body = {});

    void setHeader(const QByteArray &name, const QByteArray &value) { replaceHeader(headers, name, value); }
    bool isIdempotent() const;
    QString effectiveRoute() const;
    QString effectiveSchedulerKey() const;
};

// Whether an answer with this status is worth retrying (408, 429, 5xx).
bool isRetryableStatus(int status);

// Parses a Retry-After value (delta seconds or an HTTP-date) into milliseconds from `now`.
std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

// Wait before retry number `retryNumber` (1 = first retry): baseDelayMs · 2^(n−1), i.e. 1 s, 2 s,
// 4 s with the default base; a longer Retry-After wins. The result never exceeds maxDelayMs.
qint64 retryDelayMs(int retryNumber, int baseDelayMs, int maxDelayMs,
                    const QByteArray &retryAfter = {},
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

// Outcome class used by the request counters.
enum class StatusClass { Success, Redirect, ClientError, ServerError, NetworkError, Timeout, Cancelled };

StatusClass statusClassOf(int httpStatus);
QString statusClassName(StatusClass statusClass);  // "2xx", "3xx", "4xx", "5xx", "network", "timeout", "cancelled"

// Error kind for a non-2xx status of a service without a known envelope (AI sites).
ErrorKind errorKindForStatus(int status);
// Error for a non-2xx answer; the redacted start of the body goes into `details`.
Error httpStatusError(const HttpResponse &response, const QString &context);
// "16 MiB", "64 KiB" or "1000 bytes": a size limit as the operator reads it.
QString byteSizeText(qint64 bytes);
// The first `maxBytes` of a body, redacted, for error details and logs.
QString redactedSnippet(const QByteArray &body, int maxBytes = 512);

} // namespace ul
