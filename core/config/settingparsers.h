#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

namespace ul {

// Value parsers shared by AppConfig and the settings editors. Error messages describe the
// problem without the variable's name; AppConfig adds the name and the offending value.

struct ParsedBool
{
    bool value = false;
    bool recognised = true;  // false: an odd value, treated as on (see parseBoolSetting)
};

// true/1/yes/on → true and false/0/no/off → false (trimmed, case-insensitive); empty → the
// default. Any other value is on, as in the original (only the literal `false` turned a flag off),
// and reported as not recognised so that the caller can warn.
ParsedBool parseBoolSetting(const QString &text, bool defaultValue);

// A whole number, optionally signed ("42", "+3", "-1"); surrounding blanks are ignored.
Result<qint64> parseIntegerSetting(const QString &text);

enum class DurationUnit { Milliseconds, Seconds, Minutes, Hours };
QString durationUnitName(DurationUnit unit);  // "milliseconds", "seconds", "minutes", "hours"

// A plain number in `unit`, or a number with a suffix ms, s, m/min, h, d converted to `unit`
// ("6h" → 360 minutes). A suffixed value must be a whole number of `unit`s.
Result<qint64> parseDurationSetting(const QString &text, DurationUnit unit);

// Bytes, or a number with a b/kb/mb/gb suffix (1024-based, case-insensitive, as the `bytes`
// package Express uses): "10mb", "512kb", "1.5mb", "1048576".
Result<qint64> parseSizeSetting(const QString &text);

// Comma-separated items, trimmed, empty items dropped.
QStringList parseListSetting(const QString &text);

} // namespace ul
