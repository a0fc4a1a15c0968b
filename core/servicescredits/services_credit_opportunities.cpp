// Services Credits > Opportunities: opportunities, their products, and Create Services
// Credits Customer Purchase (seed 003).
#include "core/customers/customer.h"
#include "core/servicescredits/services_credit_rows.h"
#include "core/servicescredits/services_credit_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <QRegularExpression>

namespace bursar::core {

QDate OpportunityService::oneYearAfter(QDate start)
{
    // QDate::addYears moves 29 February to 28 February in a year without it.
    return start.addYears(1);
}

Result<qint64> OpportunityService::add(qint64 customerId, const QString &name, QDate closeDate)
{
    if (Status s = m_db.require(Privilege::ManageServicesCredits, tr("add opportunities")); !s)
        return s.error();
    const QString label = tr("Opportunity for customer %1").arg(displayCustomerId(customerId));
    const auto checked = services_credits::checkName(
        name, label, tr("%1: the name is missing; give the opportunity a name.").arg(label));
    if (!checked)
        return checked.error();
    const QString n = *checked;
    qint64 id = 0;
    Status done = m_db.transaction([&]() -> Status {
        if (Status s = services_credits::requireCustomer(m_db, customerId); !s)
            return fail(tr("%1: %2").arg(label, s.message()), QStringLiteral("customer"));
        Sql q(m_db, QStringLiteral("INSERT INTO services_credit_opportunities (customer_id, name, close_date, "
                                   "created_at, created_by) VALUES (?, ?, ?, ?, ?) RETURNING id"));
        q.bind(customerId).bind(n).bind(dateValue(closeDate)).bind(nowUtc()).bind(m_db.actor());
        if (Status e = q.exec(tr("adding the opportunity")); !e)
            return e;
        if (!q.next())
            return fail(tr("The database did not return the new opportunity's ID."));
        id = q.value(0).toLongLong();
        return m_db.audit(QStringLiteral("services_credits.opportunity_add"),
                          QStringLiteral("services_credit_opportunity"), QString::number(id),
                          QStringLiteral("customer=%1 name=%2").arg(customerId).arg(n));
    });
    if (!done)
        return done.error();
    return id;
}

Result<qint64> OpportunityService::addProduct(qint64 opportunityId, const QString &name, const QString &quantity,
                                              const QString &unitPrice, const QString &credits)
{
    if (Status s = m_db.require(Privilege::ManageServicesCredits, tr("add opportunity products")); !s)
        return s.error();
    const QString label = tr("Product of opportunity %1").arg(opportunityId);
    const QString n = name.trimmed();
    if (n.isEmpty())
        return fail(tr("%1: the name is missing; give the product a name.").arg(label), QStringLiteral("name"));
    auto q = Decimal::parse(quantity.trimmed());
    if (!q || !q->isPositive())
        return fail(tr("%1: the quantity “%2” is not a positive number; type one such as 1 or 2.5.")
                        .arg(label, quantity.trimmed()),
                    QStringLiteral("quantity"));
    auto price = Decimal::parse(unitPrice.trimmed());
    if (!price || price->isNegative())
        return fail(
            tr("%1: the unit price “%2” is not an amount; type one such as 1000.00.").arg(label, unitPrice.trimmed()),
            QStringLiteral("price"));
    if (q->multiplied(*price, Decimal::Scale, Rounding::HalfUp) >= Decimal::fromInt(1000000000000LL))
        return fail(tr("%1: quantity × unit price is not below 1,000,000,000,000; check the numbers.").arg(label),
                    QStringLiteral("price"));
    std::optional<qint64> creditCount;
    if (!credits.trimmed().isEmpty()) {
        auto c = services_credits::parseCredits(credits, label, QStringLiteral("credits"));
        if (!c)
            return c.error();
        creditCount = *c;
    }
    qint64 id = 0;
    Status done = m_db.transaction([&]() -> Status {
        auto o = opportunity(opportunityId);
        if (!o)
            return o.error();
        Sql ins(m_db, QStringLiteral("INSERT INTO services_credit_products (opportunity_id, name, quantity, "
                                     "unit_price, credits, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                     "RETURNING id"));
        ins.bind(opportunityId)
            .bind(n)
            .bind(*q)
            .bind(*price)
            .bind(creditCount ? QVariant(*creditCount) : QVariant(QMetaType::fromType<qint64>()))
            .bind(nowUtc())
            .bind(m_db.actor());
        if (Status e = ins.exec(tr("adding the product")); !e)
            return e;
        if (!ins.next())
            return fail(tr("The database did not return the new product's ID."));
        id = ins.value(0).toLongLong();
        return m_db.audit(
            QStringLiteral("services_credits.product_add"), QStringLiteral("services_credit_product"),
            QString::number(id),
            QStringLiteral("opportunity=%1 name=%2 quantity=%3 price=%4 credits=%5")
                .arg(opportunityId)
                .arg(n, q->toString(), price->toString(), creditCount ? QString::number(*creditCount) : QString()));
    });
    if (!done)
        return done.error();
    return id;
}

Result<QList<Opportunity>> OpportunityService::list(std::optional<qint64> customerId, Page page)
{
    Sql q(m_db, QStringLiteral("SELECT o.id, o.customer_id, c.name, o.name, o.close_date, (SELECT COUNT(*) FROM "
                               "services_credit_products p WHERE p.opportunity_id = o.id), (SELECT COUNT(*) FROM "
                               "services_credit_products p WHERE p.opportunity_id = o.id AND p.credits IS NOT NULL "
                               "AND NOT EXISTS (SELECT 1 FROM services_credit_purchases s WHERE s.product_id = p.id)) "
                               "FROM services_credit_opportunities o JOIN customers c ON c.id = o.customer_id") +
                    (customerId ? QStringLiteral(" WHERE o.customer_id = ?") : QString()) +
                    QStringLiteral(" ORDER BY o.id DESC") + limitClause(page));
    if (customerId)
        q.bind(*customerId);
    if (Status s = q.exec(tr("reading opportunities")); !s)
        return s.error();
    QList<Opportunity> out;
    while (q.next())
        out << Opportunity{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toString(),   storedDate(q.value(4)),  q.value(5).toInt(),
                           q.value(6).toInt()};
    return out;
}

Result<Opportunity> OpportunityService::opportunity(qint64 id)
{
    Sql q(m_db, QStringLiteral("SELECT o.id, o.customer_id, c.name, o.name, o.close_date FROM "
                               "services_credit_opportunities o JOIN customers c ON c.id = o.customer_id WHERE o.id = "
                               "?"));
    q.bind(id);
    if (Status s = q.exec(tr("reading the opportunity")); !s)
        return s.error();
    if (!q.next())
        return fail(tr("There is no opportunity %1.").arg(id), QStringLiteral("opportunity"));
    return Opportunity{q.value(0).toLongLong(),
                       q.value(1).toLongLong(),
                       q.value(2).toString(),
                       q.value(3).toString(),
                       storedDate(q.value(4)),
                       0,
                       0};
}

Result<QList<OpportunityProduct>> OpportunityService::products(qint64 opportunityId)
{
    Sql q(m_db, QStringLiteral("SELECT p.id, p.opportunity_id, p.name, p.quantity, p.unit_price, p.credits, s.id FROM "
                               "services_credit_products p LEFT JOIN services_credit_purchases s ON s.product_id = "
                               "p.id WHERE p.opportunity_id = ? ORDER BY p.id"));
    q.bind(opportunityId);
    if (Status s = q.exec(tr("reading the opportunity's products")); !s)
        return s.error();
    QList<OpportunityProduct> out;
    while (q.next())
        out << OpportunityProduct{q.value(0).toLongLong(),  q.value(1).toLongLong(),  q.value(2).toString(),
                                  storedAmount(q.value(3)), storedAmount(q.value(4)), q.value(5).toLongLong(),
                                  q.value(6).toLongLong()};
    return out;
}

Result<QList<PurchaseFromProduct>> OpportunityService::purchaseDefaults(qint64 opportunityId, const QString &currency,
                                                                        QDate today)
{
    auto all = products(opportunityId);
    if (!all)
        return all.error();
    auto settings = ServicesCreditSettingsService(m_db).load();
    if (!settings)
        return settings.error();
    QList<PurchaseFromProduct> out;
    for (const OpportunityProduct &p : *all) {
        if (p.credits <= 0 || p.purchaseId)
            continue;
        PurchaseFromProduct d;
        d.productId = p.id;
        d.valuePerCredit = p.valuePerCredit().toString();
        d.paidPerCredit = d.valuePerCredit;
        d.startDate = today;
        d.expiryDate = oneYearAfter(today);
        d.description = p.name;
        d.currency = currency;
        d.draft = settings->newPurchasesDraft;
        out << d;
    }
    return out;
}

Result<QList<qint64>> OpportunityService::createPurchases(qint64 opportunityId,
                                                          const QList<PurchaseFromProduct> &chosen)
{
    if (Status s = m_db.require(Privilege::ManageServicesCredits, tr("add services credits purchases")); !s)
        return s.error();
    auto settings = ServicesCreditSettingsService(m_db).load();
    if (!settings)
        return settings.error();
    QList<qint64> created;
    Status written = m_db.transaction([&]() -> Status {
        auto o = opportunity(opportunityId);
        if (!o)
            return o.error();
        auto all = products(opportunityId);
        if (!all)
            return all.error();
        QList<qint64> done; // products given a purchase in this call
        for (const PurchaseFromProduct &c : chosen) {
            const auto product = std::find_if(all->cbegin(), all->cend(),
                                              [&](const OpportunityProduct &p) { return p.id == c.productId; });
            const QString label = tr("Purchase from product %1 of opportunity %2").arg(c.productId).arg(opportunityId);
            if (product == all->cend())
                return fail(tr("%1: the opportunity has no such product.").arg(label), QStringLiteral("product"));
            if (product->credits <= 0)
                return fail(tr("%1: “%2” carries no services credits; give it a services-credits quantity first.")
                                .arg(label, product->name),
                            QStringLiteral("product"));
            if (product->purchaseId || done.contains(product->id))
                return fail(
                    tr("%1: “%2” has purchase %3 already; a product becomes one purchase only.")
                        .arg(label, product->name)
                        .arg(product->purchaseId ? product->purchaseId : created.value(done.indexOf(product->id))),
                    QStringLiteral("product"));
            done << product->id;
            auto currency = Currencies::require(c.currency.trimmed(), QStringLiteral("currency"));
            if (!currency)
                return fail(tr("%1: %2").arg(label, currency.message()), QStringLiteral("currency"));
            // The defaults are exact (total / credits); what a clerk typed instead is checked as typed.
            const QString exact = product->valuePerCredit().toString();
            Decimal value = product->valuePerCredit();
            if (!c.valuePerCredit.trimmed().isEmpty() && c.valuePerCredit.trimmed() != exact) {
                auto v = services_credits::parsePerCredit(c.valuePerCredit, *currency, label, QStringLiteral("value"),
                                                          tr("value per credit"));
                if (!v)
                    return v.error();
                value = *v;
            }
            Decimal paid = value;
            if (!settings->paidEqualsValue && !c.paidPerCredit.trimmed().isEmpty() &&
                c.paidPerCredit.trimmed() != value.toString()) {
                auto v = services_credits::parsePerCredit(c.paidPerCredit, *currency, label, QStringLiteral("paid"),
                                                          tr("amount paid per credit"));
                if (!v)
                    return v.error();
                paid = *v;
            }
            const QDate start = c.startDate.isValid() ? c.startDate : QDate::currentDate();
            const QDate expiry = c.expiryDate.isValid() ? c.expiryDate : oneYearAfter(start);
            if (expiry < start)
                return fail(tr("%1: the expiry date %2 is before the start date %3; give an expiry date on or after "
                               "the start date.")
                                .arg(label, expiry.toString(Qt::ISODate), start.toString(Qt::ISODate)),
                            QStringLiteral("expiry"));
            const QString description = c.description.trimmed().isEmpty() ? product->name : c.description.trimmed();
            const QString now = nowUtc();
            Sql q(m_db, QStringLiteral("INSERT INTO services_credit_purchases (customer_id, start_date, expiry_date, "
                                       "credits, value_per_credit, paid_per_credit, description, currency, draft, "
                                       "product_id, version, created_at, created_by, changed_at, changed_by) VALUES "
                                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id"));
            q.bind(o->customerId)
                .bind(dateValue(start))
                .bind(dateValue(expiry))
                .bind(product->credits)
                .bind(value)
                .bind(paid)
                .bind(description.left(500))
                .bind(currency->code)
                .bind(c.draft ? 1 : 0)
                .bind(product->id)
                .bind(now)
                .bind(m_db.actor())
                .bind(now)
                .bind(m_db.actor());
            if (Status e = q.exec(tr("adding the services credits purchase")); !e)
                return e;
            if (!q.next())
                return fail(tr("The database did not return the new purchase's ID."));
            created << q.value(0).toLongLong();
            if (Status e = m_db.audit(QStringLiteral("services_credits.purchase_add"),
                                      QStringLiteral("services_credit_purchase"), QString::number(created.last()),
                                      QStringLiteral("opportunity=%1 product=%2 credits=%3 value=%4 paid=%5 "
                                                     "currency=%6 start=%7 expiry=%8")
                                          .arg(opportunityId)
                                          .arg(product->id)
                                          .arg(product->credits)
                                          .arg(value.toString(), paid.toString(), currency->code,
                                               start.toString(Qt::ISODate), expiry.toString(Qt::ISODate)));
                !e)
                return e;
        }
        return success();
    });
    if (!written)
        return written.error();
    return created;
}

} // namespace bursar::core
