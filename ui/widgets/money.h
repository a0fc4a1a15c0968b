#pragma once

#include "core/money/currency.h"

#include <QLocale>

namespace bursar::ui {

/// An amount as the window shows it: rounded half-up to the currency's units, in the
/// user's locale ("1,234.50", "13,580"). The stored value keeps its full precision.
inline QString displayMoney(core::Decimal amount, const QString &currency)
{
    const core::Currency c = core::Currencies::lookup(currency);
    return core::formatForDisplay(amount, c, QLocale());
}

} // namespace bursar::ui
