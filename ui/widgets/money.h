#pragma once

#include "core/money/currency.h"
#include "core/money/wide_decimal.h"

#include <QLocale>

namespace bursar::ui {

/// An amount as the window shows it: rounded half-up to the currency's units, in the
/// user's locale ("1,234.50", "13,580"). The stored value keeps its full precision.
inline QString displayMoney(core::Decimal amount, const QString &currency)
{
    const core::Currency c = core::Currencies::lookup(currency);
    return core::formatForDisplay(amount, c, QLocale());
}

/// A usage amount (up to 36 places, as the vendor wrote it) as the window shows it: rounded
/// half-up to the currency's units. Cut to 18 places first (toward zero), so a value just
/// under half a unit never rounds up; the full value goes in a tooltip (exactWide).
inline QString displayWide(core::WideDecimal amount, const QString &currency)
{
    return displayMoney(amount.toDecimal(core::Rounding::Down), currency);
}

/// The same amount to its last place, in the user's locale: for tooltips.
inline QString exactWide(core::WideDecimal amount)
{
    return core::formatExact(amount, QLocale());
}

} // namespace bursar::ui
