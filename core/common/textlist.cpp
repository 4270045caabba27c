#include "core/common/textlist.h"

namespace ul {

QString joinSome(const QStringList &items, int shown)
{
    QString text = items.mid(0, shown).join(QStringLiteral(", "));
    if (items.size() > shown)
        text += QStringLiteral(" and %1 more").arg(items.size() - shown);
    return text;
}

} // namespace ul
