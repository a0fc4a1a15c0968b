// What earlier billing runs did: the switches of the last run of a vendor, and how a
// period's statements were made (Generate Invoices warns before billing it another way).
#include "core/billing/billing_run.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

namespace bursar::core {

Result<std::optional<BillingOptions>> BillingRun::lastOptions(Vendor vendor)
{
    Sql q(m_db,
          QStringLiteral("SELECT apply_credits, include_tax, marketplace_fees, marketplace_credits FROM billing_runs "
                         "WHERE vendor = ? ORDER BY id DESC LIMIT 1"));
    q.bind(vendorKey(vendor));
    if (Status s = q.exec(tr("reading the last billing run")); !s)
        return s.error();
    if (!q.next())
        return std::optional<BillingOptions>();
    BillingOptions o;
    o.applyCredits = q.value(0).toInt() != 0;
    o.includeTax = q.value(1).toInt() != 0;
    o.marketplaceFees = q.value(2).toInt() != 0;
    o.marketplaceCredits = q.value(3).toInt() != 0;
    return std::optional<BillingOptions>(o);
}

Result<BillingRun::PeriodTax> BillingRun::taxInPeriod(Vendor vendor, const QString &period)
{
    Sql q(m_db,
          QStringLiteral(
              "SELECT include_tax, COUNT(*) FROM statements WHERE vendor = ? AND period = ? GROUP BY include_tax"));
    q.bind(vendorKey(vendor)).bind(period);
    if (Status s = q.exec(tr("reading the period's statements")); !s)
        return s.error();
    PeriodTax t;
    while (q.next())
        (q.value(0).toInt() != 0 ? t.withTax : t.withoutTax) += q.value(1).toInt();
    return t;
}

QString BillingRun::taxWarning(Vendor vendor, const QString &period, const PeriodTax &existing,
                               const BillingOptions &options)
{
    if (!options.includeTax && existing.withTax > 0)
        return tr("%n statement(s) of %1 %2 were made with tax; this run makes its statements without tax. Switch on "
                  "Include Tax to bill the period the same way.",
                  nullptr, existing.withTax)
            .arg(vendorName(vendor), period);
    if (options.includeTax && existing.withoutTax > 0 && existing.withTax == 0)
        return tr("%n statement(s) of %1 %2 were made without tax; this run adds tax to its statements.", nullptr,
                  existing.withoutTax)
            .arg(vendorName(vendor), period);
    return {};
}

} // namespace bursar::core
