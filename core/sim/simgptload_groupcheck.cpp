#include "core/sim/simgptload_groupcheck.h"

#include "core/sim/simgptload_settings.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ul {

namespace {

SimHttpResponse validationFailed(const QString &message)
{
    return simError(400, "VALIDATION_FAILED", message);
}

SimHttpResponse upstreamError(SimLang lang, const char *en, const char *zh)
{
    return validationFailed(simText(lang, "Invalid upstreams configuration: ", "无效的上游配置: ") + simText(lang, en, zh));
}

SimHttpResponse configError(SimLang lang, const QString &detail)
{
    return validationFailed(simText(lang, "Invalid config format: ", "配置格式无效: ") + detail);
}

bool isHeaderTokenChar(QChar c)
{
    if (c.unicode() > 127)
        return false;
    static const QString extra = QStringLiteral("!#$%&'*+-.^_`|~");
    return c.isLetterOrNumber() || extra.contains(c);
}

} // namespace

QStringList simChannelTypes(SimGptLoadProfile profile)
{
    if (profile == SimGptLoadProfile::V1_2)
        return {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini")};
    return {QStringLiteral("openai"), QStringLiteral("openai-response"), QStringLiteral("anthropic"),
            QStringLiteral("gemini")};
}

SimFailure simCheckGroupName(const QString &trimmedName, bool shortNames, SimLang lang)
{
    // The texts are those of gpt-load v1.4.9 (and, for the short rule, of v1.0.22).
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9_-]{1,100}$"));
    static const QRegularExpression shortRule(QStringLiteral("^[a-z0-9_-]{3,30}$"));
    if (shortNames && !shortRule.match(trimmedName).hasMatch()) {
        return validationFailed(simText(lang,
            "Invalid group name. Can only contain lowercase letters, numbers, hyphens or underscores, 3-30 characters",
            "无效的分组名称。只能包含小写字母、数字、中划线或下划线，长度3-30位"));
    }
    if (!rule.match(trimmedName).hasMatch()) {
        return validationFailed(simText(lang,
            "Invalid group name. Can only contain lowercase letters, numbers, hyphens or underscores, 1-100 characters",
            "无效的分组名称。只能包含小写字母、数字、中划线或下划线，长度1-100位"));
    }
    return std::nullopt;
}

