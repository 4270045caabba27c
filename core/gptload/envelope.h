#pragma once

#include "core/common/result.h"
#include "core/gptload/httptypes.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace ul {

// A decoded gpt-load success answer (gptload-api.md §2.1).
struct Envelope
{
    int httpStatus = 0;
    QString message;  // English when the request carried Accept-Language: en-US
    QJsonValue data;  // undefined when the server sent no `data`

    bool hasData() const { return !data.isUndefined() && !data.isNull(); }
};

// Decodes a gpt-load management answer by the rule of gptload-api.md §2.4:
//   2xx and code == 0 (number)   → Envelope (data may be absent)
//   code is a string             → error: Auth, NotFound, Conflict, Validation, ServerBusy, Server…
//                                  with httpStatus, code and the server's message
//   "error" and no "code"        → RouteMissing (route or method does not exist)
//   "success" (login only)       → Envelope when true, Auth/Validation when false
//   anything else                → Protocol with the status and the first 512 bytes of the
//                                  body, redacted, in `details` (also for a proxy's HTML 502)
// `context` (e.g. "gpt-load local: POST /api/groups") prefixes error messages.
Result<Envelope> decodeEnvelope(const HttpResponse &response, const QString &context);

// Error kind for a gpt-load string code (falls back to the HTTP status).
ErrorKind errorKindForGptLoadCode(const QString &code, int httpStatus, const QString &message);

// Whether an answer is gpt-load's "Too many concurrent requests" (global semaphore, §1.1).
bool isServerBusyAnswer(const HttpResponse &response);
// Whether an answer is the proxy's cache-lag error right after a create (§4.6, §11.4).
bool isProxyGroupLagAnswer(const HttpResponse &response);
// Whether a 5xx answer is gpt-load's own proxy verdict (NO_KEYS_AVAILABLE, BAD_GATEWAY,
// MAX_RETRIES_EXCEEDED, UPSTREAM_ERROR): gpt-load has already tried the group's keys with its
// own retries, so sending the request again at once cannot change it.
bool isProxyVerdictAnswer(const HttpResponse &response);
// Whether an error code is one of those verdicts.
bool isProxyVerdictCode(const QString &code);

// The first integer in a message, e.g. 12 from "12 keys restored" (counts that exist only in
// messages, §8.2 — valid only with Accept-Language: en-US).
std::optional<qint64> firstNumberIn(const QString &message);

} // namespace ul
