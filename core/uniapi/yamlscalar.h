#pragma once

#include <QByteArray>
#include <QString>

namespace ul::uniapi {

// Scalar emission for the entries we generate (uniapi-config.md §6.4 step 6): plain only when
// the value matches ^[A-Za-z0-9_./][A-Za-z0-9_./-]*$, is no YAML special word (true, false, yes,
// no, on, off, null, ~, y, n in any case) and does not look like a number; anything else is
// double-quoted with '"' and '\' escaped (control characters too).
bool isPlainSafeScalar(const QString &value);
QByteArray emitScalar(const QString &value);  // UTF-8

// Whether a plain scalar would be read as a number (YAML 1.1 or 1.2, conservatively: anything
// starting like a number, .inf and .nan).
bool looksLikeYamlNumber(const QString &value);
// true/false/yes/no/on/off/y/n/null/~ in any case.
bool isYamlSpecialWord(const QString &value);

} // namespace ul::uniapi
