#pragma once

#include <QCoreApplication>
#include "core/billing/statement_service.h"
#include "core/money/decimal.h"
#include "core/result.h"
#include "core/billing/statement.h"
#include "core/settings/document_settings.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace bursar::core {

class Database;

/// How CSV files are written. RFC 4180 and UTF-8 always; for spreadsheet users in
/// comma-decimal locales a byte order mark, and `;` between fields with decimal commas.
struct CsvOptions
{
    bool bom = false;
    bool semicolon = false; ///< `;` between fields and `,` as the decimal separator

    char delimiter() const { return semicolon ? ';' : ','; }
};

/// The CSV options Settings > Statement Documents say.
CsvOptions csvOptions(const DocumentSettings &settings);

/// Writes CSV records with the options' delimiter and decimal separator.
class CsvWriter
{
public:
    explicit CsvWriter(const CsvOptions &options);
    CsvWriter &text(const QString &value);
    CsvWriter &number(qint64 value);
    /// An exact decimal, never rounded ("1234.5" or "1234,5").
    CsvWriter &amount(Decimal value);
    CsvWriter &empty();
    void endRecord();
    QByteArray bytes() const { return m_out; }

private:
    void separate();
    CsvOptions m_options;
    QByteArray m_out;
    bool m_first = true;
};

/// One record of a Detailed CSV.
struct DetailedRecord
{
    QString kind;    ///< usage, charge, line-rounding, rounding, credit, marketplace-credit, tax, total
    int lineNo = 0;  ///< the statement line it belongs to (0: none)
    QString usageDate;
    QString accountId;
    QString productType;
    QString product;
    std::optional<Decimal> quantity;
    QString unit;
    QString costCurrency;
    std::optional<Decimal> vendorCost;
    Decimal amount;  ///< in the statement's currency, full precision; every record but the
                     ///< total adds up to the total
    QString rule;    ///< the rule that priced it, the credit, the tax rate
    QString source;  ///< "file.csv:123" for usage
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
