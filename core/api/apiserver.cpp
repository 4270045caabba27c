#include "core/api/apiserver.h"

#include "core/api/browserrequest.h"
#include "core/api/httpconnection.h"
#include "core/api/routehelpers.h"
#include "core/common/redactor.h"
#include "core/log/categories.h"
#include "core/log/rotatingfilewriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>

namespace ul {

namespace {

// Paths under /api/ are the API's: unknown ones answer JSON 404 (401 first without a credential).
bool isApiPath(const QString &path)
{
    return path.startsWith(QLatin1String("/api/")) || path == QLatin1String("/api");
}

// The Allow header of a path: its routes' methods, HEAD wherever GET is (the router serves it),
// and OPTIONS (answered for every path) — the same in a 405 and an OPTIONS answer.
QByteArray allowHeader(QStringList methods)
{
    if (methods.contains(QLatin1String("GET")) && !methods.contains(QLatin1String("HEAD")))
        methods.append(QStringLiteral("HEAD"));
    if (!methods.contains(QLatin1String("OPTIONS")))
        methods.append(QStringLiteral("OPTIONS"));
    return methods.join(QStringLiteral(", ")).toLatin1();
}

// The request-target (origin form, or absolute form from proxies) as the routes see it.
std::optional<ApiRequest> toApiRequest(HttpRequestMessage &&m, const QHostAddress &peer)
{
    const QUrl url = QUrl::fromEncoded(m.target, QUrl::TolerantMode);
    const bool originForm = m.target.startsWith('/');
    if (!url.isValid() || (!originForm && url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return std::nullopt;
    ApiRequest out;
    out.method = std::move(m.method);
    out.rawPath = url.path(QUrl::FullyEncoded);
    if (out.rawPath.isEmpty())
        out.rawPath = QStringLiteral("/");
    out.path = url.path(QUrl::FullyDecoded);
    if (out.path.isEmpty())
        out.path = QStringLiteral("/");
    out.query = QUrlQuery(url);
    for (auto &h : m.headers)
        out.headers.insert(h.first, h.second);
    out.body = std::move(m.body);
    out.announcedBodyBytes = m.bodyLength;
    out.remoteAddress = peer;
    return out;
}

} // namespace

ApiServer::ApiServer(ApiServerOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_sessions(m_options.sessions, m_options.clock)
{
    m_options.http.maxBodyBytes = m_options.maxRequestBytes;
    if (!m_options.accessLogPath.isEmpty())
        m_accessLog = std::make_unique<RotatingFileWriter>(m_options.accessLogPath);
}

ApiServer::~ApiServer() = default;

QByteArray ApiServer::sessionCookieName() const
{
    const quint16 port = m_port ? m_port : m_options.port;
    return port ? "uniload_session_" + QByteArray::number(port) : QByteArrayLiteral("uniload_session");
}

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
    if (m_tcp)
        return Error::conflict(QStringLiteral("the HTTP API is already listening on port %1").arg(m_port));
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(m_options.address, m_options.port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Error::io(QStringLiteral("cannot listen on %1:%2: %3")
                             .arg(m_options.address.toString()).arg(m_options.port).arg(why));
    }
    m_tcp = tcp;
    connect(m_tcp, &QTcpServer::newConnection, this, &ApiServer::acceptConnections);
    m_port = m_tcp->serverPort();
    return m_port;
}

void ApiServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        const QHostAddress client = socket->peerAddress();
        if (m_connections >= m_options.maxConnections || m_connectionsPerClient.value(client) >= m_options.maxConnectionsPerClient) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        ++m_connectionsPerClient[client];
        auto *connection = new HttpConnection(
            socket, m_options.http,
            [this](HttpRequestMessage message, const QHostAddress &peer, const ApiReply &reply) { handle(std::move(message), peer, reply); },
            [this](const HttpRequestMessage &head, const QHostAddress &peer, const ApiReply &reply) { return refuseFromHead(head, peer, reply); },
            this);
        connect(connection, &QObject::destroyed, this, [this, client] {
            --m_connections;
            if (--m_connectionsPerClient[client] <= 0)
                m_connectionsPerClient.remove(client);
        });
    }
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
    // The scheme name is case-insensitive (RFC 7235 §2.1): "Bearer", "bearer", "BEARER".
    const QByteArray auth = request.header("authorization").trimmed();
    if (auth.size() > 6 && auth.left(6).toLower() == "bearer" && (auth.at(6) == ' ' || auth.at(6) == '\t')) {
        if (tokensEqual(auth.mid(7).trimmed(), m_options.token.toUtf8()))
            return Credential::Token;
        m_sessions.recordFailedCredential();  // throttled like a wrong login (sessionstore.h)
        return Credential::None;
    }
    if (m_sessions.touch(BrowserRequest::cookie(request, sessionCookieName())))
        return Credential::Session;
    return Credential::None;
}

std::optional<ApiResponse> ApiServer::crossOriginRefusal(const ApiRequest &request, Credential credential) const
{
    if (credential == Credential::Token)
        return std::nullopt;
    if (!BrowserRequest::isMutating(request.method)) {
        // The cookie comes with requests from every page of this host, whatever its port
        // (cookies ignore ports), and an allowlisted origin may read our answers: a page of
        // another origin reads with the token only, never with our session.
        const QByteArray stated = request.header("origin").trimmed();
        if (credential == Credential::Session && !stated.isEmpty() && !BrowserRequest::isSameOrigin(request, QString::fromUtf8(stated)))
            return BrowserRequest::crossOriginRefused(request);
        return std::nullopt;
    }
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
    // No Allow-Credentials: an allowlisted origin authenticates with the bearer token, which is
    // not a credential in CORS terms; the session cookie is this server's own page's alone.
    response.addHeader("Vary", "Origin");
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
                                  localized(request, QStringLiteral("Host header not allowed for this server"),
                                            QStringLiteral("此服务器不接受该 Host 请求头"))));
        return;
    }

    Router::Match match = m_router.match(request.method, request.rawPath);

    // CORS preflight (an OPTIONS with Origin): answered for allowed origins only, without auth
    // (browsers send no token). A plain OPTIONS (no Origin: not a preflight) on a known path
    // answers 204 with the path's methods in Allow (RFC 9110 §9.3.7), as the original's cors()
    // did; the route list is public (openapi.json). An unknown path goes on to the 401/404 below.
    const QString origin = QString::fromUtf8(request.header("origin"));
    if (request.method == "OPTIONS" && !origin.isEmpty()) {
        if (!m_options.allowedOrigins.contains(origin)) {
            finish(ApiResponse::error(403, QStringLiteral("CORS_ORIGIN_NOT_ALLOWED"),
                                      localized(request, QStringLiteral("origin not allowed"), QStringLiteral("不允许该来源（Origin）"))));
            return;
        }
        ApiResponse r = ApiResponse::empty(204);
        r.addHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
        r.addHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept-Language");
        r.addHeader("Access-Control-Max-Age", "600");
        finish(std::move(r));
        return;
    }
    if (request.method == "OPTIONS" && match.outcome == Router::Outcome::MethodNotAllowed) {
        ApiResponse r = ApiResponse::empty(204);
        r.addHeader("Allow", allowHeader(match.allowedMethods));
        finish(std::move(r));
        return;
    }
    const bool isApi = isApiPath(request.path);
    if (match.outcome == Router::Outcome::NotFound) {
        if (!isApi && m_fallback && (request.method == "GET" || request.method == "HEAD")) {
            m_fallback(request, finish);
            return;
        }
        if (isApi && authenticate(request) == Credential::None) {
            // Do not reveal which paths exist to unauthenticated callers.
            SessionStore::replyAfter(request.header("authorization").isEmpty() ? 0 : m_sessions.failureDelayMs(), this, finish, unauthorized(request));
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
            SessionStore::replyAfter(request.header("authorization").isEmpty() ? 0 : m_sessions.failureDelayMs(), this, finish, unauthorized(request));
            return;
        }
        if (std::optional<ApiResponse> refusal = crossOriginRefusal(request, credential)) {
            finish(std::move(*refusal));
            return;
        }
    }
    if (match.outcome == Router::Outcome::MethodNotAllowed) {
        const QString method = QString::fromLatin1(request.method);
        ApiResponse r = ApiResponse::error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                           localized(request, QStringLiteral("method %1 not allowed here").arg(method),
                                                     QStringLiteral("此路径不支持 %1 方法").arg(method)));
        r.addHeader("Allow", allowHeader(match.allowedMethods));
        finish(std::move(r));
        return;
    }
    if (std::max<qint64>(request.body.size(), request.announcedBodyBytes) > m_options.maxRequestBytes) {
        finish(ApiResponse::error(413, QStringLiteral("PAYLOAD_TOO_LARGE"),
                                  localized(request, QStringLiteral("request body exceeds MAX_REQUEST_SIZE (%1 bytes)").arg(m_options.maxRequestBytes),
                                            QStringLiteral("请求体超过 MAX_REQUEST_SIZE（%1 字节）").arg(m_options.maxRequestBytes))));
        return;
    }
    // express.json() before any handler: a body must be JSON, also on routes that read none
    // (a malformed body never runs a destructive route). 400 malformed, 415 another media type.
    if (!request.body.trimmed().isEmpty()) {
        if (Result<QJsonValue> body = request.jsonValue(); !body.ok()) {
            finish(RouteHelpers::errorResponse(body.error(), request));
            return;
        }
    }
    // ?async=1 runs a route as a job; any other spelling would quietly run it synchronously.
    if (request.query.hasQueryItem(QStringLiteral("async"))) {
        const QString async = request.queryValue(QStringLiteral("async")).toLower();
        if (async != QLatin1String("1") && async != QLatin1String("true") && async != QLatin1String("0") && async != QLatin1String("false")) {
            finish(RouteHelpers::errorResponse(
                Error::validation(QStringLiteral("async"), QStringLiteral("async must be 1, true, 0 or false")), request));
            return;
        }
    }
    request.pathArgs = match.args;
    request.params = match.params;
    match.handler(request, finish);
}

