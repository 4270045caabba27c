#include "core/api/routehelpers.h"

#include "core/api/apimessages.h"
#include "core/common/redactor.h"
#include "core/common/textlist.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <limits>

namespace ul::RouteHelpers {

ApiResponse errorResponse(const Error &error, const ApiRequest &req)
{
    ApiResponse response = ApiResponse::fromError(error, req.wantsChinese());
    QJsonObject details = QJsonDocument::fromJson(error.details.toUtf8()).object();
    if (details.isEmpty())
        return response;
    if (req.wantsChinese())
        details = ApiMessages::withChineseWarnings(details);  // a failed onboarding's warnings
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

Result<QString> stringField(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return Error::validation(field, QStringLiteral("%1 must be a string").arg(field));
    return value.toString();
}

std::optional<Error> readBool(const QJsonObject &body, const QString &field, bool fallback, bool *out)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        *out = fallback;
        return std::nullopt;
    }
    if (!value.isBool())
        return Error::validation(field, QStringLiteral("%1 must be true or false").arg(field));
    *out = value.toBool();
    return std::nullopt;
}

std::optional<Error> misspeltField(const QJsonObject &body, const QStringList &known)
{
    // Compared without case, '_' or '-': dry_run, DryRun and dry-run all read as dryrun.
    const auto fold = [](QString name) { return name.remove(QLatin1Char('_')).remove(QLatin1Char('-')).toLower(); };
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (known.contains(it.key()) || it.key().size() < 4)
            continue;
        if (const std::optional<QString> meant = nameLike(it.key(), known, fold))
            return Error::validation(it.key(), QStringLiteral("unknown field \"%1\"; did you mean \"%2\"?").arg(it.key(), *meant));
    }
    return std::nullopt;
}

Result<qint64> idQueryValue(const ApiRequest &req, const QString &name)
{
    const QString text = req.queryValue(name).trimmed();
    if (text.isEmpty())
        return qint64(0);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (ok && value >= 0)
        return value;
    // All digits but no qint64: say so rather than call a big number "not an integer".
    static const QRegularExpression digits(QStringLiteral("^\\+?[0-9]+$"));
    if (digits.match(text).hasMatch())
        return Error::validation(name, QStringLiteral("%1 is too large (at most %2)").arg(name, QString::number(std::numeric_limits<qint64>::max())));
    return Error::validation(name, QStringLiteral("%1 must be a non-negative integer").arg(name));
}

Result<int> boundedQueryValue(const ApiRequest &req, const QString &name, int minimum, int maximum, int fallback)
{
    const QString text = req.queryValue(name).trimmed();
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok && value >= minimum && value <= maximum)
        return value;
    return Error::validation(name, QStringLiteral("%1 must be a whole number from %2 to %3").arg(name).arg(minimum).arg(maximum));
}

Result<QStringList> stringListField(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    const Error wrong = Error::validation(field, QStringLiteral("%1 must be an array of strings").arg(field));
    if (!value.isArray())
        return wrong;
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            return wrong;
        out.append(v.toString());
    }
    return out;
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
