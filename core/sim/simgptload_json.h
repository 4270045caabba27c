#pragma once

// Internal to SimGptLoad: envelopes, localisation, JSON shapes and gin-like request binding.

#include "core/sim/simgptload_state.h"
#include "core/sim/simhttp.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace ul {

enum class SimLang { Zh, En, Ja };

// An error answer, or nothing when a check passed.
using SimFailure = std::optional<SimHttpResponse>;

// First Accept-Language tag: en* → English, ja* → Japanese, anything else → Chinese.
SimLang simLanguage(const SimHttpRequest &request);
// Localised text; Japanese falls back to English in the simulator.
QString simText(SimLang lang, const char *english, const char *chinese);

// gpt-load's extractAuthKey (§1.2): ?key=, "Authorization: Bearer ", X-Api-Key, X-Goog-Api-Key.
QString simExtractAuthKey(const SimHttpRequest &request);

// {"code":0,"message":…,"data":…}; an undefined `data` is omitted.
SimHttpResponse simSuccess(SimLang lang, const QJsonValue &data = QJsonValue(QJsonValue::Undefined));
SimHttpResponse simSuccessMessage(const QString &message, const QJsonValue &data = QJsonValue(QJsonValue::Undefined));
// {"code":"<CODE>","message":…}
SimHttpResponse simError(int status, const char *code, const QString &message);
// {"error":"Not Found"} — unknown routes and wrong methods.
SimHttpResponse simRouteNotFound();

// Timestamps as Go encodes time.Time (RFC 3339 with nanoseconds); invalid → zero time.
QString simTimestamp(const QDateTime &t);
QJsonValue simTimestampOrNull(const QDateTime &t);
// Go duration text, e.g. "1h2m3.5s", "350ms".
QString simGoDuration(qint64 ms);

QJsonObject simGroupResponse(const SimGroup &group, const SimGptLoadState &state);
// The raw database model (sub-group lists, /groups/list); `identityOnly` zeroes all but id/names.
QJsonObject simRawGroupModel(const SimGroup &group, const SimGptLoadState &state, bool identityOnly);
QJsonObject simKeyJson(const SimKey &key);
QJsonObject simLogJson(const SimLogItem &item);
QJsonObject simTaskJson(const SimTaskStatus &task);
QJsonArray simUpstreamsJson(const QList<SimUpstream> &upstreams);
QJsonArray simHeaderRulesJson(const QList<SimHeaderRule> &rules);

// Pagination (§3): page < 1 → 1; size ≤ 0 → 15; size > 1000 → 1000.
struct SimPage
{
    int page = 1;
    int size = 15;
};
SimPage simPageFromQuery(const SimHttpRequest &request);
QJsonObject simPaginated(const QJsonArray &pageItems, const SimPage &page, qint64 totalItems);

bool simProfileHasAggregates(SimGptLoadProfile profile);

// Parses a body as a JSON object the way gin's ShouldBindJSON fails: "EOF" for an empty body,
// a parse message otherwise.
std::optional<QJsonObject> simParseBody(const QByteArray &body, QString *error);

// Reads fields with Go's json typing rules; the first type error is kept (INVALID_JSON text).
class SimJsonBinder
{
public:
    SimJsonBinder(const QJsonObject &object, const char *goStruct) : m_object(object), m_struct(goStruct) {}

    bool has(const QString &field) const { return m_object.contains(field); }
    bool isNull(const QString &field) const { return m_object.value(field).isNull(); }
    // absent or null → nullopt (Go's zero value / nil pointer)
    std::optional<QString> string(const QString &field);
    std::optional<qint64> integer(const QString &field);
    std::optional<qint64> unsignedInteger(const QString &field);
    std::optional<bool> boolean(const QString &field);
    std::optional<QJsonObject> object(const QString &field);
    std::optional<QJsonArray> array(const QString &field);
    // Fails with Go's "required" validator text when the value is absent or zero.
    void require(const char *goField, bool isZero);

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void typeError(const QString &field, const QJsonValue &value, const char *goType);

    QJsonObject m_object;
    const char *m_struct;
    QString m_error;
};

} // namespace ul
