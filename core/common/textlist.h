#pragma once

#include <QString>
#include <QStringList>

namespace ul {

// "a, b, c and 7 more": the first `shown` items of a list for a message or a log line.
QString joinSome(const QStringList &items, int shown);

// Levenshtein distance between `a` and `b`, or `limit` + 1 as soon as it is known to exceed
// `limit` (names that are far apart cost little).
int editDistance(const QString &a, const QString &b, int limit);

} // namespace ul
