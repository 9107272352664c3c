#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace relink {

// The outcome of a pure parse or validation: a value, or a message a person can act on.
template<typename T> struct Parsed
{
    std::optional<T> value;
    QString error;

    static Parsed ok(T v) { return Parsed{std::move(v), {}}; }
    static Parsed fail(QString message) { return Parsed{std::nullopt, std::move(message)}; }
    explicit operator bool() const { return value.has_value(); }
};

} // namespace relink
