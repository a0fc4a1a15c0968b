#pragma once

#include "core/billing/statement.h"
#include "core/billing/statement_service.h"
#include "core/calculators/statement_calculator.h"
#include "core/domain/vendor.h"
#include "core/money/decimal.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace bursar::core {

class Database;

/// What Generate Invoices is asked to do.
struct GenerateRequest
{
    Vendor vendor = Vendor::Aws;
    QString period;                         ///< "YYYY-MM"
    std::optional<QList<qint64>> customers; ///< these customers; every customer with charges when not set
    BillingOptions options;
};

struct GeneratedStatement
{
    qint64 statementId = 0;
    qint64 customerId = 0;
    QString customerName;
    QString currency;
    Decimal total;
};

/// A customer the run did not bill, and why (failed: needs the clerk; skipped: nothing to do).
struct CustomerOutcome
{
    qint64 customerId = 0;
    QString customerName;
    QString message;
    /// Where the clerk fixes it: "cloud_providers" or "credits" (the customer's profile),
    /// "exchange_rates" (Settings), "invoices" (the customer's statements); empty: the
    /// customer's profile.
    QString fix;
};

struct GenerateResult
{
    qint64 runId = 0; ///< 0 when there was no customer to bill: then no run is recorded
    QList<GeneratedStatement> generated;
    QList<CustomerOutcome> failed;
    QList<CustomerOutcome> skipped;
    bool cancelled = false; ///< stopped between customers; what was made before stays, whole
};

/// Generate Invoices: one Draft statement per customer for a vendor and period, priced as the
/// Billing Customers Report prices it, with credits, marketplace fees and tax as the switches
/// say (PRODUCT.md §4-5). Holds the run lock for the vendor and period. Each customer's
/// statement is written whole or not at all; a customer that cannot be billed fails alone
/// and the others go on. GenerateStatements is required.
class BillingRun
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::BillingRun)

public:
    explicit BillingRun(Database &db) : m_db(db) {}

    /// Called after each batch with the customers done and the customers to do; return false
    /// to cancel before the next batch.
    using Progress = std::function<bool(int done, int total)>;

    Result<GenerateResult> generate(const GenerateRequest &request, const Progress &progress = {});

    /// The four switches of the latest run for `vendor` (Generate Invoices starts from them),
    /// none before the vendor's first run.
    Result<std::optional<BillingOptions>> lastOptions(Vendor vendor);
    /// How the statements already made for `vendor` and `period` (any status) were made: so
    /// a run made again says so before it bills the same period another way.
    struct PeriodTax
    {
        int withTax = 0;
        int withoutTax = 0;
    };
    Result<PeriodTax> taxInPeriod(Vendor vendor, const QString &period);
    /// The warning for a run of `options` over a period made as `existing`, or empty: "12
    /// statements of AWS 2026-09 were made with tax; this run makes them without it".
    static QString taxWarning(Vendor vendor, const QString &period, const PeriodTax &existing,
                              const BillingOptions &options);

    /// Statements written per transaction (each one whole either way); tests make it small.
    void setBatchSize(int n) { m_batch = std::max(1, n); }

private:
    Database &m_db;
    int m_batch = 500;
};

/// Every number on a statement with where it came from: price rules, credits, marketplace,
/// tax, exchange rate, rounding. The statement viewer's Explain pane and `invoices show`.
QStringList explainStatement(const Statement &statement);

} // namespace bursar::core
