#pragma once

#include <QString>

namespace ul {

// A secret string (proxy keys, API keys) that cannot be logged by accident: there is no implicit
// conversion to QString, and the only way to read the value is the explicit reveal().
class SecretText final
{
public:
    SecretText() = default;
    explicit SecretText(const QString &value) : m_value(value) {}

    const QString &reveal() const { return m_value; }
    QString masked() const;  // Redactor::mask, or Redactor::maskList for comma-separated lists
    bool isEmpty() const { return m_value.isEmpty(); }

    bool operator==(const SecretText &) const = default;

private:
    QString m_value;
};

} // namespace ul
