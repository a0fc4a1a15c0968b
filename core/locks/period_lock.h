#pragma once

#include "core/domain/vendor.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace bursar::core {

class Database;

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
