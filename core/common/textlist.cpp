#include "core/common/textlist.h"

#include <QList>

#include <algorithm>
#include <cstdlib>

namespace ul {

QString joinSome(const QStringList &items, int shown)
{
    QString text = items.mid(0, shown).join(QStringLiteral(", "));
    if (items.size() > shown)
        text += QStringLiteral(" and %1 more").arg(items.size() - shown);
    return text;
}

namespace {

// Levenshtein distance between `a` and `b`, or `limit` + 1 as soon as it is known to exceed
// `limit` (names that are far apart cost little).
int editDistance(const QString &a, const QString &b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            rowBest = std::min(rowBest, current[j]);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

std::optional<QString> nameLike(const QString &name, const QStringList &known, const std::function<QString(QString)> &fold)
{
    const QString folded = fold(name);
    for (const QString &candidate : known) {
        const QString other = fold(candidate);
        if (folded == other || editDistance(folded, other, 2) <= 2)
            return candidate;
    }
    return std::nullopt;
}

} // namespace ul
