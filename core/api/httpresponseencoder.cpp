#include "core/api/httpresponseencoder.h"

namespace ul {

namespace {

bool isFramingHeader(const QByteArray &name)
{
    return name.compare("content-length", Qt::CaseInsensitive) == 0 || name.compare("connection", Qt::CaseInsensitive) == 0
        || name.compare("transfer-encoding", Qt::CaseInsensitive) == 0;
}

bool hasLineBreak(const QByteArray &s)
{
    return s.contains('\r') || s.contains('\n') || s.contains('\0');
}

} // namespace

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return {};
    }
}

QByteArray encodeHttpResponse(const ApiResponse &response, bool headRequest, ConnectionAfterAnswer connection)
{
    const int status = response.status;
    const bool noBodyAllowed = (status >= 100 && status < 200) || status == 204 || status == 304;
    const bool sendBody = !noBodyAllowed && !headRequest;

    QByteArray out;
    out.reserve(320 + (sendBody ? response.body.size() : 0));
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) + "\r\n";
    if (!noBodyAllowed && !response.contentType.isEmpty() && !hasLineBreak(response.contentType))
        out += "Content-Type: " + response.contentType + "\r\n";
    bool cachePolicySet = false;
    for (const auto &h : response.headers) {
        if (h.first.isEmpty() || isFramingHeader(h.first) || hasLineBreak(h.first) || hasLineBreak(h.second))
            continue;
        cachePolicySet = cachePolicySet || h.first.compare("cache-control", Qt::CaseInsensitive) == 0;
        out += h.first + ": " + h.second + "\r\n";
    }
    out += "X-Content-Type-Options: nosniff\r\n";
    if (!cachePolicySet)
        out += "Cache-Control: no-store\r\n";
    // A HEAD answer states the length the GET would have (RFC 9110 §9.3.2).
    if (!noBodyAllowed)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (connection == ConnectionAfterAnswer::Closed)
        out += "Connection: close\r\n";
    else if (connection == ConnectionAfterAnswer::KeptOpenForHttp10)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (sendBody)
        out += response.body;
    return out;
}

} // namespace ul