ApiResponse ApiServer::unauthorized(const ApiRequest &request)
{
    ApiResponse r = ApiResponse::error(401, QStringLiteral("UNAUTHORIZED"),
                                       localized(request, QStringLiteral("missing or invalid API token"), QStringLiteral("缺少 API 令牌或令牌无效")));
    r.addHeader("WWW-Authenticate", "Bearer");
    return r;
}

void ApiServer::handle(HttpRequestMessage message, const QHostAddress &peer, const ApiReply &reply)
{
    ++m_requests;
    std::optional<ApiRequest> parsed = toApiRequest(std::move(message), peer);
    if (!parsed) {
        reply(ApiResponse::error(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("malformed request target")));  // no request to read a language from
        return;
    }
    const ApiRequest request = std::move(*parsed);
    dispatch(request, loggedReply(request, reply));
}

ApiReply ApiServer::loggedReply(const ApiRequest &request, const ApiReply &reply)
{
    QElapsedTimer timer;
    timer.start();
    auto answered = std::make_shared<bool>(false);
    return [this, reply, answered, timer, request](ApiResponse response) {
        if (*answered)
            return;
        *answered = true;
        const qint64 elapsed = timer.elapsed();
        writeAccessLog(request, response.status, elapsed);
        emit requestFinished(QString::fromLatin1(request.method), request.path, response.status, elapsed);
        reply(std::move(response));
    };
}

