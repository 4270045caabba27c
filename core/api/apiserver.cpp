#include "core/api/apiserver.h"

#include "core/api/browserrequest.h"
#include "core/common/redactor.h"
#include "core/log/categories.h"
#include "core/log/rotatingfilewriter.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace ul {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

ApiRequest toApiRequest(const QHttpServerRequest &r)
{
    ApiRequest out;
    out.method = methodName(r.method());
    const QUrl url = r.url();
    out.rawPath = url.path(QUrl::FullyEncoded);
    out.path = url.path(QUrl::FullyDecoded);
    out.query = r.query();
    for (const auto &h : r.headers())
        out.headers.insert(h.first.toLower(), h.second);
    out.body = r.body();
    out.remoteAddress = r.remoteAddress();
    return out;
}

} // namespace

const QByteArray ApiServer::sessionCookieName = "uniload_session";

ApiServer::ApiServer(ApiServerOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_sessions(m_options.sessions, m_options.clock)
{
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
    if (!m_options.accessLogPath.isEmpty())
        m_accessLog = std::make_unique<RotatingFileWriter>(m_options.accessLogPath);
}

ApiServer::~ApiServer() = default;

bool ApiServer::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

bool ApiServer::tokensEqual(const QByteArray &a, const QByteArray &b)
{
    // Constant time in the length of the longer input.
    const qsizetype n = std::max(a.size(), b.size());
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a.at(i)) : 0;
        const unsigned char y = i < b.size() ? static_cast<unsigned char>(b.at(i)) : 0;
        diff |= static_cast<unsigned char>(x ^ y);
    }
    return diff == 0;
}

Result<quint16> ApiServer::listen()
{
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(m_options.address, m_options.port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Error::io(QStringLiteral("cannot listen on %1:%2: %3")
                             .arg(m_options.address.toString()).arg(m_options.port).arg(why));
    }
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    m_http.bind(tcp);
#else
    if (!m_http.bind(tcp)) {
        delete tcp;
        return Error::io(QStringLiteral("cannot bind the HTTP server"));
    }
#endif
    m_port = tcp->serverPort();
    return m_port;
}

