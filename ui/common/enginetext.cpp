#include "ui/common/enginetext.h"

#include "ui/common/errortext.h"
#include "ui/common/uiformat.h"
#include "core/i18n/enginetemplates.h"
#include "core/i18n/eventtext.h"
#include "core/i18n/texttemplates.h"

#include "core/onboarding/onboardingwarning.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>

#include <iterator>

namespace ul {

namespace {


// The keys of JSON objects the engine writes into details (the filter's drop counts).
struct KeyName
{
    const char *key;
    const char *name;
};
const KeyName kDetailKeys[] = {
    {"blacklist", QT_TRANSLATE_NOOP("ul::EngineText", "blacklisted")},
    {"whitelist", QT_TRANSLATE_NOOP("ul::EngineText", "not whitelisted")},
    {"channel-type", QT_TRANSLATE_NOOP("ul::EngineText", "wrong channel type")},
    {"invalid-name", QT_TRANSLATE_NOOP("ul::EngineText", "invalid name")},
};

// "<kind>: <message>[ (HTTP n, CODE)]" as Error::toString() writes it, in the interface language
// (ErrorText); any other text unchanged.
QString failureText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([a-z][a-z-]*): (.+?)( \\((?:HTTP \\d+)?(?:, )?[A-Z0-9_]*\\))?$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return ErrorText::translateKnown(text);
    const std::optional<ErrorKind> kind = parseErrorKind(m.captured(1));
    if (!kind)
        return ErrorText::translateKnown(text);
    // English keeps the text as written, kind included.
    const QString translated = ErrorText::translate(m.captured(2), *kind);
    return translated == m.captured(2) ? text : translated + m.captured(3);
}

QString translateOne(const QString &english)
{
    static const TextTemplates templates("ul::EngineText", engineTextTemplates());
    return templates.translate(english);
}

// "{"blacklist":4,"whitelist":0}" → "blacklisted: 4, not whitelisted: 0"; arrays are joined.
QString readableJsonValue(const QJsonValue &value);

QString readableJsonObject(const QJsonObject &object)
{
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QString name = it.key();
        for (const KeyName &k : kDetailKeys) {
            if (name == QLatin1String(k.key))
                name = EngineText::tr(k.name);
        }
        parts << EngineText::tr("%1: %2", "a key and its value in a detail").arg(name, readableJsonValue(it.value()));
    }
    return parts.join(EngineText::tr(", ", "between the items of a detail list"));
}

QString readableJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: return QStringLiteral("(") + readableJsonObject(value.toObject()) + QStringLiteral(")");
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &v : value.toArray())
            items << readableJsonValue(v);
        return items.join(EngineText::tr(", ", "between the items of a detail list"));
    }
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? EngineText::tr("yes") : EngineText::tr("no");
    case QJsonValue::Double: return QString::number(value.toDouble());
    default: return QStringLiteral("—");
    }
}

// Every JSON object (or array of objects) embedded in `text` rewritten as a readable list.
QString replaceJson(const QString &text)
{
    QString out;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), at);
        if (open < 0)
            break;
        // The matching brace, skipping strings.
        int depth = 0;
        bool inString = false;
        qsizetype close = -1;
        for (qsizetype i = open; i < text.size() && close < 0; ++i) {
            const QChar c = text.at(i);
            if (inString) {
                if (c == QLatin1Char('\\'))
                    ++i;
                else if (c == QLatin1Char('"'))
                    inString = false;
            } else if (c == QLatin1Char('"')) {
                inString = true;
            } else if (c == QLatin1Char('{')) {
                ++depth;
            } else if (c == QLatin1Char('}') && --depth == 0) {
                close = i;
            }
        }
        if (close < 0)
            break;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.mid(open, close - open + 1).toUtf8(), &error);
        out += text.mid(at, open - at);
        out += error.error == QJsonParseError::NoError && doc.isObject() ? readableJsonObject(doc.object()) : text.mid(open, close - open + 1);
        at = close + 1;
    }
    out += text.mid(at);
    return out;
}

} // namespace

QString EngineText::translate(const QString &english)
{
    if (english.isEmpty())
        return english;
    const QStringList parts = english.split(QStringLiteral("; "));
    QStringList out;
    for (const QString &part : parts) {
        QString translated = translateOne(part);
        // The reconciler's step "create-group gpt-4o": an operation id and its group.
        if (translated == part) {
            const qsizetype space = part.indexOf(QLatin1Char(' '));
            const QString op = space > 0 ? part.left(space) : QString();
            if (!op.isEmpty() && operation(op) != op)
                translated = operation(op) + part.mid(space);
        }
        out.append(translated);
    }
    // A template that holds "; " itself matches only the whole text.
    if (parts.size() > 1 && out == parts)
        return translateOne(english);
    return out.join(tr("; "));
}

