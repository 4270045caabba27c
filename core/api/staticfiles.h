#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ul {

// A tree of static files served over HTTP: the embedded web console (a Qt resource path such as
// ":/web") or an operator's directory (--web-root). Lookups cannot leave the root: decoded
// segments that are empty, hidden (".x", which also covers ".."), or contain a slash, backslash
// or NUL are refused, and on disk the canonical path (symbolic links resolved) must stay inside
// the canonical root.
class StaticFiles final
{
public:
    struct File
    {
        QByteArray body;
        QByteArray contentType;
        QByteArray etag;  // strong validator: a quoted hash of the content
    };

    // Fails when `root` is not a readable directory.
    static Result<StaticFiles> open(const QString &root);

    QString root() const { return m_root; }

    // The file for a raw request path ("/", "/js/app.js", "/docs/"); a path ending in "/" or a
    // directory means its index.html. nullopt when missing, refused, or over the size limit.
    std::optional<File> read(const QString &rawPath) const;

    // False for a path that could leave the root or names a hidden file (refused, never
    // answered with a fallback page).
    static bool acceptablePath(const QString &rawPath);
    static QByteArray contentTypeFor(const QString &fileName);
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

private:
    explicit StaticFiles(QString root, QString canonicalRoot) : m_root(std::move(root)), m_canonicalRoot(std::move(canonicalRoot)) {}
    std::optional<QString> resolve(const QString &rawPath) const;
    bool embedded() const { return m_root.startsWith(QLatin1Char(':')); }

    QString m_root;
    QString m_canonicalRoot;
};

} // namespace ul
