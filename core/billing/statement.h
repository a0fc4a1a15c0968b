#pragma once

#include "core/billing/credit.h"
#include "core/calculators/tax_calculator.h"
#include "core/customers/customer.h"
#include "core/domain/charge_line.h"
#include "core/money/decimal.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace bursar::core {

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
    bool outstandingOnly = false;                 ///< approved and still owing (Open or Past Due)
    bool approvedOnly = false;                    ///< no drafts (what the Billing API lists)
    std::optional<qint64> afterId = std::nullopt; ///< only statements with a larger ID (keyset pages)
    QDate today = QDate::currentDate();           ///< decides Past Due
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
    bool cancelled = false;                     ///< stopped between two batches; the rest stay drafts
};

} // namespace bursar::core