QString EngineText::event(const QString &english)
{
    static const EventTextTranslator translator;
    return english.isEmpty() ? english : translator.translate(english, tr("; "));
}

QString EngineText::detail(const QString &english)
{
    // A journal detail is the planned step, " — " what it did, " — " the error when it failed
    // ("network: site …: connection refused (HTTP 502)", Error::toString()).
    static const QString dash = QStringLiteral(" — ");
    QStringList parts = english.split(dash);
    for (QString &part : parts) {
        const QString translated = translate(part);
        part = translated != part ? translated : failureText(part);
        if (part.contains(QLatin1Char('{')))
            part = replaceJson(part);
    }
    return parts.join(dash);
}

QString EngineText::jobKind(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("process-site"), QT_TR_NOOP("onboard site")},
        {QStringLiteral("reconcile"), QT_TR_NOOP("reconcile layers")},
        {QStringLiteral("adopt"), QT_TR_NOOP("import layout")},
        {QStringLiteral("migrate-keys"), QT_TR_NOOP("migrate keys")},
        {QStringLiteral("delete-legacy"), QT_TR_NOOP("delete legacy groups")},
        {QStringLiteral("uniapi-restore"), QT_TR_NOOP("restore api.yaml")},
        {QStringLiteral("uniapi-write"), QT_TR_NOOP("write api.yaml")},
        {QStringLiteral("set-weights"), QT_TR_NOOP("set weights")},
        {QStringLiteral("optimize-weights"), QT_TR_NOOP("weight optimization")},
        {QStringLiteral("rotate-keys"), QT_TR_NOOP("rotate proxy keys")},
        {QStringLiteral("sync"), QT_TR_NOOP("model sync")},
        {QStringLiteral("sync-approve"), QT_TR_NOOP("apply approved changes")},
        {QStringLiteral("channel-health"), QT_TR_NOOP("channel health check")},
        {QStringLiteral("channel-cleanup"), QT_TR_NOOP("channel cleanup")},
        {QStringLiteral("channel-cleanup-manual"), QT_TR_NOOP("manual channel cleanup")},
        {QStringLiteral("delete-channel"), QT_TR_NOOP("delete channel")},
        {QStringLiteral("maintenance"), QT_TR_NOOP("maintenance")},
        {QStringLiteral("manual-recovery"), QT_TR_NOOP("manual recovery")},
        {QStringLiteral("channel-disable"), QT_TR_NOOP("disable channel")},
        {QStringLiteral("channel-enable"), QT_TR_NOOP("re-enable channel")},
        {QStringLiteral("reassign-channel"), QT_TR_NOOP("move channel")},
        {QStringLiteral("temp-group-cleanup"), QT_TR_NOOP("temporary group cleanup")},
        {QStringLiteral("set-test-model"), QT_TR_NOOP("set test model")},
        {QStringLiteral("validate-keys"), QT_TR_NOOP("validate keys")},
        {QStringLiteral("clear-invalid-keys"), QT_TR_NOOP("remove invalid keys")},
    };
    const auto it = names.constFind(kind);
    return it == names.cend() ? kind : tr(it.value());
}

QString EngineText::outcome(const QString &outcome)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("ok"), QT_TR_NOOP("Done")},
        {QStringLiteral("failed"), QT_TR_NOOP("Failed")},
        {QStringLiteral("skipped"), QT_TR_NOOP("Skipped")},
        {QStringLiteral("adopted"), QT_TR_NOOP("Adopted")},
        {QStringLiteral("started"), QT_TR_NOOP("Started")},
        {QStringLiteral("unchanged"), QT_TR_NOOP("Unchanged")},
        {QStringLiteral("queued"), QT_TR_NOOP("Queued")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("unknown"), QT_TR_NOOP("Unknown")},
    };
    const auto it = names.constFind(outcome);
    return it == names.cend() ? outcome : tr(it.value());
}

