#include "core/api/webconsole.h"

#include "core/api/apiserver.h"
#include "core/api/browserrequest.h"
#include "core/api/routehelpers.h"
#include "core/api/staticfiles.h"
#include "core/log/categories.h"

#include <QJsonObject>

#include <algorithm>
#include <memory>

namespace ul {

namespace {

const QString kLoginPrefix = QStringLiteral("/login/");

// The embedded pages load nothing from elsewhere and run no inline script.
const QByteArray kConsolePolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                                  "frame-ancestors 'none'";

struct Sites
{
    StaticFiles embedded;
    std::optional<StaticFiles> webRoot;
};

QString credentialName(ApiServer::Credential c)
{
    switch (c) {
    case ApiServer::Credential::Token: return QStringLiteral("token");
    case ApiServer::Credential::Session: return QStringLiteral("session");
    case ApiServer::Credential::AuthDisabled: return QStringLiteral("none");
    case ApiServer::Credential::None: break;
    }
    return {};
}

QByteArray sessionCookie(const ApiServer &server, const QByteArray &value, qint64 maxAgeSecs, bool secure)
{
    QByteArray cookie = server.sessionCookieName() + '=' + value + "; Path=/; Max-Age=" + QByteArray::number(maxAgeSecs)
                        + "; HttpOnly; SameSite=Strict";
    if (secure)
        cookie += "; Secure";
    return cookie;
}

ApiResponse fileResponse(const ApiRequest &req, const StaticFiles::File &file, bool embedded)
{
    const QList<QByteArray> validators = req.header("if-none-match").split(',');
    const bool unchanged = std::any_of(validators.cbegin(), validators.cend(), [&file](const QByteArray &v) {
        const QByteArray tag = v.trimmed();
        return tag == file.etag || tag == "W/" + file.etag || tag == "*";
    });
    ApiResponse r = unchanged ? ApiResponse::empty(304) : ApiResponse::text(file.body, file.contentType);
    // Revalidate every time: cheap with the ETag, and a new binary never shows stale files.
    r.addHeader("Cache-Control", "no-cache");
    r.addHeader("ETag", file.etag);
    r.addHeader("Referrer-Policy", "same-origin");
    r.addHeader("X-Frame-Options", "DENY");
    if (embedded && file.contentType.startsWith("text/html"))
        r.addHeader("Content-Security-Policy", kConsolePolicy);
    return r;
}

ApiResponse redirect(const QByteArray &location)
{
    ApiResponse r = ApiResponse::empty(302);
    r.addHeader("Location", location);
    r.addHeader("Cache-Control", "no-store");
    return r;
}

ApiResponse notFound()
{
    ApiResponse r = ApiResponse::text("404 Not Found\n", "text/plain; charset=utf-8", 404);
    r.addHeader("Cache-Control", "no-store");
    return r;
}

// The delay for answering a request whose Authorization header did not authenticate: wrong
// bearer tokens are throttled like wrong logins (ApiServer::authenticate records them).
qint64 wrongCredentialDelayMs(ApiServer &server, const ApiRequest &req)
{
    return req.header("authorization").isEmpty() ? 0 : server.sessions().failureDelayMs();
}

bool wantsPage(const ApiRequest &req)
{
    return req.path == QLatin1String("/") || req.path.endsWith(QLatin1String(".html")) || req.header("accept").contains("text/html");
}

// Serves the static files: login assets to anybody, everything else to authenticated callers.
void serveStatic(ApiServer &server, const Sites &sites, const ApiRequest &req, const ApiReply &reply)
{
    if (req.path == QLatin1String("/login")) {
        reply(redirect("/login/"));
        return;
    }
    if (req.path.startsWith(kLoginPrefix)) {
        const std::optional<StaticFiles::File> file = sites.embedded.read(req.rawPath);
        reply(file ? fileResponse(req, *file, true) : notFound());
        return;
    }
    if (server.authenticate(req) == ApiServer::Credential::None) {
        SessionStore::replyAfter(wrongCredentialDelayMs(server, req), &server, reply,
                                 wantsPage(req) ? redirect("/login/")
                                                : ApiResponse::error(401, QStringLiteral("UNAUTHORIZED"),
                                                                     localized(req, QStringLiteral("log in first"), QStringLiteral("请先登录"))));
        return;
    }
    if (!sites.webRoot) {
        const std::optional<StaticFiles::File> file = sites.embedded.read(req.rawPath);
        reply(file ? fileResponse(req, *file, true) : notFound());
        return;
    }
    std::optional<StaticFiles::File> file = sites.webRoot->read(req.rawPath);
    if (!file && StaticFiles::acceptablePath(req.rawPath) && !req.path.section(QLatin1Char('/'), -1).contains(QLatin1Char('.')))
        file = sites.webRoot->read(QStringLiteral("/"));  // client-side routes of a single-page app
    reply(file ? fileResponse(req, *file, false) : notFound());
}

// A login or logout must come from our own page when a browser sends it (login CSRF).
bool refuseForeignOrigin(const ApiRequest &req, const ApiReply &reply)
{
    const QString origin = BrowserRequest::statedOrigin(req);
    if (origin.isEmpty() || BrowserRequest::isSameOrigin(req, origin))
        return false;
    reply(BrowserRequest::crossOriginRefused(req));
    return true;
}

void login(ApiServer &server, const ApiRequest &req, const ApiReply &reply)
{
    if (refuseForeignOrigin(req, reply))
        return;
    if (server.options().authDisabled) {
        reply(ApiResponse::json({{QStringLiteral("success"), true},
                                 {QStringLiteral("authenticated"), true},
                                 {QStringLiteral("method"), QStringLiteral("none")}}));
        return;
    }
    SessionStore &sessions = server.sessions();
    Result<QJsonObject> body = req.jsonObject();
    if (!body.ok()) {
        reply(ApiResponse::fromError(body.error(), req.wantsChinese()));
        return;
    }
    const Result<QString> tokenField = RouteHelpers::stringField(*body, QStringLiteral("token"));
    if (!tokenField.ok()) {
        reply(ApiResponse::fromError(tokenField.error(), req.wantsChinese()));
        return;
    }
    const QByteArray token = tokenField->trimmed().toUtf8();
    const QByteArray expected = server.options().token.toUtf8();
    if (token.isEmpty() || expected.isEmpty() || !ApiServer::tokensEqual(token, expected)) {
        // Throttled by delaying this answer, never by refusing the next one (sessionstore.h).
        const qint64 delayMs = sessions.recordFailedCredential();
        qCWarning(lcApi).noquote() << "web console: failed login from" << req.remoteAddress.toString()
                                   << (delayMs > 0 ? QStringLiteral("(answered after %1 ms)").arg(delayMs) : QString());
        SessionStore::replyAfter(delayMs, &server, reply,
                                 ApiResponse::error(401, QStringLiteral("INVALID_TOKEN"),
                                                    localized(req, QStringLiteral("wrong API token"), QStringLiteral("API 令牌错误"))));
        return;
    }
    const QByteArray id = sessions.create();
    const SessionStore::Session *session = sessions.find(id);
    qCInfo(lcApi).noquote() << "web console: login from" << req.remoteAddress.toString();
    ApiResponse r = ApiResponse::json({{QStringLiteral("success"), true},
                                       {QStringLiteral("authenticated"), true},
                                       {QStringLiteral("method"), QStringLiteral("session")},
                                       {QStringLiteral("expiresAt"), session->expiresAt.toUTC().toString(Qt::ISODate)}});
    r.addHeader("Set-Cookie", sessionCookie(server, id, sessions.options().maxLifetimeSecs, BrowserRequest::isHttps(req)));
    reply(r);
}

void sessionState(ApiServer &server, const ApiRequest &req, const ApiReply &reply)
{
    const ApiServer::Credential credential = server.authenticate(req);
    QJsonObject out{{QStringLiteral("authenticated"), credential != ApiServer::Credential::None},
                    {QStringLiteral("method"), credential == ApiServer::Credential::None ? QJsonValue(QJsonValue::Null)
                                                                                        : QJsonValue(credentialName(credential))},
                    {QStringLiteral("authRequired"), !server.options().authDisabled}};
    if (credential == ApiServer::Credential::Session) {
        if (const SessionStore::Session *s = server.sessions().find(BrowserRequest::cookie(req, server.sessionCookieName())))
            out.insert(QStringLiteral("expiresAt"), s->expiresAt.toUTC().toString(Qt::ISODate));
    }
    const qint64 delayMs = credential == ApiServer::Credential::None ? wrongCredentialDelayMs(server, req) : 0;
    SessionStore::replyAfter(delayMs, &server, reply, ApiResponse::json(out));
}

void logout(ApiServer &server, const ApiRequest &req, const ApiReply &reply)
{
    if (refuseForeignOrigin(req, reply))
        return;
    server.sessions().remove(BrowserRequest::cookie(req, server.sessionCookieName()));
    ApiResponse r = ApiResponse::json({{QStringLiteral("success"), true}});
    r.addHeader("Set-Cookie", sessionCookie(server, QByteArray(), 0, BrowserRequest::isHttps(req)));
    reply(r);
}

} // namespace

Status installWebConsole(ApiServer &server, const WebConsoleOptions &options)
{
    Result<StaticFiles> embedded = StaticFiles::open(options.embeddedRoot);
    if (!embedded.ok())
        return Error::internal(QStringLiteral("the embedded web console is missing (%1)").arg(options.embeddedRoot));
    auto sites = std::make_shared<Sites>(Sites{embedded.value(), std::nullopt});
    if (!options.webRoot.isEmpty()) {
        Result<StaticFiles> root = StaticFiles::open(options.webRoot);
        if (!root.ok())
            return root.error();
        sites->webRoot = root.value();
        qCInfo(lcApi).noquote() << "web console: serving" << root->root() << "at / (login page built in)";
    }

    ApiServer *srv = &server;
    Router &router = server.router();
    router.add({QStringLiteral("POST")}, QStringLiteral("/api/session"),
               [srv](const ApiRequest &req, const ApiReply &reply) { login(*srv, req, reply); }, false);
    router.add({QStringLiteral("GET")}, QStringLiteral("/api/session"),
               [srv](const ApiRequest &req, const ApiReply &reply) { sessionState(*srv, req, reply); }, false);
    router.add({QStringLiteral("DELETE")}, QStringLiteral("/api/session"),
               [srv](const ApiRequest &req, const ApiReply &reply) { logout(*srv, req, reply); }, false);
    server.setFallbackHandler([srv, sites](const ApiRequest &req, const ApiReply &reply) { serveStatic(*srv, *sites, req, reply); });
    return {};
}

} // namespace ul
