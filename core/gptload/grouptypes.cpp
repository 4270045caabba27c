#include "core/gptload/grouptypes.h"

#include "core/common/redactor.h"
#include "core/gptload/jsonread.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace ul {

namespace {

QString withoutTrailingSlash(const QString &url)
{
    return url.endsWith(QLatin1Char('/')) ? url.left(url.size() - 1) : url;
}

QJsonArray headerRulesToJson(const QList<HeaderRule> &rules)
{
    QJsonArray array;
    for (const HeaderRule &rule : rules)
        array.append(QJsonObject{{QStringLiteral("key"), rule.key},
                                 {QStringLiteral("value"), rule.value},
                                 {QStringLiteral("action"), rule.action}});
    return array;
}

QList<HeaderRule> headerRulesFromJson(const QJsonValue &value)
{
    QList<HeaderRule> rules;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        rules.append(HeaderRule{jsonread::toString(o.value(QLatin1String("key"))),
                                jsonread::toString(o.value(QLatin1String("value"))),
                                jsonread::toString(o.value(QLatin1String("action")))});
    }
    return rules;
}

// Minimum of each integer config key; -1 marks the non-integer keys.
const QHash<QString, int> &configMinimums()
{
    static const QHash<QString, int> minimums = {
        {QStringLiteral("request_timeout"), 1},
        {QStringLiteral("connect_timeout"), 1},
        {QStringLiteral("idle_conn_timeout"), 1},
        {QStringLiteral("response_header_timeout"), 1},
        {QStringLiteral("max_idle_conns"), 1},
        {QStringLiteral("max_idle_conns_per_host"), 1},
        {QStringLiteral("proxy_url"), -1},
        {QStringLiteral("max_retries"), 0},
        {QStringLiteral("blacklist_threshold"), 0},
        {QStringLiteral("failover_status_codes"), -1},
        {QStringLiteral("key_validation_interval_minutes"), 1},
        {QStringLiteral("key_validation_concurrency"), 1},
        {QStringLiteral("key_validation_timeout_seconds"), 1},
        {QStringLiteral("enable_request_body_logging"), -1},
    };
    return minimums;
}

} // namespace

QString groupTypeName(GroupType type)
{
    return type == GroupType::Aggregate ? QStringLiteral("aggregate") : QStringLiteral("standard");
}

QJsonObject Upstream::toJson() const
{
    return QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("weight"), weight}};
}

Upstream Upstream::fromJson(const QJsonObject &object)
{
    return Upstream{jsonread::toString(object.value(QLatin1String("url"))),
                    int(jsonread::toInt64(object.value(QLatin1String("weight")), 0))};
}

bool sameUpstreamUrl(const QString &a, const QString &b)
{
    return withoutTrailingSlash(a.trimmed()) == withoutTrailingSlash(b.trimmed());
}

QList<Upstream> upstreamsWith(QList<Upstream> upstreams, const QString &url, int weight)
{
    for (const Upstream &u : std::as_const(upstreams)) {
        if (sameUpstreamUrl(u.url, url))
            return upstreams;
    }
    upstreams.append(Upstream{url, weight});
    return upstreams;
}

QList<Upstream> upstreamsWithout(QList<Upstream> upstreams, const QString &url)
{
    upstreams.removeIf([&](const Upstream &u) { return sameUpstreamUrl(u.url, url); });
    return upstreams;
}

QJsonArray upstreamsToJson(const QList<Upstream> &upstreams)
{
    QJsonArray array;
    for (const Upstream &u : upstreams)
        array.append(u.toJson());
    return array;
}

QStringList GroupInfo::proxyKeyList() const
{
    QStringList keys;
    for (const QString &part : proxyKeys.reveal().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed();
        if (!key.isEmpty())
            keys.append(key);
    }
    return keys;
}

QJsonObject GroupInfo::redactedRaw() const
{
    return Redactor::json(raw).toObject();
}

