#pragma once

#include <QCoreApplication>
#include "core/domain/records.h"
#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bursar::core {

class Database;

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
    QString accountId;       ///< empty for charges of no account (support, custom charges, rounding)
    Decimal amount;          ///< negative
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
    QString amount;    ///< positive, as typed: "250.00"
    QString comment;   ///< account or subscription, reason
    QDate expiresOn;
    qint64 correctsId = 0; ///< the credit this entry corrects, if any
};

/// Customer credits: added as a positive amount and stored negative; never edited once
/// applied (a correction is a new credit naming the one it corrects); a credit nothing was
/// applied from may be voided, which keeps it and stops it counting. ManageCredits is
/// required to write.
class CreditService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::CreditService)

public:
    explicit CreditService(Database &db) : m_db(db) {}

    /// Checks what a clerk typed as a credit amount in `currency`: a positive number without
    /// a sign, no more decimals than the currency has. Returns it positive.
    static Result<Decimal> parseAmount(const QString &text, const Currency &currency);

    Result<qint64> add(const NewCredit &credit);
    Status voidCredit(qint64 creditId, const QString &reason);

    Result<Credit> credit(qint64 id);
    /// Credits, oldest first; of one customer and/or one vendor when given. Voided credits
    /// are included (the list shows them struck through).
    Result<QList<Credit>> list(std::optional<qint64> customerId = std::nullopt, std::optional<Vendor> vendor = std::nullopt);
    Result<QList<CreditApplication>> applications(qint64 creditId);
    /// The customer's balances per vendor, currency and kind (voided credits left out).
    Result<QList<CreditBalance>> balances(qint64 customerId, QDate today = QDate::currentDate());

    /// The order credits are used in: earliest expiry first (credits that never expire last),
    /// then the oldest.
    static bool usedBefore(const Credit &a, const Credit &b);
    /// The rule as the Credits screen states it.
    static QString orderOfUse();

private:
    Database &m_db;
};

/// Reads credits with their applied amounts; `where` is a condition on the credits table
/// (alias c) with `binds`. For the services that allocate credits.
Result<QList<Credit>> readCredits(Database &db, const QString &where, const QVariantList &binds);

} // namespace bursar::core
