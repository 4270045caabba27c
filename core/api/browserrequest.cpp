#include "core/api/browserrequest.h"

#include <QUrl>

namespace ul::BrowserRequest {

namespace {

struct HostPort
{
    QString host;
    int port = -1;  // -1: not given
};

// "example.com:8080", "[::1]:3002", "127.0.0.1" → host (lower case, no brackets) and port.
HostPort parseHostHeader(const QByteArray &value)
{
    HostPort out;
    const QString text = QString::fromLatin1(value).trimmed().toLower();
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return {};
        out.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (rest.startsWith(QLatin1Char(':'))) {
            bool ok = false;
            out.port = rest.mid(1).toInt(&ok);
            if (!ok)
                return {};
        }
        return out;
    }
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0 && text.count(QLatin1Char(':')) == 1) {
        bool ok = false;
        out.port = text.mid(colon + 1).toInt(&ok);
        if (!ok)
            return {};
        out.host = text.left(colon);
        return out;
    }
    out.host = text;
    return out;
}

} // namespace

bool isMutating(const QByteArray &method)
{
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

QByteArray cookie(const ApiRequest &request, const QByteArray &name)
{
    const QList<QByteArray> parts = request.header("cookie").split(';');
    for (const QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        if (part.left(eq).trimmed() == name)
            return part.mid(eq + 1).trimmed();
    }
    return {};
}

QString statedOrigin(const ApiRequest &request)
{
    const QString origin = QString::fromUtf8(request.header("origin")).trimmed();
    if (!origin.isEmpty())
        return origin == QLatin1String("null") ? QStringLiteral("null") : origin;
    const QUrl referer(QString::fromUtf8(request.header("referer")).trimmed());
    if (!referer.isValid() || referer.host().isEmpty())
        return {};
    return referer.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

bool isSameOrigin(const ApiRequest &request, const QString &origin)
{
    const QUrl url(origin);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return false;
    if (!url.path().isEmpty() || url.hasQuery() || !url.userInfo().isEmpty())
        return false;
    const HostPort host = parseHostHeader(request.header("host"));
    if (host.host.isEmpty() || host.host != url.host().toLower())
        return false;
    const int originPort = url.port(scheme == QLatin1String("https") ? 443 : 80);
    if (host.port < 0)
        return originPort == 80 || originPort == 443;
    return host.port == originPort;
}

bool isHttps(const ApiRequest &request)
{
    return statedOrigin(request).startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

ApiResponse crossOriginRefused(const ApiRequest &request)
{
    return ApiResponse::error(403, QStringLiteral("CROSS_ORIGIN_REQUEST"),
                              localized(request, QStringLiteral("request refused: it does not come from this server's own page (Origin/Referer)"),
                                        QStringLiteral("请求被拒绝：它并非来自本服务器自己的页面（Origin/Referer）")));
}

} // namespace ul::BrowserRequest
