#pragma once

#include "core/api/apitypes.h"
#include "core/api/httprequestparser.h"
#include "core/api/router.h"
#include "core/api/sessionstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

class QTcpServer;

namespace ul {

class RotatingFileWriter;

struct ApiServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 3002;                  // 0 = ephemeral
    QString token;                        // bearer token; empty + authDisabled=false → every guarded route 401
    bool authDisabled = false;            // API_AUTH=none (loopback only; checked by the caller)
    QStringList allowedOrigins;           // CORS allowlist (exact origins)
    QStringList allowedHosts;             // extra Host names accepted on a loopback bind
    qint64 maxRequestBytes = 10 * 1024 * 1024;
    HttpLimits http;                      // transport limits; maxBodyBytes comes from maxRequestBytes
    int maxConnections = 256;             // further clients are disconnected at once
    int maxConnectionsPerClient = 64;     // from one address (a reverse proxy is one client)
    QString accessLogPath;                // logs/access.log; empty = none
    SessionOptions sessions;              // web console login sessions
    const Clock *clock = nullptr;         // session ages; nullptr = system clock
};

// HTTP transport and the rules every request passes (uni-load-behaviour.md §22.3): bearer-token
// auth with constant-time comparison, Host check on loopback binds, CORS for the allowlist only,
// 413 above MAX_REQUEST_SIZE, JSON 404 and 405, access log. The web console's session cookie
// authorises like the token, but a cookie-authenticated request that changes anything must come
// from the server's own origin (Origin, else Referer); a token-authenticated one needs no origin.
// Routing is ours (Router), and so is the HTTP/1.1 transport (HttpConnection over QTcpServer):
// QHttpServer 6.4 buffers whole bodies before a handler can refuse them, crashes on early
// disconnects with QFuture handlers (qt64-notes.md §3.3) and, through its QSslConfiguration
// member, loads OpenSSL into every process (4 MiB of the idle footprint) although the API
// speaks plain HTTP behind a TLS proxy. Lives in the main thread.
//
// Long operations reply later through the reply callback; an answer for a client that has gone
// away is dropped.
class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    explicit ApiServer(ApiServerOptions options, QObject *parent = nullptr);
    ~ApiServer() override;

    Router &router() { return m_router; }

    // Binds and starts serving; returns the actual port (useful with port 0).
    Result<quint16> listen();
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_options.address; }
    const ApiServerOptions &options() const { return m_options; }

    // Processes one request without sockets (route tests and the web console share it).
    void dispatch(const ApiRequest &request, const ApiReply &reply);

    // How a request is authenticated. Session refreshes the session's idle timer.
    enum class Credential { None, Token, Session, AuthDisabled };
    Credential authenticate(const ApiRequest &request);
    SessionStore &sessions() { return m_sessions; }
    // "uniload_session_<port>": browsers share cookies across the ports of one host, so two
    // consoles on one machine (or the demo beside a real server) would log each other out.
    QByteArray sessionCookieName() const;

    // Answers GET and HEAD requests outside /api/ that no route matches (the web console).
    void setFallbackHandler(ApiHandler handler) { m_fallback = std::move(handler); }

    static bool tokensEqual(const QByteArray &a, const QByteArray &b);
    static bool isLoopback(const QHostAddress &address);

    quint64 requestsServed() const { return m_requests; }

signals:
    void requestFinished(const QString &method, const QString &path, int status, qint64 elapsedMs);

private:
    void acceptConnections();
    void handle(HttpRequestMessage message, const QHostAddress &peer, const ApiReply &reply);
    // HttpConnection::HeadCheck: a request without a valid credential for a guarded route is
    // answered 401 from its head, so that its body (up to MAX_REQUEST_SIZE, at any pace) is never read.
    bool refuseFromHead(const HttpRequestMessage &head, const QHostAddress &peer, const ApiReply &reply);
    // The access log line and requestFinished for an answered request, then the answer.
    ApiReply loggedReply(const ApiRequest &request, const ApiReply &reply);
    bool hostAllowed(const ApiRequest &request) const;
    // 403 for a state-changing request a browser sent from another origin.
    std::optional<ApiResponse> crossOriginRefusal(const ApiRequest &request, Credential credential) const;
    void addCorsHeaders(const ApiRequest &request, ApiResponse &response) const;
    // 401 UNAUTHORIZED with WWW-Authenticate: Bearer, in the request's language.
    static ApiResponse unauthorized(const ApiRequest &request);
    void writeAccessLog(const ApiRequest &request, int status, qint64 elapsedMs);

    ApiServerOptions m_options;
    Router m_router;
    SessionStore m_sessions;
    ApiHandler m_fallback;
    QTcpServer *m_tcp = nullptr;
    int m_connections = 0;
    QHash<QHostAddress, int> m_connectionsPerClient;
    quint16 m_port = 0;
    std::unique_ptr<RotatingFileWriter> m_accessLog;
    quint64 m_requests = 0;
};

} // namespace ul
