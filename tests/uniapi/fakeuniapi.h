#pragma once

#include "core/sim/simhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ul::test {

// A fake uni-api on 127.0.0.1 for the reload tests: records POST /v1/api_config/update and
// GET /v1/models, answers the update as told (200, 401, 500 or never) and lists `models`.
class FakeUniApi
{
public:
    enum class Update { Ok, Unauthorized, ServerError, Hang };

    explicit FakeUniApi(QString adminKey) : m_adminKey(std::move(adminKey))
    {
        m_server.setHandler([this](const SimHttpRequest &request, const SimResponder &responder) { handle(request, responder); });
    }

    bool start() { return m_server.listen(0); }
    QString url() const { return m_server.url(); }

    Update update = Update::Ok;
    QStringList models;                  // what GET /v1/models lists
    QList<SimHttpRequest> updates;       // POST /v1/api_config/update, in order
    int modelCalls = 0;

private:
    void handle(const SimHttpRequest &request, const SimResponder &responder)
    {
        const bool admin = request.header("Authorization") == "Bearer " + m_adminKey.toUtf8();
        if (request.path == QLatin1String("/v1/api_config/update") && request.method == "POST") {
            updates.append(request);
            switch (update) {
            case Update::Ok:
                responder.respond(SimHttpResponse::json(admin ? 200 : 401, QJsonObject{{QStringLiteral("message"), QStringLiteral("ok")}}));
                return;
            case Update::Unauthorized:
                responder.respond(SimHttpResponse::json(401, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Invalid admin key")}}));
                return;
            case Update::ServerError:
                responder.respond(SimHttpResponse::text(500, "Internal Server Error: coroutine was never awaited"));
                return;
            case Update::Hang:
                responder.hang();
                return;
            }
        }
        if (request.path == QLatin1String("/v1/models") && request.method == "GET") {
            ++modelCalls;
            if (!admin) {
                responder.respond(SimHttpResponse::json(401, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Invalid API key")}}));
                return;
            }
            QJsonArray data;
            for (const QString &m : std::as_const(models))
                data.append(QJsonObject{{QStringLiteral("id"), m}, {QStringLiteral("object"), QStringLiteral("model")}});
            responder.respond(SimHttpResponse::json(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                                     {QStringLiteral("data"), data}}));
            return;
        }
        responder.respond(SimHttpResponse::json(404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not Found")}}));
    }

    QString m_adminKey;
    SimHttpServer m_server;
};

} // namespace ul::test
