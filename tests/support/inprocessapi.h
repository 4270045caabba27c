#pragma once

#include "core/api/apiserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <memory>

namespace ul {
class Engine;
}

namespace ul::test {

// The status and JSON object body of an answer; status 0 when none came in time.
struct RouteAnswer
{
    int status = 0;
    QJsonObject json;
};

// An object or array as a compact JSON body; anything else as no body.
QByteArray compactJson(const QJsonValue &body);

// One request through ApiServer::dispatch() (no socket), waiting for the answer up to
// `timeoutMs`. `rawTarget` is the target as on the wire: percent-encoding intact, query after
// '?'. The content type is JSON; Accept-Language is sent unless `acceptLanguage` is empty.
RouteAnswer dispatchRequest(ApiServer &server, const QByteArray &method, const QString &rawTarget, const QByteArray &body = {},
                            const QByteArray &acceptLanguage = "en-US", int timeoutMs = 60000);

// Every route of the application over `engine` on an ApiServer that never listens (auth off),
// for the route tests that call the handlers in process.
class InProcessApi final
{
public:
    explicit InProcessApi(Engine &engine);
    ~InProcessApi();
    InProcessApi(const InProcessApi &) = delete;
    InProcessApi &operator=(const InProcessApi &) = delete;

    ApiServer &server() { return *m_server; }
    RouteAnswer call(const QByteArray &method, const QString &rawTarget, const QByteArray &body = {},
                     const QByteArray &acceptLanguage = "en-US");

private:
    std::unique_ptr<ApiServer> m_server;
};

} // namespace ul::test
