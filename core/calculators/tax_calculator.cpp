#include "core/calculators/tax_calculator.h"

namespace bursar::core::tax {

TaxResult onBase(Decimal base, const QList<TaxRate> &rates, int minorUnits)
{
    TaxResult result;
    int n = 0;
    for (const TaxRate &r : rates) {
        const Decimal amount = base.multiplied(r.rate, Decimal::Scale, InsideRounding)
                                   .divided(Decimal::fromInt(100), minorUnits, ShownRounding);
        result.lines.append({++n, r.name, r.region, r.state, r.rate, r.from, base, amount});
        result.total += amount;
    }
    return result;
}

TaxResult onBase(Decimal base, const QList<TaxRate> &table, const QString &region, const QString &state, QDate on,
                 int minorUnits)
{
    return onBase(base, TaxTable::ratesIn(table, region, state, on), minorUnits);
}

} // namespace bursar::core::tax
