#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace EventDesk
{

enum class ErrorCode {
    Validation,
    NotFound,
    DuplicateId,
    Conflict,
    NotAWorkspace,
    NewerSchema,
    ReadOnly,
    Corrupt,
    Io,
    Database,
    Usage,
    Cancelled,
};

// message is a translated sentence for people; detail is for logs only.
struct Error {
    ErrorCode code = ErrorCode::Database;
    QString message;
    QString detail;
};

// An expected-shaped result: C++20 has no std::expected.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    explicit operator bool() const { return std::holds_alternative<T>(m_data); }
    bool ok() const { return std::holds_alternative<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    explicit operator bool() const { return !m_error.has_value(); }
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace EventDesk
