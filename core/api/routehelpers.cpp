#include "core/api/routehelpers.h"

#include "core/common/redactor.h"

#include <QJsonDocument>

namespace ul::RouteHelpers {

ApiResponse errorResponse(const Error &error, const ApiRequest &req)
{
    ApiResponse response = ApiResponse::fromError(error, req.wantsChinese());
    const QJsonObject details = QJsonDocument::fromJson(error.details.toUtf8()).object();
    if (details.isEmpty())
        return response;
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    body.insert(QStringLiteral("details"), Redactor::json(details));
    return ApiResponse::json(body, response.status);
}

bool readBody(const ApiRequest &req, const ApiReply &reply, QJsonObject *body)
{
    Result<QJsonObject> parsed = req.jsonObject();
    if (!parsed.ok()) {
        reply(errorResponse(parsed.error(), req));
        return false;
    }
    *body = parsed.value();
    return true;
}

QJsonObject envelope(const QString &message, const QJsonObject &data)
{
    return {{QStringLiteral("success"), true}, {QStringLiteral("message"), message}, {QStringLiteral("data"), data}};
}

QJsonObject ok(const QString &message)
{
    return {{QStringLiteral("success"), true}, {QStringLiteral("message"), message}};
}

void replyJobStarted(QFuture<Result<QString>> future, const ApiContext &ctx, const ApiRequest &req, const ApiReply &reply)
{
    replyWith(
        future, ctx, req, reply,
        [](const QString &jobId) {
            return QJsonObject{{QStringLiteral("success"), true},
                               {QStringLiteral("jobId"), jobId},
                               {QStringLiteral("statusUrl"), QString(QStringLiteral("/api/jobs/") + jobId)}};
        },
        202);
}

} // namespace ul::RouteHelpers
