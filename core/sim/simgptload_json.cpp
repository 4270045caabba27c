#include "core/sim/simgptload_json.h"

#include <QJsonDocument>

#include <cmath>

namespace ul {

SimLang simLanguage(const SimHttpRequest &request)
{
    const QByteArray header = request.header("Accept-Language").trimmed();
    const QByteArray first = header.split(',').value(0).split(';').value(0).trimmed().toLower();
    if (first.startsWith("en"))
        return SimLang::En;
    if (first.startsWith("ja"))
        return SimLang::Ja;
    return SimLang::Zh;
}

QString simText(SimLang lang, const char *english, const char *chinese)
{
    return lang == SimLang::Zh ? QString::fromUtf8(chinese) : QString::fromUtf8(english);
}

QString simExtractAuthKey(const SimHttpRequest &request)
{
    const QString queryKey = request.queryValue(QStringLiteral("key"));
    if (!queryKey.isEmpty())
        return queryKey;
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Bearer "))
        return QString::fromUtf8(authorization.mid(7));
    const QByteArray apiKey = request.header("X-Api-Key");
    if (!apiKey.isEmpty())
        return QString::fromUtf8(apiKey);
    return QString::fromUtf8(request.header("X-Goog-Api-Key"));
}

SimHttpResponse simSuccess(SimLang lang, const QJsonValue &data)
{
    return simSuccessMessage(simText(lang, "Success", "操作成功"), data);
}

SimHttpResponse simSuccessMessage(const QString &message, const QJsonValue &data)
{
    QJsonObject body{{QStringLiteral("code"), 0}, {QStringLiteral("message"), message}};
    if (!data.isUndefined())
        body.insert(QStringLiteral("data"), data);
    return SimHttpResponse::json(200, body);
}

SimHttpResponse simError(int status, const char *code, const QString &message)
{
    return SimHttpResponse::json(status, QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                                     {QStringLiteral("message"), message}});
}

SimHttpResponse simRouteNotFound()
{
    return SimHttpResponse::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("Not Found")}});
}

QString simTimestamp(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("0001-01-01T00:00:00Z");
    const QDateTime utc = t.toUTC();
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000000Z");
}

QJsonValue simTimestampOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(simTimestamp(t)) : QJsonValue(QJsonValue::Null);
}

