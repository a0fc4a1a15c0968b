#include "core/pricing/pricing_service.h"

#include "core/customers/customer.h"
#include "core/domain/billing_period.h"
#include "core/money/currency.h"
#include "core/pricing/pricing_rules.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

namespace bursar::core {

namespace {

const QString Always = QStringLiteral("0000-01");

} // namespace

EffectiveFrom PricingService::effectiveFrom(QDate requested) const
{
    const QString open = periodOfDate(m_today);
    if (!requested.isValid())
        return {open, false, {}};
    const QString wanted = periodOfDate(requested);
    if (wanted >= open)
        return {wanted, false, {}};
    return {open, true,
            tr("%1 has ended and is being reconciled or has been billed, so the change applies from %2.")
                .arg(wanted, open)};
}

Result<Decimal> PricingService::parsePercent(const QString &text, const QString &field)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%'))
        t.chop(1);
    auto d = Decimal::parse(t);
    if (!d)
        return fail(tr("The percent “%1” is not a number: %2").arg(text, d.message()), field);
    if (*d < Decimal::fromInt(-100) || *d > Decimal::fromInt(1000))
        return fail(tr("The percent %1 is outside -100 to 1000.").arg(d->toString()), field);
    if (d->places() > 6)
        return fail(tr("The percent %1 has more than 6 decimals.").arg(d->toString()), field);
    return *d;
}

Result<std::pair<qint64, EffectiveFrom>> PricingService::addPricebook(Vendor vendor, const QString &name,
                                                                      Decimal percent, QDate effective)
{
    const EffectiveFrom from = effective.isValid() ? effectiveFrom(effective) : EffectiveFrom{Always, false, {}};
    if (Status s = m_db.require(Privilege::ManageSettings, tr("add pricebooks")); !s)
        return s.error();
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return fail(tr("The pricebook needs a name."), QStringLiteral("name"));
    if (auto p = parsePercent(percent.toString()); !p)
        return p.error();
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        Sql exists(m_db, QStringLiteral("SELECT name FROM pricebooks WHERE vendor = ?"));
        exists.bind(vendorKey(vendor));
        if (Status e = exists.exec(tr("reading pricebooks")); !e)
            return e;
        while (exists.next())
            if (exists.value(0).toString().compare(clean, Qt::CaseInsensitive) == 0)
                return fail(tr("%1 already has a pricebook named “%2”; choose another name.")
                                .arg(vendorName(vendor), exists.value(0).toString()),
                            QStringLiteral("name"));
        Sql q(m_db, QStringLiteral("INSERT INTO pricebooks (vendor, name, created_at) VALUES (?, ?, ?) RETURNING id"));
        q.bind(vendorKey(vendor)).bind(clean).bind(nowUtc());
        if (Status e = q.exec(tr("adding the pricebook")); !e)
            return e;
        q.next();
        id = q.value(0).toLongLong();
        Sql rule(m_db,
                 QStringLiteral("INSERT INTO pricebook_rules (pricebook_id, product, from_period, percent, created_at, "
                                "created_by) VALUES (?, '', ?, ?, ?, ?)"));
        rule.bind(id).bind(from.period).bind(percent).bind(nowUtc()).bind(m_db.actor());
        if (Status e = rule.exec(tr("adding the pricebook")); !e)
            return e;
        return m_db.audit(QStringLiteral("add"), QStringLiteral("pricebook"), QString::number(id),
                          vendorKey(vendor) + u' ' + clean + u' ' + percent.toString() + QStringLiteral("% from ") +
                              from.period);
    });
    if (!s)
        return s.error();
    return std::pair{id, from};
}

Result<QList<Pricebook>> PricingService::pricebooks(std::optional<Vendor> vendor)
{
    Sql q(m_db, QStringLiteral(
                    "SELECT id, vendor, name FROM pricebooks WHERE (? = 'all' OR vendor = ?) ORDER BY vendor, name"));
    const QString v = vendor ? vendorKey(*vendor) : QStringLiteral("all");
    q.bind(v).bind(v);
    if (Status s = q.exec(tr("reading pricebooks")); !s)
        return s.error();
    QList<Pricebook> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), storedVendor(q, 1), q.value(2).toString()});
    return out;
}

