#include "core/sites/sitename.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace ul {

namespace {

constexpr int kMinSiteNameLength = 3;
constexpr int kMaxPathSlugLength = 24;

bool isSlugChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// Lowercase; every character outside [a-z0-9] becomes '-' ('.' included); collapse and trim '-'.
QString slugify(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.toLower()) {
        const QChar mapped = isSlugChar(c) ? c : QLatin1Char('-');
        if (mapped == QLatin1Char('-') && (out.isEmpty() || out.endsWith(QLatin1Char('-'))))
            continue;
        out.append(mapped);
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString cutName(QString name, int maxLength)
{
    if (name.size() > maxLength)
        name.truncate(maxLength);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name;
}

QString withMinimumLength(const QString &name)
{
    return name.size() < kMinSiteNameLength ? name + QStringLiteral("-ai") : name;
}

} // namespace

Result<QString> siteNameFromUrl(const QString &baseUrl)
{
    QString text = baseUrl.trimmed();
    const auto invalid = [] {
        Error error = Error::validation(QStringLiteral("baseUrl"), QStringLiteral("invalid URL format"));
        error.code = QStringLiteral("BASE_URL_INVALID");
        return error;
    };
    if (!text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        && !text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        static const QRegularExpression otherScheme(QStringLiteral("^[a-z][a-z0-9+.-]*://"),
                                                    QRegularExpression::CaseInsensitiveOption);
        if (otherScheme.match(text).hasMatch())  // ftp://… is not a site, not a host called "ftp"
            return invalid();
        text.prepend(QStringLiteral("https://"));
    }
    const qsizetype authorityStart = text.indexOf(QLatin1String("://")) + 3;
    while (text.size() > authorityStart && text.endsWith(QLatin1Char('/')))
        text.chop(1);

    const QUrl url(text, QUrl::StrictMode);
    const QString host = url.isValid() ? url.host(QUrl::FullyEncoded) : QString();
    if (host.isEmpty())
        return invalid();
    const QString slug = slugify(host);
    if (slug.isEmpty())  // a host made only of characters a name cannot hold
        return invalid();
    return cutName(withMinimumLength(slug), kMaxSiteNameLength);
}

bool isValidSiteName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"));
    return name.size() >= kMinSiteNameLength && name.size() <= kMaxSiteNameLength
        && !name.contains(QLatin1String("--")) && pattern.match(name).hasMatch();
}

SiteNameChoice chooseSiteName(const QString &computedName, const QString &normalizedBaseUrl,
                              const QString &requestedSiteName, const SiteUrlIndex &existingSites)
{
    const auto ownedByThisUrl = [&](const QString &name) {
        const auto it = existingSites.constFind(name);
        return it != existingSites.constEnd() && it.value() == normalizedBaseUrl;
    };
    const auto usable = [&](const QString &name) { return !existingSites.contains(name) || ownedByThisUrl(name); };
    const auto choice = [&](const QString &name, SiteNameSource source) {
        SiteNameChoice c;
        c.name = name;
        c.source = source;
        c.disambiguated = name != computedName;
        c.existingSite = ownedByThisUrl(name);
        return c;
    };

    // The same URL onboarded before under another name: keep that name, so re-onboarding never
    // creates a twin of an existing site.
    if (!ownedByThisUrl(computedName)) {
        QStringList sameUrl;
        for (auto it = existingSites.constBegin(); it != existingSites.constEnd(); ++it) {
            if (it.value() == normalizedBaseUrl)
                sameUrl << it.key();
        }
        if (!sameUrl.isEmpty()) {
            std::sort(sameUrl.begin(), sameUrl.end());
            return choice(sameUrl.constFirst(), SiteNameSource::ExistingSite);
        }
    }

    if (usable(computedName))
        return choice(computedName, SiteNameSource::Computed);

    const QString requested = requestedSiteName.trimmed().toLower();
    if (isValidSiteName(requested) && usable(requested))
        return choice(requested, SiteNameSource::Requested);

    // Host, then port and path slug; when too long, the host is shortened so the parts that tell
    // the sites apart stay whole.
    const QUrl url(normalizedBaseUrl);
    QString host = slugify(url.host(QUrl::FullyEncoded));
    if (host.isEmpty())
        host = computedName;
    const auto joined = [&host](const QStringList &tail) -> QString {
        const QString suffix = QLatin1Char('-') + tail.join(QLatin1Char('-'));
        return cutName(host, kMaxSiteNameLength - int(suffix.size())) + suffix;
    };
    QStringList tail;
    QString base = computedName;

    if (url.port() != -1) {
        tail << QString::number(url.port());
        base = joined(tail);
        if (usable(base))
            return choice(base, SiteNameSource::HostAndPort);
    }

    const QString pathSlug = cutName(slugify(url.path()), kMaxPathSlugLength);
    if (!pathSlug.isEmpty()) {
        tail << pathSlug;
        base = joined(tail);
        if (usable(base))
            return choice(base, SiteNameSource::PathSlug);
    }

    // Each number is either free or taken by one of the existing sites, so this ends.
    for (int n = 2;; ++n) {
        const QString suffix = QLatin1Char('-') + QString::number(n);
        const QString numbered = cutName(base, kMaxSiteNameLength - int(suffix.size())) + suffix;
        if (usable(numbered))
            return choice(numbered, SiteNameSource::Numbered);
    }
}

} // namespace ul
