#include "core/common/httpurl.h"

#include <QUrl>

namespace ul {

QString httpUrlProblem(const QString &text, const QString &credentialsHint)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isRelative() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return QStringLiteral("must be an http:// or https:// URL");
    if (url.host().isEmpty())
        return QStringLiteral("must include a host name");
    // The URL is shown in the console, the API and the log: a password in it would be too.
    if (!url.userInfo().isEmpty())
        return credentialsHint.isEmpty() ? QStringLiteral("must not contain a user name or password")
                                         : QStringLiteral("must not contain a user name or password; ") + credentialsHint;
    // Paths are appended ("/api/groups", "/proxy/<group>"): they would land inside a query or fragment.
    if (url.hasQuery() || url.hasFragment())
        return QStringLiteral("must not contain a query (?…) or fragment (#…)");
    return {};
}

} // namespace ul
