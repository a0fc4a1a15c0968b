#include "core/money/decimal.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

namespace bursar::core {

namespace {

using Rep = Decimal::Rep;
using URep = Decimal::URep;

constexpr URep pow10u(int n)
{
    URep v = 1;
    for (int i = 0; i < n; ++i)
        v *= 10;
    return v;
}

constexpr URep MaxRaw = pow10u(38) - 1;
constexpr URep One = pow10u(Decimal::Scale);

/// Unsigned 256-bit integer, little-endian 64-bit words; only what exact rounding needs.
struct U256
{
    std::array<std::uint64_t, 4> w{};

    static U256 from(URep v)
    {
        U256 r;
        r.w[0] = static_cast<std::uint64_t>(v);
        r.w[1] = static_cast<std::uint64_t>(v >> 64);
        return r;
    }
    bool fitsU128() const { return w[2] == 0 && w[3] == 0; }
    URep low128() const { return (static_cast<URep>(w[1]) << 64) | w[0]; }
    bool isZero() const { return (w[0] | w[1] | w[2] | w[3]) == 0; }
    bool bit(int i) const { return (w[static_cast<std::size_t>(i / 64)] >> (i % 64)) & 1U; }
    int bitLength() const
    {
        for (int i = 3; i >= 0; --i)
            if (w[static_cast<std::size_t>(i)] != 0)
                return i * 64 + 64 - __builtin_clzll(w[static_cast<std::size_t>(i)]);
        return 0;
    }
    void shiftLeft1()
    {
        for (int i = 3; i > 0; --i)
            w[static_cast<std::size_t>(i)] =
                (w[static_cast<std::size_t>(i)] << 1) | (w[static_cast<std::size_t>(i - 1)] >> 63);
        w[0] <<= 1;
    }
    friend bool operator>=(const U256 &a, const U256 &b)
    {
        for (int i = 3; i >= 0; --i) {
            const auto k = static_cast<std::size_t>(i);
            if (a.w[k] != b.w[k])
                return a.w[k] > b.w[k];
        }
        return true;
    }
    void subtract(const U256 &b)
    {
        std::uint64_t borrow = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const std::uint64_t bi = b.w[i] + borrow;
            const std::uint64_t nb = (bi < borrow || w[i] < bi) ? 1 : 0;
            w[i] -= bi;
            borrow = nb;
        }
    }
};

U256 mul128(URep a, URep b)
{
    const std::uint64_t a0 = static_cast<std::uint64_t>(a), a1 = static_cast<std::uint64_t>(a >> 64);
    const std::uint64_t b0 = static_cast<std::uint64_t>(b), b1 = static_cast<std::uint64_t>(b >> 64);
    const URep p00 = static_cast<URep>(a0) * b0;
    const URep p01 = static_cast<URep>(a0) * b1;
    const URep p10 = static_cast<URep>(a1) * b0;
    const URep p11 = static_cast<URep>(a1) * b1;
    U256 r;
    r.w[0] = static_cast<std::uint64_t>(p00);
    URep mid = (p00 >> 64) + static_cast<std::uint64_t>(p01) + static_cast<std::uint64_t>(p10);
    r.w[1] = static_cast<std::uint64_t>(mid);
    URep high = (mid >> 64) + (p01 >> 64) + (p10 >> 64) + static_cast<std::uint64_t>(p11);
    r.w[2] = static_cast<std::uint64_t>(high);
    r.w[3] = static_cast<std::uint64_t>((high >> 64) + (p11 >> 64));
    return r;
}

/// n ÷ d by shift and subtract; d must not be zero.
void divmod(const U256 &n, const U256 &d, U256 &q, U256 &r)
{
    q = U256{};
    r = U256{};
    for (int i = n.bitLength() - 1; i >= 0; --i) {
        r.shiftLeft1();
        r.w[0] |= n.bit(i) ? 1U : 0U;
        if (r >= d) {
            r.subtract(d);
            q.w[static_cast<std::size_t>(i / 64)] |= std::uint64_t{1} << (i % 64);
        }
    }
}

bool roundUp(URep quotient, const U256 &rem, const U256 &divisor, Rounding mode)
{
    if (rem.isZero() || mode == Rounding::Down)
        return false;
    U256 twice = rem;
    twice.shiftLeft1();
    const bool atLeastHalf = twice >= divisor;
    const bool moreThanHalf = atLeastHalf && !(divisor >= twice);
    if (mode == Rounding::HalfUp)
        return atLeastHalf;
    return moreThanHalf || (atLeastHalf && (quotient & 1U) != 0);
}

/// round(num / den) for magnitudes; false when the quotient exceeds 128 bits.
bool divideRounded(const U256 &num, const U256 &den, Rounding mode, URep &out)
{
    U256 q, r;
    if (num.fitsU128() && den.fitsU128()) {
        const URep n = num.low128(), d = den.low128();
        q = U256::from(n / d);
        r = U256::from(n % d);
    } else {
        divmod(num, den, q, r);
    }
    if (!q.fitsU128())
        return false;
    URep value = q.low128();
    if (roundUp(value, r, den, mode)) {
        if (value == std::numeric_limits<URep>::max())
            return false;
        ++value;
    }
    out = value;
    return true;
}

URep magnitude(Rep v)
{
    return v < 0 ? URep(0) - static_cast<URep>(v) : static_cast<URep>(v);
}

Decimal signedResult(URep mag, bool negative)
{
    if (mag > MaxRaw)
        return Decimal::invalid();
    const Rep v = static_cast<Rep>(mag);
    return Decimal::fromRaw(negative ? -v : v);
}

bool validPlaces(int places)
{
    return places >= 0 && places <= Decimal::Scale;
}

/// The significant digits of a number as they are read: at most 38 in the accumulator,
/// with what is needed to place the point.
struct Digits
{
    URep mantissa = 0;
    int intDigits = 0;     ///< significant digits before the point (leading zeros skipped)
    int fracDigits = 0;    ///< digits after the point
    int trailingZeros = 0; ///< zeros at the end of the significant digits
    int inMantissa = 0;    ///< significant digits seen (zeros beyond 38 are counted, not multiplied in)
    bool any = false;
    bool seenPoint = false;
    bool tooMany = false;

