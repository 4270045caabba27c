#pragma once

#include "core/api/apitypes.h"

#include <QByteArray>

namespace ul {

// The bytes of one HTTP/1.1 answer. The encoder owns the framing (Content-Length, Connection),
// drops handler headers that would break it or carry line breaks, adds the headers every answer
// of ours has (X-Content-Type-Options; Cache-Control: no-store unless the handler chose one),
// and sends no body for HEAD, 1xx, 204 and 304.
// What the answer says about the connection: nothing (HTTP/1.1 keeps it open), that it closes,
// or, to an HTTP/1.0 client that asked for it, that it stays open.
enum class ConnectionAfterAnswer { KeptOpen, Closed, KeptOpenForHttp10 };

QByteArray encodeHttpResponse(const ApiResponse &response, bool headRequest, ConnectionAfterAnswer connection);

// "Not Found" for 404; empty for codes without a registered phrase (allowed by RFC 9112 §4).
QByteArray httpReasonPhrase(int status);

} // namespace ul