Result<GroupInfo> GroupInfo::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error::make(ErrorKind::Protocol, QStringLiteral("group entry is not a JSON object"));
    const QJsonObject o = value.toObject();
    if (!o.value(QLatin1String("id")).isDouble() || !o.value(QLatin1String("name")).isString())
        return Error::make(ErrorKind::Protocol, QStringLiteral("group entry without a numeric id and a name"));

    GroupInfo g;
    g.id = quint64(jsonread::toInt64(o.value(QLatin1String("id"))));
    g.name = o.value(QLatin1String("name")).toString();
    g.endpoint = jsonread::toString(o.value(QLatin1String("endpoint")));
    g.displayName = jsonread::toString(o.value(QLatin1String("display_name")));
    g.description = jsonread::toString(o.value(QLatin1String("description")));
    const QJsonValue type = o.value(QLatin1String("group_type"));
    g.groupTypeReported = type.isString();
    g.groupType = type.toString() == QLatin1String("aggregate") ? GroupType::Aggregate : GroupType::Standard;
    for (const QJsonValue &u : o.value(QLatin1String("upstreams")).toArray())
        g.upstreams.append(Upstream::fromJson(u.toObject()));
    g.channelType = jsonread::toString(o.value(QLatin1String("channel_type")));
    g.sort = int(jsonread::toInt64(o.value(QLatin1String("sort"))));
    g.testModel = jsonread::toString(o.value(QLatin1String("test_model")));
    g.validationEndpoint = jsonread::toString(o.value(QLatin1String("validation_endpoint")));
    g.paramOverrides = jsonread::toObject(o.value(QLatin1String("param_overrides")));
    g.modelRedirectRules = jsonread::toObject(o.value(QLatin1String("model_redirect_rules")));
    g.modelRedirectStrict = jsonread::toBool(o.value(QLatin1String("model_redirect_strict")));
    g.config = jsonread::toObject(o.value(QLatin1String("config")));
    g.headerRules = headerRulesFromJson(o.value(QLatin1String("header_rules")));
    g.proxyKeys = SecretText(jsonread::toString(o.value(QLatin1String("proxy_keys"))));
    g.lastValidatedAt = jsonread::toDateTime(o.value(QLatin1String("last_validated_at")));
    g.createdAt = jsonread::toDateTime(o.value(QLatin1String("created_at")));
    g.updatedAt = jsonread::toDateTime(o.value(QLatin1String("updated_at")));
    g.raw = o;
    return g;
}

Result<QList<GroupInfo>> parseGroupList(const QJsonValue &data)
{
    if (data.isNull() || data.isUndefined())
        return QList<GroupInfo>();
    if (!data.isArray())
        return Error::make(ErrorKind::Protocol, QStringLiteral("group list is not a JSON array"));
    QList<GroupInfo> groups;
    const QJsonArray array = data.toArray();
    groups.reserve(array.size());
    for (const QJsonValue &item : array) {
        Result<GroupInfo> group = GroupInfo::fromJson(item);
        if (!group.ok())
            return group.error();
        groups.append(std::move(group).value());
    }
    return groups;
}

bool isValidGroupName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9_-]{1,100}$"));
    return rule.match(name.trimmed()).hasMatch();
}

const QStringList &groupConfigKeys()
{
    static const QStringList keys = [] {
        QStringList k = configMinimums().keys();
        k.sort();
        return k;
    }();
    return keys;
}

Status validateUpstreams(const QList<Upstream> &upstreams)
{
    if (upstreams.isEmpty())
        return Error::validation(QStringLiteral("upstreams"), QStringLiteral("at least one upstream is required"));
    bool anyPositive = false;
    for (const Upstream &u : upstreams) {
        const QString url = u.url.trimmed();
        if (!url.startsWith(QLatin1String("http://")) && !url.startsWith(QLatin1String("https://")))
            return Error::validation(QStringLiteral("upstreams"),
                                     QStringLiteral("upstream URL must start with http:// or https://: %1")
                                         .arg(Redactor::text(url)));
        if (u.weight < 0)
            return Error::validation(QStringLiteral("upstreams"), QStringLiteral("upstream weights must be ≥ 0"));
        anyPositive = anyPositive || u.weight > 0;
    }
    if (!anyPositive)
        return Error::validation(QStringLiteral("upstreams"), QStringLiteral("at least one upstream weight must be > 0"));
    return {};
}

Status validateGroupConfig(const QJsonObject &config)
{
    for (auto it = config.constBegin(); it != config.constEnd(); ++it) {
        const auto rule = configMinimums().constFind(it.key());
        if (rule == configMinimums().constEnd())
            return Error::validation(QStringLiteral("config"), QStringLiteral("unknown config field: '%1'").arg(it.key()));
        const QJsonValue v = it.value();
        if (v.isNull())
            continue;  // null drops the key server-side
        if (it.key() == QLatin1String("enable_request_body_logging")) {
            if (!v.isBool())
                return Error::validation(QStringLiteral("config"), QStringLiteral("%1 must be a boolean").arg(it.key()));
        } else if (rule.value() < 0) {
            if (!v.isString())
                return Error::validation(QStringLiteral("config"), QStringLiteral("%1 must be a string").arg(it.key()));
        } else {
            const double d = v.toDouble(-1.0);
            if (!v.isDouble() || std::floor(d) != d || d < rule.value())
                return Error::validation(QStringLiteral("config"),
                                         QStringLiteral("%1 must be an integer ≥ %2").arg(it.key()).arg(rule.value()));
        }
    }
    return {};
}

