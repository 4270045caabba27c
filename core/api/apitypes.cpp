#include "core/api/apitypes.h"

#include "core/api/apimessages.h"
#include "core/common/redactor.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ul {

bool ApiRequest::wantsChinese() const
{
    return header("accept-language").trimmed().toLower().startsWith("zh");
}

bool ApiRequest::wantsAsync() const
{
    return queryFlag(QStringLiteral("async"), false);
}

bool ApiRequest::queryFlag(const QString &name, bool fallback) const
{
    const QString v = queryValue(name).toLower();
    if (v == QLatin1String("1") || v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("0") || v == QLatin1String("false"))
        return false;
    return fallback;
}

namespace {

// A body that is not what the route reads: 400 INVALID_JSON naming the body (field and details,
// as the server's own check before any route answers).
Error invalidBody(const QString &message)
{
    Error e = Error::validation(QStringLiteral("body"), message);
    e.code = QStringLiteral("INVALID_JSON");
    e.details = QStringLiteral(R"({"field":"body"})");
    return e;
}

} // namespace

Result<QJsonValue> ApiRequest::jsonValue() const
{
    if (body.trimmed().isEmpty())
        return QJsonValue(QJsonObject());
    const QByteArray type = header("content-type").toLower();
    const bool declaredJson = type.isEmpty() || type.contains("json");
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        if (!declaredJson) {
            Error e = Error::make(ErrorKind::Validation, QStringLiteral("request body must be JSON (Content-Type: application/json)"));
            e.code = QStringLiteral("UNSUPPORTED_MEDIA_TYPE");
            e.httpStatus = 415;
            e.details = QStringLiteral(R"({"field":"body"})");
            return e;
        }
        // Qt 6.4 reads only objects and arrays at the top: a lone string, number or null is JSON
        // all the same, just not what any route takes.
        QJsonParseError inner{};
        (void)QJsonDocument::fromJson(QByteArray('[' + body + ']'), &inner);
        if (inner.error == QJsonParseError::NoError)
            return invalidBody(QStringLiteral("request body must be a JSON object"));
        return invalidBody(QStringLiteral("malformed JSON at offset %1: %2").arg(err.offset).arg(err.errorString()));
    }
    if (doc.isObject())
        return QJsonValue(doc.object());
    return QJsonValue(doc.array());
}

Result<QJsonObject> ApiRequest::jsonObject() const
{
    Result<QJsonValue> v = jsonValue();
    if (!v.ok())
        return v.error();
    if (!v->isObject())
        return invalidBody(QStringLiteral("request body must be a JSON object"));
    return v->toObject();
}

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    return jsonValue(object, status);
}

ApiResponse ApiResponse::jsonValue(const QJsonValue &value, int status)
{
    ApiResponse r;
    r.status = status;
    if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else
        r.body = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);  // bare scalar
    return r;
}

ApiResponse ApiResponse::text(const QByteArray &body, const QByteArray &contentType, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

ApiResponse ApiResponse::empty(int status)
{
    ApiResponse r;
    r.status = status;
    r.contentType.clear();
    return r;
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message, const QString &details)
{
    QJsonObject o{{QStringLiteral("success"), false},
                  {QStringLiteral("error"), Redactor::text(message)},
                  {QStringLiteral("message"), Redactor::text(message)},
                  {QStringLiteral("code"), code}};
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), Redactor::text(details));
    return json(o, status);
}

int ApiResponse::statusFor(const Error &e)
{
    if (e.code == QLatin1String("UNSUPPORTED_MEDIA_TYPE"))
        return 415;
    switch (e.kind) {
    case ErrorKind::Validation: return 400;
    case ErrorKind::NotFound: return 404;
    case ErrorKind::Conflict: return 409;
    case ErrorKind::Auth: return 502;          // gpt-load rejected our admin key: an upstream problem
    case ErrorKind::Unprocessable: return 422;
    case ErrorKind::Unavailable: return 503;
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::ServerBusy:
    case ErrorKind::Server:
    case ErrorKind::RouteMissing:
    case ErrorKind::Protocol:
    case ErrorKind::Upstream: return 502;
    case ErrorKind::Cancelled: return 503;
    case ErrorKind::Io:
    case ErrorKind::Internal: return 500;
    }
    return 500;
}

ApiResponse ApiResponse::fromError(const Error &e, bool chinese)
{
    // The code is the stable, untranslated part; the message follows Accept-Language.
    QString code = e.code;
    if (code.isEmpty())
        code = errorKindName(e.kind).toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
    ApiResponse r = error(statusFor(e), code, chinese ? ApiMessages::chinese(e) : e.message, e.details);
    if (!e.field.isEmpty()) {
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        o.insert(QStringLiteral("field"), e.field);
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    return r;
}

} // namespace ul
