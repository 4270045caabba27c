#pragma once

#include <QString>

namespace ul {

// The nearest path at or above `path` that exists — where QDir::mkpath(path) would start
// creating — as an absolute path; `path` itself when it exists. Only reads metadata.
QString nearestExistingAncestor(const QString &path);

} // namespace ul
