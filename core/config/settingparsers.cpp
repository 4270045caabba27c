#include "core/config/settingparsers.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace ul {

namespace {

Error invalid(const QString &message)
{
    Error e = Error::make(ErrorKind::Validation, message);
    e.code = QStringLiteral("CONFIG_INVALID");
    return e;
}

qint64 unitMilliseconds(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Milliseconds: return 1;
    case DurationUnit::Seconds: return 1000;
    case DurationUnit::Minutes: return 60 * 1000;
    case DurationUnit::Hours: return 3600 * 1000;
    }
    return 1;
}

} // namespace

ParsedBool parseBoolSetting(const QString &text, bool defaultValue)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {defaultValue, true};
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes") || t == QLatin1String("on"))
        return {true, true};
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no") || t == QLatin1String("off"))
        return {false, true};
    return {true, false};
}

Result<qint64> parseIntegerSetting(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[+-]?\d+$)"));
    const QString t = text.trimmed();
    if (!re.match(t).hasMatch())
        return invalid(QStringLiteral("not a whole number"));
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok)
        return invalid(QStringLiteral("number too large"));
    return v;
}

QString durationUnitName(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Milliseconds: return QStringLiteral("milliseconds");
    case DurationUnit::Seconds: return QStringLiteral("seconds");
    case DurationUnit::Minutes: return QStringLiteral("minutes");
    case DurationUnit::Hours: return QStringLiteral("hours");
    }
    return {};
}

Result<qint64> parseDurationSetting(const QString &text, DurationUnit unit)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d+)\s*(ms|s|sec|m|min|h|d)?$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return invalid(QStringLiteral("not a whole number of %1 (suffixes ms, s, min, h, d are accepted)")
                           .arg(durationUnitName(unit)));
    bool ok = false;
    const qint64 number = m.captured(1).toLongLong(&ok);
    if (!ok)
        return invalid(QStringLiteral("number too large"));
    const QString suffix = m.captured(2).toLower();
    if (suffix.isEmpty())
        return number;

    qint64 factorMs = 1;
    if (suffix == QLatin1String("s") || suffix == QLatin1String("sec"))
        factorMs = 1000;
    else if (suffix == QLatin1String("m") || suffix == QLatin1String("min"))
        factorMs = 60 * 1000;
    else if (suffix == QLatin1String("h"))
        factorMs = 60 * 60 * 1000;
    else if (suffix == QLatin1String("d"))
        factorMs = 24 * 60 * 60 * 1000;
    if (number > std::numeric_limits<qint64>::max() / factorMs)
        return invalid(QStringLiteral("number too large"));
    const qint64 ms = number * factorMs;
    const qint64 per = unitMilliseconds(unit);
    if (ms % per != 0)
        return invalid(QStringLiteral("not a whole number of %1").arg(durationUnitName(unit)));
    return ms / per;
}

Result<qint64> parseSizeSetting(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return invalid(QStringLiteral("not a size (bytes, or a number with kb, mb or gb)"));
    const double number = m.captured(1).toDouble();
    const QString suffix = m.captured(2).toLower();
    double factor = 1;
    if (suffix == QLatin1String("kb"))
        factor = 1024.0;
    else if (suffix == QLatin1String("mb"))
        factor = 1024.0 * 1024.0;
    else if (suffix == QLatin1String("gb"))
        factor = 1024.0 * 1024.0 * 1024.0;
    const double bytes = std::floor(number * factor);
    if (!std::isfinite(bytes) || bytes > 9.0e15)
        return invalid(QStringLiteral("size too large"));
    return static_cast<qint64>(bytes);
}

QStringList parseListSetting(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

} // namespace ul
