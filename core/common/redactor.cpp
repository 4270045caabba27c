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

QSet<QString> &secrets()
{
    static QSet<QString> s;
    return s;
}

// Sorted longest first, so that a secret containing another is masked whole. Re-sorted lazily
// (registering thousands of keys must not sort thousands of times).
QStringList &sortedSecrets()
{
    static QStringList l;
    return l;
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
    static const QRegularExpression re(QStringLiteral(R"(\b(sk-[A-Za-z0-9_\-]{12,}|AIza[0-9A-Za-z_\-]{20,})\b)"));
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
    return secret.left(4) + QChar(0x2026) + secret.right(4);
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
    if (s.size() < 6)
        return;
    QMutexLocker lock(&secretsMutex());
    if (secrets().contains(s))
        return;
    secrets().insert(s);
    sortedSecrets().append(s);
    sortNeeded() = true;
}

void forgetAllSecrets()
{
    QMutexLocker lock(&secretsMutex());
    secrets().clear();
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
    }
    out = replaceGroup(out, headerPattern(), 2);
    out = replaceGroup(out, bearerPattern(), 2);
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

QJsonValue json(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isSecretFieldName(it.key())) {
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