Result<Pricebook> PricingService::pricebook(Vendor vendor, const QString &name)
{
    auto all = pricebooks(vendor);
    if (!all)
        return all.error();
    for (const Pricebook &p : *all)
        if (p.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return p;
    QStringList names;
    for (const Pricebook &p : *all)
        names << p.name;
    return fail(tr("%1 has no pricebook named “%2”%3.")
                    .arg(vendorName(vendor), name.simplified(),
                         names.isEmpty() ? tr("; add one with bursar pricebooks add or in Settings > Pricebooks")
                                         : tr(" (there are: %1)").arg(names.join(QStringLiteral(", ")))),
                QStringLiteral("pricebook"));
}

Result<EffectiveFrom> PricingService::setRule(qint64 pricebookId, const QString &product, Decimal percent,
                                              QDate effective)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change pricebooks")); !s)
        return s.error();
    if (auto p = parsePercent(percent.toString()); !p)
        return p.error();
    // Never a null string: the pricebook's own rule is stored with an empty product, not NULL.
    const QString cleanProduct = product.isEmpty() ? QStringLiteral("") : product.simplified();
    const EffectiveFrom from = effectiveFrom(effective.isValid() ? effective : m_today);
    Status s = m_db.transaction([&]() -> Status {
        Sql book(m_db, QStringLiteral("SELECT name FROM pricebooks WHERE id = ?"));
        book.bind(pricebookId);
        if (Status e = book.exec(tr("reading pricebooks")); !e)
            return e;
        if (!book.next())
            return fail(tr("Pricebook %1 does not exist.").arg(pricebookId), QStringLiteral("pricebook"));
        // A second change for the same period replaces the first: that period is not billed yet.
        Sql del(m_db, QStringLiteral(
                          "DELETE FROM pricebook_rules WHERE pricebook_id = ? AND product = ? AND from_period = ?"));
        del.bind(pricebookId).bind(cleanProduct).bind(from.period);
        if (Status e = del.exec(tr("changing the pricebook")); !e)
            return e;
        Sql q(m_db,
              QStringLiteral("INSERT INTO pricebook_rules (pricebook_id, product, from_period, percent, created_at, "
                             "created_by) VALUES (?, ?, ?, ?, ?, ?)"));
        q.bind(pricebookId).bind(cleanProduct).bind(from.period).bind(percent).bind(nowUtc()).bind(m_db.actor());
        if (Status e = q.exec(tr("changing the pricebook")); !e)
            return e;
        return m_db.audit(QStringLiteral("set_rule"), QStringLiteral("pricebook"), QString::number(pricebookId),
                          (cleanProduct.isEmpty() ? QStringLiteral("(pricebook)") : cleanProduct) + u' ' +
                              percent.toString() + QStringLiteral("% from ") + from.period);
    });
    if (!s)
        return s.error();
    return from;
}

Result<QList<PricebookRule>> PricingService::rules(qint64 pricebookId)
{
    Sql q(m_db, QStringLiteral("SELECT id, product, from_period, percent, created_at, created_by FROM pricebook_rules "
                               "WHERE pricebook_id = ? ORDER BY product, from_period"));
    q.bind(pricebookId);
    if (Status s = q.exec(tr("reading pricebook rules")); !s)
        return s.error();
    QList<PricebookRule> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), pricebookId, q.value(1).toString(), q.value(2).toString(),
                    storedAmount(q.value(3)), q.value(4).toString(), q.value(5).toString()});
    return out;
}

Result<std::pair<qint64, EffectiveFrom>> PricingService::addGlobalAdjustment(Vendor vendor, const QString &description,
                                                                             Decimal percent, QDate effective)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("add global discounts and uplifts")); !s)
        return s.error();
    const QString clean = description.simplified();
    if (clean.isEmpty())
        return fail(tr("The global discount or uplift needs a description."), QStringLiteral("description"));
    if (auto p = parsePercent(percent.toString()); !p)
        return p.error();
    const EffectiveFrom from = effectiveFrom(effective.isValid() ? effective : m_today);
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        Sql q(m_db,
              QStringLiteral("INSERT INTO global_adjustments (vendor, description, percent, from_period, created_at, "
                             "created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        q.bind(vendorKey(vendor)).bind(clean).bind(percent).bind(from.period).bind(nowUtc()).bind(m_db.actor());
        if (Status e = q.exec(tr("adding the global adjustment")); !e)
            return e;
        q.next();
        id = q.value(0).toLongLong();
        return m_db.audit(QStringLiteral("add"), QStringLiteral("global_adjustment"), QString::number(id),
                          vendorKey(vendor) + u' ' + percent.toString() + QStringLiteral("% from ") + from.period);
    });
    if (!s)
        return s.error();
    return std::pair{id, from};
}

