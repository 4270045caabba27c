#pragma once

#include "core/api/apicontext.h"
#include "core/api/apitypes.h"
#include "core/common/future.h"

#include <QFuture>
#include <QJsonObject>

#include <optional>

namespace ul {

// Shared plumbing of the route files: error mapping with structured details, delivering engine
// results back to the server thread, body parsing, the {success, message, data} envelope.
namespace RouteHelpers {

// ApiResponse::fromError, keeping a JSON `details` object as an object.
ApiResponse errorResponse(const Error &error, const ApiRequest &req);

// Parses the JSON object body; on failure answers the request and returns false.
bool readBody(const ApiRequest &req, const ApiReply &reply, QJsonObject *body);

// Typed readers of body fields (a number where a string belongs must not read as ""):
// absent or null → empty; anything but a string → Validation "<field> must be a string".
Result<QString> stringField(const QJsonObject &body, const QString &field);
// An array of strings; absent or null → empty; otherwise Validation "<field> must be an array of strings".
Result<QStringList> stringListField(const QJsonObject &body, const QString &field);
// An optional boolean field into *out: absent or null → `fallback`; anything but a JSON boolean
// → the validation error.
std::optional<Error> readBool(const QJsonObject &body, const QString &field, bool fallback, bool *out);
// A field of `body` that is none of `known` but reads like one of them ("dryrun", "dry_run",
// "dryRn" for dryRun): Validation "unknown field "dryrun"; did you mean "dryRun"?", so a mistyped
// safety option never runs the real action. Other unknown fields are ignored, as the original
// uni-load ignores them.
std::optional<Error> misspeltField(const QJsonObject &body, const QStringList &known);
// A non-negative integer query parameter (an id to read after); absent or empty → 0, anything
// else Validation "<name> must be a non-negative integer".
Result<qint64> idQueryValue(const ApiRequest &req, const QString &name);
// A whole-number query parameter from `minimum` to `maximum`; absent or empty → `fallback`,
// anything else Validation "<name> must be a whole number from <minimum> to <maximum>".
Result<int> boundedQueryValue(const ApiRequest &req, const QString &name, int minimum, int maximum, int fallback);

// {success:true, message, data}
QJsonObject envelope(const QString &message, const QJsonObject &data);
// {success:true, message}
QJsonObject ok(const QString &message);

// Answers with toJson(value) (status `status`), or with the error.
template <typename T, typename ToJson>
void replyWith(QFuture<Result<T>> future, const ApiContext &ctx, const ApiRequest &req, const ApiReply &reply, ToJson toJson,
               int status = 200)
{
    deliverTo(future, ctx.receiver, [req, reply, toJson, status](const Result<T> &result) {
        if (!result.ok())
            reply(errorResponse(result.error(), req));
        else
            reply(ApiResponse::json(toJson(result.value()), status));
    });
}

// 202 {success:true, jobId, statusUrl} for ?async=1 requests, or the error.
void replyJobStarted(QFuture<Result<QString>> future, const ApiContext &ctx, const ApiRequest &req, const ApiReply &reply);

} // namespace RouteHelpers
} // namespace ul
