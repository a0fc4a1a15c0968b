#pragma once
// The customers' table family as core stores it, not part of the public API: the columns a
// customer and a billing profile are read by (every reader of those tables uses them), and
// how a contact and optional IDs are read, written and checked.

#include "core/customers/billing_parties.h"
#include "core/customers/customer.h"
#include "core/domain/contact.h"
#include "core/result.h"

#include <QString>
#include <QVariant>
#include <optional>

namespace bursar::core {
class Sql;
}

namespace bursar::core::customer_rows {

QString recordLabel(qint64 customerId);
QVariant optionalId(const std::optional<qint64> &id);
std::optional<qint64> toOptionalId(const QVariant &v);
/// Refused, naming the record and field, when `value` is longer than `max`.
Status checkLength(const QString &label, const QString &fieldName, const QString &value, int max, const QString &field);
Status validateContact(const QString &label, const Contact &c);
Contact trimmed(Contact c);
void bindContact(Sql &q, const Contact &c);
Contact readContact(const Sql &q, int first);

/// The customers table's columns readCustomer() reads, in its order.
extern const QString CustomerColumns;
Customer readCustomer(const Sql &q);
/// The billing_profiles table's columns readBillingProfile() reads, in its order.
extern const QString BillingProfileColumns;
BillingProfile readBillingProfile(const Sql &q);

} // namespace bursar::core::customer_rows