Status validateValidationEndpoint(const QString &endpoint)
{
    const QString e = endpoint.trimmed();
    if (e.isEmpty())
        return {};
    if (!e.startsWith(QLatin1Char('/')) || e.contains(QLatin1String("://")))
        return Error::validation(QStringLiteral("validation_endpoint"),
                                 QStringLiteral("validation endpoint must be a path starting with '/'"));
    return {};
}

Status GroupCreate::validate() const
{
    if (!isValidGroupName(name))
        return Error::validation(QStringLiteral("name"),
                                 QStringLiteral("group name '%1' must match ^[a-z0-9_-]{1,100}$").arg(name));
    if (groupType == GroupType::Standard) {
        if (testModel.trimmed().isEmpty())
            return Error::validation(QStringLiteral("test_model"), QStringLiteral("test model is required"));
        if (Status s = validateUpstreams(upstreams); !s.ok())
            return s;
        if (Status s = validateValidationEndpoint(validationEndpoint); !s.ok())
            return s;
    } else if (!modelRedirectRules.isEmpty()) {
        return Error::validation(QStringLiteral("model_redirect_rules"),
                                 QStringLiteral("aggregate groups cannot have model redirect rules"));
    }
    return validateGroupConfig(config);
}

QJsonObject GroupCreate::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name.trimmed());
    if (!displayName.isEmpty())
        o.insert(QStringLiteral("display_name"), displayName);
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    if (groupType == GroupType::Aggregate)
        o.insert(QStringLiteral("group_type"), groupTypeName(groupType));
    o.insert(QStringLiteral("channel_type"), channelTypeName(channelType));
    if (groupType == GroupType::Standard) {
        o.insert(QStringLiteral("upstreams"), upstreamsToJson(upstreams));
        o.insert(QStringLiteral("test_model"), testModel.trimmed());
        o.insert(QStringLiteral("validation_endpoint"), validationEndpoint.trimmed());
    }
    o.insert(QStringLiteral("sort"), sort);
    if (!config.isEmpty())
        o.insert(QStringLiteral("config"), config);
    if (!paramOverrides.isEmpty())
        o.insert(QStringLiteral("param_overrides"), paramOverrides);
    if (!modelRedirectRules.isEmpty())
        o.insert(QStringLiteral("model_redirect_rules"), modelRedirectRules);
    if (modelRedirectStrict)
        o.insert(QStringLiteral("model_redirect_strict"), true);
    if (!headerRules.isEmpty())
        o.insert(QStringLiteral("header_rules"), headerRulesToJson(headerRules));
    if (!proxyKeys.isEmpty())
        o.insert(QStringLiteral("proxy_keys"), proxyKeys.reveal());
    return o;
}

GroupUpdate &GroupUpdate::setName(const QString &name)
{
    m_fields.insert(QStringLiteral("name"), name.trimmed());
    return *this;
}

GroupUpdate &GroupUpdate::setDisplayName(const QString &displayName)
{
    m_fields.insert(QStringLiteral("display_name"), displayName);
    return *this;
}

GroupUpdate &GroupUpdate::setDescription(const QString &description)
{
    m_fields.insert(QStringLiteral("description"), description);
    return *this;
}

GroupUpdate &GroupUpdate::setChannelType(ChannelType type)
{
    m_fields.insert(QStringLiteral("channel_type"), channelTypeName(type));
    return *this;
}

GroupUpdate &GroupUpdate::setSort(int sort)
{
    m_fields.insert(QStringLiteral("sort"), sort);
    return *this;
}

GroupUpdate &GroupUpdate::setTestModel(const QString &testModel)
{
    m_fields.insert(QStringLiteral("test_model"), testModel);
    return *this;
}

GroupUpdate &GroupUpdate::setValidationEndpoint(const QString &endpoint)
{
    m_fields.insert(QStringLiteral("validation_endpoint"), endpoint.trimmed());
    return *this;
}

