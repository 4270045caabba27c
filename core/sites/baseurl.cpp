#include "core/sites/baseurl.h"

#include <QRegularExpression>
#include <QStringList>

namespace ul {

namespace {

Error baseUrlError(const QString &code, const QString &message)
{
    Error error = Error::validation(QStringLiteral("baseUrl"), message);
    error.code = code;
    return error;
}

void chopTrailingSlashes(QString &path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
}

bool isStrippableVersionSegment(const QString &segment)
{
    return segment.compare(QLatin1String("v1"), Qt::CaseInsensitive) == 0
        || segment.compare(QLatin1String("v1beta"), Qt::CaseInsensitive) == 0;
}

// `v2`, `v4`, `v1alpha`, `v3beta2`: an API version other than the two gpt-load appends itself.
bool isOtherVersionSegment(const QString &segment)
{
    static const QRegularExpression pattern(QStringLiteral("^v\\d+(?:(?:alpha|beta)\\d*)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(segment).hasMatch();
}

bool hasSpaceOrControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

} // namespace

Result<NormalizedBaseUrl> normalizeBaseUrl(const QString &input, VersionSegmentPolicy policy)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return baseUrlError(QStringLiteral("BASE_URL_EMPTY"), QStringLiteral("baseUrl is required"));
    // gpt-load keeps the upstream in a database column and in every proxied request line.
    constexpr qsizetype kMaxBaseUrlLength = 2048;
    if (text.size() > kMaxBaseUrlLength)
        return baseUrlError(QStringLiteral("BASE_URL_INVALID"),
                            QStringLiteral("baseUrl is longer than %1 characters").arg(kMaxBaseUrlLength));
    if (hasSpaceOrControl(text))
        return baseUrlError(QStringLiteral("BASE_URL_INVALID"),
                            QStringLiteral("baseUrl must not contain spaces or control characters"));

    // "api.deepseek.com/v1" as the original reads it (uni-load-behaviour.md §6.1): https.
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const QString scheme = schemeEnd > 0 ? text.left(schemeEnd).toLower() : QString();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return baseUrlError(QStringLiteral("BASE_URL_SCHEME"),
                            QStringLiteral("baseUrl must start with http:// or https://"));

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return baseUrlError(QStringLiteral("BASE_URL_INVALID"), QStringLiteral("baseUrl is not a valid URL"));
    if (url.host().isEmpty())
        return baseUrlError(QStringLiteral("BASE_URL_NO_HOST"), QStringLiteral("baseUrl has no host name"));
    if (url.port() == 0)
        return baseUrlError(QStringLiteral("BASE_URL_INVALID"), QStringLiteral("baseUrl has port 0"));
    if (!url.userInfo().isEmpty())
        return baseUrlError(QStringLiteral("BASE_URL_CREDENTIALS"),
                            QStringLiteral("baseUrl must not contain a user name or password; "
                                           "enter API keys in the keys field"));
    if (url.hasQuery() || url.hasFragment())
        return baseUrlError(QStringLiteral("BASE_URL_QUERY"),
                            QStringLiteral("baseUrl must not contain a query (?…) or fragment (#…)"));

    NormalizedBaseUrl result;
    QString path = url.path(QUrl::FullyEncoded);
    chopTrailingSlashes(path);
    const QString lastSegment = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    if (isStrippableVersionSegment(lastSegment)) {
        result.strippedSegment = lastSegment;
        path.chop(lastSegment.size());
        chopTrailingSlashes(path);
    } else if (isOtherVersionSegment(lastSegment)) {
        const QString message =
            QStringLiteral("the API of this site lives under the version segment \"%1\"; gpt-load appends "
                           "/v1 or /v1beta to the upstream URL, so this site cannot be proxied")
                .arg(lastSegment);
        if (policy == VersionSegmentPolicy::Reject)
            return baseUrlError(QStringLiteral("BASE_URL_VERSION_PATH"), message);
        result.warning = message;
    }

    result.url = scheme + QStringLiteral("://") + url.authority(QUrl::FullyEncoded) + path;
    return result;
}

QUrl modelListUrl(const QString &normalizedBaseUrl, ChannelType type, const QString &pageCursor)
{
    QString base = normalizedBaseUrl;
    chopTrailingSlashes(base);
    QUrl url(base + modelListPath(type));

    // Cursors are opaque tokens that may hold '+', '/' or '='; encode them fully (QUrlQuery would
    // leave '+' alone, which servers read as a space).
    const auto param = [](const char *name, const QString &value) -> QString {
        return QLatin1String(name) + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    QStringList items;
    switch (type) {
    case ChannelType::Gemini:
        items << param("pageSize", QString::number(kModelListPageSize));
        if (!pageCursor.isEmpty())
            items << param("pageToken", pageCursor);
        break;
    case ChannelType::Anthropic:
        items << param("limit", QString::number(kModelListPageSize));
        if (!pageCursor.isEmpty())
            items << param("after_id", pageCursor);
        break;
    case ChannelType::OpenAI:
    case ChannelType::OpenAIResponse:
        break;  // OpenAI's list is not paged
    }
    if (!items.isEmpty())
        url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

} // namespace ul
