#include "core/common/redactor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ul::Redactor {

namespace {

QMutex &secretsMutex()
{
    static QMutex m;
    return m;
}

// Secrets made only of word characters (almost every API key) are found by looking up each
// word of the text in a hash set, so redaction costs the same with 50 000 registered keys as with
// one. The others (base64 with '+', '/', '=', tokens with '.') are searched for one by one.
bool isWordChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-');
}

// Shorter values are not registered (too common to mask), so shorter words need no lookup.
constexpr qsizetype kMinSecretLength = 6;

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool isWordSecret(const QString &secret)
{
    return std::all_of(secret.cbegin(), secret.cend(), isWordChar);
}

QSet<QString> &secrets()
{
    static QSet<QString> s;
    return s;
}

QSet<QString> &wordSecrets()
{
    static QSet<QString> s;
    return s;
}

// The other secrets, sorted longest first, so that a secret containing another is masked whole.
// Re-sorted lazily (registering many must not sort many times).
QStringList &sortedSecrets()
{
    static QStringList l;
    return l;
}

// Masks every word of `input` that is a registered word secret. A word right after a JSON or C
// escape (`\n`, `\t`, `\r`) starts one character later: "…\nsk-abc" is the key "sk-abc"; one
// after a percent-escape two characters later.
QString maskWordSecrets(const QString &input, const QSet<QString> &words)
{
    QString out;
    qsizetype last = 0;
    const qsizetype n = input.size();
    for (qsizetype i = 0; i < n;) {
        if (!isWordChar(input.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && isWordChar(input.at(end)))
            ++end;
        if (end - i < kMinSecretLength) {
            i = end;
            continue;
        }
        qsizetype start = i;
        bool found = words.contains(QStringView(input).mid(start, end - start).toString());
        if (!found && start > 0 && input.at(start - 1) == QLatin1Char('\\') && end - start > 1
            && QStringLiteral("nrt").contains(input.at(start))) {
            ++start;
            found = words.contains(QStringView(input).mid(start, end - start).toString());
        }
        // Percent-encoded text ("key%3Dsk-abc"): the word starts after the two hex digits.
        if (!found && i > 0 && input.at(i - 1) == QLatin1Char('%') && end - i > 2 && isHexDigit(input.at(i))
            && isHexDigit(input.at(i + 1))) {
            start = i + 2;
            found = words.contains(QStringView(input).mid(start, end - start).toString());
        }
        if (found) {
            out += QStringView(input).mid(last, start - last);
            out += mask(input.mid(start, end - start));
            last = end;
        }
        i = end;
    }
    if (last == 0)
        return input;
    out += QStringView(input).mid(last);
    return out;
}

bool &sortNeeded()
{
    static bool dirty = false;
    return dirty;
}

const QRegularExpression &headerPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((\b(?:authorization|x-api-key|x-goog-api-key|proxy-authorization)\s*[:=]\s*)(?:bearer\s+)?([^\s,;"'&]+))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &queryKeyPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(([?&](?:key|key_value|keys_text|token|api_key|apikey|auth_key)=)([^&\s"'#]+))"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &jsonFieldPattern()
{
    // "field": "value" for secret-named fields (compact or spaced JSON, also in YAML-ish text).
    static const QRegularExpression re(
        QStringLiteral(R"re(("(?:proxy_keys|key_value|keys_text|apiKeys|apiKey|api_key|token|auth_key|AUTH_KEY|api|hopKey|gatewayKey)"\s*:\s*")((?:[^"\\]|\\.)*)("))re"));
    return re;
}

const QRegularExpression &keyLikePattern()
{
    // Typical vendor key shapes: sk-…, sk-ant-…, AIza…, long hex/base62 bearer-looking tokens after "Bearer".
    // Also right after an escape sequence ("…\nsk-…" in JSON text), where \b sees no boundary.
    static const QRegularExpression re(QStringLiteral(R"((?:\b|(?<=\\[nrt]))(sk-[A-Za-z0-9_\-]{12,}|AIza[0-9A-Za-z_\-]{20,})\b)"));
    return re;
}

const QRegularExpression &urlUserInfoPattern()
{
    // scheme://user:password@host — a proxy or upstream URL with credentials in it.
    static const QRegularExpression re(QStringLiteral(R"((\b[A-Za-z][A-Za-z0-9+.\-]*://)([^/\s@"'<>]+)(?=@))"));
    return re;
}

const QRegularExpression &bearerPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((\bBearer\s+)([A-Za-z0-9._~+/=\-]{6,}))"));
    return re;
}

QString replaceGroup(const QString &input, const QRegularExpression &re, int group)
{
    QString out;
    out.reserve(input.size());
    qsizetype last = 0;
    auto it = re.globalMatch(input);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype start = m.capturedStart(group);
        if (start < 0)
            continue;
        out += QStringView(input).mid(last, start - last);
        const QString captured = m.captured(group);
        // Already masked values stay as they are.
        out += captured.contains(QChar(0x2026)) ? captured : mask(captured);
        last = m.capturedEnd(group);
    }
    out += QStringView(input).mid(last);
    return out;
}

} // namespace

QString mask(const QString &secret)
{
    if (secret.isEmpty())
        return secret;
    if (secret.size() < 12)
        return QStringLiteral("…");
    // Three quarters stay hidden, so a short secret is not nearly given away by its ends.
    const qsizetype shown = std::min<qsizetype>(4, secret.size() / 8);
    return secret.left(shown) + QChar(0x2026) + secret.right(shown);
}

QString maskList(const QString &commaSeparated)
{
    if (commaSeparated.trimmed().isEmpty())
        return commaSeparated;
    QStringList parts = commaSeparated.split(QLatin1Char(','));
    for (QString &p : parts)
        p = mask(p.trimmed());
    return parts.join(QLatin1Char(','));
}

void registerSecret(const QString &secret)
{
    const QString s = secret.trimmed();
    if (s.size() < kMinSecretLength)
        return;
    QMutexLocker lock(&secretsMutex());
    if (isWordSecret(s)) {
        wordSecrets().insert(s);
        return;
    }
    if (secrets().contains(s))
        return;
    secrets().insert(s);
    sortedSecrets().append(s);
    sortNeeded() = true;
}

void registerSecrets(const QStringList &secretList)
{
    for (const QString &secret : secretList)
        registerSecret(secret);
}

void forgetAllSecrets()
{
    QMutexLocker lock(&secretsMutex());
    secrets().clear();
    wordSecrets().clear();
    sortedSecrets().clear();
    sortNeeded() = false;
}

QString text(const QString &input)
{
    if (input.isEmpty())
        return input;
    QString out = input;
    {
        QMutexLocker lock(&secretsMutex());
        if (sortNeeded()) {
            std::sort(sortedSecrets().begin(), sortedSecrets().end(),
                      [](const QString &a, const QString &b) { return a.size() > b.size(); });
            sortNeeded() = false;
        }
        for (const QString &s : std::as_const(sortedSecrets())) {
            if (out.contains(s))
                out.replace(s, mask(s));
        }
        if (!wordSecrets().isEmpty())
            out = maskWordSecrets(out, wordSecrets());
    }
    out = replaceGroup(out, headerPattern(), 2);
    out = replaceGroup(out, bearerPattern(), 2);
    out = replaceGroup(out, urlUserInfoPattern(), 2);
    out = replaceGroup(out, queryKeyPattern(), 2);
    out = replaceGroup(out, jsonFieldPattern(), 2);
    out = replaceGroup(out, keyLikePattern(), 1);
    return out;
}

QByteArray bytes(const QByteArray &input)
{
    return text(QString::fromUtf8(input)).toUtf8();
}

bool isSecretFieldName(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("proxy_keys"), QStringLiteral("key_value"), QStringLiteral("keys_text"),
        QStringLiteral("apiKeys"),    QStringLiteral("apiKey"),    QStringLiteral("api_key"),
        QStringLiteral("token"),      QStringLiteral("auth_key"),  QStringLiteral("api"),
        QStringLiteral("hopKey"),     QStringLiteral("gatewayKey"), QStringLiteral("apiToken"),
    };
    return names.contains(name);
}

bool isSecretWordName(const QString &name)
{
    static const QSet<QString> words = {
        QStringLiteral("key"),    QStringLiteral("apikey"),   QStringLiteral("token"),         QStringLiteral("secret"),
        QStringLiteral("password"), QStringLiteral("passwd"), QStringLiteral("authorization"), QStringLiteral("auth"),
        QStringLiteral("cookie"), QStringLiteral("credential"), QStringLiteral("credentials"), QStringLiteral("signature"),
    };
    QString spaced;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isUpper() && i > 0 && name.at(i - 1).isLower())
            spaced += QLatin1Char(' ');  // camelCase → separate words
        spaced += c.isLetterOrNumber() ? c.toLower() : QLatin1Char(' ');
    }
    const QStringList parts = spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::any_of(parts.cbegin(), parts.cend(), [](const QString &w) { return words.contains(w); });
}

namespace {

// gpt-load's header_rules ([{key, action, value}]) and param_overrides ({name: value}) are free
// form: a rule may set an Authorization or x-api-key header, an override a provider secret. The
// field names say nothing, so the header or parameter name decides.
QJsonValue maskFreeFormSecrets(const QString &field, const QJsonValue &value)
{
    if (field == QLatin1String("header_rules") && value.isArray()) {
        QJsonArray rules = value.toArray();
        for (qsizetype i = 0; i < rules.size(); ++i) {
            QJsonObject rule = rules.at(i).toObject();
            if (rule.value(QLatin1String("value")).isString() && isSecretWordName(rule.value(QLatin1String("key")).toString()))
                rule.insert(QStringLiteral("value"), mask(rule.value(QLatin1String("value")).toString()));
            rules[i] = json(rule);
        }
        return rules;
    }
    if (field == QLatin1String("param_overrides") && value.isObject()) {
        QJsonObject overrides = value.toObject();
        for (auto it = overrides.begin(); it != overrides.end(); ++it) {
            if (it.value().isString() && isSecretWordName(it.key()))
                it.value() = mask(it.value().toString());
        }
        return json(overrides);
    }
    return json(value);
}

} // namespace

QJsonValue json(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("header_rules") || it.key() == QLatin1String("param_overrides")) {
                it.value() = maskFreeFormSecrets(it.key(), it.value());
            } else if (isSecretFieldName(it.key())) {
                const QJsonValue v = it.value();
                if (v.isString())
                    it.value() = it.key() == QLatin1String("proxy_keys") ? maskList(v.toString()) : mask(v.toString());
                else if (v.isArray()) {
                    QJsonArray masked;
                    for (const auto &e : v.toArray())
                        masked.append(e.isString() ? QJsonValue(mask(e.toString())) : json(e));
                    it.value() = masked;
                }
            } else {
                it.value() = json(it.value());
            }
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = json(a.at(i));
        return a;
    }
    if (value.isString())
        return text(value.toString());
    return value;
}

} // namespace ul::Redactor
