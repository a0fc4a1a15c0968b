#pragma once

#include "core/billing/credit.h"
#include "core/billing/credit_service.h"
#include "core/billing/rate_tables.h"
#include "core/billing/statement.h"
#include "core/billing/statement_service.h"
#include "core/calculators/tax_calculator.h"
#include "core/domain/billing_period.h"
#include "core/domain/contact.h"
#include "core/domain/vendor.h"
#include "core/money/decimal.h"
#include "core/reports/billing_report.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace bursar::core {

/// What one billing run reads once and every statement of it shares.
struct StatementRun
{
    StatementRun(Vendor v, BillingPeriod p) : vendor(v), period(p) {}
    Vendor vendor;
    BillingPeriod period;
    BillingOptions options;
    QList<TaxRate> taxTable;   ///< read only when the run includes tax
    QList<ExchangeRate> rates; ///< for charges in another currency than the invoice currency
    QString seller;            ///< our company, as the statement keeps it (JSON)
};

/// Who a statement is for, as the run read it.
struct StatementCustomer
{
    QString name;
    Contact contact;
    QString region;
    QString state;
    int terms = 30;
    QString profileName;
    Contact profileContact; ///< the billing profile's; the customer's own when the profile has no address
    bool hasProfile = false;
    bool profileIsDefault = false;
};

/// A credit's share of a statement, per vendor account ('' for charges of no account).
struct CreditShare
{
    qint64 creditId = 0;
    QString account;
    Decimal amount; ///< negative, as the credit
};

/// A usage total a statement line bills.
struct UsageLink
{
    qint64 importId = 0;
    int totalNo = 0;
    int lineNo = 0;
};

/// A statement calculated in memory, ready to be written.
struct CalculatedStatement
{
    qint64 customerId = 0;
    QString customerName;
    QString currency;
    Decimal chargesExact, charges, credits, marketplaceExact, marketplace, marketplaceCredits, tax, total;
    QString pricebook;
    QString exchangeBase;
    std::optional<Decimal> exchangeRate;
    QDate exchangeDate;
    int terms = 30;
    QString region, state;
    QString seller, customer;
    QList<StatementLine> lines;
    QList<UsageLink> usage;
    QList<CreditShare> allocations;
    QList<StatementTax> taxes;
};

/// A party (our company, the customer) as a statement keeps it: JSON with the contact,
/// region, state and billing profile.
QString statementPartyJson(const QString &name, const Contact &contact, const QString &region, const QString &state,
                           const QString &profile);

/// Splits `amount` (positive) over charge buckets in their order, each taking at most what is
/// left of its own charges; `buckets` keeps what is left for the next credit. Whatever no
/// bucket can take goes to the last one, so the shares always add up to `amount` exactly.
QList<std::pair<QString, Decimal>> splitOverAccounts(Decimal amount, QList<std::pair<QString, Decimal>> &buckets);

/// The money of one statement, with no database (PRODUCT.md §4-5, EXAMPLES.md §1-5): the
/// priced report rows converted into the invoice currency, rounded once to its minor
/// units, credits applied in their order of use (expiring first, then by age) and split over
/// the vendor accounts, marketplace fees and the marketplace credit when the run asks, and
/// tax on what is left. A customer that cannot be billed gets a message that names the fix.
class StatementCalculator
{
    // The messages are the billing run's: the clerk reads them in its results.
    Q_DECLARE_TR_FUNCTIONS(bursar::core::BillingRun)

public:
    /// `rows`: the customer's report rows (one per currency), priced and with their usage
    /// totals; `credits`: the customer's credits for the vendor, any order.
    static Result<CalculatedStatement> calculate(const StatementRun &run, qint64 customerId,
                                                 const StatementCustomer &customer, const QString &invoiceCurrency,
                                                 const QList<const BillingReportRow *> &rows, QList<Credit> credits);
};

} // namespace bursar::core
