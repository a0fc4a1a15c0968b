#pragma once
// Inside core only: what the services credits services share (checks of typed values, the
// purchase columns and their reader).

#include "core/domain/page.h"
#include "core/money/currency.h"
#include "core/result.h"
#include "core/servicescredits/services_credit.h"
#include "core/storage/internal/internal_only.h"

#include <QDate>
#include <QHash>
#include <QVariantList>

namespace bursar::core {

class Database;

namespace services_credits {

/// A number of credits typed by a clerk: a positive whole number. `label` names the record,
/// `field` the input.
Result<qint64> parseCredits(const QString &text, const QString &label, const QString &field);
/// A value or amount paid per credit typed by a clerk: a positive number with no more decimals
/// than the currency has. `what` is the field's name as the form shows it.
Result<Decimal> parsePerCredit(const QString &text, const Currency &currency, const QString &label,
                               const QString &field, const QString &what);
/// A record's name as typed: trimmed, not empty (else the refusal `missing`), at most 200
/// characters.
Result<QString> checkName(const QString &text, const QString &label, const QString &missing);

/// Refused when there is no customer `customerId`.
Status requireCustomer(Database &db, qint64 customerId);

/// Purchases matching `where` (a condition on services_credit_purchases p, with `binds`),
/// newest first, with their credits from the ledger as of today.
Result<QList<ServicesPurchase>> readPurchases(Database &db, const QString &where, const QVariantList &binds,
                                              Page page = {}, bool oldestFirst = false);
/// One purchase, or an error naming it when there is none.
Result<ServicesPurchase> readPurchase(Database &db, qint64 id);

/// Milestones matching `where` (a condition on services_credit_milestones m, with `binds`), with
/// what they hold from the ledger.
Result<QList<Milestone>> readMilestones(Database &db, const QString &where, const QVariantList &binds, Page page = {});

/// servicesCreditUnits for the purchases matching `where` (a condition on
/// services_credit_purchases s, with `binds`), each table read in one pass.
Result<QHash<qint64, CreditUnits>> unitsWhere(Database &db, const QString &where, const QVariantList &binds,
                                              QDate asOf = {});

/// The day an expiry run expires a purchase's credits: the day after its expiry date plus
/// the grace period.
QDate expiresOn(QDate expiryDate, int graceDays);

} // namespace services_credits
} // namespace bursar::core
