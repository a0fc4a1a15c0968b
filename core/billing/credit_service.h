#pragma once

#include "core/billing/credit.h"
#include "core/domain/page.h"
#include "core/domain/vendor.h"
#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/result.h"
#include "core/usage/usage_records.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace bursar::core {

class Database;

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

    /// Adds a credit; `vendorCredit` names the vendor credit it passes on (vendorCreditKey),
    /// refused when a standing credit passed that one on already.
    Result<qint64> add(const NewCredit &credit, const QString &vendorCredit = {});
    /// The customer credit that passes a vendor credit on, as Issue as Customer Credit fills
    /// it in: the amount positive and rounded half up to the currency's units, a comment
    /// naming product, account and period. Refused, naming the account, when the account has
    /// no customer, the entry is not a credit, or it was issued already.
    static Result<NewCredit> fromVendorCredit(const VendorCredit &credit);
    /// Issues each vendor credit as a customer credit, all in one transaction: every one or
    /// none. Returns the new credits' IDs in the order given; 0 for one that rounds to
    /// nothing in its currency's units (passed over, as there is nothing to pass on).
    Result<QList<qint64>> issueVendorCredits(const QList<VendorCredit> &credits);
    Status voidCredit(qint64 creditId, const QString &reason);

    Result<Credit> credit(qint64 id);
    /// Credits, oldest first; of one customer and/or one vendor when given. Voided credits
    /// are included (the list shows them struck through).
    Result<QList<Credit>> list(std::optional<qint64> customerId = std::nullopt,
                               std::optional<Vendor> vendor = std::nullopt, Page page = {});
    /// The same list from the credit after `afterId` on (the Billing API's keyset pages).
    Result<QList<Credit>> listAfter(qint64 afterId, std::optional<qint64> customerId, std::optional<Vendor> vendor,
                                    int limit);
    Result<qint64> count(std::optional<qint64> customerId = std::nullopt, std::optional<Vendor> vendor = std::nullopt);
    /// The applications of a credit that stand, oldest first (one reversed when its draft
    /// was deleted is history only).
    Result<QList<CreditApplication>> applications(qint64 creditId, Page page = {});
    Result<qint64> applicationCount(qint64 creditId);
    /// The customer's balances per vendor, currency and kind (voided credits left out).
    Result<QList<CreditBalance>> balances(qint64 customerId, QDate today = QDate::currentDate());

    /// The order credits are used in: earliest expiry first (credits that never expire last),
    /// then the oldest.
    static bool usedBefore(const Credit &a, const Credit &b);
    /// The rule as the Credits screen states it.
    static QString orderOfUse();

private:
    /// Checks and writes one credit with its audit record; call inside a transaction.
    Result<qint64> insert(const NewCredit &input, const QString &vendorCredit);
    Database &m_db;
};

/// Reads credits with their applied amounts; `where` is a condition on the credits table
/// (alias c) with `binds`. For the services that allocate credits.
Result<QList<Credit>> readCredits(Database &db, const QString &where, const QVariantList &binds, Page page = {});

} // namespace bursar::core
