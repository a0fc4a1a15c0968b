#pragma once

#include "core/billing/rate_tables.h"
#include "core/finance/ar_document.h"
#include "core/money/currency.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace bursar::core {

/// A tax category of Settings > Tax Tables: which of the customer's region's and state's
/// rates tax a memo line of that category.
struct TaxCategory
{
    QString name;
    bool regionRate = true;
    bool stateRate = true;
};

/// A memo's money, with no database (PRODUCT.md §5 and §7).
struct MemoTotals
{
    QList<MemoLine> lines; ///< checked, numbered, with their amounts
    QList<MemoTax> taxes;
    Decimal subtotal;   ///< Σ line amounts, exact
    Decimal tax;        ///< Σ tax lines, each rounded to the currency's units
    Decimal totalExact; ///< subtotal + tax
    Decimal total;      ///< rounded once to the currency's units
    Decimal rounding;   ///< total − totalExact, shown on the document
};

class MemoCalculator
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::MemoCalculator)

public:
    /// Checks and prices the lines: quantity and price not negative, price and discount with
    /// no more decimals than the currency has, a discount not larger than its line, a known
    /// tax category. Each line's amount is quantity × price − discount, exact. The tax: for
    /// each category, the rates of `taxTable` in force on the document date for the region
    /// and state that the category names, each rate on the category's base rounded on its
    /// own (the tax calculator's rule). A blank category is not taxed.
    static Result<MemoTotals> calculate(const QList<MemoLineInput> &lines, const Currency &currency,
                                        const QHash<QString, TaxCategory> &categories, const QList<TaxRate> &taxTable,
                                        const QString &region, const QString &state, QDate date);
};

/// How Apply splits a source's available amount over the customer's outstanding receivables.
enum class SplitPolicy { OldestDueFirst, OldestDocumentFirst, ProRata };
QString splitPolicyKey(SplitPolicy p);
std::optional<SplitPolicy> splitPolicyFromKey(QStringView key);

namespace split {
/// The amount for each of `receivables` (same order), never more than its remaining balance,
/// adding up to min(available, Σ balances). Oldest due first and oldest document first fill
/// in their order (ties by ID); pro-rata shares in proportion to the balances in the
/// currency's units, the cents left by rounding down going to the largest remainders first.
QList<Decimal> amounts(Decimal available, const QList<ArItem> &receivables, SplitPolicy policy, int minorUnits);
} // namespace split

} // namespace bursar::core
