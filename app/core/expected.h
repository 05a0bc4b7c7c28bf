#pragma once

#include "error.h"

#include <utility>
#include <variant>

namespace travelflow {

// A value or the Error that explains why there is none (std::expected arrives in C++23).
template<typename T>
class Expected
{
public:
    Expected(T value) : m_data(std::move(value)) { } // NOLINT(google-explicit-constructor)
    Expected(Error error) : m_data(std::move(error)) { } // NOLINT(google-explicit-constructor)

    bool hasValue() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return hasValue(); }

    T &value() { return std::get<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) { } // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace travelflow
