#include "core/json/records_json.h"

#include "core/billing/billing_run.h"
#include "core/money/currency.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bursar::core::json {

namespace {

QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject contact(const Contact &c)
{
    return {{QStringLiteral("contact_name"), c.contactName},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("address_line1"), c.addressLine1},
            {QStringLiteral("address_line2"), c.addressLine2},
            {QStringLiteral("city"), c.city},
            {QStringLiteral("postal_code"), c.postalCode},
            {QStringLiteral("country"), c.country}};
}

Contact contactFrom(const QJsonObject &o)
{
    Contact c;
    c.contactName = text(o, "contact_name");
    c.email = text(o, "email");
    c.phone = text(o, "phone");
    c.addressLine1 = text(o, "address_line1");
    c.addressLine2 = text(o, "address_line2");
    c.city = text(o, "city");
    c.postalCode = text(o, "postal_code");
    c.country = text(o, "country");
    return c;
}

QJsonObject party(const StatementParty &p)
{
    QJsonObject o = contact(p.contact);
    o[QStringLiteral("name")] = p.name;
    o[QStringLiteral("region")] = p.region;
    o[QStringLiteral("state")] = p.state;
    o[QStringLiteral("billing_profile")] = p.billingProfile;
    return o;
}

StatementParty partyFrom(const QJsonObject &o)
{
    StatementParty p;
    p.name = text(o, "name");
    p.region = text(o, "region");
    p.state = text(o, "state");
    p.billingProfile = text(o, "billing_profile");
    p.contact = contactFrom(o);
    return p;
}

QString partyText(const StatementParty &p)
{
    return QString::fromUtf8(QJsonDocument(party(p)).toJson(QJsonDocument::Compact));
}

StatementParty partyFromText(const QString &text)
{
    return partyFrom(QJsonDocument::fromJson(text.toUtf8()).object());
}

QJsonObject customer(const Customer &c, const QString &tenantName)
{
    QJsonObject o = contact(c.contact);
    o[QStringLiteral("id")] = c.id;
    o[QStringLiteral("display_id")] = displayCustomerId(c.id);
    o[QStringLiteral("name")] = c.name;
    o[QStringLiteral("tenant_id")] = c.tenantId;
    o[QStringLiteral("tenant")] = tenantName;
    o[QStringLiteral("region")] = c.region;
    o[QStringLiteral("state")] = c.state;
    o[QStringLiteral("payment_terms_days")] = c.paymentTermsDays;
    return o;
}

QString creditState(const Credit &c, QDate today)
{
    if (c.voided())
        return QStringLiteral("voided");
    if (c.remaining().isZero())
        return QStringLiteral("used");
    if (c.expired(today))
        return QStringLiteral("expired");
    return QStringLiteral("available");
}

QJsonObject credit(const Credit &c, QDate today)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("customer_id"), c.customerId},
            {QStringLiteral("customer"), c.customerName},
            {QStringLiteral("vendor"), vendorKey(c.vendor)},
            {QStringLiteral("kind"), creditKindKey(c.kind)},
            {QStringLiteral("currency"), c.currency},
            {QStringLiteral("amount"), c.amount.toString()},
            {QStringLiteral("applied"), c.applied.toString()},
            {QStringLiteral("remaining"), c.remaining().toString()},
            {QStringLiteral("expires"), dateOrNull(c.expiresOn)},
            {QStringLiteral("state"), creditState(c, today)},
            {QStringLiteral("comment"), c.comment},
            {QStringLiteral("corrects"), c.correctsId ? QJsonValue(c.correctsId) : QJsonValue()},
            {QStringLiteral("created_at"), c.createdAt},
            {QStringLiteral("created_by"), c.createdBy},
            {QStringLiteral("void_reason"), c.voided() ? QJsonValue(c.voidReason) : QJsonValue()}};
}

