#include "core/json/services_credits_json.h"

#include <QJsonArray>

namespace bursar::core::json {

namespace {

QString date(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject servicesPurchase(const ServicesPurchase &p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("customer_id"), p.customerId},
                       {QStringLiteral("customer_name"), p.customerName},
                       {QStringLiteral("start"), date(p.startDate)},
                       {QStringLiteral("expires"), date(p.expiryDate)},
                       {QStringLiteral("currency"), p.currency},
                       {QStringLiteral("description"), p.description},
                       {QStringLiteral("draft"), p.draft},
                       {QStringLiteral("value_per_credit"), p.valuePerCredit.toString()},
                       {QStringLiteral("amount_paid_per_credit"), p.paidPerCredit.toString()},
                       {QStringLiteral("purchased"), p.units.purchased.toString()},
                       {QStringLiteral("allocated"), p.units.allocated.toString()},
                       {QStringLiteral("redeemed"), p.units.redeemed.toString()},
                       {QStringLiteral("expired"), p.units.expired.toString()},
                       {QStringLiteral("available"), p.units.available().toString()},
                       {QStringLiteral("value"), p.value().toString()},
                       {QStringLiteral("amount_paid"), p.paid().toString()},
                       {QStringLiteral("product_id"), p.productId ? QJsonValue(p.productId) : QJsonValue()},
                       {QStringLiteral("version"), p.version}};
}

QJsonObject purchaseMovement(const PurchaseMovement &m)
{
    return QJsonObject{{QStringLiteral("entry_id"), m.entryId ? QJsonValue(m.entryId) : QJsonValue()},
                       {QStringLiteral("on"), date(m.on)},
                       {QStringLiteral("kind"), m.kind},
                       {QStringLiteral("milestone_id"), m.milestoneId ? QJsonValue(m.milestoneId) : QJsonValue()},
                       {QStringLiteral("credits"), m.credits.toString()},
                       {QStringLiteral("available"), m.available.toString()},
                       {QStringLiteral("reason"), m.reason},
                       {QStringLiteral("recorded_by"), m.recordedBy}};
}

QJsonObject opportunity(const Opportunity &o)
{
    return QJsonObject{{QStringLiteral("id"), o.id},
                       {QStringLiteral("customer_id"), o.customerId},
                       {QStringLiteral("customer_name"), o.customerName},
                       {QStringLiteral("name"), o.name},
                       {QStringLiteral("close_date"), dateOrNull(o.closeDate)},
                       {QStringLiteral("products"), o.products},
                       {QStringLiteral("eligible_products"), o.eligible}};
}

QJsonObject opportunityProduct(const OpportunityProduct &p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("opportunity_id"), p.opportunityId},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("quantity"), p.quantity.toString()},
                       {QStringLiteral("unit_price"), p.unitPrice.toString()},
                       {QStringLiteral("total"), p.total().toString()},
                       {QStringLiteral("credits"), p.credits ? QJsonValue(p.credits) : QJsonValue()},
                       {QStringLiteral("purchase_id"), p.purchaseId ? QJsonValue(p.purchaseId) : QJsonValue()}};
}

QJsonObject project(const Project &p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("customer_id"), p.customerId},
                       {QStringLiteral("customer_name"), p.customerName},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("milestones"), p.milestones}};
}

QJsonObject milestone(const Milestone &m)
{
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("project_id"), m.projectId},
                       {QStringLiteral("project_name"), m.projectName},
                       {QStringLiteral("customer_id"), m.customerId},
                       {QStringLiteral("name"), m.name},
                       {QStringLiteral("due"), dateOrNull(m.dueDate)},
                       {QStringLiteral("credits_required"), m.creditsRequired},
                       {QStringLiteral("currency"), m.currency.isEmpty() ? QJsonValue() : QJsonValue(m.currency)},
                       {QStringLiteral("status"),
                        m.status == MilestoneStatus::Completed ? QStringLiteral("completed") : QStringLiteral("open")},
                       {QStringLiteral("completed_on"), dateOrNull(m.completedOn)},
                       {QStringLiteral("allocated"), m.allocated.toString()},
                       {QStringLiteral("redeemed"), m.redeemed.toString()}};
}

QJsonObject creditsAndValue(const CreditsAndValue &c)
{
    return QJsonObject{{QStringLiteral("credits"), c.credits.toString()},
                       {QStringLiteral("value"), c.value.toString()},
                       {QStringLiteral("paid"), c.paid.toString()}};
}

QJsonObject customerCreditsBalance(const CustomerCreditsBalance &b)
{
    return QJsonObject{{QStringLiteral("customer_id"), b.customerId},
                       {QStringLiteral("customer_name"), b.customerName},
                       {QStringLiteral("currency"), b.currency},
                       {QStringLiteral("purchases"), b.purchases},
                       {QStringLiteral("purchased"), b.units.purchased.toString()},
                       {QStringLiteral("allocated"), b.units.allocated.toString()},
                       {QStringLiteral("redeemed"), b.units.redeemed.toString()},
                       {QStringLiteral("expired"), b.units.expired.toString()},
                       {QStringLiteral("available"), b.units.available().toString()},
                       {QStringLiteral("available_value"), b.available.value.toString()},
                       {QStringLiteral("available_paid"), b.available.paid.toString()},
                       {QStringLiteral("outstanding"), creditsAndValue(b.outstanding)}};
}

QJsonObject expiringCredits(const ExpiringCredits &e)
{
    return QJsonObject{{QStringLiteral("purchase_id"), e.purchaseId},
                       {QStringLiteral("customer_id"), e.customerId},
                       {QStringLiteral("customer_name"), e.customerName},
                       {QStringLiteral("currency"), e.currency},
                       {QStringLiteral("expires"), date(e.expiryDate)},
                       {QStringLiteral("days_left"), e.daysLeft},
                       {QStringLiteral("credits"), e.credits.credits.toString()},
                       {QStringLiteral("value"), e.credits.value.toString()},
                       {QStringLiteral("paid"), e.credits.paid.toString()}};
}

QJsonObject rollForward(const RollForward &r)
{
    const auto line = [](const RollForwardLine &l) {
        QJsonObject o{{QStringLiteral("currency"), l.currency},
                      {QStringLiteral("opening"), creditsAndValue(l.opening)},
                      {QStringLiteral("purchased"), creditsAndValue(l.purchased)},
                      {QStringLiteral("redeemed"), creditsAndValue(l.redeemed)},
                      {QStringLiteral("expired"), creditsAndValue(l.expired)},
                      {QStringLiteral("closing"), creditsAndValue(l.closing)},
                      {QStringLiteral("proof_holds"), l.proofHolds()}};
        if (l.customerId) {
            o.insert(QStringLiteral("customer_id"), l.customerId);
            o.insert(QStringLiteral("customer_name"), l.customerName);
        }
        return o;
    };
    QJsonArray lines, totals;
    for (const RollForwardLine &l : r.lines)
        lines.append(line(l));
    for (const RollForwardLine &l : r.totals)
        totals.append(line(l));
    return QJsonObject{{QStringLiteral("from"), date(r.from)},
                       {QStringLiteral("to"), date(r.to)},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("totals"), totals}};
}

} // namespace bursar::core::json
