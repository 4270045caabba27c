#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ul {

// "a, b, c and 7 more": the first `shown` items of a list for a message or a log line.
QString joinSome(const QStringList &items, int shown);

// The first of `known` that `name` reads like — equal, or at most two edits apart — once both
// went through `fold` (which makes case and separators alike); nullopt when none does. For the
// "did you mean" of misspelt settings and fields.
std::optional<QString> nameLike(const QString &name, const QStringList &known, const std::function<QString(QString)> &fold);

} // namespace ul