bool ApiServer::refuseFromHead(const HttpRequestMessage &head, const QHostAddress &peer, const ApiReply &reply)
{
    HttpRequestMessage message = head;
    std::optional<ApiRequest> parsed = toApiRequest(std::move(message), peer);
    if (!parsed)
        return false;  // the whole request gets its 400
    const ApiRequest &request = *parsed;
    const Router::Match match = m_router.match(request.method, request.rawPath);
    const bool guarded = match.outcome == Router::Outcome::Matched ? match.requiresAuth : isApiPath(request.path);
    if (!guarded || request.method == "OPTIONS" || authenticate(request) != Credential::None)
        return false;
    ++m_requests;
    const ApiReply logged = loggedReply(request, reply);
    SessionStore::replyAfter(request.header("authorization").isEmpty() ? 0 : m_sessions.failureDelayMs(), this,
                             [this, request, logged](ApiResponse response) {
                                 addCorsHeaders(request, response);
                                 logged(std::move(response));
                             },
                             unauthorized(request));
    return true;
}

void ApiServer::writeAccessLog(const ApiRequest &request, int status, qint64 elapsedMs)
{
    if (!m_accessLog)
        return;
    // Never bodies or tokens; the query string may carry secrets, so the path goes through the redactor.
    // One arg() call: a chained one would fill the "%2F" of an encoded path with the status.
    const QString line = QStringLiteral("%1 %2 %3 %4 %5 %6ms")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                  request.remoteAddress.toString(), QString::fromLatin1(request.method),
                                  Redactor::text(request.rawPath), QString::number(status), QString::number(elapsedMs));
    m_accessLog->appendLine(line);
}

} // namespace ul
