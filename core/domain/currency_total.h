#pragma once

#include "core/money/decimal.h"

#include <QString>

namespace bursar::core {

/// An amount in one currency: lists of these are how Bursar adds up money of several
/// currencies without ever adding across them.
struct CurrencyTotal
{
    QString currency;
    Decimal cost;
};

} // namespace bursar::core