    void add(int d)
    {
        any = true;
        if (seenPoint)
            ++fracDigits;
        else if (intDigits > 0 || d != 0)
            ++intDigits;
        if (d != 0)
            trailingZeros = 0;
        else if (inMantissa > 0)
            ++trailingZeros;
        if (inMantissa == 0 && d == 0)
            return; // a leading zero
        if (inMantissa >= 60) {
            tooMany = true;
        } else if (inMantissa < 38) {
            mantissa = mantissa * 10 + static_cast<unsigned>(d);
            ++inMantissa;
        } else if (d != 0) {
            tooMany = true;
        } else {
            ++inMantissa; // trailing zero beyond 38 digits, remembered below
        }
    }
};

/// Reads digits and one point from `p` until the end or an exponent (when allowed); a
/// character that belongs in no number is refused with the reason.
template <typename Char>
Status scanDigits(const Char *&p, const Char *end, bool allowExponent, const QString &shown, Digits &digits)
{
    for (; p != end; ++p) {
        const Char c = *p;
        if (c >= '0' && c <= '9') {
            digits.add(static_cast<int>(c - '0'));
        } else if (c == '.') {
            if (digits.seenPoint)
                return fail(Decimal::tr("“%1” has more than one decimal point.").arg(shown));
            digits.seenPoint = true;
        } else if (c == ',') {
            return fail(Decimal::tr("“%1” contains a comma: type the decimal separator as a point and no "
                                    "thousands separators, for example 1234.5.")
                            .arg(shown));
        } else if ((c == 'e' || c == 'E') && allowExponent) {
            return success();
        } else if (c == 'e' || c == 'E') {
            return fail(Decimal::tr("“%1” is in exponent notation; type the number in full, for example "
                                    "1000 instead of 1e3.")
                            .arg(shown));
        } else if (c == '-' || c == '+') {
            return fail(
                Decimal::tr("“%1” has a sign in the wrong place; only one leading minus is allowed.").arg(shown));
        } else {
            return fail(Decimal::tr("“%1” is not a number: only digits, one decimal point and a leading "
                                    "minus are allowed.")
                            .arg(shown));
        }
    }
    return success();
}

/// The exponent after an 'e' at `p` (none at the end).
template <typename Char> Result<int> scanExponent(const Char *p, const Char *end, const QString &shown)
{
    if (p == end)
        return 0;
    ++p; // the 'e' or 'E'
    bool negative = false;
    if (p != end && (*p == '-' || *p == '+')) {
        negative = *p == '-';
        ++p;
    }
    if (p == end)
        return fail(Decimal::tr("“%1” has an exponent without digits.").arg(shown));
    int exponent = 0;
    for (; p != end; ++p) {
        if (*p < '0' || *p > '9')
            return fail(Decimal::tr("“%1” is not a number: the exponent may hold digits only.").arg(shown));
        exponent = exponent * 10 + static_cast<int>(*p - '0');
        if (exponent > 1000)
            return fail(Decimal::tr("“%1” has an exponent out of range.").arg(shown));
    }
    return negative ? -exponent : exponent;
}

/// value = mantissa × 10^(exponent − fracDigits), held at 18 places, or why it cannot be.
Result<Decimal> placeDigits(const Digits &digits, int exponent, bool negative, bool allowExponent, const QString &shown)
{
    if (digits.tooMany)
        return fail(Decimal::tr("“%1” has too many digits: at most 38 significant digits, 20 before the "
                                "point and 18 after.")
                        .arg(shown));
    // Zeros beyond 38 digits were not multiplied in: account for them.
    const int droppedZeros = digits.inMantissa > 38 ? digits.inMantissa - 38 : 0;
    int shift = Decimal::Scale + exponent - digits.fracDigits + droppedZeros; // raw = mantissa * 10^shift
    const int effectivePlaces = std::max(0, digits.fracDigits - exponent - digits.trailingZeros);
    if (effectivePlaces > Decimal::Scale) {
        if (allowExponent)
            return fail(Decimal::tr("“%1” needs more than 18 decimal places and cannot be held exactly.").arg(shown));
        return fail(Decimal::tr("“%1” has %2 decimal places; at most 18 are allowed.").arg(shown).arg(effectivePlaces));
    }
    const auto tooLarge = [&] {
        return fail(Decimal::tr("“%1” is too large: at most 20 digits before the decimal point.").arg(shown));
    };
    if (digits.intDigits + exponent > Decimal::MaxIntegerDigits && digits.mantissa != 0)
        return tooLarge();
    URep raw = digits.mantissa;
    if (raw != 0) {
        for (; shift > 0; --shift) {
            if (raw > MaxRaw / 10)
                return tooLarge();
            raw *= 10;
        }
        for (; shift < 0; ++shift) // only trailing zeros remain to drop (checked by effectivePlaces)
            raw /= 10;
    }
    if (raw > MaxRaw)
        return tooLarge();
    return Decimal::fromRaw(negative ? -static_cast<Rep>(raw) : static_cast<Rep>(raw));
}

template <typename Char>
Result<Decimal> parseChars(const Char *begin, const Char *end, bool allowExponent, const QString &shown)
{
    auto isSpace = [](Char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (begin != end && isSpace(*begin))
        ++begin;
    while (end != begin && isSpace(*(end - 1)))
        --end;
    if (begin == end)
        return fail(Decimal::tr("The amount is empty; type a number such as 12.50."));

    const Char *p = begin;
    bool negative = false;
    if (*p == '-' || *p == '+') {
        negative = *p == '-';
        ++p;
        if (p != end && (*p == '-' || *p == '+'))
            return fail(
                Decimal::tr("“%1” has more than one sign; type at most one leading minus, for example -1.").arg(shown));
    }
    Digits digits;
    if (Status s = scanDigits(p, end, allowExponent, shown, digits); !s)
        return s.error();
    if (!digits.any)
        return fail(Decimal::tr("“%1” is not a number: it has no digits.").arg(shown));
    const Result<int> exponent = scanExponent(p, end, shown);
    if (!exponent)
        return exponent.error();
    return placeDigits(digits, *exponent, negative, allowExponent, shown);
}

} // namespace

Decimal Decimal::fromInt(std::int64_t units)
{
    return Decimal(static_cast<Rep>(units) * static_cast<Rep>(One));
}

Decimal Decimal::fromRaw(Rep raw)
{
    if (raw == InvalidRaw || magnitude(raw) > MaxRaw)
        return invalid();
    return Decimal(raw);
}

Decimal Decimal::invalid()
{
    return Decimal(InvalidRaw);
}

Result<Decimal> Decimal::parse(QStringView text)
{
    const QString shown = text.trimmed().toString();
    return parseChars(text.utf16(), text.utf16() + text.size(), false, shown);
}

Result<Decimal> Decimal::parseVendor(QByteArrayView text)
{
    const QString shown = QString::fromUtf8(text).trimmed();
    return parseChars(text.data(), text.data() + text.size(), true, shown);
}

int Decimal::places() const
{
    if (!isValid() || m_raw == 0)
        return 0;
    URep m = magnitude(m_raw);
    int places = Scale;
    while (places > 0 && m % 10 == 0) {
        m /= 10;
        --places;
    }
    return places;
}

Decimal Decimal::operator-() const
{
    return isValid() ? Decimal(-m_raw) : invalid();
}

Decimal Decimal::abs() const
{
    return isValid() && m_raw < 0 ? Decimal(-m_raw) : *this;
}

Decimal operator+(Decimal a, Decimal b)
{
    if (!a.isValid() || !b.isValid())
        return Decimal::invalid();
    return Decimal::fromRaw(a.m_raw + b.m_raw); // |a|,|b| < 10^38, so the sum fits in 128 bits
}

Decimal operator-(Decimal a, Decimal b)
{
    if (!a.isValid() || !b.isValid())
        return Decimal::invalid();
    return Decimal::fromRaw(a.m_raw - b.m_raw);
}

Decimal Decimal::times(std::int64_t n) const
{
    if (!isValid())
        return invalid();
    const bool negative = (m_raw < 0) != (n < 0);
    const URep nm = n < 0 ? URep(0) - static_cast<URep>(static_cast<Rep>(n)) : static_cast<URep>(n);
    const U256 product = mul128(magnitude(m_raw), nm);
    if (!product.fitsU128())
        return invalid();
    return signedResult(product.low128(), negative);
}

Decimal Decimal::multiplied(Decimal factor, int places, Rounding mode) const
{
    Q_ASSERT(validPlaces(places));
    if (!isValid() || !factor.isValid() || !validPlaces(places))
        return invalid();
    const bool negative = (m_raw < 0) != (factor.m_raw < 0);
    // a*b has 36 fractional digits; keep `places` of them, then rescale to 18.
    const U256 product = mul128(magnitude(m_raw), magnitude(factor.m_raw));
    const URep divisor = pow10u(2 * Scale - places);
    URep q = 0;
    if (!divideRounded(product, U256::from(divisor), mode, q))
        return invalid();
    const URep scaleBack = pow10u(Scale - places);
    if (q > MaxRaw / scaleBack)
        return invalid();
    return signedResult(q * scaleBack, negative);
}

Decimal Decimal::divided(Decimal divisor, int places, Rounding mode) const
{
    Q_ASSERT(validPlaces(places));
    if (!isValid() || !divisor.isValid() || divisor.m_raw == 0 || !validPlaces(places))
        return invalid();
    const bool negative = (m_raw < 0) != (divisor.m_raw < 0);
    // a/b = A/B; at `places` decimals that is round(A * 10^places / B).
    const U256 num = mul128(magnitude(m_raw), pow10u(places));
    URep q = 0;
    if (!divideRounded(num, U256::from(magnitude(divisor.m_raw)), mode, q))
        return invalid();
    const URep scaleBack = pow10u(Scale - places);
    if (q > MaxRaw / scaleBack)
        return invalid();
    return signedResult(q * scaleBack, negative);
}

Decimal Decimal::rounded(int places, Rounding mode) const
{
    Q_ASSERT(validPlaces(places));
    if (!isValid() || !validPlaces(places))
        return invalid();
    const URep unit = pow10u(Scale - places);
    const URep m = magnitude(m_raw);
    URep q = m / unit;
    if (roundUp(q, U256::from(m % unit), U256::from(unit), mode))
        ++q;
    if (q > MaxRaw / unit)
        return invalid();
    return signedResult(q * unit, m_raw < 0);
}

int Decimal::write(char *buf, int minPlaces) const
{
    if (!isValid()) {
        memcpy(buf, "invalid", 7);
        return 7;
    }
    const URep m = magnitude(m_raw);
    // 128-bit division is slow; the fraction always fits 64 bits, the integer part mostly.
    URep intPart = m / One;
    std::uint64_t frac = static_cast<std::uint64_t>(m % One);

    int pos = 0;
    if (m_raw < 0)
        buf[pos++] = '-';
    char digits[40];
    int n = 0;
    while (intPart > URep(UINT64_MAX)) {
        digits[n++] = static_cast<char>('0' + static_cast<int>(intPart % 10));
        intPart /= 10;
    }
    std::uint64_t small = static_cast<std::uint64_t>(intPart);
    do {
        digits[n++] = static_cast<char>('0' + static_cast<int>(small % 10));
        small /= 10;
    } while (small != 0);
    while (n > 0)
        buf[pos++] = digits[--n];

    int places = Scale;
    while (places > 0 && frac % 10 == 0) {
        frac /= 10;
        --places;
    }
    const int shownPlaces = std::max(places, std::min(minPlaces, Scale));
    if (shownPlaces > 0) {
        buf[pos++] = '.';
        char fd[Scale];
        for (int i = places - 1; i >= 0; --i) {
            fd[i] = static_cast<char>('0' + static_cast<int>(frac % 10));
            frac /= 10;
        }
        for (int i = 0; i < shownPlaces; ++i)
            buf[pos++] = i < places ? fd[i] : '0';
    }
    return pos;
}

QByteArray Decimal::toUtf8(int minPlaces) const
{
    char buf[MaxTextLength];
    return QByteArray(buf, write(buf, minPlaces));
}

QString Decimal::toString(int minPlaces) const
{
    return QString::fromLatin1(toUtf8(minPlaces));
}

} // namespace bursar::core