namespace {

QJsonArray linesOf(const Statement &s)
{
    QJsonArray lines;
    for (const StatementLine &l : s.lines)
        lines.append(QJsonObject{{QStringLiteral("line_no"), l.lineNo},
                                 {QStringLiteral("kind"), chargeLineKindKey(l.kind)},
                                 {QStringLiteral("product_type"), l.productType},
                                 {QStringLiteral("product"), l.product},
                                 {QStringLiteral("usage_lines"), l.usageLines},
                                 {QStringLiteral("cost_currency"), l.currency},
                                 {QStringLiteral("cost"), l.cost.toString()},
                                 {QStringLiteral("price"), l.price.toString()},
                                 {QStringLiteral("rule"), l.rule}});
    return lines;
}

QJsonArray creditsOf(const Statement &s)
{
    QJsonArray credits;
    for (const StatementCredit &a : s.allocations)
        credits.append(QJsonObject{{QStringLiteral("credit_id"), a.creditId},
                                   {QStringLiteral("kind"), creditKindKey(a.kind)},
                                   {QStringLiteral("account_id"), a.accountId},
                                   {QStringLiteral("amount"), a.amount.toString()},
                                   {QStringLiteral("comment"), a.comment}});
    return credits;
}

QJsonArray taxesOf(const Statement &s)
{
    QJsonArray taxes;
    for (const StatementTax &t : s.taxes)
        taxes.append(QJsonObject{{QStringLiteral("name"), t.name},
                                 {QStringLiteral("region"), t.region},
                                 {QStringLiteral("state"), t.state},
                                 {QStringLiteral("rate"), t.rate.toString()},
                                 {QStringLiteral("rate_from"), t.rateFrom.toString(Qt::ISODate)},
                                 {QStringLiteral("base"), t.base.toString()},
                                 {QStringLiteral("amount"), t.amount.toString()}});
    return taxes;
}

} // namespace

QJsonObject statement(const Statement &s, QDate today, bool whole)
{
    const Currency c = Currencies::lookup(s.currency);
    QJsonObject o{{QStringLiteral("id"), s.id}, // what every record of the Billing API carries
                  {QStringLiteral("statement_id"), s.id},
                  {QStringLiteral("number"), s.number.isEmpty() ? QJsonValue() : QJsonValue(s.number)},
                  {QStringLiteral("status"), statementStatusKey(s.status(today))},
                  {QStringLiteral("visible_to_customer"), visibleToCustomer(s.status(today))},
                  {QStringLiteral("customer_id"), s.customerId},
                  {QStringLiteral("customer"), s.customerName},
                  {QStringLiteral("vendor"), vendorKey(s.vendor)},
                  {QStringLiteral("period"), s.period},
                  {QStringLiteral("currency"), s.currency},
                  {QStringLiteral("charges"), s.charges.toString()},
                  {QStringLiteral("credits"), s.credits.toString()},
                  {QStringLiteral("marketplace_fees"), s.marketplace.toString()},
                  {QStringLiteral("marketplace_credits"), s.marketplaceCredits.toString()},
                  {QStringLiteral("tax"), s.tax.toString()},
                  {QStringLiteral("total"), s.total.toString()},
                  {QStringLiteral("amount_due"), formatPlain(s.total, c)},
                  {QStringLiteral("balance"), s.balance.toString()},
                  {QStringLiteral("issue_date"), dateOrNull(s.issueDate)},
                  {QStringLiteral("due_date"), dateOrNull(s.dueDate)},
                  {QStringLiteral("run_id"), s.runId}};
    if (!whole)
        return o;
    o[QStringLiteral("charges_exact")] = s.chargesExact.toString();
    o[QStringLiteral("marketplace_exact")] = s.marketplaceExact.toString();
    o[QStringLiteral("rounding")] = s.rounding().toString();
    o[QStringLiteral("pricebook")] = s.pricebook;
    o[QStringLiteral("options")] = QJsonObject{{QStringLiteral("apply_credits"), s.options.applyCredits},
                                               {QStringLiteral("tax"), s.options.includeTax},
                                               {QStringLiteral("marketplace_fees"), s.options.marketplaceFees},
                                               {QStringLiteral("marketplace_credits"), s.options.marketplaceCredits}};
    if (s.exchangeRate)
        o[QStringLiteral("exchange")] = QJsonObject{{QStringLiteral("from"), s.exchangeBase},
                                                    {QStringLiteral("rate"), s.exchangeRate->toString()},
                                                    {QStringLiteral("date"), s.exchangeDate.toString(Qt::ISODate)}};
    o[QStringLiteral("lines")] = linesOf(s);
    o[QStringLiteral("credit_applications")] = creditsOf(s);
    o[QStringLiteral("taxes")] = taxesOf(s);
    o[QStringLiteral("seller")] = party(s.seller);
    o[QStringLiteral("bill_to")] = party(s.customer);
    o[QStringLiteral("explain")] = QJsonArray::fromStringList(explainStatement(s));
    return o;
}

} // namespace bursar::core::json