QString EngineText::operation(const QString &op)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("create-group"), QT_TR_NOOP("create group")},
        {QStringLiteral("update-group"), QT_TR_NOOP("update group")},
        {QStringLiteral("delete-group"), QT_TR_NOOP("delete group")},
        {QStringLiteral("upload-pool-key"), QT_TR_NOOP("add pool key")},
        {QStringLiteral("delete-pool-key"), QT_TR_NOOP("remove pool key")},
        {QStringLiteral("record"), QT_TR_NOOP("record")},
        {QStringLiteral("upsert-provider"), QT_TR_NOOP("write provider")},
        {QStringLiteral("remove-provider"), QT_TR_NOOP("remove provider")},
        {QStringLiteral("upload-keys"), QT_TR_NOOP("upload keys")},
        {QStringLiteral("verify-keys"), QT_TR_NOOP("verify keys")},
        {QStringLiteral("restore-invalid-keys"), QT_TR_NOOP("restore invalid keys")},
        {QStringLiteral("clear-invalid-keys"), QT_TR_NOOP("remove invalid keys")},
        {QStringLiteral("write-api-yaml"), QT_TR_NOOP("write api.yaml")},
        {QStringLiteral("restore-api-yaml"), QT_TR_NOOP("restore api.yaml")},
        {QStringLiteral("create-temp-group"), QT_TR_NOOP("create temporary group")},
        {QStringLiteral("delete-temp-group"), QT_TR_NOOP("delete temporary group")},
        {QStringLiteral("discover-models"), QT_TR_NOOP("discover models")},
        {QStringLiteral("filter-models"), QT_TR_NOOP("filter models")},
        {QStringLiteral("assign-instance"), QT_TR_NOOP("choose instance")},
        {QStringLiteral("resolve-site"), QT_TR_NOOP("resolve site")},
        {QStringLiteral("record-group"), QT_TR_NOOP("record group")},
        {QStringLiteral("reconcile"), QT_TR_NOOP("reconcile")},
        {QStringLiteral("sync-site"), QT_TR_NOOP("sync site")},
        {QStringLiteral("sync-summary"), QT_TR_NOOP("sync summary")},
        {QStringLiteral("update-test-model"), QT_TR_NOOP("update test model")},
        {QStringLiteral("validate-keys"), QT_TR_NOOP("validate keys")},
        {QStringLiteral("disable-channel"), QT_TR_NOOP("take channel out of rotation")},
        {QStringLiteral("restore-channel"), QT_TR_NOOP("put channel back in rotation")},
        {QStringLiteral("delete-site"), QT_TR_NOOP("delete site")},
        {QStringLiteral("set-weight"), QT_TR_NOOP("set weight")},
        {QStringLiteral("adopt-group"), QT_TR_NOOP("adopt group")},
        {QStringLiteral("import-layout"), QT_TR_NOOP("import layout")},
        {QStringLiteral("generate-proxy-key"), QT_TR_NOOP("generate proxy key")},
        {QStringLiteral("retire-proxy-key"), QT_TR_NOOP("retire proxy key")},
        {QStringLiteral("retire-proxy-keys"), QT_TR_NOOP("retire proxy keys")},
        {QStringLiteral("retire-pool-key"), QT_TR_NOOP("retire pool key")},
    };
    const auto it = names.constFind(op);
    return it == names.cend() ? op : tr(it.value());
}

QString EngineText::onboardingSummary(const QJsonObject &data)
{
    const QString name = data.value(QStringLiteral("siteName")).toString();
    const QString groups = tr("%n site group(s) created or updated", nullptr, data.value(QStringLiteral("groupsCreated")).toInt());
    const QString models = tr("%n model(s)", nullptr, data.value(QStringLiteral("modelsCount")).toInt());
    QStringList sentences{data.value(QStringLiteral("operationType")).toString() == QLatin1String("update")
                              ? tr("Site %1 updated: %2, %3.").arg(name, groups, models)
                              : tr("Site %1 configured: %2, %3.").arg(name, groups, models)};
    QStringList failed;
    for (const QJsonValue &g : data.value(QStringLiteral("siteGroups")).toArray()) {
        if (g.toObject().contains(QStringLiteral("error")))
            failed.append(g.toObject().value(QStringLiteral("name")).toString());
    }
    if (!failed.isEmpty())
        sentences.append(tr("%n site group(s) failed: %1.", nullptr, int(failed.size())).arg(failed.join(tr(", ", "between the items of a detail list"))));
    const QJsonObject uniApi = data.value(QStringLiteral("reconcile")).toObject().value(QStringLiteral("uniApi")).toObject();
    if (!uniApi.value(QStringLiteral("error")).toString().isEmpty())
        sentences.append(tr("uni-api's api.yaml was NOT updated."));
    return ui::joinText(sentences);
}