Result<QList<GlobalAdjustment>> PricingService::globalAdjustments(std::optional<Vendor> vendor)
{
    Sql q(m_db,
          QStringLiteral("SELECT id, vendor, description, percent, from_period, to_period FROM global_adjustments "
                         "WHERE (? = 'all' OR vendor = ?) ORDER BY vendor, from_period, id"));
    const QString v = vendor ? vendorKey(*vendor) : QStringLiteral("all");
    q.bind(v).bind(v);
    if (Status s = q.exec(tr("reading global adjustments")); !s)
        return s.error();
    QList<GlobalAdjustment> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), storedVendor(q, 1), q.value(2).toString(), storedAmount(q.value(3)),
                    q.value(4).toString(), q.value(5).toString()});
    return out;
}

Result<std::pair<qint64, EffectiveFrom>> PricingService::addCustomCharge(CustomCharge charge, QDate effective)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("add custom charges")); !s)
        return s.error();
    charge.description = charge.description.simplified();
    if (charge.description.isEmpty())
        return fail(tr("The custom charge needs a description; it is the line's text on the statement."),
                    QStringLiteral("description"));
    auto currency = Currencies::require(charge.currency.trimmed().toUpper(), QStringLiteral("currency"));
    if (!currency)
        return currency.error();
    charge.currency = currency->code;
    if (!charge.amount.isPositive())
        return fail(tr("The custom charge's amount must be more than zero."), QStringLiteral("amount"));
    if (charge.amount.places() > currency->minorUnits)
        return fail(tr("%1 has %2 decimals; the amount %3 has more.")
                        .arg(currency->code)
                        .arg(currency->minorUnits)
                        .arg(charge.amount.toString()),
                    QStringLiteral("amount"));
    const EffectiveFrom from = effectiveFrom(effective.isValid() ? effective : m_today);
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        Sql exists(m_db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ?"));
        exists.bind(charge.customerId);
        if (Status e = exists.exec(tr("reading the customer")); !e)
            return e;
        if (!exists.next() || exists.value(0).toInt() == 0)
            return fail(tr("There is no customer %1.").arg(displayCustomerId(charge.customerId)),
                        QStringLiteral("customer"));
        Sql q(m_db,
              QStringLiteral("INSERT INTO custom_charges (customer_id, vendor, description, currency, amount, "
                             "from_period, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.bind(charge.customerId)
            .bind(vendorKey(charge.vendor))
            .bind(charge.description)
            .bind(charge.currency)
            .bind(charge.amount)
            .bind(from.period)
            .bind(nowUtc())
            .bind(m_db.actor());
        if (Status e = q.exec(tr("adding the custom charge")); !e)
            return e;
        q.next();
        id = q.value(0).toLongLong();
        return m_db.audit(QStringLiteral("add"), QStringLiteral("custom_charge"), QString::number(id),
                          displayCustomerId(charge.customerId) + u' ' + charge.currency + u' ' +
                              charge.amount.toString() + QStringLiteral(" from ") + from.period);
    });
    if (!s)
        return s.error();
    return std::pair{id, from};
}

Result<QList<CustomCharge>> PricingService::customCharges(std::optional<qint64> customerId)
{
    Sql q(m_db,
          QStringLiteral("SELECT id, customer_id, vendor, description, currency, amount, from_period, to_period "
                         "FROM custom_charges WHERE (? = 0 OR customer_id = ?) ORDER BY customer_id, vendor, id"));
    q.bind(customerId.value_or(0)).bind(customerId.value_or(0));
    if (Status s = q.exec(tr("reading custom charges")); !s)
        return s.error();
    QList<CustomCharge> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), storedVendor(q, 2), q.value(3).toString(),
                    q.value(4).toString(), storedAmount(q.value(5)), q.value(6).toString(), q.value(7).toString()});
    return out;
}