QString simGoDuration(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("0s");
    if (ms < 1000)
        return QStringLiteral("%1ms").arg(ms);
    const qint64 hours = ms / 3600000;
    const qint64 minutes = (ms / 60000) % 60;
    const qint64 seconds = (ms / 1000) % 60;
    const qint64 millis = ms % 1000;
    QString out;
    if (hours > 0)
        out += QString::number(hours) + QLatin1Char('h');
    if (hours > 0 || minutes > 0)
        out += QString::number(minutes) + QLatin1Char('m');
    out += QString::number(seconds);
    if (millis > 0) {
        QString frac = QStringLiteral("%1").arg(millis, 3, 10, QLatin1Char('0'));
        while (frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
        out += QLatin1Char('.') + frac;
    }
    out += QLatin1Char('s');
    return out;
}

bool simProfileHasAggregates(SimGptLoadProfile profile)
{
    return profile != SimGptLoadProfile::V1_2;
}

QJsonArray simUpstreamsJson(const QList<SimUpstream> &upstreams)
{
    QJsonArray out;
    for (const SimUpstream &u : upstreams)
        out.append(QJsonObject{{QStringLiteral("url"), u.url}, {QStringLiteral("weight"), u.weight}});
    return out;
}

QJsonArray simHeaderRulesJson(const QList<SimHeaderRule> &rules)
{
    QJsonArray out;
    for (const SimHeaderRule &r : rules) {
        out.append(QJsonObject{{QStringLiteral("key"), r.key},
                               {QStringLiteral("value"), r.value},
                               {QStringLiteral("action"), r.action}});
    }
    return out;
}

QJsonObject simGroupResponse(const SimGroup &g, const SimGptLoadState &state)
{
    const bool modern = simProfileHasAggregates(state.options.profile);
    QJsonObject o{
        {QStringLiteral("id"), g.id},
        {QStringLiteral("name"), g.name},
        {QStringLiteral("endpoint"), QString(state.appUrl() + QStringLiteral("/proxy/") + g.name)},
        {QStringLiteral("display_name"), g.displayName},
        {QStringLiteral("description"), g.description},
        {QStringLiteral("upstreams"), simUpstreamsJson(g.upstreams)},
        {QStringLiteral("channel_type"), g.channelType},
        {QStringLiteral("sort"), g.sort},
        {QStringLiteral("test_model"), g.testModel},
        {QStringLiteral("validation_endpoint"), g.validationEndpoint},
        {QStringLiteral("param_overrides"), g.paramOverrides},
        {QStringLiteral("config"), g.config},
        {QStringLiteral("header_rules"), simHeaderRulesJson(g.headerRules)},
        {QStringLiteral("proxy_keys"), g.proxyKeys},
        {QStringLiteral("last_validated_at"), simTimestampOrNull(g.lastValidatedAt)},
        {QStringLiteral("created_at"), simTimestamp(g.createdAt)},
        {QStringLiteral("updated_at"), simTimestamp(g.updatedAt)},
    };
    if (modern) {
        o.insert(QStringLiteral("group_type"), g.groupType);
        o.insert(QStringLiteral("model_redirect_rules"), g.modelRedirectRules);
        o.insert(QStringLiteral("model_redirect_strict"), g.modelRedirectStrict);
    }
    return o;
}

QJsonObject simRawGroupModel(const SimGroup &g, const SimGptLoadState &state, bool identityOnly)
{
    const bool modern = simProfileHasAggregates(state.options.profile);
    QJsonObject effective;
    for (const QString &key : {QStringLiteral("request_timeout"), QStringLiteral("connect_timeout"),
                               QStringLiteral("idle_conn_timeout"), QStringLiteral("response_header_timeout"),
                               QStringLiteral("max_idle_conns"), QStringLiteral("max_idle_conns_per_host"),
                               QStringLiteral("max_retries"), QStringLiteral("blacklist_threshold"),
                               QStringLiteral("key_validation_interval_minutes"),
                               QStringLiteral("key_validation_concurrency"),
                               QStringLiteral("key_validation_timeout_seconds")})
        effective.insert(key, 0);
    effective.insert(QStringLiteral("proxy_url"), QString());
    effective.insert(QStringLiteral("failover_status_codes"), QString());
    effective.insert(QStringLiteral("enable_request_body_logging"), false);

    QJsonObject o{
        {QStringLiteral("id"), g.id},
        {QStringLiteral("name"), g.name},
        {QStringLiteral("display_name"), g.displayName},
        {QStringLiteral("endpoint"), QString()},
        {QStringLiteral("effective_config"), effective},
        {QStringLiteral("api_keys"), QJsonValue::Null},
    };
    if (identityOnly) {
        o.insert(QStringLiteral("description"), QString());
        o.insert(QStringLiteral("upstreams"), QJsonValue::Null);
        o.insert(QStringLiteral("validation_endpoint"), QString());
        o.insert(QStringLiteral("channel_type"), QString());
        o.insert(QStringLiteral("sort"), 0);
        o.insert(QStringLiteral("test_model"), QString());
        o.insert(QStringLiteral("param_overrides"), QJsonValue::Null);
        o.insert(QStringLiteral("config"), QJsonValue::Null);
        o.insert(QStringLiteral("header_rules"), QJsonValue::Null);
        o.insert(QStringLiteral("proxy_keys"), QString());
        o.insert(QStringLiteral("last_validated_at"), QJsonValue::Null);
        o.insert(QStringLiteral("created_at"), simTimestamp({}));
        o.insert(QStringLiteral("updated_at"), simTimestamp({}));
        if (modern) {
            o.insert(QStringLiteral("group_type"), QString());
            o.insert(QStringLiteral("model_redirect_rules"), QJsonValue::Null);
            o.insert(QStringLiteral("model_redirect_strict"), false);
        }
        return o;
    }
    o.insert(QStringLiteral("description"), g.description);
    o.insert(QStringLiteral("upstreams"), simUpstreamsJson(g.upstreams));
    o.insert(QStringLiteral("validation_endpoint"), g.validationEndpoint);
    o.insert(QStringLiteral("channel_type"), g.channelType);
    o.insert(QStringLiteral("sort"), g.sort);
    o.insert(QStringLiteral("test_model"), g.testModel);
    o.insert(QStringLiteral("param_overrides"), g.paramOverrides);
    o.insert(QStringLiteral("config"), g.config);
    o.insert(QStringLiteral("header_rules"), simHeaderRulesJson(g.headerRules));
    o.insert(QStringLiteral("proxy_keys"), g.proxyKeys);
    o.insert(QStringLiteral("last_validated_at"), simTimestampOrNull(g.lastValidatedAt));
    o.insert(QStringLiteral("created_at"), simTimestamp(g.createdAt));
    o.insert(QStringLiteral("updated_at"), simTimestamp(g.updatedAt));
    if (modern) {
        o.insert(QStringLiteral("group_type"), g.groupType);
        o.insert(QStringLiteral("model_redirect_rules"), g.modelRedirectRules);
        o.insert(QStringLiteral("model_redirect_strict"), g.modelRedirectStrict);
    }
    return o;
}

QJsonObject simKeyJson(const SimKey &k)
{
    return QJsonObject{
        {QStringLiteral("id"), k.id},
        {QStringLiteral("key_value"), k.value},
        {QStringLiteral("key_hash"), k.hash},
        {QStringLiteral("group_id"), k.groupId},
        {QStringLiteral("status"), k.status},
        {QStringLiteral("notes"), k.notes},
        {QStringLiteral("request_count"), k.requestCount},
        {QStringLiteral("failure_count"), k.failureCount},
        {QStringLiteral("last_used_at"), simTimestampOrNull(k.lastUsedAt)},
        {QStringLiteral("created_at"), simTimestamp(k.createdAt)},
        {QStringLiteral("updated_at"), simTimestamp(k.updatedAt)},
    };
}

QJsonObject simLogJson(const SimLogItem &l)
{
    return QJsonObject{
        {QStringLiteral("id"), l.id},
        {QStringLiteral("timestamp"), simTimestamp(l.timestamp)},
        {QStringLiteral("group_name"), l.groupName},
        {QStringLiteral("parent_group_name"), l.parentGroupName},
        {QStringLiteral("model"), l.model},
        {QStringLiteral("key_value"), l.keyValue},
        {QStringLiteral("key_hash"), l.keyValue.isEmpty() ? QString() : simKeyHash(l.keyValue)},
        {QStringLiteral("is_success"), l.isSuccess},
        {QStringLiteral("status_code"), l.statusCode},
        {QStringLiteral("duration_ms"), l.durationMs},
        {QStringLiteral("error_message"), l.errorMessage},
        {QStringLiteral("request_type"), l.requestType},
        {QStringLiteral("source_ip"), l.sourceIp},
        {QStringLiteral("upstream_addr"), l.upstreamAddr},
        {QStringLiteral("request_path"), l.requestPath},
        {QStringLiteral("is_stream"), false},
    };
}

QJsonObject simTaskJson(const SimTaskStatus &t)
{
    QJsonObject o{
        {QStringLiteral("task_type"), t.taskType},
        {QStringLiteral("is_running"), t.isRunning},
        {QStringLiteral("processed"), t.processed},
        {QStringLiteral("total"), t.total},
        {QStringLiteral("started_at"), simTimestamp(t.startedAt)},
    };
    if (!t.groupName.isEmpty())
        o.insert(QStringLiteral("group_name"), t.groupName);
    if (!t.isRunning && t.finishedAt.isValid()) {
        o.insert(QStringLiteral("finished_at"), simTimestamp(t.finishedAt));
        o.insert(QStringLiteral("duration_seconds"), t.durationSeconds);
        if (!t.error.isEmpty())
            o.insert(QStringLiteral("error"), t.error);
        else
            o.insert(QStringLiteral("result"), t.result);
    }
    return o;
}

SimPage simPageFromQuery(const SimHttpRequest &request)
{
    SimPage p;
    bool ok = false;
    const int page = request.queryValue(QStringLiteral("page")).toInt(&ok);
    p.page = ok && page >= 1 ? page : 1;
    const int size = request.queryValue(QStringLiteral("page_size")).toInt(&ok);
    p.size = !ok || size <= 0 ? 15 : std::min(size, 1000);
    return p;
}

QJsonObject simPaginated(const QJsonArray &pageItems, const SimPage &page, qint64 totalItems)
{
    const qint64 totalPages = (totalItems + page.size - 1) / page.size;
    return QJsonObject{
        {QStringLiteral("items"), pageItems},
        {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("page"), page.page},
                                                   {QStringLiteral("page_size"), page.size},
                                                   {QStringLiteral("total_items"), totalItems},
                                                   {QStringLiteral("total_pages"), totalPages}}},
    };
}

