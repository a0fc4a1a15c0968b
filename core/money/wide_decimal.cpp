#include "core/money/wide_decimal.h"

namespace bursar::core {

namespace {

const Decimal Ulp = Decimal::fromRaw(1); // 10^-18, the last place of a Decimal

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

WideDecimal WideDecimal::make(Decimal units, std::int64_t dust)
{
    // Decimal's largest magnitude bounds the value too: units at the top of the range with
    // dust beyond it is out of range, as units beyond it are.
    if (dust != 0 && !(units + Ulp).isValid())
        return invalid();
    return WideDecimal(units, dust);
}

Result<WideDecimal> WideDecimal::parseVendor(QByteArrayView text)
{
    // The common long form first, without allocating: [-]digits.digits with 19 to 36
    // places and no exponent (a quarter of an amortized export's cells).
    {
        QByteArrayView t = text.trimmed();
        const bool negative = !t.isEmpty() && t.front() == '-';
        const QByteArrayView magnitude = negative || (!t.isEmpty() && t.front() == '+') ? t.sliced(1) : t;
        const qsizetype point = magnitude.indexOf('.');
        const qsizetype places = point < 0 ? 0 : magnitude.size() - point - 1;
        if (places > Decimal::Scale && places <= Scale && point > 0) {
            const QByteArrayView tail = magnitude.sliced(point + 1 + Decimal::Scale);
            std::int64_t dust = 0;
            bool digitsOnly = true;
            for (qsizetype i = 0; i < Decimal::Scale && digitsOnly; ++i) {
                const char c = i < tail.size() ? tail[i] : '0';
                digitsOnly = isDigit(c);
                dust = digitsOnly ? dust * 10 + (c - '0') : 0; // at most 18 digits: within 64 bits
            }
            if (digitsOnly) {
                auto units = Decimal::parseVendor(magnitude.first(point + 1 + Decimal::Scale));
                if (units && !units->isNegative()) {
                    const WideDecimal value = make(*units, dust);
                    if (value.isValid())
                        return negative ? -value : value;
                }
            }
        }
    }
    auto narrow = Decimal::parseVendor(text);
    if (narrow)
        return WideDecimal(*narrow);
    // Decimal refused it. A well-formed number with 19 to 36 places is read here; for
    // anything else Decimal's message says what is wrong.
    const QByteArrayView t = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < t.size() && (t[i] == '-' || t[i] == '+')) {
        negative = t[i] == '-';
        ++i;
    }
    QByteArray digits;
    int fracDigits = 0;
    bool point = false;
    for (; i < t.size() && t[i] != 'e' && t[i] != 'E'; ++i) {
        if (isDigit(t[i])) {
            digits += t[i];
            fracDigits += point ? 1 : 0;
        } else if (t[i] == '.' && !point) {
            point = true;
        } else {
            return narrow.error();
        }
    }
    if (digits.isEmpty())
        return narrow.error();
    int exponent = 0;
    if (i < t.size()) {
        ++i;
        bool negativeExponent = false;
        if (i < t.size() && (t[i] == '-' || t[i] == '+')) {
            negativeExponent = t[i] == '-';
            ++i;
        }
        if (i == t.size())
            return narrow.error();
        for (; i < t.size(); ++i) {
            if (!isDigit(t[i]))
                return narrow.error();
            exponent = exponent * 10 + (t[i] - '0');
            if (exponent > 1000)
                return narrow.error();
        }
        exponent = negativeExponent ? -exponent : exponent;
    }
    // value = digits × 10^-places
    const int places = fracDigits - exponent;
    QByteArray whole, fraction;
    if (places <= 0) {
        whole = digits + QByteArray(-places, '0');
    } else if (places >= digits.size()) {
        whole = "0";
        fraction = QByteArray(places - digits.size(), '0') + digits;
    } else {
        whole = digits.left(digits.size() - places);
        fraction = digits.mid(digits.size() - places);
    }
    while (fraction.endsWith('0'))
        fraction.chop(1);
    while (whole.size() > 1 && whole.startsWith('0'))
        whole.remove(0, 1);
    const QString shown = QString::fromUtf8(t);
    if (fraction.size() > Scale)
        return fail(tr("“%1” has %2 decimal places; Bursar holds usage amounts exactly up to 36.")
                        .arg(shown)
                        .arg(fraction.size()));
    if (fraction.size() <= Decimal::Scale) {
        // Decimal refused it for its length, not its places: PostgreSQL's NUMERIC(56,36)
        // writes every value with 36 places, zeros included.
        const QByteArray shortened = whole + '.' + fraction;
        auto exact = Decimal::parseVendor(shortened);
        if (!exact)
            return narrow.error();
        return negative ? WideDecimal(-*exact) : WideDecimal(*exact);
    }
    const QByteArray unitsText = whole + '.' + fraction.left(Decimal::Scale);
    auto units = Decimal::parseVendor(unitsText);
    if (!units)
        return narrow.error();
    QByteArray dustDigits = fraction.mid(Decimal::Scale);
    dustDigits.append(QByteArray(Decimal::Scale - dustDigits.size(), '0'));
    const WideDecimal value = make(*units, dustDigits.toLongLong());
    if (!value.isValid())
        return narrow.error(); // Decimal's message for a number too large
    return negative ? -value : value;
}

int WideDecimal::signum() const
{
    if (!isValid())
        return 0;
    if (const int s = m_units.signum(); s != 0)
        return s;
    return m_dust > 0 ? 1 : 0;
}

Decimal WideDecimal::toDecimal(Rounding mode) const
{
    if (m_dust == 0 || !isValid())
        return m_units;
    constexpr std::int64_t Half = DustPerUnit / 2;
    const bool negative = m_units.isNegative(); // the value lies between units and units + Ulp
    bool up = false;
    switch (mode) {
    case Rounding::HalfEven:
        up = m_dust > Half || (m_dust == Half && (m_units.raw() & 1) != 0);
        break;
    case Rounding::HalfUp: // ties away from zero: up for a positive value, down for a negative
        up = m_dust > Half || (m_dust == Half && !negative);
        break;
    case Rounding::Down: // toward zero
        up = negative;
        break;
    }
    return up ? m_units + Ulp : m_units;
}

WideDecimal WideDecimal::operator-() const
{
    if (m_dust == 0)
        return WideDecimal(-m_units);
    return make(-m_units - Ulp, DustPerUnit - m_dust);
}

WideDecimal operator+(WideDecimal a, WideDecimal b)
{
    if (!a.isValid() || !b.isValid())
        return WideDecimal::invalid();
    Decimal units = a.m_units + b.m_units;
    std::int64_t dust = a.m_dust + b.m_dust; // < 2 × 10^18, within 64 bits
    if (dust >= WideDecimal::DustPerUnit) {
        dust -= WideDecimal::DustPerUnit;
        units += Ulp;
    }
    return WideDecimal::make(units, dust);
}

QByteArray WideDecimal::toUtf8() const
{
    if (m_dust == 0 || !isValid())
        return m_units.toUtf8();
    // The magnitude as units and dust, then its 18 places and the dust's 18.
    const bool negative = m_units.isNegative();
    const Decimal units = negative ? -m_units - Ulp : m_units;
    const std::int64_t dust = negative ? DustPerUnit - m_dust : m_dust;
    QByteArray text = units.toUtf8(Decimal::Scale);
    const QByteArray dustText = QByteArray::number(dust);
    text += QByteArray(Decimal::Scale - dustText.size(), '0') + dustText;
    while (text.endsWith('0'))
        text.chop(1);
    return negative ? '-' + text : text;
}

} // namespace bursar::core
