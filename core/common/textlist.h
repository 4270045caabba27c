#pragma once

#include <QString>
#include <QStringList>

namespace ul {

// "a, b, c and 7 more": the first `shown` items of a list for a message or a log line.
QString joinSome(const QStringList &items, int shown);

} // namespace ul
