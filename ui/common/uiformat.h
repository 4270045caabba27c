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

// Status colours (readable on the light and the dark Fusion palette).
QColor okColor();
QColor warningColor();
QColor errorColor();
QColor neutralColor();

// A filled circle of `color`, for status columns and labels.
QIcon statusDot(const QColor &color, int size = 12);

// "abcd…wxyz" for secrets longer than 12 characters, else all bullets.
QString maskSecret(const QString &secret);

} // namespace ul::ui
