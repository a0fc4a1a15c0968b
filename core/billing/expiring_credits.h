#pragma once

#include "core/billing/credit.h"

#include <QDate>
#include <QList>

namespace bursar::core {

/// Reports > Credits, expiring credits: per customer, vendor and currency, the remainders of
/// credits that expire within 30, 60 and 90 days of a day. The windows are cumulative (a
/// remainder within 30 days is within 60 and 90 too); a credit that expires on the day
/// itself counts (it can still pay that day). Expired, voided, used-up and never-expiring
/// credits are not in it. Amounts keep the credits' sign (negative: owed to the customer).
struct ExpiringCredits
{
    qint64 customerId = 0;
    QString customerName;
    Vendor vendor = Vendor::Aws;
    QString currency;
    Decimal within30;
    Decimal within60;
    Decimal within90;
    QDate firstExpiry; ///< the earliest expiry date among them
};

/// Rows in customer, vendor and currency order; only rows with something within 90 days.
QList<ExpiringCredits> expiringCredits(const QList<Credit> &credits, QDate today);

} // namespace bursar::core
