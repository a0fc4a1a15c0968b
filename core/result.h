#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace bursar::core {

/// A user-facing failure: what went wrong, on which record and field, and how to fix it.
/// The message is already translated and complete; `field` names the input it concerns
/// (empty when it concerns no single field) so a form can show it beside that field.
struct Error
{
    QString message;
    QString field;
};

/// The outcome of a core call that can fail for reasons a clerk can act on.
/// Programming errors assert instead; they never travel in a Result.
template <class T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_v); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_v;
};

/// Result of a call that returns nothing on success.
struct Ok
{
};
using Status = Result<Ok>;

inline Status success()
{
    return Ok{};
}
inline Error fail(QString message, QString field = {})
{
    return Error{std::move(message), std::move(field)};
}

} // namespace bursar::core
