#include "ui/tray/trayicons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace ul {

namespace {
QString resourcePath(OverallHealth health)
{
    switch (health) {
    case OverallHealth::Healthy: return QStringLiteral(":/ui/tray-healthy.svg");
    case OverallHealth::Degraded: return QStringLiteral(":/ui/tray-degraded.svg");
    case OverallHealth::Failing: return QStringLiteral(":/ui/tray-failing.svg");
    case OverallHealth::Unknown: break;
    }
    return QStringLiteral(":/ui/tray-unknown.svg");
}

QIcon render(const QString &path)
{
    QSvgRenderer renderer(path);
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

QIcon healthIcon(OverallHealth health)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(health);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, render(resourcePath(health)));
    return *it;
}

} // namespace ul