std::optional<QJsonObject> simParseBody(const QByteArray &body, QString *error)
{
    if (body.trimmed().isEmpty()) {
        *error = QStringLiteral("EOF");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid character at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("json: cannot unmarshal array into Go value of type map[string]interface {}");
        return std::nullopt;
    }
    return doc.object();
}

namespace {

const char *jsonKind(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return "bool";
    case QJsonValue::Double: return "number";
    case QJsonValue::String: return "string";
    case QJsonValue::Array: return "array";
    case QJsonValue::Object: return "object";
    default: return "null";
    }
}

} // namespace

void SimJsonBinder::typeError(const QString &field, const QJsonValue &value, const char *goType)
{
    if (!m_error.isEmpty())
        return;
    m_error = QStringLiteral("json: cannot unmarshal %1 into Go struct field %2.%3 of type %4")
                  .arg(QString::fromLatin1(jsonKind(value)), QString::fromLatin1(m_struct), field,
                       QString::fromLatin1(goType));
}

std::optional<QString> SimJsonBinder::string(const QString &field)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        typeError(field, v, "string");
        return std::nullopt;
    }
    return v.toString();
}

std::optional<qint64> SimJsonBinder::integer(const QString &field)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble()) {
        typeError(field, v, "int");
        return std::nullopt;
    }
    return static_cast<qint64>(v.toDouble());
}

std::optional<qint64> SimJsonBinder::unsignedInteger(const QString &field)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble() || v.toDouble() < 0) {
        typeError(field, v, "uint");
        return std::nullopt;
    }
    return static_cast<qint64>(v.toDouble());
}

std::optional<bool> SimJsonBinder::boolean(const QString &field)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        typeError(field, v, "bool");
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QJsonObject> SimJsonBinder::object(const QString &field)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        typeError(field, v, "map[string]interface {}");
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonArray> SimJsonBinder::array(const QString &field)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isArray()) {
        typeError(field, v, "[]");
        return std::nullopt;
    }
    return v.toArray();
}

void SimJsonBinder::require(const char *goField, bool isZero)
{
    if (!m_error.isEmpty() || !isZero)
        return;
    m_error = QStringLiteral("Key: '%1.%2' Error:Field validation for '%2' failed on the 'required' tag")
                  .arg(QString::fromLatin1(m_struct), QString::fromLatin1(goField));
}

} // namespace ul
