#pragma once
// Shared by the customer services' files, not part of the public API: how a customer's
// contact and optional IDs are read, written and checked.

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

} // namespace bursar::core::customer_rows