QString EngineText::onboardingWarning(const QJsonObject &detail)
{
    namespace C = WarningCode;
    const OnboardingWarning w = OnboardingWarning::fromJson(detail);
    if (w.code == QLatin1String(C::kModelGroupsFailed))
        return tr("%n model group operation(s) failed; the next reconcile retries them.", nullptr, w.args.value(0).toInt());
    if (w.code == QLatin1String(C::kKeysDeduplicated))
        return tr("%n repeated key(s) were given; each key is used once.", nullptr, w.args.value(0).toInt());
    if (w.code == QLatin1String(C::kModelChangesQueued))
        return tr("Site group %1 is in review mode: %n model change(s) are queued for review on the Sync page.", nullptr,
                  w.args.value(1).toInt())
            .arg(w.args.value(0));
    // %1… are the warning's arguments (core/onboarding/onboardingwarning.h lists them per code).
    static const QHash<QString, const char *> texts{
        {QLatin1String(C::kGroupListingFailed), QT_TR_NOOP("The groups could not be read from %1; a group there is unknown to this run.")},
        {QLatin1String(C::kSiteNameNotUsed), QT_TR_NOOP("Site name \"%1\" was not used: it only tells two sites on one host apart "
                                                        "and must be 3–90 characters of a-z, 0-9 and '-'.")},
        {QLatin1String(C::kSiteNameTaken), QT_TR_NOOP("Another site already uses the name %1; this site is named %2.")},
        {QLatin1String(C::kSiteGroupMissing),
         QT_TR_NOOP("Site group %1 is recorded on instance %2 but gpt-load does not list it; it is created again.")},
        {QLatin1String(C::kSiteGroupAdopted), QT_TR_NOOP("Site group %1 was not recorded by uni-load; it is adopted.")},
        {QLatin1String(C::kBaseUrlIgnored), QT_TR_NOOP("The base URL is ignored when updating; the site's URL %1 is kept.")},
        {QLatin1String(C::kFormatWithoutModels), QT_TR_NOOP("No kept model is served in the %1 format; site group %2 is not written.")},
        {QLatin1String(C::kSiteGroupFailed), QT_TR_NOOP("Site group %1 failed: %2")},
        {QLatin1String(C::kTempDiscoveryFailed), QT_TR_NOOP("Discovery through a temporary group failed before it succeeded: %1")},
        {QLatin1String(C::kListedDirectly), QT_TR_NOOP("The models were listed directly from the site; %1")},
        {QLatin1String(C::kUniApiNotWritten), QT_TR_NOOP("uni-api's api.yaml was not updated: %1")},
        {QLatin1String(C::kMissingModelsKept),
         QT_TR_NOOP("Site group %1 keeps %2: not listed this time, they are removed once a model sync misses them often enough in a row.")},
        {QLatin1String(C::kModelListNotUpdated), QT_TR_NOOP("The model list of site group %1 was not updated: %2")},
        {QLatin1String(C::kModelsInOtherFormat),
         QT_TR_NOOP("Site group %1 (%2 format) carries no traffic for %3: their model groups use the %4 format, and the name "
                    "a %2-format model group for them would take belongs to another model.")},
    };
    const auto it = texts.constFind(w.code);
    if (it == texts.cend())
        return translate(w.text);
    // The arguments that are error messages (or several joined by "; ") are the core's English.
    static const QHash<QString, int> errorArgument{
        {QLatin1String(C::kGroupListingFailed), 0}, {QLatin1String(C::kSiteGroupFailed), 1},
        {QLatin1String(C::kTempDiscoveryFailed), 0}, {QLatin1String(C::kListedDirectly), 0},
        {QLatin1String(C::kUniApiNotWritten), 0}, {QLatin1String(C::kModelListNotUpdated), 1},
    };
    QStringList args = w.args;
    if (const int index = errorArgument.value(w.code, -1); index >= 0 && index < args.size())
        args[index] = ErrorText::translateKnown(args.at(index));
    return OnboardingWarning::fill(tr(it.value()), args);
}

QStringList EngineText::onboardingWarnings(const QJsonObject &data)
{
    QStringList out;
    const QJsonValue details = data.value(QStringLiteral("warningDetails"));
    if (details.isArray()) {
        for (const QJsonValue &d : details.toArray())
            out.append(onboardingWarning(d.toObject()));
        return out;
    }
    for (const QJsonValue &w : data.value(QStringLiteral("warnings")).toArray())
        out.append(translate(w.toString()));
    return out;
}

} // namespace ul
