#include "core/api/router.h"

#include <QUrl>

namespace ul {

QStringList Router::decodedSegments(const QString &rawPath)
{
    QString path = rawPath;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    if (q >= 0)
        path.truncate(q);
    QStringList out;
    const auto parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    out.reserve(parts.size());
    for (const QString &p : parts)
        out.append(QUrl::fromPercentEncoding(p.toUtf8()));
    return out;
}

void Router::add(const QStringList &methods, const QString &pattern, ApiHandler handler, bool requiresAuth)
{
    Route r;
    r.methods = methods;
    r.pattern = pattern;
    r.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    r.handler = std::move(handler);
    r.requiresAuth = requiresAuth;
    m_routes.append(std::move(r));
}

Router::Match Router::match(const QByteArray &method, const QString &rawPath) const
{
    const QStringList segments = decodedSegments(rawPath);
    const QString m = QString::fromLatin1(method).toUpper();
    Match result;
    for (const Route &r : m_routes) {
        if (r.segments.size() != segments.size())
            continue;
        QStringList args;
        QHash<QString, QString> params;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            const QString &want = r.segments.at(i);
            if (want.startsWith(QLatin1Char(':'))) {
                if (segments.at(i).isEmpty())
                    ok = false;
                args.append(segments.at(i));
                params.insert(want.mid(1), segments.at(i));
            } else if (want != segments.at(i)) {
                ok = false;
            }
        }
        if (!ok)
            continue;
        const bool methodOk = r.methods.contains(m) || (m == QLatin1String("HEAD") && r.methods.contains(QLatin1String("GET")));
        if (!methodOk) {
            result.outcome = Outcome::MethodNotAllowed;
            for (const QString &allowed : r.methods) {
                if (!result.allowedMethods.contains(allowed))
                    result.allowedMethods.append(allowed);
            }
            result.requiresAuth = result.requiresAuth && r.requiresAuth;
            continue;
        }
        Match hit;
        hit.outcome = Outcome::Matched;
        hit.handler = r.handler;
        hit.args = args;
        hit.params = params;
        hit.requiresAuth = r.requiresAuth;
        hit.pattern = r.pattern;
        return hit;
    }
    return result;
}

QList<QPair<QString, QString>> Router::routes() const
{
    QList<QPair<QString, QString>> out;
    for (const Route &r : m_routes) {
        for (const QString &m : r.methods)
            out.append({m, r.pattern});
    }
    return out;
}

QList<Router::RouteInfo> Router::routeInfos() const
{
    QList<RouteInfo> out;
    for (const Route &r : m_routes) {
        for (const QString &m : r.methods)
            out.append({m, r.pattern, r.requiresAuth});
    }
    return out;
}

} // namespace ul
