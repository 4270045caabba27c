#pragma once

// Internal to the HTTP layer: formatting of wire-log lines (ENABLE_DEBUG_LOGS).

#include "core/gptload/httptypes.h"

#include <QString>

namespace ul::wirelog {

struct Exchange
{
    QByteArray method;
    QUrl url;
    QString outcome;  // "200", "network error: connection refused", "timeout", "cancelled"
    qint64 elapsedMs = 0;
    int attempt = 1;
    int maxAttempts = 1;
    const QByteArray *requestBody = nullptr;   // nullptr: not shown
    bool requestBodySecret = false;
    const QByteArray *responseBody = nullptr;
    bool responseBodySecret = false;
    int bodyLimit = 4096;
};

// "GET http://h/api/groups → 200 in 12 ms (attempt 1/4)" plus indented, redacted body lines.
QString format(const Exchange &exchange);

// A URL for logs and error messages: secrets in the query and user info masked.
QString redactedUrl(const QUrl &url);

} // namespace ul::wirelog
