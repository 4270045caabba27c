#pragma once

#include "core/common/result.h"

#include <QString>

namespace ul {

class ApiServer;

struct WebConsoleOptions
{
    QString webRoot;                                    // --web-root; empty = the embedded console
    QString embeddedRoot = QStringLiteral(":/web");     // where resources/web/ is compiled in
};

// The web console at / (uni-load-behaviour.md §22.3, DESIGN.md §6): the embedded front end from
// resources/web/ or the operator's --web-root directory, plus the token login that turns the API
// token into an HttpOnly, SameSite=Strict session cookie.
//
//   POST   /api/session {token}  → 200 {success, authenticated, expiresAt} + Set-Cookie; 401 wrong
//                                  token (later and later while wrong guesses keep coming, never a
//                                  lockout: SessionStore::recordFailedCredential), 403 from another origin
//   GET    /api/session          → {authenticated, method:"token"|"session"|"none"|null, authRequired}
//   DELETE /api/session          → {success} and an expired cookie
//
// Without a credential only the login page and its assets (/login/…, always the embedded ones)
// are served: "/" and pages redirect there, other files answer 401. With --web-root, a path that
// names no file and has no extension gets the root's index.html (single-page applications).
// Fails when the web root is not a readable directory.
Status installWebConsole(ApiServer &server, const WebConsoleOptions &options);

} // namespace ul
