#pragma once

#include "core/domain/vendor.h"
#include "core/money/decimal.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace bursar::core {

/// A manual credit pays the vendor's charges; the vendor's marketplace credit (the AWS
/// Marketplace credit of the seeds) pays marketplace fees only, and only when a run asks.
enum class CreditKind { Manual, Marketplace };
QString creditKindKey(CreditKind k);
QString creditKindName(CreditKind k);
std::optional<CreditKind> creditKindFromKey(QStringView key);

/// A credit on a customer's profile (Customers > profile > Cloud Billing > Credits).
/// Amounts carry the credit's sign: issued, applied and remaining are all negative or zero,
/// and issued = applied + remaining always.
struct Credit
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    Vendor vendor = Vendor::Aws;
    CreditKind kind = CreditKind::Manual;
    QString currency;
    Decimal amount;  ///< as issued, negative
    Decimal applied; ///< the part used on statements, negative or zero
    Decimal remaining() const { return amount - applied; }
    QString comment;
    QDate expiresOn; ///< the last day it can pay for; invalid: never expires
    qint64 correctsId = 0;
    QString createdAt;
    QString createdBy;
    QString voidedAt; ///< set when a never-applied credit was voided: kept, never counted
    QString voidedBy;
    QString voidReason;

    bool voided() const { return !voidedAt.isEmpty(); }
    /// Expired on `today` with something left: the remainder is reported, never dropped.
    bool expired(QDate today) const { return expiresOn.isValid() && today > expiresOn; }
    /// Whether the credit may pay for the billing period that starts on `periodStart`.
    bool usableFor(QDate periodStart) const { return !voided() && (!expiresOn.isValid() || expiresOn >= periodStart); }
};

/// One application of a credit to a statement, per vendor account.
struct CreditApplication
{
    qint64 creditId = 0;
    qint64 statementId = 0;
    QString statementNumber; ///< empty while the statement is a draft
    QString statementStatus;
    QString period;
    QString accountId; ///< empty for charges of no account (support, custom charges, rounding)
    Decimal amount;    ///< negative
    QString at;
};

/// A customer's credits for one vendor, currency and kind, added up.
struct CreditBalance
{
    Vendor vendor = Vendor::Aws;
    QString currency;
    CreditKind kind = CreditKind::Manual;
    Decimal issued;
    Decimal applied;
    Decimal remaining;
    Decimal expired; ///< the part of remaining whose credits have expired
    int credits = 0;
};

/// What the clerk typed into Add Credit.
struct NewCredit
{
    qint64 customerId = 0;
    Vendor vendor = Vendor::Aws;
    CreditKind kind = CreditKind::Manual;
    QString currency;
    QString amount;  ///< positive, as typed: "250.00"
    QString comment; ///< account or subscription, reason
    QDate expiresOn;
    qint64 correctsId = 0; ///< the credit this entry corrects, if any
};

} // namespace bursar::core
