#include "core/sites/filterrules.h"

#include <QJsonArray>
#include <QSet>

namespace ul {

namespace {

const QLatin1String kWhitelistKey("whitelist");
const QLatin1String kBlacklistKey("blacklist");
const QLatin1String kHighCostKey("highCost");
const QLatin1String kPreferredKey("preferredTestModels");
const QLatin1String kEnableWhitelistKey("enableWhitelist");
const QLatin1String kEnableBlacklistKey("enableBlacklist");

RuleList enabledEntries(std::initializer_list<const char *> values)
{
    RuleList list;
    for (const char *value : values)
        list.append({QString::fromLatin1(value), true});
    return list;
}

Error rulesError(const QString &field, const QString &message)
{
    Error error = Error::validation(field, message);
    error.code = QStringLiteral("INVALID_RULES");
    return error;
}

QJsonArray listToJson(const RuleList &list)
{
    QJsonArray array;
    for (const RuleEntry &entry : list)
        array.append(QJsonObject{{QStringLiteral("value"), entry.value}, {QStringLiteral("enabled"), entry.enabled}});
    return array;
}

Result<RuleList> listFromJson(const QString &field, const QJsonValue &json)
{
    if (!json.isArray())
        return rulesError(field, QStringLiteral("%1 must be an array").arg(field));
    RuleList list;
    const QJsonArray array = json.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const QString where = QStringLiteral("%1 entry %2").arg(field).arg(i + 1);
        if (item.isString()) {
            list.append({item.toString().trimmed(), true});
            continue;
        }
        if (!item.isObject())
            return rulesError(field, QStringLiteral("%1 must be a string or an object").arg(where));
        const QJsonObject object = item.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != QLatin1String("value") && it.key() != QLatin1String("enabled"))
                return rulesError(field, QStringLiteral("%1 has an unknown field \"%2\"").arg(where, it.key()));
        }
        const QJsonValue value = object.value(QStringLiteral("value"));
        const QJsonValue enabled = object.value(QStringLiteral("enabled"));
        if (!value.isString())
            return rulesError(field, QStringLiteral("%1 needs a string \"value\"").arg(where));
        if (!enabled.isUndefined() && !enabled.isBool())
            return rulesError(field, QStringLiteral("%1: \"enabled\" must be true or false").arg(where));
        list.append({value.toString().trimmed(), enabled.toBool(true)});
    }
    return list;
}

Status validateList(const QString &field, const RuleList &list)
{
    if (list.size() > kMaxRuleEntries)
        return rulesError(field, QStringLiteral("%1 has %2 entries; at most %3 are allowed")
                                     .arg(field).arg(list.size()).arg(kMaxRuleEntries));
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &value = list.at(i).value;
        const QString where = QStringLiteral("%1 entry %2").arg(field).arg(i + 1);
        if (value.trimmed().isEmpty())
            return rulesError(field, QStringLiteral("%1 is empty").arg(where));
        if (value.size() > kMaxRuleEntryLength)
            return rulesError(field, QStringLiteral("%1 is longer than %2 characters").arg(where).arg(kMaxRuleEntryLength));
        for (const QChar c : value) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                return rulesError(field, QStringLiteral("%1 contains a control character").arg(where));
        }
        const QString key = value.toLower();
        if (seen.contains(key))
            return rulesError(field, QStringLiteral("%1 (\"%2\") is a duplicate").arg(where, value));
        seen.insert(key);
    }
    return {};
}

} // namespace

QStringList enabledValues(const RuleList &list)
{
    QStringList values;
    for (const RuleEntry &entry : list) {
        if (entry.enabled)
            values.append(entry.value);
    }
    return values;
}

FilterRules FilterRules::defaults()
{
    FilterRules rules;
    rules.whitelist = enabledEntries({"gpt-", "chatgpt-", "openai-gpt-", "gemini-2.5-", "claude-opus", "claude-sonnet",
                                      "claude-3-5", "claude-3-7", "claude-4", "deepseek-", "qwen3-", "kimi-k2",
                                      "glm-4.5", "grok-3", "grok-4", "v0-", "doubao-1-6-"});
    for (const char *known : {"qwen-", "llama-", "mixtral-"})
        rules.whitelist.append({QString::fromLatin1(known), false});
    rules.blacklist = enabledEntries({"vision", "image", "dalle", "tts", "whisper", "deprecated", "test", "embedding",
                                      "distill", "rerank", "gpt-3.5", "audio", "dall-e", "sora"});
    rules.highCost = enabledEntries({"gpt-4", "gpt-5", "claude-opus", "gemini-2.5-pro", "grok-4", "o3-", "o4-"});
    rules.preferredTestModels = enabledEntries({"gpt-4o-mini", "gpt-4.1-nano", "gpt-4.1-mini", "claude-3-haiku",
                                                "claude-3-5-haiku", "gemini-2.5-flash-lite", "gemini-2.5-flash",
                                                "deepseek-chat", "gpt-3.5-turbo"});
    return rules;
}

QJsonObject FilterRules::toJson() const
{
    return QJsonObject{
        {kWhitelistKey, listToJson(whitelist)},
        {kBlacklistKey, listToJson(blacklist)},
        {kHighCostKey, listToJson(highCost)},
        {kPreferredKey, listToJson(preferredTestModels)},
        {kEnableWhitelistKey, whitelistEnabled},
        {kEnableBlacklistKey, blacklistEnabled},
    };
}

Result<FilterRules> FilterRules::fromJson(const QJsonObject &json, const FilterRules &base)
{
    FilterRules rules = base;
    const QList<std::pair<QLatin1String, RuleList *>> lists = {
        {kWhitelistKey, &rules.whitelist},
        {kBlacklistKey, &rules.blacklist},
        {kHighCostKey, &rules.highCost},
        {kPreferredKey, &rules.preferredTestModels},
    };
    const QList<std::pair<QLatin1String, bool *>> switches = {
        {kEnableWhitelistKey, &rules.whitelistEnabled},
        {kEnableBlacklistKey, &rules.blacklistEnabled},
    };

    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString key = it.key();
        bool known = false;
        for (const auto &[name, target] : lists) {
            if (key != name)
                continue;
            known = true;
            Result<RuleList> list = listFromJson(key, it.value());
            if (!list.ok())
                return list.error();
            *target = std::move(list).value();
        }
        for (const auto &[name, target] : switches) {
            if (key != name)
                continue;
            known = true;
            if (!it.value().isBool())
                return rulesError(key, QStringLiteral("%1 must be true or false").arg(key));
            *target = it.value().toBool();
        }
        if (!known)
            return rulesError(key, QStringLiteral("unknown field \"%1\"").arg(key));
    }

    const Status valid = rules.validate();
    if (!valid.ok())
        return valid.error();
    return rules;
}

Status FilterRules::validate() const
{
    for (const auto &[field, list] : {std::pair<QLatin1String, const RuleList *>{kWhitelistKey, &whitelist},
                                      {kBlacklistKey, &blacklist},
                                      {kHighCostKey, &highCost},
                                      {kPreferredKey, &preferredTestModels}}) {
        const Status status = validateList(field, *list);
        if (!status.ok())
            return status;
    }
    return {};
}

Status FilterRules::validateForSave() const
{
    if (Status valid = validate(); !valid.ok())
        return valid;
    if (whitelistEnabled && enabledValues(whitelist).isEmpty())
        return rulesError(kWhitelistKey, QStringLiteral("the whitelist has no enabled prefix, so every model would be dropped; "
                                                        "add a prefix or turn the whitelist off (enableWhitelist: false)"));
    return {};
}

} // namespace ul
