#include "core/sites/apikeys.h"

#include <QSet>

namespace ul {

namespace {

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';');
}

void appendKeys(const QString &text, ParsedApiKeys &parsed, QSet<QString> &seen)
{
    qsizetype start = -1;
    const auto flush = [&](qsizetype end) {
        if (start < 0)
            return;
        const QString key = text.mid(start, end - start);
        start = -1;
        if (seen.contains(key)) {
            ++parsed.duplicates;
            return;
        }
        seen.insert(key);
        parsed.keys.append(key);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSeparator(text.at(i)))
            flush(i);
        else if (start < 0)
            start = i;
    }
    flush(text.size());
}

Error keysError(const QString &code, const QString &message)
{
    Error error = Error::validation(QStringLiteral("apiKeys"), message);
    error.code = code;
    return error;
}

} // namespace

ParsedApiKeys parseApiKeysText(const QString &text)
{
    return parseApiKeyEntries(QStringList{text});
}

ParsedApiKeys parseApiKeyEntries(const QStringList &entries)
{
    ParsedApiKeys parsed;
    QSet<QString> seen;
    for (const QString &entry : entries)
        appendKeys(entry, parsed, seen);
    return parsed;
}

Status validateApiKeys(const QStringList &keys, ApiKeyRequirement requirement)
{
    if (keys.isEmpty() && requirement == ApiKeyRequirement::Required)
        return keysError(QStringLiteral("API_KEYS_REQUIRED"),
                         QStringLiteral("API keys are required when a site is configured for the first time"));
    if (keys.size() > kMaxApiKeys)
        return keysError(QStringLiteral("API_KEYS_TOO_MANY"),
                         QStringLiteral("%1 API keys given; at most %2 are accepted at once").arg(keys.size()).arg(kMaxApiKeys));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        if (key.isEmpty())
            return keysError(QStringLiteral("API_KEY_INVALID"), QStringLiteral("API key #%1 is empty").arg(i + 1));
        if (key.size() > kMaxApiKeyLength)
            return keysError(QStringLiteral("API_KEY_TOO_LONG"),
                             QStringLiteral("API key #%1 is %2 characters long; at most %3 are allowed")
                                 .arg(i + 1).arg(key.size()).arg(kMaxApiKeyLength));
        for (const QChar c : key) {
            if (c.unicode() < 0x21 || c.unicode() > 0x7e)
                return keysError(QStringLiteral("API_KEY_INVALID"),
                                 QStringLiteral("API key #%1 contains a space, an invisible or a non-ASCII character")
                                     .arg(i + 1));
        }
    }
    return {};
}

} // namespace ul
