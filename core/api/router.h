#pragma once

#include "core/api/apitypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ul {

// Our own routing over the HTTP transport's requests, so that paths are matched on the raw
// request path (a model name may contain an encoded slash, "%2F", inside one segment), unknown
// paths answer JSON 404s and known paths with a wrong method answer 405 with Allow.
class Router final
{
public:
    enum class Outcome { Matched, NotFound, MethodNotAllowed };
    struct Match
    {
        Outcome outcome = Outcome::NotFound;
        ApiHandler handler;
        QStringList args;
        QHash<QString, QString> params;
        QStringList allowedMethods;  // for 405
        bool requiresAuth = true;
        QString pattern;
    };

    // `pattern` segments starting with ':' capture one path segment (percent-decoded).
    // `methods` e.g. {"GET"} or {"POST"}; HEAD is answered for GET routes.
    void add(const QStringList &methods, const QString &pattern, ApiHandler handler, bool requiresAuth = true);
    void get(const QString &pattern, ApiHandler handler, bool requiresAuth = true) { add({QStringLiteral("GET")}, pattern, std::move(handler), requiresAuth); }
    void post(const QString &pattern, ApiHandler handler) { add({QStringLiteral("POST")}, pattern, std::move(handler)); }
    void put(const QString &pattern, ApiHandler handler) { add({QStringLiteral("PUT")}, pattern, std::move(handler)); }
    void del(const QString &pattern, ApiHandler handler) { add({QStringLiteral("DELETE")}, pattern, std::move(handler)); }

    Match match(const QByteArray &method, const QString &rawPath) const;

    // Every registered (method, pattern) pair, for the OpenAPI description.
    QList<QPair<QString, QString>> routes() const;
    struct RouteInfo
    {
        QString method;
        QString pattern;
        bool requiresAuth = true;
    };
    // The same with whether the route needs the token or a session.
    QList<RouteInfo> routeInfos() const;

    // Splits a raw path into decoded segments ("/a/b%2Fc" → {"a", "b/c"}).
    static QStringList decodedSegments(const QString &rawPath);

private:
    struct Route
    {
        QStringList methods;
        QString pattern;
        QStringList segments;
        ApiHandler handler;
        bool requiresAuth = true;
    };
    QList<Route> m_routes;
};

} // namespace ul
