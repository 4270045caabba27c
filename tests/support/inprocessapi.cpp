#include "tests/support/inprocessapi.h"

#include "core/api/apicontext.h"
#include "core/api/routes.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <optional>

namespace ul::test {

QByteArray compactJson(const QJsonValue &body)
{
    if (body.isObject())
        return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (body.isArray())
        return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return {};
}

RouteAnswer dispatchRequest(ApiServer &server, const QByteArray &method, const QString &rawTarget, const QByteArray &body,
                            const QByteArray &acceptLanguage, int timeoutMs)
{
    ApiRequest req;
    req.method = method;
    const qsizetype q = rawTarget.indexOf(QLatin1Char('?'));
    req.rawPath = q < 0 ? rawTarget : rawTarget.left(q);
    req.path = QUrl::fromPercentEncoding(req.rawPath.toUtf8());
    if (q >= 0)
        req.query = QUrlQuery(rawTarget.mid(q + 1));
    req.body = body;
    req.headers.insert("content-type", "application/json");
    if (!acceptLanguage.isEmpty())
        req.headers.insert("accept-language", acceptLanguage);
    auto answer = std::make_shared<std::optional<ApiResponse>>();
    server.dispatch(req, [answer](ApiResponse r) { *answer = std::move(r); });
    QDeadlineTimer deadline(timeoutMs);
    while (!answer->has_value() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!answer->has_value())
        return {};
    return {(*answer)->status, QJsonDocument::fromJson((*answer)->body).object()};
}

InProcessApi::InProcessApi(Engine &engine)
{
    ApiServerOptions options;
    options.port = 0;
    options.authDisabled = true;
    m_server = std::make_unique<ApiServer>(options);
    registerAllRoutes(m_server->router(), ApiContext{&engine, m_server.get()});
}

InProcessApi::~InProcessApi() = default;

RouteAnswer InProcessApi::call(const QByteArray &method, const QString &rawTarget, const QByteArray &body,
                               const QByteArray &acceptLanguage)
{
    return dispatchRequest(*m_server, method, rawTarget, body, acceptLanguage);
}

} // namespace ul::test
