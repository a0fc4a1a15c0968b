#pragma once

#include "core/money/decimal.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <compare>
#include <cstdint>

namespace bursar::core {

/// An exact decimal with 36 places: the vendors' usage amounts as they write them.
///
/// Microsoft's amortized exports carry costs with 20 to 24 decimal places, beyond
/// Decimal's 18. Usage amounts are held and summed in this type from the file to the
/// stored lines and per-account totals (usage_lines, usage_totals) without losing a digit;
/// pricing reads a total as a Decimal (toDecimal, the same inside rounding at 18 places
/// every multiplication in pricing takes), and statements round once, at the end.
///
/// Representation: value = units + dust × 10^-36, where `units` is a Decimal (a count of
/// 10^-18, rounded toward minus infinity) and 0 <= dust < 10^18.
///  - Range: 36 digits after the point, and magnitudes up to Decimal's largest,
///    99,999,999,999,999,999,999.999999999999999999.
///  - Addition, subtraction and negation are exact; a sum beyond the range is invalid, as
///    with Decimal.
///  - Every Decimal converts to a WideDecimal exactly.
class WideDecimal
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::WideDecimal)

public:
    static constexpr int Scale = 36;
    static constexpr std::int64_t DustPerUnit = 1'000'000'000'000'000'000; // 10^18

    constexpr WideDecimal() = default;
    WideDecimal(Decimal d) : m_units(d) {} // NOLINT: every Decimal is exactly a WideDecimal

    static WideDecimal invalid() { return WideDecimal(Decimal::invalid()); }
    /// A number cell of a vendor export, as Decimal::parseVendor reads it (exponents too), with
    /// up to 36 decimal places. Errors say what is wrong with the cell.
    static Result<WideDecimal> parseVendor(QByteArrayView text);

    bool isValid() const { return m_units.isValid(); }
    bool isZero() const { return m_units.isZero() && m_dust == 0; }
    int signum() const;
    /// Whether the value has at most 18 decimals, so toDecimal() is exact.
    bool fitsDecimal() const { return m_dust == 0; }
    /// The value at 18 places, rounded with `mode` (HalfEven: the inside rounding of pricing).
    Decimal toDecimal(Rounding mode = Rounding::HalfEven) const;

    WideDecimal operator-() const;
    friend WideDecimal operator+(WideDecimal a, WideDecimal b);
    friend WideDecimal operator-(WideDecimal a, WideDecimal b) { return a + (-b); }
    WideDecimal &operator+=(WideDecimal b) { return *this = *this + b; }
    WideDecimal &operator-=(WideDecimal b) { return *this = *this - b; }
    friend bool operator==(WideDecimal a, WideDecimal b) { return a.m_units == b.m_units && a.m_dust == b.m_dust; }
    friend std::strong_ordering operator<=>(WideDecimal a, WideDecimal b)
    {
        if (auto c = a.m_units <=> b.m_units; c != 0)
            return c;
        return a.m_dust <=> b.m_dust;
    }

    /// Canonical text: the shortest exact form, as Decimal::toString ("0", "-0.000000000000000000001").
    QString toString() const { return QString::fromLatin1(toUtf8()); }
    QByteArray toUtf8() const;

private:
    explicit WideDecimal(Decimal units, std::int64_t dust) : m_units(units), m_dust(dust) {}
    /// Checked: invalid when units or units + dust lies beyond Decimal's range.
    static WideDecimal make(Decimal units, std::int64_t dust);
    Decimal m_units;
    std::int64_t m_dust = 0;
};

} // namespace bursar::core

Q_DECLARE_METATYPE(bursar::core::WideDecimal)
