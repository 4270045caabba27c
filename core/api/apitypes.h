#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace ul {

// A request as route handlers see it: plain values, no transport types, so handlers can be
// tested without sockets.
struct ApiRequest
{
    QByteArray method;                      // upper case: GET, POST, …
    QString path;                           // decoded path, e.g. /api/status
    QString rawPath;                        // as received, percent-encoding intact
    QStringList pathArgs;                   // values of ":name" segments, decoded, in order
    QHash<QString, QString> params;         // the same by name
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;  // lower-case names
    QByteArray body;
    // The body size the client announced: above body.size() when the transport did not read a
    // body larger than MAX_REQUEST_SIZE (such a request is answered 413 before any handler).
    qint64 announcedBodyBytes = 0;
    QHostAddress remoteAddress;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QString queryValue(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    bool wantsChinese() const;              // Accept-Language zh* → Chinese messages
    bool wantsAsync() const;                // ?async=1
    // A yes/no query parameter: 1/true or 0/false (any case); `fallback` when absent or neither.
    bool queryFlag(const QString &name, bool fallback) const;

    // The JSON body: an empty body gives {}; malformed JSON → Validation error (400); a
    // non-empty body that is not JSON → error with code UNSUPPORTED_MEDIA_TYPE (415).
    Result<QJsonObject> jsonObject() const;
    // Same, for routes that also accept an array (e.g. a list of decisions).
    Result<QJsonValue> jsonValue() const;
};

struct ApiResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(const QJsonObject &object, int status = 200);
    static ApiResponse jsonValue(const QJsonValue &value, int status = 200);
    static ApiResponse text(const QByteArray &body, const QByteArray &contentType, int status = 200);
    static ApiResponse empty(int status);
    // {"success":false,"error":…,"code":…} (+ "details" when given).
    static ApiResponse error(int status, const QString &code, const QString &message, const QString &details = QString());
    // Maps an engine Error to the status and shape of uni-load-behaviour.md §22.3.
    static ApiResponse fromError(const Error &error, bool chinese = false);
    static int statusFor(const Error &error);

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
};

// Called exactly once per request, now or later (for long operations).
using ApiReply = std::function<void(ApiResponse)>;
using ApiHandler = std::function<void(const ApiRequest &, const ApiReply &)>;

// English/Chinese message pair; API messages follow Accept-Language.
inline QString localized(const ApiRequest &req, const QString &en, const QString &zh)
{
    return req.wantsChinese() ? zh : en;
}

} // namespace ul
