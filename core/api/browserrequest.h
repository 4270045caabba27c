#pragma once

#include "core/api/apitypes.h"

#include <QByteArray>
#include <QString>

namespace ul {

// What a request tells about the browser that sent it: cookies and the origin it came from.
// Used for the web console's cookie sessions and their cross-site request forgery check
// (uni-load-behaviour.md §22.3).
namespace BrowserRequest {

// Methods that may change something (everything but GET, HEAD and OPTIONS).
bool isMutating(const QByteArray &method);

// The value of cookie `name` from the Cookie header; empty when absent.
QByteArray cookie(const ApiRequest &request, const QByteArray &name);

// The origin the browser states: the Origin header, else the scheme://host[:port] part of the
// Referer; empty when the request names neither (curl, scripts) or Origin is "null".
QString statedOrigin(const ApiRequest &request);

// True when `origin` ("scheme://host[:port]") is this server as the request addressed it
// (its Host header). Scheme http or https (a TLS-terminating proxy in front); without a port in
// the Host header only the default ports 80 and 443 match.
bool isSameOrigin(const ApiRequest &request, const QString &origin);

// True when the stated origin uses https (the cookie then gets the Secure attribute).
bool isHttps(const ApiRequest &request);

// 403 {code:"CROSS_ORIGIN_REQUEST"}: the answer to a change a browser sent from another origin.
ApiResponse crossOriginRefused(const ApiRequest &request);

} // namespace BrowserRequest
} // namespace ul
