#pragma once

#include "core/money/decimal.h"
#include "core/money/wide_decimal.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

namespace bursar::core {

/// An ISO 4217 currency: its code, the number of minor-unit digits (JPY 0, USD 2, KWD 3)
/// and its English name. Read from the table in resources (currencies.csv).
struct Currency
{
    QString code;
    int minorUnits = 2;
    QString name;
};

class Currencies
{
public:
    /// The currency with this ISO code (case-insensitive), or nothing when unknown.
    static std::optional<Currency> find(QStringView code);
    /// The currency with this code for showing an amount that is already stored: a code
    /// Bursar does not know (a vendor's own, a record older than the table) reads with two
    /// decimals under its own code. The one place that fallback is decided.
    static Currency lookup(QStringView code);
    /// All known currencies, ordered by code.
    static const QList<Currency> &all();
    /// A clear error when `code` is not an ISO 4217 code Bursar knows.
    static Result<Currency> require(QStringView code, const QString &field = {});
};

/// `amount` rounded to the currency's minor units with `mode`, as plain text for files
/// and JSON: "1234.50", "13580", "10.124".
QString formatPlain(Decimal amount, const Currency &currency, Rounding mode = Rounding::HalfUp);

/// `amount` rounded to the currency's minor units with `mode`, formatted for display with
/// the locale's digit grouping, decimal separator and minus sign: "1,234.50" (en_US),
/// "1.234,50" (de_DE). Rounding is for display only; the stored value keeps full precision.
QString formatForDisplay(Decimal amount, const Currency &currency, const QLocale &locale,
                         Rounding mode = Rounding::HalfUp);

/// A number typed by a person in `locale`: its decimal separator and, optionally, its digit
/// grouping ("1.234,50" and "1234,50" in de_DE; "1,234.50" in en_US). Groups must sit where
/// the locale puts them, so "12.50" in German is not read as 1250; text that is not the
/// locale's form is read as Decimal::parse reads it ("12.50"). Refusals show both forms
/// and name `field`.
Result<Decimal> parseLocalized(QStringView text, const QLocale &locale, const QString &field = {});
/// How `locale` writes 1234.5 with `places` decimals ("1.234,50"), for placeholders.
QString localizedExample(const QLocale &locale, int places = 2);

/// Full-precision display of an exact decimal in a locale (no rounding): for unit prices
/// and quantities. At least `minPlaces` decimals are shown.
QString formatExact(Decimal value, const QLocale &locale, int minPlaces = 0);
/// The same for usage amounts, to their last place (up to 36).
QString formatExact(WideDecimal value, const QLocale &locale);

} // namespace bursar::core
