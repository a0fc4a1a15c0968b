#pragma once

#include "core/billing/statement.h"
#include "core/billing/statement_service.h"
#include "core/formats/csv.h"
#include "core/money/decimal.h"
#include "core/money/wide_decimal.h"
#include "core/result.h"
#include "core/settings/document_settings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace bursar::core {

class Database;

/// One record of a Detailed CSV.
struct DetailedRecord
{
    QString kind;   ///< usage, charge, line-rounding, rounding, credit, marketplace-credit, tax, total
    int lineNo = 0; ///< the statement line it belongs to (0: none)
    QString usageDate;
    QString accountId;
    QString productType;
    QString product;
    std::optional<WideDecimal> quantity;
    QString unit;
    QString costCurrency;
    std::optional<WideDecimal> vendorCost; ///< as the vendor wrote it, up to 36 places
    Decimal amount;                        ///< in the statement's currency, full precision; every record but the
                                           ///< total adds up to the total
    QString rule;                          ///< the rule that priced it, the credit, the tax rate
    QString source;                        ///< "file.csv:123" for usage
};

/// Exports of one statement for customers and auditors (PRODUCT.md §6).
class StatementExports
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::StatementExports)

public:
    /// The statement as CSV: its lines grouped by product type with their prices at full
    /// precision, then the rounding, credits, marketplace fees, tax and total.
    static QByteArray summaryCsv(const Statement &statement, const CsvOptions &options = {});

    /// Every usage line of the statement with its vendor cost, its customer price (priced
    /// again line by line with the statement's rules) and the rule, every support plan and
    /// custom charge, the rounding of each line and of the statement, every credit
    /// allocation and every tax line: the records add up exactly to the total.
    static Result<QList<DetailedRecord>> detailedRecords(Database &db, const Statement &statement);
    static Result<QByteArray> detailedCsv(Database &db, const Statement &statement, const CsvOptions &options = {});

    /// A line's price chain ("10;-2") applied to `cost`, then converted at `rate` when set,
    /// exactly as the billing run priced the line's usage totals.
    static Decimal price(Decimal cost, const QString &percents, std::optional<Decimal> rate);
};

} // namespace bursar::core
