#include "core/sim/simgptload_settings.h"

#include "core/sim/simgptload_state.h"

#include <cmath>

namespace ul {

namespace {

SimSettingDef intSetting(const char *key, int def, int min, bool groupConfig, const char *catEn,
                         const char *catZh, const char *nameEn, const char *nameZh, const char *descEn,
                         const char *descZh)
{
    SimSettingDef d;
    d.key = QString::fromLatin1(key);
    d.type = QStringLiteral("int");
    d.defaultValue = def;
    d.minValue = min;
    d.required = true;
    d.groupConfig = groupConfig;
    d.categoryEn = QString::fromUtf8(catEn);
    d.categoryZh = QString::fromUtf8(catZh);
    d.nameEn = QString::fromUtf8(nameEn);
    d.nameZh = QString::fromUtf8(nameZh);
    d.descriptionEn = QString::fromUtf8(descEn);
    d.descriptionZh = QString::fromUtf8(descZh);
    return d;
}

SimSettingDef otherSetting(const char *key, const char *type, const QJsonValue &def, bool required,
                           bool groupConfig, const char *catEn, const char *catZh, const char *nameEn,
                           const char *nameZh, const char *descEn, const char *descZh)
{
    SimSettingDef d = intSetting(key, 0, 0, groupConfig, catEn, catZh, nameEn, nameZh, descEn, descZh);
    d.type = QString::fromLatin1(type);
    d.defaultValue = def;
    d.minValue.reset();
    d.required = required;
    return d;
}

QList<SimSettingDef> buildDefs()
{
    const char *basicEn = "Basic Settings";
    const char *basicZh = "基础参数";
    const char *requestEn = "Request Settings";
    const char *requestZh = "请求设置";
    const char *keyEn = "Key Configuration";
    const char *keyZh = "密钥配置";
    const char *logEn = "Request Logs";
    const char *logZh = "请求日志";
    return {
        otherSetting("app_url", "string", QString(), true, false, basicEn, basicZh, "Project URL", "项目地址",
                     "Base URL of the project, used to build group endpoints", "项目的基础 URL，用于拼接分组终端节点地址"),
        otherSetting("proxy_keys", "string", QString(), true, false, basicEn, basicZh, "Global Proxy Keys", "全局代理密钥",
                     "Comma-separated keys accepted by every group", "全局代理密钥，多个用逗号分隔"),
        intSetting("request_log_retention_days", 7, 0, false, logEn, logZh, "Log Retention Days", "日志保留时长（天）",
                   "Days request logs are kept", "请求日志在数据库中的保留天数"),
        intSetting("request_log_write_interval_minutes", 1, 0, false, logEn, logZh, "Log Write Interval (minutes)",
                   "日志写入间隔（分钟）", "Interval of batched log writes", "请求日志批量写入数据库的间隔"),
        otherSetting("enable_request_body_logging", "bool", false, false, true, logEn, logZh,
                     "Enable Request Body Logging", "启用请求体日志", "Store request bodies in the logs", "是否在请求日志中记录请求体"),
        intSetting("request_timeout", 600, 1, true, requestEn, requestZh, "Request Timeout (seconds)", "请求超时（秒）",
                   "Complete lifecycle timeout of a forwarded request", "转发请求的完整生命周期超时"),
        intSetting("connect_timeout", 15, 1, true, requestEn, requestZh, "Connect Timeout (seconds)", "连接超时（秒）",
                   "Timeout for establishing a connection upstream", "与上游服务建立连接的超时"),
        intSetting("idle_conn_timeout", 120, 1, true, requestEn, requestZh, "Idle Connection Timeout (seconds)",
                   "空闲连接超时（秒）", "How long idle connections are kept", "空闲连接的保持时间"),
        intSetting("response_header_timeout", 600, 1, true, requestEn, requestZh, "Response Header Timeout (seconds)",
                   "响应头超时（秒）", "Time to wait for response headers", "等待上游响应头的最长时间"),
        intSetting("max_idle_conns", 100, 1, true, requestEn, requestZh, "Max Idle Connections", "最大空闲连接数",
                   "Maximum idle connections in total", "连接池最大空闲连接总数"),
        intSetting("max_idle_conns_per_host", 50, 1, true, requestEn, requestZh, "Max Idle Connections per Host",
                   "每主机最大空闲连接数", "Maximum idle connections per upstream host", "每个上游主机的最大空闲连接数"),
        otherSetting("proxy_url", "string", QString(), false, true, requestEn, requestZh, "Proxy Server URL", "代理服务器地址",
                     "Outbound HTTP/SOCKS5 proxy", "全局 HTTP/HTTPS/SOCKS5 代理地址"),
        intSetting("max_retries", 3, 0, true, keyEn, keyZh, "Max Retries", "最大重试次数",
                   "Extra attempts with another key", "单个请求使用不同密钥的最大重试次数"),
        intSetting("blacklist_threshold", 3, 0, true, keyEn, keyZh, "Blacklist Threshold", "黑名单阈值",
                   "Consecutive failures before a key is blacklisted (0 = never)", "密钥连续失败多少次后进入黑名单，0 为不拉黑"),
        otherSetting("failover_status_codes", "string", QStringLiteral("400-403,405-999"), false, true, keyEn, keyZh,
                     "Failover Status Codes", "故障转移状态码", "Upstream statuses that trigger a retry with another key",
                     "触发换密钥重试的上游状态码"),
        intSetting("key_validation_interval_minutes", 60, 1, true, keyEn, keyZh, "Key Validation Interval (minutes)",
                   "密钥验证间隔（分钟）", "Interval of the background validation of invalid keys", "后台验证无效密钥的间隔"),
        intSetting("key_validation_concurrency", 10, 1, true, keyEn, keyZh, "Key Validation Concurrency", "密钥验证并发数",
                   "Parallel key validations", "后台验证密钥的并发数"),
        intSetting("key_validation_timeout_seconds", 20, 1, true, keyEn, keyZh, "Key Validation Timeout (seconds)",
                   "密钥验证超时（秒）", "Timeout of one validation request", "单个密钥验证请求的超时"),
    };
}

} // namespace

const QList<SimSettingDef> &simSettingDefs()
{
    static const QList<SimSettingDef> defs = buildDefs();
    return defs;
}

const SimSettingDef *simSettingDef(const QString &key)
{
    for (const SimSettingDef &def : simSettingDefs()) {
        if (def.key == key)
            return &def;
    }
    return nullptr;
}

QJsonObject simDefaultSettings(const QString &appUrl, const QString &adminKey)
{
    QJsonObject out;
    for (const SimSettingDef &def : simSettingDefs())
        out.insert(def.key, def.defaultValue);
    out.insert(QStringLiteral("app_url"), appUrl);
    out.insert(QStringLiteral("proxy_keys"), adminKey);
    return out;
}

QString simCheckSettingValue(const SimSettingDef &def, const QJsonValue &value)
{
    if (def.type == QLatin1String("int")) {
        if (!value.isDouble())
            return QStringLiteral("invalid type for %1: expected integer").arg(def.key);
        const double d = value.toDouble();
        if (std::floor(d) != d)
            return QStringLiteral("invalid value for %1: must be an integer").arg(def.key);
        if (def.minValue && d < *def.minValue)
            return QStringLiteral("%1 must be >= %2").arg(def.key).arg(*def.minValue);
        return {};
    }
    if (def.type == QLatin1String("bool")) {
        if (!value.isBool())
            return QStringLiteral("invalid type for %1: expected boolean").arg(def.key);
        return {};
    }
    if (!value.isString())
        return QStringLiteral("invalid type for %1: expected string").arg(def.key);
    if (def.required && value.toString().trimmed().isEmpty())
        return QStringLiteral("%1 is required").arg(def.key);
    if (def.key == QLatin1String("failover_status_codes") && !value.toString().trimmed().isEmpty()
        && !simParseStatusRanges(value.toString()))
        return QStringLiteral("invalid failover_status_codes: %1").arg(value.toString());
    return {};
}

} // namespace ul
