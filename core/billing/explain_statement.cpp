// Every number on a statement with where it came from: the statement view's Explain pane
// and `bursar invoices show`.
#include "core/billing/billing_run.h"
#include "core/money/currency.h"

namespace bursar::core {

namespace {

QString percentSign(Decimal p)
{
    return p.toString() + u'%';
}

} // namespace

QStringList explainStatement(const Statement &s)
{
    QStringList out;
    const Currency c = Currencies::lookup(s.currency);
    out << BillingRun::tr("Statement %1 for the customer with ID %2, %3 %4, in %5; pricebook %6.")
               .arg(s.reference(), displayCustomerId(s.customerId), vendorName(s.vendor), s.period, s.currency,
                    s.pricebook.isEmpty() ? BillingRun::tr("none") : s.pricebook);
    out << BillingRun::tr("Switches: Apply Credits %1, Include Tax %2, Include Marketplace Fees %3, Use Credits for "
                          "Marketplace Fees %4.")
               .arg(s.options.applyCredits ? BillingRun::tr("on") : BillingRun::tr("off"),
                    s.options.includeTax ? BillingRun::tr("on") : BillingRun::tr("off"),
                    s.options.marketplaceFees ? BillingRun::tr("on") : BillingRun::tr("off"),
                    s.options.marketplaceCredits ? BillingRun::tr("on") : BillingRun::tr("off"));
    for (const StatementLine &l : s.lines)
        out << BillingRun::tr("Line %1, %2 / %3: vendor cost %4 %5 → price %6 %7 (%8).")
                   .arg(l.lineNo)
                   .arg(l.productType, l.product, l.cost.toString(), l.currency, l.price.toString(), s.currency,
                        l.rule);
    if (s.exchangeRate)
        out << BillingRun::tr("Exchange rate: 1 %1 = %2 %3, dated %4.")
                   .arg(s.exchangeBase, s.exchangeRate->toString(), s.currency, s.exchangeDate.toString(Qt::ISODate));
    out << BillingRun::tr("Charges %1 at full precision, %2 in %3 units (half-up).")
               .arg(s.chargesExact.toString(), formatPlain(s.charges, c), s.currency);
    for (const StatementCredit &a : s.allocations)
        out << BillingRun::tr("%1 %2%3: %4 %5 for account %6 (%7).")
                   .arg(creditKindName(a.kind))
                   .arg(a.creditId)
                   .arg(a.expiresOn.isValid() ? BillingRun::tr(", expires %1").arg(a.expiresOn.toString(Qt::ISODate))
                                              : BillingRun::tr(", no expiry"),
                        a.amount.toString(), s.currency, a.accountId.isEmpty() ? BillingRun::tr("(none)") : a.accountId,
                        a.comment.isEmpty() ? BillingRun::tr("no comment") : a.comment);
    if (s.options.applyCredits)
        out << BillingRun::tr("Credits applied: %1 (earliest expiry first, then oldest; never below 0.00).")
                   .arg(formatPlain(s.credits, c));
    if (s.options.marketplaceFees)
        out << BillingRun::tr("Marketplace fees %1 at cost (0 margin), marketplace credit %2.")
                   .arg(formatPlain(s.marketplace, c), formatPlain(s.marketplaceCredits, c));
    else
        out << BillingRun::tr("Marketplace fees not billed on this statement.");
    for (const StatementTax &t : s.taxes)
        out << BillingRun::tr("%1: %2 of %3 (%4%5, rate from %6) = %7.")
                   .arg(t.name, percentSign(t.rate), formatPlain(t.base, c), t.region,
                        t.state.isEmpty() ? QString() : u'/' + t.state, t.rateFrom.toString(Qt::ISODate),
                        formatPlain(t.amount, c));
    if (s.options.includeTax && s.taxes.isEmpty())
        out << BillingRun::tr("No tax rate applies to region “%1”, state “%2”.").arg(s.region, s.state);
    if (!s.rounding().isZero())
        out << BillingRun::tr("Rounding to %1 units: %2.").arg(s.currency, s.rounding().toString());
    out << BillingRun::tr("Total %1 = charges %2 + credits %3 + marketplace %4 + marketplace credit %5 + tax %6.")
               .arg(formatPlain(s.total, c), formatPlain(s.charges, c), formatPlain(s.credits, c),
                    formatPlain(s.marketplace, c), formatPlain(s.marketplaceCredits, c), formatPlain(s.tax, c));
    return out;
}

} // namespace bursar::core