Result<std::pair<qint64, EffectiveFrom>> PricingService::addSupportPlan(SupportPlan plan, QDate effective)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("add support plans")); !s)
        return s.error();
    plan.name = plan.name.simplified();
    if (plan.name.isEmpty())
        return fail(tr("The support plan needs a name."), QStringLiteral("name"));
    if (!plan.percent.isValid() || plan.percent.isNegative() || plan.percent > Decimal::fromInt(100) ||
        plan.percent.places() > 6)
        return fail(
            tr("A support plan's percent is 0 to 100 with at most 6 decimals, not %1.").arg(plan.percent.toString()),
            QStringLiteral("percent"));
    auto currency = Currencies::require(plan.currency.trimmed().toUpper(), QStringLiteral("currency"));
    if (!currency)
        return currency.error();
    plan.currency = currency->code;
    if (!plan.minimum.isValid() || plan.minimum.isNegative() || plan.minimum.places() > currency->minorUnits)
        return fail(tr("The minimum must be zero or more, with at most %1 decimals for %2.")
                        .arg(currency->minorUnits)
                        .arg(currency->code),
                    QStringLiteral("minimum"));
    const EffectiveFrom from = effectiveFrom(effective.isValid() ? effective : m_today);
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        Sql exists(m_db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ?"));
        exists.bind(plan.customerId);
        if (Status e = exists.exec(tr("reading the customer")); !e)
            return e;
        if (!exists.next() || exists.value(0).toInt() == 0)
            return fail(tr("There is no customer %1.").arg(displayCustomerId(plan.customerId)),
                        QStringLiteral("customer"));
        Sql q(m_db,
              QStringLiteral("INSERT INTO support_plans (customer_id, vendor, name, percent, minimum, currency, "
                             "from_period, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.bind(plan.customerId)
            .bind(vendorKey(plan.vendor))
            .bind(plan.name)
            .bind(plan.percent)
            .bind(plan.minimum)
            .bind(plan.currency)
            .bind(from.period)
            .bind(nowUtc())
            .bind(m_db.actor());
        if (Status e = q.exec(tr("adding the support plan")); !e)
            return e;
        q.next();
        id = q.value(0).toLongLong();
        return m_db.audit(QStringLiteral("add"), QStringLiteral("support_plan"), QString::number(id),
                          displayCustomerId(plan.customerId) + u' ' + plan.percent.toString() +
                              QStringLiteral("% min ") + plan.minimum.toString() + u' ' + plan.currency +
                              QStringLiteral(" from ") + from.period);
    });
    if (!s)
        return s.error();
    return std::pair{id, from};
}

Result<QList<SupportPlan>> PricingService::supportPlans(std::optional<qint64> customerId)
{
    Sql q(m_db,
          QStringLiteral("SELECT id, customer_id, vendor, name, percent, minimum, currency, from_period, to_period "
                         "FROM support_plans WHERE (? = 0 OR customer_id = ?) ORDER BY customer_id, vendor, id"));
    q.bind(customerId.value_or(0)).bind(customerId.value_or(0));
    if (Status s = q.exec(tr("reading support plans")); !s)
        return s.error();
    QList<SupportPlan> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), storedVendor(q, 2), q.value(3).toString(),
                    storedAmount(q.value(4)), storedAmount(q.value(5)), q.value(6).toString(), q.value(7).toString(),
                    q.value(8).toString()});
    return out;
}

Result<EffectiveFrom> PricingService::endRow(const QString &table, const QString &what, qint64 id, QDate lastDay,
                                             Privilege privilege)
{
    if (Status s = m_db.require(privilege, tr("end %1").arg(what)); !s)
        return s.error();
    // The last period it applies to: never one that has ended (those are billed as they were).
    const QString open = periodOfDate(m_today);
    const QString wanted = lastDay.isValid() ? periodOfDate(lastDay) : previousPeriod(open);
    EffectiveFrom result{wanted, false, {}};
    if (wanted < previousPeriod(open)) {
        result = {previousPeriod(open), true,
                  tr("%1 has ended and is being reconciled or has been billed, so it still applies up to %2.")
                      .arg(wanted, previousPeriod(open))};
    }
    Status s = m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral("UPDATE %1 SET to_period = ? WHERE id = ?").arg(table));
        q.bind(result.period).bind(id);
        if (Status e = q.exec(tr("ending %1").arg(what)); !e)
            return e;
        if (q.rowsAffected() == 0)
            return fail(tr("There is no %1 with ID %2.").arg(what).arg(id));
        return m_db.audit(QStringLiteral("end"), table, QString::number(id), QStringLiteral("to ") + result.period);
    });
    if (!s)
        return s.error();
    return result;
}

Result<EffectiveFrom> PricingService::endGlobalAdjustment(qint64 id, QDate lastDay)
{
    return endRow(QStringLiteral("global_adjustments"), tr("global adjustment"), id, lastDay,
                  Privilege::ManageSettings);
}

Result<EffectiveFrom> PricingService::endCustomCharge(qint64 id, QDate lastDay)
{
    return endRow(QStringLiteral("custom_charges"), tr("custom charge"), id, lastDay, Privilege::ManageCustomers);
}

Result<EffectiveFrom> PricingService::endSupportPlan(qint64 id, QDate lastDay)
{
    return endRow(QStringLiteral("support_plans"), tr("support plan"), id, lastDay, Privilege::ManageCustomers);
}

} // namespace bursar::core
