#include "ui/common/uiformat.h"

#include <QPainter>
#include <QPixmap>

namespace ul::ui {

QString formatDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString formatDuration(int milliseconds)
{
    if (milliseconds < 0)
        return {};
    if (milliseconds < 1000)
        return QStringLiteral("%1 ms").arg(milliseconds);
    return QStringLiteral("%1 s").arg(milliseconds / 1000.0, 0, 'f', 1);
}

QColor okColor()
{
    return QColor(0x2e, 0x9d, 0x4f);
}

QColor warningColor()
{
    return QColor(0xd9, 0x8a, 0x00);
}

QColor errorColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor neutralColor()
{
    return QColor(0x8a, 0x8f, 0x98);
}

QIcon statusDot(const QColor &color, int size)
{
    QIcon icon;
    for (const int scale : {1, 2}) {
        QPixmap pixmap(size * scale, size * scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color.darker(130), scale));
        painter.setBrush(color);
        const qreal margin = 2.0 * scale;
        painter.drawEllipse(QRectF(margin, margin, size * scale - 2 * margin, size * scale - 2 * margin));
        painter.end();
        pixmap.setDevicePixelRatio(scale);
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString maskSecret(const QString &secret)
{
    if (secret.size() <= 12)
        return QString(secret.size(), QChar(0x2022));
    return secret.left(4) + QChar(0x2026) + secret.right(4);
}

} // namespace ul::ui
