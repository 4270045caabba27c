#include "ui/sites/entrylist.h"

#include <QRegularExpression>
#include <QSet>

namespace ul {

EntryList EntryList::parse(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    EntryList out;
    QSet<QString> seen;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (seen.contains(part)) {
            ++out.duplicates;
            continue;
        }
        seen.insert(part);
        out.entries << part;
    }
    return out;
}

} // namespace ul