GroupUpdate &GroupUpdate::setUpstreams(const QList<Upstream> &completeList)
{
    m_fields.insert(QStringLiteral("upstreams"), upstreamsToJson(completeList));
    return *this;
}

GroupUpdate &GroupUpdate::setConfig(const QJsonObject &completeConfig)
{
    m_fields.insert(QStringLiteral("config"), completeConfig);
    return *this;
}

GroupUpdate &GroupUpdate::setParamOverrides(const QJsonObject &overrides)
{
    m_fields.insert(QStringLiteral("param_overrides"), overrides);
    return *this;
}

GroupUpdate &GroupUpdate::setModelRedirectRules(const QJsonObject &rules)
{
    m_fields.insert(QStringLiteral("model_redirect_rules"), rules);
    return *this;
}

GroupUpdate &GroupUpdate::setModelRedirectStrict(bool strict)
{
    m_fields.insert(QStringLiteral("model_redirect_strict"), strict);
    return *this;
}

GroupUpdate &GroupUpdate::setHeaderRules(const QList<HeaderRule> &rules)
{
    m_fields.insert(QStringLiteral("header_rules"), headerRulesToJson(rules));
    return *this;
}

GroupUpdate &GroupUpdate::setProxyKeys(const SecretText &proxyKeys)
{
    m_fields.insert(QStringLiteral("proxy_keys"), proxyKeys.reveal());
    return *this;
}

Status GroupUpdate::validate() const
{
    if (m_fields.isEmpty())
        return Error::validation(QString(), QStringLiteral("group update without any field"));
    if (has(QStringLiteral("name")) && !isValidGroupName(m_fields.value(QLatin1String("name")).toString()))
        return Error::validation(QStringLiteral("name"), QStringLiteral("group name must match ^[a-z0-9_-]{1,100}$"));
    if (has(QStringLiteral("test_model"))) {
        const QString model = m_fields.value(QLatin1String("test_model")).toString();
        if (model.isEmpty() || model.trimmed().isEmpty())
            return Error::validation(QStringLiteral("test_model"),
                                     QStringLiteral("test model cannot be empty (gpt-load reads \"\" as unchanged)"));
    }
    if (has(QStringLiteral("upstreams"))) {
        QList<Upstream> upstreams;
        for (const QJsonValue &u : m_fields.value(QLatin1String("upstreams")).toArray())
            upstreams.append(Upstream::fromJson(u.toObject()));
        if (Status s = validateUpstreams(upstreams); !s.ok())
            return s;
    }
    if (has(QStringLiteral("validation_endpoint"))) {
        if (Status s = validateValidationEndpoint(m_fields.value(QLatin1String("validation_endpoint")).toString()); !s.ok())
            return s;
    }
    if (has(QStringLiteral("config")))
        return validateGroupConfig(m_fields.value(QLatin1String("config")).toObject());
    return {};
}

QString copyKeysModeName(CopyKeysMode mode)
{
    switch (mode) {
    case CopyKeysMode::None: return QStringLiteral("none");
    case CopyKeysMode::ValidOnly: return QStringLiteral("valid_only");
    case CopyKeysMode::All: return QStringLiteral("all");
    }
    return QStringLiteral("all");
}

Result<SubGroupInfo> SubGroupInfo::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Result<GroupInfo> group = GroupInfo::fromJson(o.value(QLatin1String("group")));
    if (!group.ok())
        return group.error().withContext(QStringLiteral("sub-group"));
    SubGroupInfo info;
    info.group = std::move(group).value();
    info.weight = int(jsonread::toInt64(o.value(QLatin1String("weight"))));
    info.totalKeys = jsonread::toInt64(o.value(QLatin1String("total_keys")));
    info.activeKeys = jsonread::toInt64(o.value(QLatin1String("active_keys")));
    info.invalidKeys = jsonread::toInt64(o.value(QLatin1String("invalid_keys")));
    return info;
}

ParentAggregate ParentAggregate::fromJson(const QJsonObject &object)
{
    ParentAggregate p;
    p.groupId = quint64(jsonread::toInt64(object.value(QLatin1String("group_id"))));
    p.name = jsonread::toString(object.value(QLatin1String("name")));
    p.displayName = jsonread::toString(object.value(QLatin1String("display_name")));
    p.weight = int(jsonread::toInt64(object.value(QLatin1String("weight"))));
    return p;
}

} // namespace ul
