#pragma once

#include <QString>
#include <QStringList>

namespace ul {

// What the operator typed into a keys or models box: entries separated by newlines, commas or
// spaces, trimmed, empty ones dropped, repeats removed (the first kept).
struct EntryList
{
    QStringList entries;
    int duplicates = 0;

    static EntryList parse(const QString &text);
};

} // namespace ul
