#pragma once

#include "core/billing/rate_tables.h"
#include "core/money/decimal.h"

#include <QDate>
#include <QList>
#include <QString>

namespace bursar::core {

/// The one rounding of money (PRODUCT.md §5): full precision inside (Decimal::Scale
/// decimals, half-even when a product needs rounding), the currency's minor units half-up
/// wherever an amount is shown or owed.
inline constexpr Rounding InsideRounding = Rounding::HalfEven;
inline constexpr Rounding ShownRounding = Rounding::HalfUp;

/// One tax line: a rate of the tax table applied to the taxable base.
struct TaxLine
{
    int lineNo = 0;
    QString name;
    QString region;
    QString state;
    Decimal rate; ///< percent
    QDate rateFrom;
    Decimal base;
    Decimal amount; ///< in the currency's minor units
};

struct TaxResult
{
    QList<TaxLine> lines;
    Decimal total;
};

/// Tax with no database (PRODUCT.md §5, EXAMPLES.md §3): each rate that applies gives one
/// line, base × rate / 100 rounded half-up to the currency's minor units on its own; the tax
/// is the sum of the lines.
namespace tax {
/// The lines for `rates`, in their order.
TaxResult onBase(Decimal base, const QList<TaxRate> &rates, int minorUnits);
/// The rates of `table` that apply in `region`/`state` on `on` (the region's own rate and
/// the state's), then the lines.
TaxResult onBase(Decimal base, const QList<TaxRate> &table, const QString &region, const QString &state, QDate on,
                 int minorUnits);
} // namespace tax

} // namespace bursar::core
