#include "core/api/staticfiles.h"

#include "core/api/router.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ul {

namespace {

bool acceptableSegment(const QString &segment)
{
    return !segment.isEmpty() && !segment.startsWith(QLatin1Char('.')) && !segment.contains(QLatin1Char('/'))
           && !segment.contains(QLatin1Char('\\')) && !segment.contains(QChar(0));
}

} // namespace

Result<StaticFiles> StaticFiles::open(const QString &root)
{
    const QFileInfo info(root);
    if (!info.exists())
        return Error::validation(QStringLiteral("web-root"), QStringLiteral("web root %1 does not exist").arg(root));
    if (!info.isDir() || !info.isReadable())
        return Error::validation(QStringLiteral("web-root"), QStringLiteral("web root %1 is not a readable directory").arg(root));
    const QString canonical = root.startsWith(QLatin1Char(':')) ? root : info.canonicalFilePath();
    return StaticFiles(root, canonical);
}

QByteArray StaticFiles::contentTypeFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("htm"), "text/html; charset=utf-8"},
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("mjs"), "text/javascript; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("map"), "application/json"},
        {QStringLiteral("webmanifest"), "application/manifest+json"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("gif"), "image/gif"},
        {QStringLiteral("webp"), "image/webp"},
        {QStringLiteral("ico"), "image/x-icon"},
        {QStringLiteral("woff"), "font/woff"},
        {QStringLiteral("woff2"), "font/woff2"},
        {QStringLiteral("ttf"), "font/ttf"},
        {QStringLiteral("wasm"), "application/wasm"},
    };
    return types.value(suffix, "application/octet-stream");
}

bool StaticFiles::acceptablePath(const QString &rawPath)
{
    QString path = rawPath;
    if (const qsizetype q = path.indexOf(QLatin1Char('?')); q >= 0)
        path.truncate(q);
    // An empty segment ("//") would be dropped by the split; refuse it instead of guessing.
    if (!path.startsWith(QLatin1Char('/')) || path.contains(QLatin1String("//")))
        return false;
    // Decoded per segment, so "%2e%2e" and "%2F" are seen for what they are.
    const QStringList segments = Router::decodedSegments(path);
    return std::all_of(segments.cbegin(), segments.cend(), acceptableSegment);
}

std::optional<QString> StaticFiles::resolve(const QString &rawPath) const
{
    if (!acceptablePath(rawPath))
        return std::nullopt;
    QString path = rawPath;
    if (const qsizetype q = path.indexOf(QLatin1Char('?')); q >= 0)
        path.truncate(q);
    QStringList segments = Router::decodedSegments(path);
    if (segments.isEmpty() || path.endsWith(QLatin1Char('/')))
        segments.append(QStringLiteral("index.html"));

    QString candidate = m_root + QLatin1Char('/') + segments.join(QLatin1Char('/'));
    QFileInfo info(candidate);
    if (info.isDir()) {
        candidate += QStringLiteral("/index.html");
        info = QFileInfo(candidate);
    }
    if (!info.isFile())
        return std::nullopt;
    if (embedded())
        return candidate;
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(m_canonicalRoot + QLatin1Char('/')))
        return std::nullopt;  // a symbolic link out of the root
    return canonical;
}

std::optional<StaticFiles::File> StaticFiles::read(const QString &rawPath) const
{
    const std::optional<QString> path = resolve(rawPath);
    if (!path)
        return std::nullopt;
    QFile file(*path);
    if (file.size() > maxFileBytes || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    File out;
    out.body = file.readAll();
    out.contentType = contentTypeFor(*path);
    out.etag = '"' + QCryptographicHash::hash(out.body, QCryptographicHash::Sha256).toHex().left(32) + '"';
    return out;
}

} // namespace ul
