#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <compare>
#include <cstdint>

namespace bursar::core {

/// How a value is brought to fewer decimal places. Every rounding in Bursar names one.
enum class Rounding {
    HalfUp,   ///< ties go away from zero: 2.5 -> 3, -2.5 -> -3 (statements, amounts due)
    HalfEven, ///< ties go to the even neighbour: 2.5 -> 2, 3.5 -> 4 (banker's rounding)
    Down,     ///< toward zero, i.e. truncation: 2.9 -> 2, -2.9 -> -2
};

/// Exact decimal number for money and quantities. Never a binary float.
///
/// Representation: a signed 128-bit integer counting units of 10^-18.
///  - Scale: always 18 fractional digits, for money, rates and prices. Usage amounts as
///    the vendors write them can have more (Microsoft's amortized costs 20 to 24): they are
///    read, stored and summed as WideDecimal (core/money/wide_decimal.h), 36 places with
///    the same 20 before the point, and enter pricing as a Decimal (WideDecimal::toDecimal,
///    the inside rounding at 18 places); statements round once, at the end.
///  - Range: at most 38 significant digits, 20 before the point and 18 after, so
///    |value| <= 99,999,999,999,999,999,999.999999999999999999. Totals of 10^15 currency
///    units (and far beyond) fit; the same bounds as PostgreSQL NUMERIC(38,18).
///  - Addition, subtraction, negation and multiplication by an integer are exact.
///  - Multiplication of two decimals and division round to a number of places the caller
///    names, with a Rounding the caller names. Nothing rounds implicitly.
///  - Overflow and division by zero give an *invalid* value (isValid() is false) instead
///    of wrapping. Invalid values propagate through arithmetic like a NaN, compare equal
///    only to each other, and print as "invalid"; storage refuses to write them.
///
/// Parsing: parse() takes what a person typed and is strict (no exponent, no comma, one
/// leading sign). parseVendor() takes vendor export cells and also accepts scientific
/// notation such as "5.64902E-05", exactly.
class Decimal
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::Decimal)

public:
    __extension__ typedef __int128 Rep; // GCC and Clang; MSVC needs clang-cl or MinGW
    __extension__ typedef unsigned __int128 URep;
    static constexpr int Scale = 18;
    static constexpr int MaxIntegerDigits = 20;

    /// Zero.
    constexpr Decimal() = default;

    /// An integer number of units, exactly (|units| < 10^18 always fits).
    static Decimal fromInt(std::int64_t units);
    /// The value raw * 10^-18; invalid when |raw| exceeds the range.
    static Decimal fromRaw(Rep raw);
    /// The invalid value (the result of an overflow or a division by zero).
    static Decimal invalid();

    /// Strict parse of text typed by a person: [+-]digits[.digits]. Surrounding spaces
    /// are ignored. Errors say what is wrong and how to type it instead.
    static Result<Decimal> parse(QStringView text);
    /// Parse of a number cell in a vendor export: also accepts exponents ("1.5E-05",
    /// "2e3"). Refused when the value cannot be held exactly at 18 places.
    static Result<Decimal> parseVendor(QByteArrayView text);

    bool isValid() const { return m_raw != InvalidRaw; }
    Rep raw() const { return m_raw; }
    bool isZero() const { return m_raw == 0; }
    bool isNegative() const { return isValid() && m_raw < 0; }
    bool isPositive() const { return isValid() && m_raw > 0; }
    int signum() const { return m_raw > 0 ? 1 : (m_raw < 0 && isValid() ? -1 : 0); }

    /// Number of fractional digits needed to show the value exactly (0..18).
    int places() const;

    Decimal operator-() const;
    Decimal abs() const;
    friend Decimal operator+(Decimal a, Decimal b);
    friend Decimal operator-(Decimal a, Decimal b);
    Decimal &operator+=(Decimal b) { return *this = *this + b; }
    Decimal &operator-=(Decimal b) { return *this = *this - b; }

    /// Exact multiplication by an integer count.
    Decimal times(std::int64_t n) const;
    /// this × factor, rounded to `places` decimals (0..18) with `mode`.
    Decimal multiplied(Decimal factor, int places, Rounding mode) const;
    /// this ÷ divisor, rounded to `places` decimals (0..18) with `mode`.
    Decimal divided(Decimal divisor, int places, Rounding mode) const;
    /// this rounded to `places` decimals (0..18) with `mode`.
    Decimal rounded(int places, Rounding mode) const;

    friend bool operator==(Decimal a, Decimal b) { return a.m_raw == b.m_raw; }
    /// Invalid values order before every valid value.
    friend std::strong_ordering operator<=>(Decimal a, Decimal b) { return a.m_raw <=> b.m_raw; }

    /// Canonical text: shortest exact form, '.' as separator, no grouping, no exponent:
    /// "0", "-12.5", "0.000056". With minPlaces, pads with zeros to at least that many
    /// decimals ("12.50"); it never rounds, call rounded() first.
    QString toString(int minPlaces = 0) const;
    /// Same as toString() into ASCII bytes, for exports.
    QByteArray toUtf8(int minPlaces = 0) const;
    /// Longest text write() produces: sign, 20 + 18 digits, point.
    static constexpr int MaxTextLength = 64;
    /// Writes the toString() text into `buf` (at least MaxTextLength bytes) and returns its
    /// length; no allocation, for bulk writers.
    int write(char *buf, int minPlaces = 0) const;

private:
    // The most negative 128-bit value; outside the valid range, so free to mean 'invalid'.
    static constexpr Rep InvalidRaw = static_cast<Rep>(static_cast<URep>(1) << 127);
    explicit constexpr Decimal(Rep raw) : m_raw(raw) {}
    Rep m_raw = 0;
};

} // namespace bursar::core

Q_DECLARE_METATYPE(bursar::core::Decimal)
