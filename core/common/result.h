#pragma once

#include "core/common/error.h"

#include <type_traits>
#include <utility>
#include <variant>

namespace ul {

// Either a value or an Error (an `expected`-like type; std::expected needs C++23).
// Default-constructed results hold an internal error so that a forgotten assignment is visible.
template <typename T>
class [[nodiscard]] Result
{
    static_assert(!std::is_same_v<T, bool>, "Result<bool> is ambiguous; use an enum or a struct");
    static_assert(!std::is_same_v<T, Error>, "Result<Error> makes no sense");

public:
    Result() : m_data(Error::internal(QStringLiteral("result not set"))) {}
    Result(const T &value) : m_data(value) {}
    Result(T &&value) : m_data(std::move(value)) {}
    Result(const Error &error) : m_data(error) {}
    Result(Error &&error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    bool hasError() const { return !ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }

    // The error; a default Error when the result holds a value (so that diagnostics such as
    // QVERIFY2(r.ok(), qPrintable(r.error().message)) are safe to evaluate eagerly).
    const Error &error() const
    {
        static const Error none;
        return ok() ? none : std::get<Error>(m_data);
    }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

// Success or an Error, without a value.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;  // success
    Result(const Error &error) : m_error(error), m_failed(true) {}
    Result(Error &&error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    bool hasError() const { return m_failed; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace ul
