#include "ui/common/uiformat.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTransform>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QStringList>

#include <iterator>

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

QString formatDataSize(qint64 bytes)
{
    if (bytes < 0)
        return {};
    if (bytes < 1024)
        return QCoreApplication::translate("ul::ui::Format", "%1 B").arg(bytes);
    const char *const units[] = {
        QT_TRANSLATE_NOOP("ul::ui::Format", "%1 KiB"),
        QT_TRANSLATE_NOOP("ul::ui::Format", "%1 MiB"),
        QT_TRANSLATE_NOOP("ul::ui::Format", "%1 GiB"),
        QT_TRANSLATE_NOOP("ul::ui::Format", "%1 TiB"),
    };
    double value = static_cast<double>(bytes) / 1024.0;
    std::size_t unit = 0;
    while (value >= 1024.0 && unit + 1 < std::size(units)) {
        value /= 1024.0;
        ++unit;
    }
    return QCoreApplication::translate("ul::ui::Format", units[unit]).arg(QLocale().toString(value, 'f', 1));
}

QString formatMinutes(qint64 minutes)
{
    if (minutes < 0)
        return {};
    const int days = static_cast<int>(minutes / (24 * 60));
    const int hours = static_cast<int>(minutes / 60 % 24);
    const int rest = static_cast<int>(minutes % 60);
    QStringList parts;
    if (days > 0)
        parts << QCoreApplication::translate("ul::ui::Format", "%n day(s)", nullptr, days);
    if (hours > 0)
        parts << QCoreApplication::translate("ul::ui::Format", "%n hour(s)", nullptr, hours);
    if (rest > 0 || parts.isEmpty())
        parts << QCoreApplication::translate("ul::ui::Format", "%n minute(s)", nullptr, rest);
    return parts.join(QCoreApplication::translate("ul::ui::Format", " ", "between the parts of a duration"));
}

QString someNames(const QStringList &names, int shown)
{
    const QString listed = names.mid(0, shown).join(QStringLiteral(", "));
    const int more = static_cast<int>(names.size()) - shown;
    if (more <= 0)
        return listed;
    return QCoreApplication::translate("ul::ui::Format", "%1 and %n more", nullptr, more).arg(listed);
}

namespace {

// CJK symbols and punctuation (。、「」), full-width forms (，：；（）！？).
bool isWidePunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303f) || (u >= 0xff00 && u <= 0xff60);
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2e80 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff) || isWidePunctuation(c);
}

} // namespace

QString spaceBetween(const QString &before, const QString &after)
{
    if (before.isEmpty() || after.isEmpty())
        return {};
    const QChar last = before.back();
    const QChar first = after.front();
    if (isWidePunctuation(last) || isWidePunctuation(first) || (isCjk(last) && isCjk(first)))
        return {};
    return QStringLiteral(" ");
}

QString joinText(const QStringList &parts)
{
    QString out;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            out += spaceBetween(out, part) + part;
    }
    return out;
}

QString literalAmpersands(const QString &text)
{
    return QString(text).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

namespace {

// Status colours are drawn as text on the view's base colour, so each has a variant for light
// and for dark palettes, both at least 4.5:1 against their background (WCAG AA for body text).
QColor forPalette(QRgb onLight, QRgb onDark)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return QColor::fromRgb(dark ? onDark : onLight);
}

} // namespace

QColor okColor()
{
    return forPalette(0x1f7a3b, 0x5cc77a);
}

QColor warningColor()
{
    return forPalette(0x9a5b00, 0xf0a830);
}

QColor errorColor()
{
    return forPalette(0xc62828, 0xef6b6b);
}

QColor neutralColor()
{
    return forPalette(0x686d76, 0xa0a5ad);
}

QIcon statusDot(const QColor &color, int size)
{
    // A table asks for a cell's icon at every paint and size measurement: draw each colour once.
    static QHash<QPair<QRgb, int>, QIcon> drawn;
    const QPair<QRgb, int> key{color.rgba(), size};
    if (const auto it = drawn.constFind(key); it != drawn.constEnd())
        return *it;
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
    drawn.insert(key, icon);
    return icon;
}

namespace {
// A 24×24 icon (and its 2× pixmap) drawn by `draw` on a 24×24 logical canvas.
template <typename Draw>
QIcon drawnIcon(Draw draw)
{
    QIcon icon;
    for (const int scale : {1, 2}) {
        QPixmap pixmap(24 * scale, 24 * scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        draw(painter);
        painter.end();
        pixmap.setDevicePixelRatio(scale);
        icon.addPixmap(pixmap);
    }
    return icon;
}

QColor glyphColor()
{
    return QColor(0x3d, 0x7a, 0xd6);
}
} // namespace

QIcon pulseIcon()
{
    return drawnIcon([](QPainter &p) {
        p.setPen(QPen(glyphColor(), 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        const QPointF line[] = {{2, 13}, {7, 13}, {9.5, 6}, {13, 19}, {16, 10}, {17.5, 13}, {22, 13}};
        p.drawPolyline(line, static_cast<int>(std::size(line)));
    });
}

QIcon hierarchyIcon()
{
    return drawnIcon([](QPainter &p) {
        const QColor c = glyphColor();
        p.setPen(QPen(c.darker(140), 1.4));
        p.drawLine(QPointF(12, 7), QPointF(12, 10.5));
        p.drawLine(QPointF(5.5, 10.5), QPointF(18.5, 10.5));
        p.drawLine(QPointF(5.5, 10.5), QPointF(5.5, 15));
        p.drawLine(QPointF(18.5, 10.5), QPointF(18.5, 15));
        p.setPen(QPen(c.darker(140), 1));
        p.setBrush(c);
        p.drawRoundedRect(QRectF(8, 2, 8, 5.5), 1.2, 1.2);
        p.setBrush(c.lighter(140));
        p.drawRoundedRect(QRectF(2, 15, 7, 6), 1.2, 1.2);
        p.drawRoundedRect(QRectF(15, 15, 7, 6), 1.2, 1.2);
    });
}

QIcon warningIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

QIcon gearIcon()
{
    return drawnIcon([](QPainter &p) {
        const QColor c = glyphColor();
        QPainterPath gear;
        gear.setFillRule(Qt::OddEvenFill);
        gear.addEllipse(QPointF(12, 12), 7, 7);
        for (int tooth = 0; tooth < 8; ++tooth) {
            QTransform turn;
            turn.translate(12, 12);
            turn.rotate(tooth * 45.0);
            QPainterPath block;
            block.addRoundedRect(QRectF(-2, -10.5, 4, 5), 0.8, 0.8);
            gear = gear.united(turn.map(block));
        }
        QPainterPath hole;
        hole.addEllipse(QPointF(12, 12), 3, 3);
        gear = gear.subtracted(hole);
        p.setPen(QPen(c.darker(140), 1));
        p.setBrush(c);
        p.drawPath(gear);
    });
}

QString maskSecret(const QString &secret)
{
    if (secret.size() <= 12)
        return QString(secret.size(), QChar(0x2022));
    return secret.left(4) + QChar(0x2026) + secret.right(4);
}

} // namespace ul::ui
