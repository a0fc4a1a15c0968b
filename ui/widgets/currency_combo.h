#pragma once

#include <QComboBox>
#include <QStringList>

namespace bursar::core {
class Database;
}

namespace bursar::ui {

/// Adds currencies to `box`, each item's data its ISO 4217 code: `codes` in their order
/// when given, otherwise every currency Bursar knows. `named` shows "EUR – Euro" instead of
/// "EUR" (a list the clerk reads; a narrow row of fields keeps the code).
void addCurrencyItems(QComboBox *box, const QStringList &codes = {}, bool named = true);

/// The currencies an amount in `from` can be shown in: `from` itself, then those with an
/// exchange rate to or from it in Settings > Exchange Rates (sorted).
QStringList currenciesWithRate(core::Database &db, const QString &from);

/// The code chosen in a box filled by addCurrencyItems (empty for a "not set" item).
inline QString comboCurrency(const QComboBox *box)
{
    return box->currentData().toString();
}

/// Chooses `code` in `box`; the first item when the box does not hold it.
inline void selectCurrency(QComboBox *box, const QString &code)
{
    box->setCurrentIndex(std::max(0, box->findData(code)));
}

} // namespace bursar::ui
