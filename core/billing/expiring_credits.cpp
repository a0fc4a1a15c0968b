#include "core/billing/expiring_credits.h"

#include <map>
#include <tuple>

namespace bursar::core {

QList<ExpiringCredits> expiringCredits(const QList<Credit> &credits, QDate today)
{
    std::map<std::tuple<qint64, Vendor, QString>, ExpiringCredits> rows;
    for (const Credit &c : credits) {
        if (c.voided() || !c.expiresOn.isValid() || c.expired(today) || c.remaining().isZero())
            continue;
        const qint64 days = today.daysTo(c.expiresOn);
        if (days > 90)
            continue;
        ExpiringCredits &r = rows[{c.customerId, c.vendor, c.currency}];
        r.customerId = c.customerId;
        r.customerName = c.customerName;
        r.vendor = c.vendor;
        r.currency = c.currency;
        const Decimal left = c.remaining();
        if (days <= 30)
            r.within30 += left;
        if (days <= 60)
            r.within60 += left;
        r.within90 += left;
        if (!r.firstExpiry.isValid() || c.expiresOn < r.firstExpiry)
            r.firstExpiry = c.expiresOn;
    }
    QList<ExpiringCredits> out;
    out.reserve(qsizetype(rows.size()));
    for (auto &[key, row] : rows)
        out.append(row);
    return out;
}

} // namespace bursar::core