bool ApiServer::hostAllowed(const ApiRequest &request) const
{
    // DNS-rebinding protection: on a loopback bind only loopback host names are accepted.
    if (!isLoopback(m_options.address))
        return true;
    QString host = QString::fromLatin1(request.header("host")).trimmed().toLower();
    if (host.isEmpty())
        return true;  // HTTP/1.0 clients; nothing to rebind
    if (host.startsWith(QLatin1Char('['))) {
        host = host.mid(1, host.indexOf(QLatin1Char(']')) - 1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        host = host.section(QLatin1Char(':'), 0, 0);
    }
    if (host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1"))
        return true;
    if (host == m_options.address.toString().toLower())
        return true;
    for (const QString &h : m_options.allowedHosts) {
        if (h.compare(host, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ApiServer::Credential ApiServer::authenticate(const ApiRequest &request)
{
    if (m_options.authDisabled)
        return Credential::AuthDisabled;
    if (m_options.token.isEmpty())
        return Credential::None;
    const QByteArray auth = request.header("authorization");
    if (auth.startsWith("Bearer "))
        return tokensEqual(auth.mid(7).trimmed(), m_options.token.toUtf8()) ? Credential::Token : Credential::None;
    if (m_sessions.touch(BrowserRequest::cookie(request, sessionCookieName)))
        return Credential::Session;
    return Credential::None;
}

std::optional<ApiResponse> ApiServer::crossOriginRefusal(const ApiRequest &request, Credential credential) const
{
    if (credential == Credential::Token || !BrowserRequest::isMutating(request.method))
        return std::nullopt;
    const QString origin = BrowserRequest::statedOrigin(request);
    if (BrowserRequest::isSameOrigin(request, origin))
        return std::nullopt;
    // The cookie travels with any request the browser sends to us, so the origin must prove it
    // came from our own page. With auth switched off, clients that state no origin are not
    // browsers; a page from an origin that is not allowlisted is still refused.
    if (credential == Credential::AuthDisabled && (origin.isEmpty() || m_options.allowedOrigins.contains(origin)))
        return std::nullopt;
    return BrowserRequest::crossOriginRefused(request);
}

void ApiServer::addCorsHeaders(const ApiRequest &request, ApiResponse &response) const
{
    const QString origin = QString::fromUtf8(request.header("origin"));
    if (origin.isEmpty() || !m_options.allowedOrigins.contains(origin))
        return;
    response.addHeader("Access-Control-Allow-Origin", origin.toUtf8());
    response.addHeader("Vary", "Origin");
    response.addHeader("Access-Control-Allow-Credentials", "true");
}

void ApiServer::dispatch(const ApiRequest &incoming, const ApiReply &reply)
{
    ApiRequest request = incoming;
    auto finish = [this, request, reply](ApiResponse response) {
        addCorsHeaders(request, response);
        reply(std::move(response));
    };

    if (!hostAllowed(request)) {
        finish(ApiResponse::error(403, QStringLiteral("HOST_NOT_ALLOWED"),
                                  QStringLiteral("Host header not allowed for this server")));
        return;
    }

    // CORS preflight: answered for allowed origins only, without auth (browsers send no token).
    if (request.method == "OPTIONS") {
        const QString origin = QString::fromUtf8(request.header("origin"));
        if (!origin.isEmpty() && m_options.allowedOrigins.contains(origin)) {
            ApiResponse r = ApiResponse::empty(204);
            r.addHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
            r.addHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept-Language");
            r.addHeader("Access-Control-Max-Age", "600");
            finish(std::move(r));
        } else {
            finish(ApiResponse::error(403, QStringLiteral("CORS_ORIGIN_NOT_ALLOWED"),
                                      QStringLiteral("origin not allowed")));
        }
        return;
    }

    Router::Match match = m_router.match(request.method, request.rawPath);
    const bool isApi = request.path.startsWith(QLatin1String("/api/")) || request.path == QLatin1String("/api");
    if (match.outcome == Router::Outcome::NotFound) {
        if (!isApi && m_fallback && (request.method == "GET" || request.method == "HEAD")) {
            m_fallback(request, finish);
            return;
        }
        if (isApi && authenticate(request) == Credential::None) {
            // Do not reveal which paths exist to unauthenticated callers.
            finish(ApiResponse::error(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("missing or invalid API token")));
            return;
        }
        const QString msg = localized(request, QStringLiteral("API path does not exist"), QStringLiteral("API路径不存在"));
        ApiResponse r = ApiResponse::json({{QStringLiteral("error"), msg}, {QStringLiteral("code"), QStringLiteral("NOT_FOUND")}}, 404);
        finish(std::move(r));
        return;
    }
    if (match.requiresAuth) {
        const Credential credential = authenticate(request);
        if (credential == Credential::None) {
            ApiResponse r = ApiResponse::error(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("missing or invalid API token"));
            r.addHeader("WWW-Authenticate", "Bearer");
            finish(std::move(r));
            return;
        }
        if (std::optional<ApiResponse> refusal = crossOriginRefusal(request, credential)) {
            finish(std::move(*refusal));
            return;
        }
    }
    if (match.outcome == Router::Outcome::MethodNotAllowed) {
        ApiResponse r = ApiResponse::error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                           QStringLiteral("method %1 not allowed here").arg(QString::fromLatin1(request.method)));
        r.addHeader("Allow", match.allowedMethods.join(QStringLiteral(", ")).toLatin1());
        finish(std::move(r));
        return;
    }
    if (request.body.size() > m_options.maxRequestBytes) {
        finish(ApiResponse::error(413, QStringLiteral("PAYLOAD_TOO_LARGE"),
                                  QStringLiteral("request body of %1 bytes exceeds MAX_REQUEST_SIZE (%2 bytes)")
                                      .arg(request.body.size()).arg(m_options.maxRequestBytes)));
        return;
    }
    request.pathArgs = match.args;
    request.params = match.params;
    match.handler(request, finish);
}

void ApiServer::handle(const QHttpServerRequest &httpRequest, QHttpServerResponder &&responder)
{
    ++m_requests;
    QElapsedTimer timer;
    timer.start();
    const ApiRequest request = toApiRequest(httpRequest);
    QPointer<QTcpSocket> socket = responder.socket();
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    auto answered = std::make_shared<bool>(false);
    dispatch(request, [this, socket, shared, answered, timer, request](ApiResponse response) {
        if (*answered)
            return;
        *answered = true;
        const qint64 elapsed = timer.elapsed();
        writeAccessLog(request, response.status, elapsed);
        emit requestFinished(QString::fromLatin1(request.method), request.path, response.status, elapsed);
        // The client may have gone away during a long operation: then there is nobody to answer.
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        shared->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        if (!response.contentType.isEmpty())
            shared->writeHeader("Content-Type", response.contentType);
        for (const auto &h : response.headers)
            shared->writeHeader(h.first, h.second);
        shared->writeHeader("X-Content-Type-Options", "nosniff");
        const bool cachePolicySet = std::any_of(response.headers.cbegin(), response.headers.cend(), [](const auto &h) {
            return h.first.compare("Cache-Control", Qt::CaseInsensitive) == 0;
        });
        if (!cachePolicySet)
            shared->writeHeader("Cache-Control", "no-store");
        shared->writeHeader("Content-Length", QByteArray::number(request.method == "HEAD" ? 0 : response.body.size()));
        shared->writeBody(request.method == "HEAD" ? QByteArray() : response.body);
    });
}

void ApiServer::writeAccessLog(const ApiRequest &request, int status, qint64 elapsedMs)
{
    if (!m_accessLog)
        return;
    // Never bodies or tokens; the query string may carry secrets, so the path goes through the redactor.
    const QString line = QStringLiteral("%1 %2 %3 %4 %5 %6ms")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                  request.remoteAddress.toString(), QString::fromLatin1(request.method),
                                  Redactor::text(request.rawPath))
                             .arg(status)
                             .arg(elapsedMs);
    m_accessLog->appendLine(line);
}

} // namespace ul
