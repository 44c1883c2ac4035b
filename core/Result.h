#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Passerelle {

/// An expected failure (bad input, missing record, refused access, storage or I/O trouble).
/// `message` is a sentence in the user's language that says what is wrong and what to do;
/// `detail` is technical context for diagnostics and never carries identifying data.
struct Error
{
    enum class Kind {
        Validation, ///< the input breaks a rule; nothing was written
        NotFound,   ///< the record does not exist, or is outside the user's scope
        Conflict,   ///< someone else changed the record since it was read
        Storage,    ///< the database refused or failed
        Io,         ///< a file could not be read or written
        Access,     ///< the user may not do this
        Schema,     ///< the database was written by a newer or unknown version
        Usage,      ///< bad command-line usage
    };

    Kind kind = Kind::Storage;
    QString message;
    QString detail;

    static Error validation(QString message) { return {Kind::Validation, std::move(message), {}}; }
    static Error notFound(QString message) { return {Kind::NotFound, std::move(message), {}}; }
    static Error conflict(QString message, QString detail = {})
    {
        return {Kind::Conflict, std::move(message), std::move(detail)};
    }
    static Error storage(QString message, QString detail = {})
    {
        return {Kind::Storage, std::move(message), std::move(detail)};
    }
    static Error io(QString message, QString detail = {})
    {
        return {Kind::Io, std::move(message), std::move(detail)};
    }
    static Error access(QString message) { return {Kind::Access, std::move(message), {}}; }
    static Error schema(QString message) { return {Kind::Schema, std::move(message), {}}; }
    static Error usage(QString message) { return {Kind::Usage, std::move(message), {}}; }

    /// The message, followed by the technical detail when there is one.
    QString fullText() const
    {
        return detail.isEmpty() ? message : message + u" (" + detail + u')';
    }
};

/// A value or an Error. Small stand-in for std::expected (C++23).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    // By value, so that `for (auto &x : *repo.list())` keeps the list alive.
    T value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }

    const Error &error() const { return std::get<1>(m_data); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but may fail.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Passerelle

/// Propagates the error of a Result<T> expression, or binds its value.
#define PASSERELLE_TRY(decl, expr)                                                                 \
    auto decl##_result_ = (expr);                                                                  \
    if (!decl##_result_)                                                                           \
        return decl##_result_.error();                                                             \
    auto decl = std::move(decl##_result_).value()

/// Propagates the error of a Status expression.
#define PASSERELLE_CHECK(expr)                                                                     \
    do {                                                                                           \
        if (auto status_ = (expr); !status_)                                                       \
            return status_.error();                                                                \
    } while (false)