SimFailure simCheckChannelType(const QString &trimmedType, SimGptLoadProfile profile, SimLang lang)
{
    const QStringList types = simChannelTypes(profile);
    if (!types.contains(trimmedType)) {
        return validationFailed(simText(lang, "Invalid channel type, supported types: ", "无效的渠道类型，支持的类型: ")
                                + types.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

SimFailure simParseUpstreams(const QJsonValue &value, SimLang lang, QList<SimUpstream> *out)
{
    if (value.isUndefined() || value.isNull())
        return upstreamError(lang, "upstreams field is required", "upstreams 字段是必需的");
    if (!value.isArray())
        return upstreamError(lang, "upstreams must be a JSON array", "upstreams 必须是 JSON 数组");
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return upstreamError(lang, "at least one upstream is required", "至少需要一个上游地址");
    QList<SimUpstream> parsed;
    bool anyPositive = false;
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            return upstreamError(lang, "each upstream must be an object", "每个上游必须是对象");
        const QJsonObject o = item.toObject();
        const QJsonValue url = o.value(QStringLiteral("url"));
        const QJsonValue weight = o.value(QStringLiteral("weight"));
        if ((!url.isUndefined() && !url.isNull() && !url.isString())
            || (!weight.isUndefined() && !weight.isNull()
                && (!weight.isDouble() || std::floor(weight.toDouble()) != weight.toDouble())))
            return upstreamError(lang, "invalid upstream field type", "上游字段类型无效");
        SimUpstream u;
        u.url = url.toString().trimmed();
        u.weight = weight.toInt(0);
        if (u.url.isEmpty())
            return upstreamError(lang, "upstream URL cannot be empty", "上游 URL 不能为空");
        if (!u.url.startsWith(QLatin1String("http://")) && !u.url.startsWith(QLatin1String("https://")))
            return upstreamError(lang, "invalid URL format for upstream, it must start with http:// or https://",
                                 "上游 URL 格式无效，必须以 http:// 或 https:// 开头");
        if (u.weight < 0)
            return upstreamError(lang, "upstream weight must be a non-negative integer", "上游权重必须是非负整数");
        anyPositive = anyPositive || u.weight > 0;
        parsed.append(u);
    }
    if (!anyPositive)
        return upstreamError(lang, "at least one upstream must have a weight greater than 0", "至少需要一个权重大于0的上游");
    *out = parsed;
    return std::nullopt;
}

SimFailure simCheckValidationEndpoint(const QString &trimmedEndpoint, SimLang lang)
{
    if (trimmedEndpoint.isEmpty())
        return std::nullopt;
    if (!trimmedEndpoint.startsWith(QLatin1Char('/')) || trimmedEndpoint.contains(QLatin1String("://"))) {
        return validationFailed(simText(lang, "Invalid test path. It must be a relative path starting with '/' and cannot be a full URL",
                                        "无效的测试路径，必须是以 / 开头的相对路径，且不能是完整URL"));
    }
    return std::nullopt;
}

SimFailure simParseGroupConfig(const QJsonObject &config, SimGptLoadProfile profile, SimLang lang, QJsonObject *out)
{
    QJsonObject result;
    for (auto it = config.constBegin(); it != config.constEnd(); ++it) {
        const SimSettingDef *def = simSettingDef(it.key());
        const bool known = def && def->groupConfig
            && !(profile == SimGptLoadProfile::V1_2 && it.key() == QLatin1String("failover_status_codes"));
        if (!known)
            return configError(lang, QStringLiteral("unknown config field: '%1'").arg(it.key()));
        if (it.value().isNull())
            continue;
        const QString problem = simCheckSettingValue(*def, it.value());
        if (!problem.isEmpty())
            return configError(lang, problem);
        if (def->type == QLatin1String("int"))
            result.insert(it.key(), static_cast<qint64>(it.value().toDouble()));
        else
            result.insert(it.key(), it.value());
    }
    *out = result;
    return std::nullopt;
}

SimFailure simParseHeaderRules(const QJsonArray &rules, SimLang lang, QList<SimHeaderRule> *out)
{
    QList<SimHeaderRule> parsed;
    QSet<QString> seen;
    for (const QJsonValue &item : rules) {
        if (!item.isObject())
            return simError(400, "INVALID_JSON", QStringLiteral("json: cannot unmarshal %1 into Go struct field "
                                                                "GroupCreateRequest.header_rules of type models.HeaderRule")
                                                     .arg(item.isString() ? QStringLiteral("string") : QStringLiteral("value")));
        const QJsonObject o = item.toObject();
        for (const char *field : {"key", "value", "action"}) {
            const QJsonValue v = o.value(QString::fromLatin1(field));
            if (!v.isUndefined() && !v.isNull() && !v.isString())
                return simError(400, "INVALID_JSON", QStringLiteral("json: cannot unmarshal value into Go struct field "
                                                                    "HeaderRule.header_rules.%1 of type string")
                                                         .arg(QString::fromLatin1(field)));
        }
        SimHeaderRule rule;
        rule.key = simCanonicalHeaderKey(o.value(QStringLiteral("key")).toString().trimmed());
        rule.value = o.value(QStringLiteral("value")).toString();
        rule.action = o.value(QStringLiteral("action")).toString();
        if (rule.key.isEmpty())
            continue;
        if (seen.contains(rule.key))
            return validationFailed(simText(lang, "Duplicate header: ", "重复的请求头: ") + rule.key);
        seen.insert(rule.key);
        parsed.append(rule);
    }
    *out = parsed;
    return std::nullopt;
}

SimFailure simCheckRedirectRules(const QJsonObject &rules, bool aggregate, SimLang lang)
{
    for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
        if (!it.value().isString())
            return simError(400, "INVALID_JSON", QStringLiteral("json: cannot unmarshal value into Go struct field "
                                                                "GroupCreateRequest.model_redirect_rules of type string"));
    }
    if (aggregate && !rules.isEmpty()) {
        return validationFailed(simText(lang, "Aggregate groups do not support model redirect rules",
                                        "聚合分组不支持模型重定向规则"));
    }
    for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
        if (it.key().trimmed().isEmpty() || it.value().toString().trimmed().isEmpty())
            return validationFailed(QStringLiteral("validation.invalid_model_redirect"));
    }
    return std::nullopt;
}

QString simCanonicalHeaderKey(const QString &key)
{
    for (const QChar c : key) {
        if (!isHeaderTokenChar(c))
            return key;
    }
    QString out = key;
    bool upper = true;
    for (QChar &c : out) {
        c = upper ? c.toUpper() : c.toLower();
        upper = c == QLatin1Char('-');
    }
    return out;
}

} // namespace ul
