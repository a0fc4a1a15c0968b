#pragma once

#include "core/money/decimal.h"
#include "core/money/wide_decimal.h"

#include <QString>

namespace bursar::core {

/// An amount in one currency: lists of these are how Bursar adds up money of several
/// currencies without ever adding across them.
struct CurrencyTotal
{
    QString currency;
    Decimal cost;
};

/// The same for usage amounts, exact to 36 places as the vendors wrote them.
struct WideCurrencyTotal
{
    QString currency;
    WideDecimal cost;
};

} // namespace bursar::core
