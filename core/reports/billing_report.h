#pragma once

#include "core/domain/charge_line.h"
#include "core/domain/currency_total.h"
#include "core/domain/vendor.h"
#include "core/money/decimal.h"
#include "core/money/wide_decimal.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace bursar::core {

class Database;

/// The customer's charges for one product (or one support plan or custom charge).
struct BillingReportLine
{
    ChargeLineKind kind = ChargeLineKind::Usage;
    QString productType;
    QString product;
    bool marketplace = false;
    qint64 usageLines = 0;
    Decimal cost;     ///< the vendor's cost; zero for support plans and custom charges
    Decimal price;    ///< the customer's price at full precision
    QString rule;     ///< what priced it, for the clerk and the auditor
    QString percents; ///< the percent rules applied in turn ("10;-2"); empty when none
};

/// One usage total behind a report row (BillingReportOptions::withUsage): which line of the
/// row it went into, and its cost and price.
struct BilledTotal
{
    qint64 importId = 0;
    int totalNo = 0;
    QString accountId;
    int line = 0; ///< index into BillingReportRow::lines
    Decimal cost;
    Decimal price;
};

/// One row of a "<Vendor> Billing Customers Report": a customer's charges in one currency.
/// Vendor tax and credits are never here: they are not the customer's charges.
struct BillingReportRow
{
    qint64 customerId = 0;
    QString customerName;
    QString currency;
    QString invoiceCurrency;    ///< the customer's invoice currency for the vendor; empty when not set
    int draftStatements = 0;    ///< statements of the vendor in the range still Draft
    int approvedStatements = 0; ///< statements of the vendor in the range approved (open, closed, past due)
    QString pricebook;          ///< the customer's pricebook for the vendor; empty when none
    QString problem;            ///< why the customer cannot be priced yet; empty when fine
    bool hasPrice = true;       ///< false when no pricebook rule prices the usage: price and margin are unknown
    Decimal cost;               ///< vendor cost of the customer's charges (usage, purchases, adjustments)
    Decimal price;              ///< customer price: charges + support plans + custom charges
    Decimal margin() const { return price - cost; }
    /// Margin as a percent of cost, rounded half-up to one decimal for the clerk; none when
    /// no pricebook prices the usage or there is no cost to compare with.
    std::optional<Decimal> marginPercent() const;
    Decimal marketplace;            ///< marketplace charges, passed through at cost (billed when the run includes them)
    Decimal support;                ///< support plans, included in price
    Decimal customCharges;          ///< custom charges, included in price
    QList<BillingReportLine> lines; ///< grouped by product type, then product
    QList<BilledTotal> totals;      ///< only with BillingReportOptions::withUsage
};

/// What a report is built for: every customer (the screen and the CLI), or the customers
/// a billing run bills, with the usage behind each line.
struct BillingReportOptions
{
    std::optional<QSet<qint64>> customers; ///< only these customers; everyone when not set
    bool withUsage = false;                ///< keep BillingReportRow::totals
};

struct BillingReport
{
    Vendor vendor = Vendor::Aws;
    QString fromPeriod;
    QString toPeriod;
    QList<BillingReportRow> rows; ///< by customer ID, then currency
    qint64 unmappedAccounts = 0;  ///< accounts with usage in the range and no customer
    QList<CurrencyTotal> unmappedCost;
    qint64 excludedMarketplaceLines = 0; ///< Azure Marketplace lines, which the reports leave out
};

/// One usage line for the drill-down.
struct UsageLineView
{
    QString period;
    QString usageDate;
    QString accountId;
    QString kind;
    bool marketplace = false;
    QString productType;
    QString product;
    QString quantity;
    QString unit;
    QString currency;
    WideDecimal cost; ///< as the vendor wrote it, up to 36 places
    QString fileName;
    qint64 lineNo = 0;
};

/// Builds the Billing Customers Report from the imported usage and the pricing rules in
/// force in each period. Prices are exact (18 decimals); nothing is rounded.
class BillingReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::BillingReportBuilder)

public:
    explicit BillingReportBuilder(Database &db) : m_db(db) {}

    Result<BillingReport> build(Vendor vendor, const QString &fromPeriod, const QString &toPeriod,
                                const BillingReportOptions &options = {});
    /// The usage lines behind one customer's row, at most `limit`.
    Result<QList<UsageLineView>> usageLines(Vendor vendor, qint64 customerId, const QString &fromPeriod,
                                            const QString &toPeriod, int limit = 10000);

private:
    Database &m_db;
};

/// The report's rows as CSV (RFC 4180, UTF-8, CRLF): exact amounts, price and margin
/// empty where no pricebook prices the usage.
QByteArray billingReportCsv(const QList<BillingReportRow> &rows);

} // namespace bursar::core
