#pragma once

#include <QCoreApplication>
#include "core/billing/credit_service.h"
#include "core/calculators/tax_calculator.h"
#include "core/domain/records.h"
#include "core/money/decimal.h"
#include "core/reports/billing_report.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bursar::core {

class Database;

/// Draft (hidden from the customer's users), Open (numbered, visible), Closed (nothing owed),
/// Past Due (Open after its due date). Past Due is never stored or typed: it is derived.
enum class StatementStatus { Draft, Open, Closed, PastDue };
QString statementStatusKey(StatementStatus s);
QString statementStatusName(StatementStatus s);
std::optional<StatementStatus> statementStatusFromKey(QStringView key);
/// The rule later features (customer logins, the Billing API) use: every statement but a
/// Draft is visible to the customer's users.
bool visibleToCustomer(StatementStatus s);

/// The four switches of Generate Invoices.
struct BillingOptions
{
    bool applyCredits = false;       ///< manual credits pay the vendor's charges
    bool includeTax = false;         ///< tax from the tax table, on the amount after credits
    bool marketplaceFees = false;    ///< bill marketplace charges (pass-through, 0 margin)
    bool marketplaceCredits = false; ///< the marketplace credit pays marketplace fees
};

struct StatementLine
{
    int lineNo = 0;
    ChargeLineKind kind = ChargeLineKind::Usage;
    QString productType;
    QString product;
    qint64 usageLines = 0;
    QString currency; ///< of the vendor's cost; the price is in the statement's currency
    Decimal cost;
    Decimal price; ///< full precision
    QString rule;
    QString percents;
};

/// A statement's tax line is the tax calculator's line, as it was when the statement was made.
using StatementTax = TaxLine;

/// One credit application on a statement, with what the credit was.
struct StatementCredit
{
    qint64 creditId = 0;
    CreditKind kind = CreditKind::Manual;
    QString comment;
    QDate expiresOn;
    QString creditCreatedAt;
    QString accountId;
    Decimal amount; ///< negative
};

/// A copy of who is on the statement, as it was when the statement was made.
struct StatementParty
{
    QString name;
    Contact contact;
    QString region;
    QString state;
    QString billingProfile; ///< the customer's billing profile the statement is linked to
};

/// A billing statement. Amounts are signed as they act on the bill: charges, marketplace
/// fees and tax positive, credits negative; total = charges + credits + marketplace +
/// marketplaceCredits + tax, in the currency's units (rounded half-up once, from the
/// full-precision lines: rounding() says by how much).
struct Statement
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 customerId = 0;
    QString customerName;
    Vendor vendor = Vendor::Aws;
    QString period;
    QString currency;
    QString storedStatus; ///< "draft", "open" or "closed"
    QString number;       ///< empty while a draft
    BillingOptions options;
    Decimal chargesExact;
    Decimal charges;
    Decimal credits;
    Decimal marketplaceExact;
    Decimal marketplace;
    Decimal marketplaceCredits;
    Decimal tax;
    Decimal total;
    Decimal balance; ///< what is still owed (the total until payments and memos exist)
    QString pricebook;
    QString exchangeBase; ///< the usage currency converted, when it differs
    std::optional<Decimal> exchangeRate;
    QDate exchangeDate;
    int paymentTermsDays = 30;
    QString region;
    QString state;
    StatementParty seller;
    StatementParty customer;
    QString createdAt;
    QString createdBy;
    QString approvedAt;
    QString approvedBy;
    QDate issueDate;
    QDate dueDate;
    QList<StatementLine> lines;
    QList<StatementTax> taxes;
    QList<StatementCredit> allocations;

    Decimal rounding() const { return (charges - chargesExact) + (marketplace - marketplaceExact); }
    StatementStatus status(QDate today) const;
    /// "INV-2026-000001", or "Draft 57" before approval.
    QString reference() const;
};

/// Which statements a list shows (Billing > Customer Invoices, Preview).
struct StatementFilter
{
    std::optional<qint64> customerId;
    std::optional<Vendor> vendor;
    QString fromPeriod; ///< "YYYY-MM"; empty: no lower bound
    QString toPeriod;
    std::optional<StatementStatus> status;
    std::optional<qint64> runId;
    bool outstandingOnly = false; ///< approved and still owing (Open or Past Due)
    QDate today = QDate::currentDate(); ///< decides Past Due
};

/// A statement shown in another currency: the rate and its date, as recorded.
struct DisplayConversion
{
    QString currency;
    Decimal rate;
    QDate rateDate;
    bool inverted = false;
    Decimal charges;
    Decimal credits;
    Decimal marketplace;
    Decimal marketplaceCredits;
    Decimal tax;
    Decimal total;
};

struct ApproveResult
{
    QList<std::pair<qint64, QString>> approved; ///< statement ID and the number it got
    QList<std::pair<qint64, QString>> refused;  ///< statement ID and why
};

/// Statements after they are generated: reading, approving (numbering), deleting drafts,
/// showing in another currency. Approve needs ApproveStatements, delete GenerateStatements.
class StatementService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::StatementService)

public:
    explicit StatementService(Database &db) : m_db(db) {}

    /// The number series statements are numbered from.
    static QString series() { return QStringLiteral("statement"); }

    Result<qint64> count(const StatementFilter &filter);
    /// Statements without their lines, by customer ID then period (or `orderBy`, a column
    /// of the statements table), `limit` from `offset`.
    Result<QList<Statement>> list(const StatementFilter &filter, int offset = 0, int limit = -1,
                                  const QString &orderBy = {}, bool descending = false);
    /// One statement, whole: lines, tax lines, credit applications.
    Result<Statement> statement(qint64 id);
    Result<Statement> statementByNumber(const QString &number);

    /// Approves drafts in the order given: each takes the next number of the series and
    /// becomes Open (Closed when it owes nothing), dated `today`, due after the customer's
    /// payment terms. All in one transaction; statements that are not drafts are refused.
    Result<ApproveResult> approve(const QList<qint64> &ids, QDate today = QDate::currentDate());
    /// Approves every draft the filter shows, oldest first.
    Result<ApproveResult> approveAll(const StatementFilter &filter, QDate today = QDate::currentDate());
    /// Deletes a draft: its credits are returned and the period is unlocked.
    Status deleteDraft(qint64 id);

    /// The statement's amounts in `currency` through the exchange-rate table (the rate on or
    /// before the issue date, or today for a draft); the rate and date are recorded with it.
    Result<DisplayConversion> showIn(qint64 id, const QString &currency, QDate today = QDate::currentDate());
    Result<QList<DisplayConversion>> displayHistory(qint64 id);

private:
    Database &m_db;
};

/// The period lock (PRODUCT.md §5): usage of an account whose customer has a statement for
/// the vendor and period cannot be imported or moved. For the (account, period) pairs
/// given, one message per locked pair (at most `max`), naming the statement and the fix.
Result<QStringList> usageLocks(Database &db, Vendor vendor, const QList<std::pair<QString, QString>> &accountPeriods,
                               int max = 10);
/// Whether `account` may be mapped to `customerId` (mapping) or unmapped from it: refused
/// when that customer has a statement that the account's usage would change (a draft, for
/// unmapping: its usage stays billed once approved).
Status checkAccountMove(Database &db, Vendor vendor, const QString &account, qint64 customerId, bool mapping);

} // namespace bursar::core
