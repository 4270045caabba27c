#pragma once

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QString>

namespace ul::ui {

// Small presentation helpers shared by the pages and models. Times are shown in the local
// time zone in an ISO-like form that reads the same in every language.

QString formatDateTime(const QDateTime &time);   // "2025-01-02 03:04:05", "" when invalid
QString formatDuration(int milliseconds);        // "35 ms", "1.2 s"
// "450 B", "1.5 KiB", "12.0 MiB", "1.1 GiB" with our own translated units: QLocale's
// formattedDataSize needs Qt's catalogue, which is not shipped. "" when negative.
QString formatDataSize(qint64 bytes);
// A span of minutes the way people say it: "45 minutes", "2 hours 30 minutes", "7 days",
// translated and plural-aware; "" when negative.
QString formatMinutes(qint64 minutes);
// The first `shown` of `names`, ", "-joined, and how many more there are ("a, b and 3 more"):
// a dialog, label or tooltip names a few of a list that may hold hundreds.
QString someNames(const QStringList &names, int shown);

// Running text put together from translated pieces. Chinese puts no space next to full-width
// punctuation (。，；：（）) or between two Chinese characters, English puts one between words:
// spaceBetween() is "" or " " for the join of `before` and `after`, joinText() joins the
// non-empty parts that way ("Done. Next" / "已完成。还有", "Site: x" / "站点：x").
QString spaceBetween(const QString &before, const QString &after);
QString joinText(const QStringList &parts);

// `text` for a button, action, tab or group box title, which take '&' for a mnemonic: every '&'
// doubled, so "Cleanup & reset" does not show as "Cleanup _reset".
QString literalAmpersands(const QString &text);

// Status colours for text and dots: a variant for light and one for dark palettes, each at
// least 4.5:1 against the view's base colour.
QColor okColor();
QColor warningColor();
QColor errorColor();
QColor neutralColor();

// A filled circle of `color`, for status columns and labels.
QIcon statusDot(const QColor &color, int size = 12);
// The style's warning sign, beside a value shown in the warning colour: the shape says it too.
QIcon warningIcon();

// Navigation icons QStyle has no standard pixmap for (drawn, so every page has its own):
// a pulse line (health), a three-level hierarchy (architecture) and a gear (settings; QStyle's
// "info" pixmap read as About).
QIcon pulseIcon();
QIcon hierarchyIcon();
QIcon gearIcon();

// "abcd…wxyz" for secrets longer than 12 characters, else all bullets.
QString maskSecret(const QString &secret);

} // namespace ul::ui
