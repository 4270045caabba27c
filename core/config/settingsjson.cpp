#include "core/config/settingsjson.h"

#include "core/common/redactor.h"
#include "core/config/settingparsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace ul::SettingsJson {

namespace {

std::optional<QString> storedText(const QJsonObject &stored, SettingKey key)
{
    return storedValueText(stored.value(storedKey(key)));
}

QString typeName(SettingType type)
{
    switch (type) {
    case SettingType::Bool: return QStringLiteral("bool");
    case SettingType::Integer: return QStringLiteral("integer");
    case SettingType::Duration: return QStringLiteral("duration");
    case SettingType::Size: return QStringLiteral("size");
    case SettingType::String: return QStringLiteral("string");
    case SettingType::Path: return QStringLiteral("path");
    case SettingType::List: return QStringLiteral("list");
    case SettingType::OriginList: return QStringLiteral("originList");
    case SettingType::Choice: return QStringLiteral("choice");
    case SettingType::Address: return QStringLiteral("address");
    case SettingType::Url: return QStringLiteral("url");
    }
    return QStringLiteral("string");
}

QJsonValue textOrNull(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

Error settingError(const QString &name, const QString &code, const QString &message)
{
    Error e = Error::validation(name, message);
    e.code = code;
    return e;
}

// A JSON value of the body as the text a setting holds; nullopt for a type no setting takes.
std::optional<QString> valueText(const SettingSpec &spec, const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 15);
    }
    if (v.isArray() && (spec.type == SettingType::List || spec.type == SettingType::OriginList)) {
        QStringList items;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return std::nullopt;
            items.append(item.toString().trimmed());
        }
        return items.join(QLatin1Char(','));
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> storedValueText(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString storedKey(SettingKey key)
{
    return QStringLiteral("env.") + settingSpec(key).name;
}

QString originId(ConfigOrigin origin)
{
    switch (origin) {
    case ConfigOrigin::Default: return QStringLiteral("default");
    case ConfigOrigin::StoredSetting: return QStringLiteral("stored");
    case ConfigOrigin::DotEnv: return QStringLiteral(".env");
    case ConfigOrigin::DotEnvLocal: return QStringLiteral(".env.local");
    case ConfigOrigin::Environment: return QStringLiteral("environment");
    case ConfigOrigin::CommandLine: return QStringLiteral("command line");
    }
    return QStringLiteral("default");
}

bool settableViaApi(const QString &name)
{
    // API_TOKEN guards the API itself; the uni-api restart command runs a program and is
    // "configured only in local settings — never settable through our HTTP API" (§6.10).
    const std::optional<SettingKey> key = settingKeyByName(name);
    return !key || !settingSpec(*key).localOnly;
}

QJsonObject settings(const AppConfig &config, const QJsonObject &stored)
{
    QJsonArray list;
    for (const SettingState &state : config.settings()) {
        const SettingSpec &spec = settingSpec(state.key);
        std::optional<QString> saved = storedText(stored, state.key);
        const bool restartRequired = saved != config.valueAt(state.key, ConfigOrigin::StoredSetting);
        // Secrets, and what only local settings may hold (the restart command), never in clear.
        const bool masked = spec.secret || spec.localOnly;
        if (saved && masked)
            saved = Redactor::mask(*saved);
        const QString value = masked && !spec.secret ? Redactor::mask(state.value) : state.value;  // AppConfig masks secrets
        QJsonObject o{{QStringLiteral("name"), spec.name},
                      {QStringLiteral("group"), spec.group},
                      {QStringLiteral("type"), typeName(spec.type)},
                      {QStringLiteral("description"), spec.description ? QString::fromUtf8(spec.description) : QString()},
                      {QStringLiteral("default"), masked && !spec.defaultValue.isEmpty() ? Redactor::mask(spec.defaultValue) : spec.defaultValue},
                      {QStringLiteral("value"), value},
                      {QStringLiteral("origin"), originId(state.origin)},
                      {QStringLiteral("source"), state.source.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(state.source)},
                      {QStringLiteral("saved"), textOrNull(saved)},
                      {QStringLiteral("secret"), spec.secret},
                      {QStringLiteral("informational"), spec.informational},
                      // .env, .env.local, the environment or the command line beats the saved value
                      {QStringLiteral("overridden"), state.overriddenExternally},
                      {QStringLiteral("restartRequired"), restartRequired},
                      {QStringLiteral("settable"), settableViaApi(spec.name)}};
        if (spec.type == SettingType::Choice)
            o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(spec.choices));
        list.append(o);
    }
    return {{QStringLiteral("settings"), list}};
}

Result<QJsonObject> storedChange(const AppConfig &config, const QJsonObject &body, QStringList *warnings)
{
    if (body.isEmpty())
        return settingError(QStringLiteral("body"), QStringLiteral("SETTINGS_EMPTY"),
                            QStringLiteral("body must map at least one setting name to a value or null"));
    QJsonObject change;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString name = it.key();
        const std::optional<SettingKey> key = settingKeyByName(name);
        if (!settableViaApi(name))
            return settingError(name, QStringLiteral("SETTING_NOT_SETTABLE"),
                                QStringLiteral("%1 cannot be changed through the HTTP API").arg(name));
        if (!key)
            return settingError(name, QStringLiteral("UNKNOWN_SETTING"), QStringLiteral("unknown setting %1").arg(name.left(80)));
        const SettingSpec &spec = settingSpec(*key);
        if (it.value().isNull()) {
            change.insert(storedKey(*key), QJsonValue(QJsonValue::Null));  // back to the lower layers
            continue;
        }
        const std::optional<QString> text = valueText(spec, it.value());
        if (!text)
            return settingError(name, QStringLiteral("SETTING_INVALID"),
                                QStringLiteral("%1 must be a string, number or boolean (null removes the saved value)").arg(name));
        if (text->isEmpty())
            return settingError(name, QStringLiteral("SETTING_INVALID"),
                                QStringLiteral("%1: enter a value, or null to remove the saved value").arg(name));
        // What a .env file may hold with a warning (startup must not fail on a typo), a save
        // refuses: a value outside a choice's list, a flag that is no recognised boolean, an origin
        // that is not one.
        if (spec.type == SettingType::Choice && !spec.choices.contains(text->trimmed().toLower()))
            return settingError(name, QStringLiteral("SETTING_INVALID"),
                                QStringLiteral("%1 must be one of: %2").arg(name, spec.choices.join(QStringLiteral(", "))));
        if (spec.type == SettingType::Bool && !parseBoolSetting(*text, false).recognised)
            return settingError(name, QStringLiteral("SETTING_INVALID"), QStringLiteral("%1 must be true or false").arg(name));
        // The desktop settings page's check: a probe configuration with only this value.
        AppConfig probe(config.configDir(), config.dataDir());
        probe.setOverride(*key, *text, ConfigOrigin::StoredSetting);
        for (const ConfigIssue &issue : probe.issues()) {
            if (issue.key != name)
                continue;
            // An origin list with an entry the start would drop ("*", "ftp://…") is refused too: saved,
            // it would only come back as a warning at the next start.
            if (issue.isError() || spec.type == SettingType::OriginList)
                return settingError(name, QStringLiteral("SETTING_INVALID"), QStringLiteral("%1: %2").arg(name, issue.message));
            if (warnings)
                warnings->append(QStringLiteral("%1: %2").arg(name, issue.message));
        }
        change.insert(storedKey(*key), *text);
    }
    return change;
}

} // namespace ul::SettingsJson
